package org.energydiag.app.swing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.controller.RetrofitService;
import org.energydiag.core.diagnosis.RetrofitReport;

/**
 * The diagnosis report of the open project, shared by the steps of chapters 二 and 三. It is
 * recomputed off the UI thread a moment after the project changes (reading meter series can take
 * a while); only the newest result is published, on the UI thread.
 */
final class RetrofitModel {
    private static final Logger LOG = Logger.getLogger(RetrofitModel.class.getName());

    private final ProjectSession session;
    private final RetrofitService service;
    private final List<Consumer<RetrofitReport>> listeners = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.ThreadPoolExecutor worker = new java.util.concurrent.ThreadPoolExecutor(1, 1, 10,
            java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "diagnosis");
                t.setDaemon(true);
                return t;
            });
    private final AtomicLong generation = new AtomicLong();
    private final Timer debounce;
    private volatile RetrofitReport report;
    private volatile org.energydiag.core.evaluation.ProjectEvaluation evaluation;
    private volatile boolean closed;

    RetrofitModel(ProjectSession session, RetrofitService service) {
        this.session = session;
        this.service = service;
        debounce = new Timer(150, e -> recompute());
        debounce.setRepeats(false);
        worker.allowCoreThreadTimeOut(true);
        session.addListener(p -> debounce.restart());
        recompute();
    }

    RetrofitService service() {
        return service;
    }

    /** The latest evaluation (the report is its {@code report()}), or null before the first one is ready. */
    org.energydiag.core.evaluation.ProjectEvaluation evaluation() {
        return evaluation;
    }

    /** The latest report, or null before the first one is ready. */
    RetrofitReport report() {
        return report;
    }

    void addListener(Consumer<RetrofitReport> l) {
        listeners.add(l);
        if (report != null) {
            l.accept(report);
        }
    }

    /** Recomputes now (e.g. when a step is shown). */
    void recompute() {
        if (closed) {
            return;
        }
        long gen = generation.incrementAndGet();
        var project = session.project();
        var analysis = session.analysis();
        worker.submit(() -> {
            try {
                org.energydiag.core.evaluation.ProjectEvaluation ev = service.evaluate(project, analysis);
                RetrofitReport r = ev.report();
                SwingUtilities.invokeLater(() -> {
                    if (gen == generation.get()) {
                        evaluation = ev;
                        report = r;
                        listeners.forEach(l -> l.accept(r));
                        session.planChecks(ev.checks()); // the steps' badges and the lines beside the fields
                    }
                });
            } catch (RuntimeException e) {
                // after close the store may be closed under a report still running: expected, not an error
                LOG.log(closed ? Level.FINE : Level.WARNING, "diagnosis report failed", e);
            }
        });
    }

    /** Stops recomputing (the project is closed); a report still running finishes and is dropped. */
    void close() {
        closed = true;
        debounce.stop();
        generation.incrementAndGet();
        worker.shutdown(); // not shutdownNow: an interrupt must not reach the store's file channel
    }
}
