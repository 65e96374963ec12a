package org.energydiag.app.swing;

import java.awt.Window;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.StoreEncryption;
import org.energydiag.app.text.Texts;
import org.energydiag.core.progress.NullProgressMonitor;

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

    private void convert(Database db, String pw) {
        BackgroundTask.run(this, Texts.get("encryption.progress"), () -> {
            StoreEncryption.convert(db, pw, NullProgressMonitor.INSTANCE);
            return db.encrypted();
        }, encrypted -> {
            Dialogs.info(this, Texts.get("encryption.title"), Texts.get(encrypted ? "encryption.doneOn" : "encryption.doneOff"));
            dispose();
        });
    }
}
