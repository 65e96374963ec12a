package org.energydiag.app.swing;

import java.awt.Component;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JOptionPane;
import org.energydiag.app.text.Texts;
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
            return Texts.format("common.fileFailed", e.getMessage());
        }
        LOG.log(Level.SEVERE, "unexpected error", e);
        return Texts.format("common.internalError", e.getClass().getSimpleName(), org.energydiag.app.LogFolder.text());
    }

    static void failure(Component parent, String title, Throwable t) {
        error(parent, title, describe(t));
    }
}
