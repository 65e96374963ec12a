package org.energydiag.app.swing;

import java.awt.Component;
import java.awt.EventQueue;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.text.Texts;

/** The password of an encrypted data folder, asked at start. */
final class PasswordPrompt {

    private PasswordPrompt() {
    }

    /**
     * Asks on the event thread (waiting for the answer when called from another thread).
     *
     * @param message what to say above the field (the folder, or that the last password was wrong)
     * @return the password, or null when the engineer cancelled
     */
    static String ask(Component owner, String message) {
        AtomicReference<String> answer = new AtomicReference<>();
        Runnable show = () -> {
            JPasswordField field = new JPasswordField(24);
            field.setName("password.field");
            JPanel p = new JPanel(new MigLayout("insets 0, wrap 1", "[grow,fill]"));
            p.add(new JLabel("<html><body style='width:320px'>" + escape(message) + "</body></html>"));
            p.add(field);
            JOptionPane pane = new JOptionPane(p, JOptionPane.QUESTION_MESSAGE, JOptionPane.OK_CANCEL_OPTION);
            var dialog = pane.createDialog(owner, Texts.get("password.title"));
            dialog.setName("password");
            dialog.addWindowFocusListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowGainedFocus(java.awt.event.WindowEvent e) {
                    field.requestFocusInWindow();
                }
            });
            field.addActionListener(e -> {
                pane.setValue(JOptionPane.OK_OPTION);
                dialog.setVisible(false);
            });
            dialog.setVisible(true);
            dialog.dispose();
            Object v = pane.getValue();
            if (v instanceof Integer i && i == JOptionPane.OK_OPTION && field.getPassword().length > 0) {
                answer.set(new String(field.getPassword()));
            }
        };
        if (EventQueue.isDispatchThread()) {
            show.run();
        } else {
            try {
                EventQueue.invokeAndWait(show);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return answer.get();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
    }
}
