package org.energydiag.app.swing;

import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPasswordField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.store.Backups;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.StoreEncryption;
import org.energydiag.app.text.Texts;

/**
 * 设置 → 数据加密: encrypts the data folder's database with a password (asked at every start),
 * changes it, or removes it. The conversion runs in the background; the database is never lost
 * if it is interrupted (see {@link StoreEncryption}).
 */
final class EncryptionDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final JPasswordField password = new JPasswordField(24);
    private final JPasswordField again = new JPasswordField(24);
    private final JLabel problem = new JLabel(" ");

    EncryptionDialog(Window owner, Database db) {
        super(owner, Texts.get("encryption.title"), ModalityType.APPLICATION_MODAL);
        setName("encryption");
        password.setName("encryption.password");
        again.setName("encryption.again");
        problem.setName("encryption.problem");
        problem.setForeground(Theme.color(Theme.MUTED));
        boolean on = db.encrypted();
        JButton apply = new JButton(Texts.get(on ? "encryption.change" : "encryption.enable"));
        apply.setName("encryption.apply");
        JButton off = new JButton(Texts.get("encryption.disable"));
        off.setName("encryption.disable");
        off.setVisible(on);
        JButton close = new JButton(Texts.get("settings.cancel"));
        apply.setEnabled(!db.readOnly());
        off.setEnabled(!db.readOnly());
        apply.addActionListener(e -> {
            char[] a = password.getPassword();
            char[] b = again.getPassword();
            String pw = new String(a);
            String why = !Arrays.equals(a, b) ? Texts.get("encryption.mismatch") : StoreEncryption.problem(pw);
            if (why != null) {
                problem.setText(why);
                return;
            }
            convert(db, pw);
        });
        off.addActionListener(e -> convert(db, null));
        close.addActionListener(e -> dispose());
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        JLabel state = new JLabel("<html><body style='width:360px'>" + Texts.get(on ? "encryption.stateOn" : "encryption.stateOff")
                + "<br>" + Texts.get("encryption.note") + "</body></html>");
        state.setName("encryption.state");
        add(state, "span 2");
        add(new JLabel(Texts.get("encryption.label.password")));
        add(password);
        add(new JLabel(Texts.get("encryption.label.again")));
        add(again);
        add(problem, "span 2");
        add(apply, "span 2, split 3, right, gaptop para, growx 0");
        add(off, "growx 0");
        add(close, "growx 0");
        pack();
        setLocationRelativeTo(owner);
    }

    /** What the conversion left to show: the folder's state, backups that followed the password, plain backups to deal with. */
    private record Converted(boolean encrypted, Backups.Conversion followed, List<Path> plain) {
    }

    private void convert(Database db, String pw) {
        BackgroundTask.runMonitored(this, Texts.get("encryption.progress"), monitor -> {
            Backups.Conversion followed = StoreEncryption.convert(db, pw, monitor);
            return new Converted(db.encrypted(), followed, StoreEncryption.plainBackups(db));
        }, done -> {
            String message = Texts.get(done.encrypted() ? "encryption.doneOn" : "encryption.doneOff") + failures(done.followed().failed());
            Dialogs.info(this, Texts.get("encryption.title"), message);
            if (done.plain().isEmpty()) {
                dispose();
            } else {
                askAboutPlainBackups(db, done.plain());
            }
        });
    }

    /**
     * Backups taken before the folder was encrypted hold every project in plain form: says how many
     * and where, and encrypts them with the same password (the default, also when the question is
     * closed) or deletes them.
     */
    private void askAboutPlainBackups(Database db, List<Path> plain) {
        Path folder = plain.get(0).getParent();
        String[] options = {Texts.get("encryption.backups.encrypt"), Texts.get("encryption.backups.delete")};
        JOptionPane pane = new JOptionPane(Texts.format("encryption.backups.question", plain.size(), folder,
                plain.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining("\n"))),
                JOptionPane.WARNING_MESSAGE, JOptionPane.DEFAULT_OPTION, null, options, options[0]);
        JDialog ask = pane.createDialog(this, Texts.get("encryption.backups.title"));
        ask.setName("encryption.backups");
        ask.setVisible(true);
        boolean delete = options[1].equals(pane.getValue());
        if (delete) {
            BackgroundTask.run(this, Texts.get("encryption.backups.deleting"), () -> Backups.delete(plain), failed -> {
                Dialogs.info(this, Texts.get("encryption.backups.title"),
                        Texts.format("encryption.backups.deleted", plain.size() - failed.size()) + failures(failed));
                dispose();
            });
        } else {
            BackgroundTask.runMonitored(this, Texts.get("encryption.backups.encrypting"),
                    monitor -> StoreEncryption.encryptBackups(db, plain, monitor), result -> {
                        Dialogs.info(this, Texts.get("encryption.backups.title"),
                                Texts.format("encryption.backups.encrypted", result.converted().size()) + failures(result.failed()));
                        dispose();
                    });
        }
    }

    /** The backups that could not be converted or deleted, each with its reason; empty when none. */
    private static String failures(Map<Path, String> failed) {
        return failed.isEmpty() ? "" : "\n\n" + Texts.format("encryption.backups.failed", failed.size())
                + failed.values().stream().collect(Collectors.joining("\n", "\n", ""));
    }
}
