package org.energydiag.app.controller;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.ProjectRepository;
import org.energydiag.core.workspace.StoreException;

/**
 * Saves the newest state of a project on one background thread: edits made while a save runs
 * are coalesced into the next one, so the window never waits for the disk. A failed save is
 * retried every few seconds and reported; the edit stays in memory until it is written.
 */
public final class Autosaver implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Autosaver.class.getName());
    static final long RETRY_SECONDS = 3;

    private final ProjectRepository repository;
    private final Clock clock;
    private final Consumer<SaveStatus> status;
    private final ScheduledExecutorService worker;
    private final AtomicReference<DiagnosisProject> pending = new AtomicReference<>();

    /** @param status receives status changes on the saving thread */
    public Autosaver(ProjectRepository repository, Clock clock, Consumer<SaveStatus> status) {
        this.repository = repository;
        this.clock = clock;
        this.status = status;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave");
            t.setDaemon(false);
            return t;
        });
    }

    /** Queues the newest state for saving. */
    public void submit(DiagnosisProject project) {
        if (pending.getAndSet(project) == null) {
            status.accept(new SaveStatus(SaveStatus.State.SAVING, null, ""));
            worker.execute(this::drain);
        }
    }

    private void drain() {
        DiagnosisProject p = pending.get();
        if (p == null) {
            return;
        }
        try {
            repository.save(p);
            // Only clear if no newer state arrived meanwhile; otherwise save again.
            if (pending.compareAndSet(p, null)) {
                status.accept(SaveStatus.saved(clock.instant()));
            } else {
                worker.execute(this::drain);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "autosave failed", e);
            String msg = e instanceof StoreException ? e.getMessage() : Texts.format("controller.saveFailed", e);
            status.accept(new SaveStatus(SaveStatus.State.FAILED, null, Texts.format("controller.willRetry", msg)));
            worker.schedule(this::drain, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Waits until everything submitted so far is written (or the timeout passes). */
    public boolean flush(long timeout, TimeUnit unit) {
        long end = System.nanoTime() + unit.toNanos(timeout);
        while (pending.get() != null && System.nanoTime() < end) {
            Future<?> f = worker.submit(this::drain);
            try {
                f.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                return pending.get() == null;
            }
        }
        if (pending.get() != null) {
            return false;
        }
        // the worker's save that emptied the queue may still be telling its status (SAVED): wait for
        // it, so that a flushed save also reads as saved (the worker is one thread, in order)
        try {
            worker.submit(() -> { }).get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed: nothing runs any more
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.log(Level.FINE, "flush: the status of the last save was not awaited", e);
        }
        return pending.get() == null;
    }

    public boolean hasPending() {
        return pending.get() != null;
    }

    /** Writes what is pending (briefly: callers flush first and ask the user when that fails). */
    @Override
    public void close() {
        flush(2, TimeUnit.SECONDS);
        worker.shutdown();
    }
}
