package org.energydiag.app.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energydiag.app.text.Texts;
import org.energydiag.core.sync.Backoff;
import org.energydiag.core.sync.Outbox;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionStatus;

/**
 * Runs the outbox in the background: on start (after a crash, interrupted uploads go back to the
 * queue), when something is queued, when the engineer presses 立即同步, when a retry is due, and
 * by itself when the network comes back (an offline laptop is probed with backoff, up to once a
 * minute). Never blocks the caller: everything happens on one daemon thread, and the state is
 * reported to a listener (which the window forwards to the event thread).
 */
public final class SyncService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SyncService.class.getName());

    /** What the status bar says about the platform. */
    public enum Connectivity {
        NOT_CONFIGURED, UNKNOWN, ONLINE, OFFLINE, AUTH;

        public String label() {
            return switch (this) {
                case NOT_CONFIGURED -> Texts.get("platform.connectivity.notConfigured");
                case UNKNOWN -> Texts.get("platform.connectivity.unknown");
                case ONLINE -> Texts.get("platform.connectivity.online");
                case OFFLINE -> Texts.get("platform.connectivity.offline");
                case AUTH -> Texts.get("platform.connectivity.auth");
            };
        }
    }

    /**
     * A snapshot for the screen.
     *
     * @param pending   submissions not yet confirmed (待上传, 上传中, 失败)
     * @param uploading the key being uploaded, or null
     * @param sent      bytes of it confirmed so far
     * @param total     its size
     * @param message   the last problem in Chinese, empty if none
     * @param nextTry   when the service tries again by itself (null: not scheduled)
     */
    public record Status(Connectivity connectivity, long pending, String uploading, long sent, long total, String message,
                         Instant nextTry) {
    }

    private final Outbox outbox;
    private final Supplier<SyncSettings> settings;
    private final Function<SyncSettings, PlatformClient> clients;
    private final Clock clock;
    private final Backoff backoff;
    private final Backoff probe;
    private final java.util.List<Consumer<Status>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread;
    private final Object lock = new Object();
    private ScheduledFuture<?> next;
    private Instant nextAt;
    private volatile Status status;
    private int offlineProbes;
    private volatile boolean closed;

    public SyncService(Outbox outbox, Supplier<SyncSettings> settings, Function<SyncSettings, PlatformClient> clients,
                       Clock clock, Backoff backoff, Backoff probe) {
        this.outbox = outbox;
        this.settings = settings;
        this.clients = clients;
        this.clock = clock;
        this.backoff = backoff;
        this.probe = probe;
        this.status = new Status(Connectivity.UNKNOWN, 0, null, 0, 0, "", null);
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "energydiag-sync");
            t.setDaemon(true);
            return t;
        });
    }

    /** Production timing: retries 2 s … 10 min; offline probes 5 s … 1 min. */
    public static SyncService standard(Outbox outbox, Supplier<SyncSettings> settings, String clientName, Clock clock) {
        return new SyncService(outbox, settings, s -> new PlatformClient(s, clientName), clock, Backoff.standard(),
                new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofSeconds(2)));
    }

    /** Called on the sync thread with every new status; the caller moves it to its own thread. */
    public void addListener(Consumer<Status> l) {
        listeners.add(l);
    }

    public void removeListener(Consumer<Status> l) {
        listeners.remove(l);
    }

    public Status status() {
        return status;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** Recovers uploads interrupted by a crash and starts working. */
    public void start() {
        thread.execute(() -> {
            try {
                int n = outbox.recoverInterrupted();
                if (n > 0) {
                    LOG.info("sync: " + n + " interrupted upload(s) back in the queue");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "sync: cannot recover the outbox", e);
            }
        });
        wake(Duration.ZERO);
    }

    /** 立即同步: every failed submission goes back to the queue and the queue is sent now. */
    public void syncNow() {
        thread.execute(() -> {
            try {
                for (Submission s : outbox.list()) {
                    if (s.status() == SubmissionStatus.FAILED) {
                        outbox.update(s.pending());
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "sync: cannot requeue", e);
            }
            offlineProbes = 0;
        });
        wake(Duration.ZERO);
    }

    /** Something was queued, or the settings changed. */
    public void changed() {
        wake(Duration.ZERO);
    }

    private void wake(Duration in) {
        if (closed) {
            return;
        }
        synchronized (lock) {
            Instant at = clock.instant().plus(in);
            if (next != null && !next.isDone()) {
                if (nextAt != null && !nextAt.isAfter(at)) {
                    return;
                }
                next.cancel(false);
            }
            nextAt = at;
            next = thread.schedule(this::tick, Math.max(0, in.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        synchronized (lock) {
            nextAt = null;
        }
        try {
            work();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (closed) {
                return; // the database was closed under us while exiting: the queue is recovered at next start
            }
            LOG.log(Level.SEVERE, "sync: unexpected error", e);
            publish(status.connectivity(), null, 0, 0, Texts.format("platform.internalError", e.getClass().getSimpleName()),
                    Duration.ofMinutes(1));
        }
    }

    private void work() throws InterruptedException {
        SyncSettings s = settings.get();
        if (!s.isConfigured()) {
            publish(Connectivity.NOT_CONFIGURED, null, 0, 0, Objects.requireNonNullElse(s.problem(), ""), null);
            return;
        }
        PlatformClient client = clients.apply(s);
        int chunk = 0;
        if (status.connectivity() == Connectivity.OFFLINE || status.connectivity() == Connectivity.UNKNOWN) {
            // probe first: when the network is back, everything that failed for lack of it is due now
            try {
                chunk = client.ping();
                offlineProbes = 0;
                for (Submission x : outbox.list()) {
                    if (x.status() == SubmissionStatus.FAILED && x.retryable()) {
                        outbox.update(x.pending());
                    }
                }
                publish(Connectivity.ONLINE, null, 0, 0, "", null);
            } catch (SyncException e) {
                if (outbox.pendingCount() == 0 && e.kind() != SyncException.Kind.AUTH) {
                    publish(Connectivity.OFFLINE, null, 0, 0, "", null); // nothing to send: no need to keep probing
                    return;
                }
                handlePassFailure(e);
                return;
            }
        }
        SyncEngine engine = new SyncEngine(outbox, client, clock, backoff, ThreadLocalRandom.current(), () -> closed, new SyncEngine.Listener() {
            @Override
            public void progress(Submission x, String part, long sent, long total) {
                publish(Connectivity.ONLINE, x.key(), sent, total, "", null);
            }

            @Override
            public void changed(Submission x) {
                publish(status.connectivity(), x.status() == SubmissionStatus.UPLOADING ? x.key() : null, 0,
                        x.totalBytes(), x.status() == SubmissionStatus.FAILED ? x.lastError() : "", null);
            }
        });
        SyncEngine.Pass pass = engine.run(chunk); // no second ping when the probe just answered
        if (pass.authProblem()) {
            publish(Connectivity.AUTH, null, 0, 0, Texts.get("platform.tokenRefused"), null);
            return;
        }
        if (pass.offline()) {
            offlineProbes++;
            Duration d = probe.delay(offlineProbes, ThreadLocalRandom.current());
            publish(Connectivity.OFFLINE, null, 0, 0, lastError(), d);
            wake(d);
            return;
        }
        // schedule the earliest retry still waiting
        Instant earliest = outbox.list().stream().filter(x -> x.status() == SubmissionStatus.FAILED && x.retryable())
                .map(x -> x.nextAttemptAt() == null ? clock.instant() : x.nextAttemptAt())
                .min(Instant::compareTo).orElse(null);
        Duration d = earliest == null ? null : Duration.between(clock.instant(), earliest);
        if (d != null && d.isNegative()) {
            d = Duration.ZERO;
        }
        publish(Connectivity.ONLINE, null, 0, 0, lastError(), d);
        if (d != null) {
            wake(d);
        }
    }

    private void handlePassFailure(SyncException e) {
        if (e.kind() == SyncException.Kind.AUTH) {
            publish(Connectivity.AUTH, null, 0, 0, e.getMessage(), null);
            return;
        }
        offlineProbes++;
        Duration d = probe.delay(offlineProbes, ThreadLocalRandom.current());
        publish(Connectivity.OFFLINE, null, 0, 0, e.getMessage(), d);
        wake(d);
    }

    private String lastError() {
        return outbox.list().stream().filter(x -> x.status() == SubmissionStatus.FAILED).map(Submission::lastError)
                .findFirst().orElse("");
    }

    private void publish(Connectivity c, String uploading, long sent, long total, String message, Duration nextIn) {
        long pending;
        try {
            pending = outbox.pendingCount();
        } catch (RuntimeException e) {
            pending = status.pending();
        }
        status = new Status(c, pending, uploading, sent, total, message == null ? "" : message,
                nextIn == null ? null : clock.instant().plus(nextIn));
        for (Consumer<Status> l : listeners) {
            try {
                l.accept(status);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sync: listener failed", e);
            }
        }
    }

    /**
     * Stops: the upload in flight ends after its current chunk (no thread interrupt — it would
     * close the database's file channel), or is abandoned after 3 s and stays 上传中, to be
     * resumed at the next start.
     */
    @Override
    public void close() {
        closed = true;
        thread.shutdown();
        try {
            thread.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
