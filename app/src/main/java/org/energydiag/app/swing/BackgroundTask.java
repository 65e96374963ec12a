package org.energydiag.app.swing;

import java.awt.Component;
import java.awt.Window;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import javax.swing.Timer;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.text.Texts;

/**
 * Runs work off the event thread (rule 5). A progress dialog with 取消 appears only when the work
 * takes longer than a moment; errors are shown in Chinese; results are delivered on the event
 * thread.
 */
final class BackgroundTask<T> extends SwingWorker<T, Void> {

    static final int SHOW_AFTER_MS = 400;

    private final Component parent;
    private final String title;
    private final Callable<T> work;
    private final Monitor monitor = new Monitor();
    private JProgressBar bar;
    private final Consumer<T> onSuccess;
    private JDialog dialog;
    private Timer showTimer;

    private BackgroundTask(Component parent, String title, Callable<T> work, Consumer<T> onSuccess) {
        this.parent = parent;
        this.title = title;
        this.work = work;
        this.onSuccess = onSuccess;
    }

    /** Work that reports progress and polls for cancellation through the monitor it is given. */
    @FunctionalInterface
    interface MonitoredWork<T> {
        T run(org.energydiag.core.progress.ProgressMonitor monitor) throws Exception;
    }

    /**
     * Starts long work with a real progress bar and 取消: the core polls the monitor and stops
     * cleanly (no thread interrupt, which would break the database's file channel).
     */
    static <T> BackgroundTask<T> runMonitored(Component parent, String title, MonitoredWork<T> work, Consumer<T> onSuccess) {
        java.util.concurrent.atomic.AtomicReference<BackgroundTask<T>> self = new java.util.concurrent.atomic.AtomicReference<>();
        BackgroundTask<T> t = new BackgroundTask<>(parent, title, () -> work.run(self.get().monitor), onSuccess);
        self.set(t); // before the work can start
        return t.start();
    }

    /** The bridge from core progress to the dialog; cancel only sets a flag. */
    private final class Monitor implements org.energydiag.core.progress.ProgressMonitor {
        private volatile boolean cancelled;
        private volatile int total = -1;
        private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void begin(String taskName, int totalWork) {
            total = totalWork;
            done.set(0);
            javax.swing.SwingUtilities.invokeLater(BackgroundTask.this::showProgress);
        }

        @Override
        public void worked(int units) {
            if (units > 0) {
                done.addAndGet(units);
                javax.swing.SwingUtilities.invokeLater(BackgroundTask.this::showProgress);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void done() {
        }
    }

    private void showProgress() {
        if (bar != null && monitor.total > 0) {
            bar.setIndeterminate(false);
            bar.setMaximum(monitor.total);
            bar.setValue(Math.min(monitor.total, monitor.done.get()));
        }
    }

    /** True when the user pressed 取消. */
    boolean cancelRequested() {
        return monitor.cancelled;
    }

    /** Starts {@code work} in the background; {@code onSuccess} runs on the event thread. */
    static <T> BackgroundTask<T> run(Component parent, String title, Callable<T> work, Consumer<T> onSuccess) {
        return new BackgroundTask<>(parent, title, work, onSuccess).start();
    }

    private BackgroundTask<T> start() {
        showTimer = new Timer(SHOW_AFTER_MS, e -> showDialog());
        showTimer.setRepeats(false);
        showTimer.start();
        execute();
        return this;
    }

    @Override
    protected T doInBackground() throws Exception {
        return work.call();
    }

    private void showDialog() {
        if (isDone()) {
            return;
        }
        Window owner = parent == null ? null : SwingUtilities.getWindowAncestor(parent);
        dialog = new JDialog(owner, title, java.awt.Dialog.ModalityType.MODELESS);
        dialog.setName("progressDialog");
        bar = new JProgressBar();
        bar.setIndeterminate(true);
        bar.setName("progressBar");
        JButton cancel = new JButton(Texts.get("common.cancel"));
        cancel.setName("progressCancel");
        cancel.addActionListener(e -> {
            monitor.cancelled = true; // monitored work stops at its next check and rolls back
            cancel.setEnabled(false);
            cancel.setText(Texts.get("common.cancelling"));
        });
        dialog.getContentPane().setLayout(new MigLayout("insets dialog, wrap 1", "[300lp,grow,fill]"));
        dialog.add(new JLabel(Texts.format("common.pleaseWait", title)));
        dialog.add(bar);
        dialog.add(cancel, "right, growx 0");
        dialog.pack();
        dialog.setLocationRelativeTo(parent);
        dialog.setVisible(true);
    }

    @Override
    protected void done() {
        showTimer.stop();
        if (dialog != null) {
            dialog.dispose();
        }
        if (isCancelled()) {
            return;
        }
        try {
            onSuccess.accept(get());
        } catch (CancellationException e) {
            // cancelled by the user: nothing to report
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.energydiag.core.progress.ProgressMonitor.CancelledException) {
                Dialogs.info(parent, title, Texts.get("common.cancelled"));
            } else {
                Dialogs.failure(parent, Texts.format("common.failed", title), e);
            }
        } catch (RuntimeException e) {
            Dialogs.failure(parent, Texts.format("common.failed", title), e);
        }
    }
}
