package org.energydiag.app.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;
import org.energydiag.app.text.Texts;
import org.energydiag.core.sync.Backoff;
import org.energydiag.core.sync.Outbox;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionPart;
import org.energydiag.core.sync.SubmissionStatus;

/**
 * Uploads due submissions of the outbox, one at a time, resuming where the platform says it
 * stopped. Every status change is written to the outbox before the next network call, so a crash
 * at any point leaves the queue right: 上传中 is turned back into 待上传 at the next start and the
 * upload resumes with the same idempotency key (the platform never stores it twice).
 */
public final class SyncEngine {

    /** Progress of the upload in flight, for the screen. */
    public interface Listener {
        void progress(Submission s, String part, long sentOfSubmission, long totalOfSubmission);

        void changed(Submission s);
    }

    /** The outcome of one pass over the queue. */
    public record Pass(int uploaded, int failed, boolean offline, boolean authProblem) {
    }

    private static final int RESUME_ROUNDS = 3;

    private final Outbox outbox;
    private final PlatformClient client;
    private final Clock clock;
    private final Backoff backoff;
    private final RandomGenerator random;
    private final Listener listener;
    private final BooleanSupplier cancelled;

    public SyncEngine(Outbox outbox, PlatformClient client, Clock clock, Backoff backoff, RandomGenerator random,
                      BooleanSupplier cancelled, Listener listener) {
        this.cancelled = cancelled;
        this.outbox = outbox;
        this.client = client;
        this.clock = clock;
        this.backoff = backoff;
        this.random = random;
        this.listener = listener;
    }

    /**
     * Uploads every due submission (oldest first). Stops early when the network is gone (the rest
     * would fail the same way), the token is refused, or the engine is cancelled.
     */
    public Pass run() throws InterruptedException {
        return run(0);
    }

    /**
     * @param chunkBytes the chunk size the platform announced at a ping just made, or 0 to ping
     *                   first (only when something is due)
     */
    public Pass run(int chunkBytes) throws InterruptedException {
        int ok = 0;
        int failed = 0;
        Instant now = clock.instant();
        List<Submission> due = outbox.list().stream().filter(s -> s.isDue(now))
                .sorted(java.util.Comparator.comparing(Submission::createdAt)).toList();
        int chunk = chunkBytes;
        for (Submission s : due) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            if (chunk == 0) {
                try {
                    chunk = client.ping();
                } catch (SyncException e) {
                    return new Pass(ok, failed, e.kind() == SyncException.Kind.OFFLINE || e.kind() == SyncException.Kind.RETRYABLE,
                            e.kind() == SyncException.Kind.AUTH);
                }
            }
            Submission done = upload(s, chunk);
            if (done.status() == SubmissionStatus.UPLOADED) {
                ok++;
            } else {
                failed++;
                if (lastFailure == SyncException.Kind.AUTH) {
                    return new Pass(ok, failed, false, true);
                }
                if (lastFailure == SyncException.Kind.OFFLINE) {
                    return new Pass(ok, failed, true, false);
                }
            }
        }
        return new Pass(ok, failed, false, false);
    }

    private SyncException.Kind lastFailure;

    /** Uploads one submission; returns it as stored afterwards. */
    public Submission upload(Submission queued, int chunkBytes) throws InterruptedException {
        lastFailure = null;
        Submission s = queued.uploading();
        outbox.update(s);
        listener.changed(s);
        try {
            PlatformClient.State state = client.open(s);
            for (int round = 0; !state.complete(); round++) {
                sendMissing(s, state, chunkBytes);
                try {
                    String receipt = client.complete(s.key());
                    return finish(s.uploaded(receipt, clock.instant()));
                } catch (SyncException e) {
                    if (e.kind() != SyncException.Kind.RESUME || round + 1 >= RESUME_ROUNDS) {
                        throw e;
                    }
                    state = client.state(s.key());
                }
            }
            return finish(s.uploaded(state.receipt(), clock.instant()));
        } catch (SyncException e) {
            boolean retry = e.retriedAutomatically();
            lastFailure = e.kind();
            Duration wait = backoff.delay(s.attempts(), random);
            if (e.retryAfter() != null && e.retryAfter().compareTo(wait) > 0) {
                wait = e.retryAfter();
            }
            return finish(s.failed(e.getMessage(), retry, clock.instant().plus(wait)));
        } catch (InterruptedException e) {
            // closing the application: leave it 上传中; the next start resumes it
            throw e;
        } catch (RuntimeException e) {
            return finish(s.failed(Texts.format("platform.uploadInternalError", e.getClass().getSimpleName(), e.getMessage()), true, clock.instant().plus(backoff.delay(s.attempts(), random))));
        }
    }

    private Submission finish(Submission s) {
        outbox.update(s);
        listener.changed(s);
        return s;
    }

    private void sendMissing(Submission s, PlatformClient.State state, int chunkBytes)
            throws SyncException, InterruptedException {
        long total = s.totalBytes();
        long before = 0;
        for (SubmissionPart p : s.parts()) {
            long received = Math.min(state.received(p.name()), p.size());
            if (received < p.size()) {
                byte[] content = outbox.content(s.key(), p.name());
                while (received < p.size()) {
                    if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException("closing"); // stays 上传中; resumed at the next start
                    }
                    int len = (int) Math.min(chunkBytes, p.size() - received);
                    long r;
                    try {
                        r = client.putChunk(s.key(), p, content, received, len);
                    } catch (SyncException e) {
                        if (e.kind() == SyncException.Kind.RESUME && e.received() >= 0 && e.received() != received) {
                            received = e.received(); // the server holds a different count: continue from there
                            continue;
                        }
                        throw e;
                    }
                    if (r <= received || r > p.size()) {
                        throw new SyncException(SyncException.Kind.RETRYABLE, "",
                                Texts.format("platform.badProgress", p.name(), r), null, -1, null);
                    }
                    received = r;
                    listener.progress(s, p.name(), before + received, total);
                }
            }
            before += p.size();
            listener.progress(s, p.name(), before, total);
        }
    }
}
