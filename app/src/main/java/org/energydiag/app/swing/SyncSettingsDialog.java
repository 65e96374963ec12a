package org.energydiag.app.swing;

import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.AppInfo;
import org.energydiag.app.sync.PlatformClient;
import org.energydiag.app.sync.SyncException;
import org.energydiag.app.sync.SyncService;
import org.energydiag.app.sync.SyncSettings;
import org.energydiag.app.store.SyncSettingsStore;
import org.energydiag.app.text.Texts;

/** 同步设置: the platform's address and the token it issued; 测试连接 checks both. */
final class SyncSettingsDialog extends JDialog {

    private static final long serialVersionUID = 1L;

    private final JTextField endpoint = new JTextField(36);
    private final JPasswordField token = new JPasswordField(36);
    private final JLabel result = new JLabel(" ");

    /** @param readOnly the data folder (which keeps the settings) cannot be written: shown and tested, not changed */
    SyncSettingsDialog(Window owner, SyncSettingsStore file, SyncService service, boolean readOnly) {
        super(owner, Texts.get("sync.settings.title"), ModalityType.APPLICATION_MODAL);
        setName("syncSettings");
        SyncSettings s = file.load();
        endpoint.setName("syncSettings.endpoint");
        endpoint.setText(s.endpoint());
        token.setName("syncSettings.token");
        token.setText(s.token());
        result.setName("syncSettings.result");
        JPanel p = new JPanel(new MigLayout("insets dialog, wrap 2", "[][grow,fill]"));
        p.add(new JLabel(Texts.get("sync.settings.endpoint")));
        p.add(endpoint);
        p.add(new JLabel(""));
        JLabel hint = new JLabel(Texts.get("sync.settings.endpointHint"));
        hint.setForeground(Theme.color(Theme.MUTED));
        p.add(hint);
        p.add(new JLabel(Texts.get("sync.settings.token")));
        p.add(token);
        p.add(result, "span 2, growx, wmin 0");
        JButton test = new JButton(Texts.get("sync.settings.test"));
        test.setName("syncSettings.test");
        JButton save = new JButton(Texts.get("sync.settings.save"));
        save.setName("syncSettings.save");
        JButton cancel = new JButton(Texts.get("sync.settings.cancel"));
        p.add(test, "span 2, split 3, tag left");
        p.add(save, "tag ok");
        p.add(cancel, "tag cancel");
        setContentPane(p);
        ReadOnlyLock.viewing(test);
        ReadOnlyLock.viewing(cancel);
        ReadOnlyLock.lockIf(readOnly, this);
        getRootPane().setDefaultButton(save);

        test.addActionListener(e -> {
            SyncSettings candidate = current();
            if (candidate.problem() != null) {
                show(candidate.problem(), true);
                return;
            }
            show(Texts.get("sync.settings.connecting"), false);
            test.setEnabled(false);
            BackgroundTask.run(this, Texts.get("sync.settings.test"), () -> {
                try {
                    new PlatformClient(candidate, AppInfo.generator()).ping();
                    return Texts.get("sync.settings.ok");
                } catch (SyncException ex) {
                    return "✗ " + ex.getMessage();
                }
            }, msg -> {
                test.setEnabled(true);
                show(msg, msg.startsWith("✗"));
            });
        });
        save.addActionListener(e -> {
            SyncSettings candidate = current();
            if (!candidate.endpoint().isEmpty() && candidate.problem() != null) {
                show(candidate.problem(), true);
                return;
            }
            try {
                file.save(candidate);
            } catch (RuntimeException ex) {
                show(ex.getMessage(), true);
                return;
            }
            if (service != null) {
                service.syncNow(); // a new token or address: try what failed again
            }
            dispose();
        });
        cancel.addActionListener(e -> dispose());
        pack();
        setLocationRelativeTo(owner);
    }

    private SyncSettings current() {
        return new SyncSettings(endpoint.getText(), new String(token.getPassword()));
    }

    private void show(String text, boolean error) {
        result.setText("<html>" + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</html>");
        result.setForeground(Theme.color(error ? Theme.ERROR : Theme.MUTED));
        pack();
    }
}
