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
    private final Consumer<T> onSuccess;
    private JDialog dialog;
    private Timer showTimer;

    private BackgroundTask(Component parent, String title, Callable<T> work, Consumer<T> onSuccess) {
        this.parent = parent;
        this.title = title;
        this.work = work;
        this.onSuccess = onSuccess;
    }

    /** Starts {@code work} in the background; {@code onSuccess} runs on the event thread. */
    static <T> BackgroundTask<T> run(Component parent, String title, Callable<T> work, Consumer<T> onSuccess) {
        BackgroundTask<T> t = new BackgroundTask<>(parent, title, work, onSuccess);
        t.showTimer = new Timer(SHOW_AFTER_MS, e -> t.showDialog());
        t.showTimer.setRepeats(false);
        t.showTimer.start();
        t.execute();
        return t;
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
        JProgressBar bar = new JProgressBar();
        bar.setIndeterminate(true);
        JButton cancel = new JButton("取消");
        cancel.addActionListener(e -> cancel(true));
        dialog.getContentPane().setLayout(new MigLayout("insets dialog, wrap 1", "[300lp,grow,fill]"));
        dialog.add(new JLabel(title + "，请稍候…"));
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
        } catch (Exception e) {
            Dialogs.failure(parent, title + "失败", e);
        }
    }
}
