package org.energydiag.app.swing;

import java.awt.Component;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JOptionPane;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.workspace.StoreException;

/** User-facing messages: Chinese, saying what and where, never a stack trace. */
final class Dialogs {
    private static final Logger LOG = Logger.getLogger(Dialogs.class.getName());

    private Dialogs() {
    }

    static void error(Component parent, String title, String message) {
        JOptionPane.showMessageDialog(parent, message, title, JOptionPane.ERROR_MESSAGE);
    }

    static void info(Component parent, String title, String message) {
        JOptionPane.showMessageDialog(parent, message, title, JOptionPane.INFORMATION_MESSAGE);
    }

    /** The user-facing text of a failure; unexpected ones are logged in full. */
    static String describe(Throwable t) {
        Throwable e = t;
        while ((e instanceof java.util.concurrent.ExecutionException || e instanceof java.util.concurrent.CompletionException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof StoreException || e instanceof ProjectFileException
                || e instanceof org.energydiag.core.workspace.UserException
                || e instanceof org.energydiag.core.sync.PackageException) {
            return e.getMessage();
        }
        if (e instanceof java.io.IOException) {
            return "文件操作失败：" + e.getMessage() + "。请检查路径是否存在、磁盘空间和写入权限。";
        }
        LOG.log(Level.SEVERE, "unexpected error", e);
        return "发生内部错误（" + e.getClass().getSimpleName() + "）。操作未完成，已保存的数据不受影响。"
                + "详情已写入数据文件夹的 logs/ 日志，请发给技术支持。";
    }

    static void failure(Component parent, String title, Throwable t) {
        error(parent, title, describe(t));
    }
}
