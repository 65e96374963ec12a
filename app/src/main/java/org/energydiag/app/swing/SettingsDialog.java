package org.energydiag.app.swing;

import java.awt.Window;
import java.nio.file.Path;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.Settings;
import org.energydiag.core.workspace.SettingsRepository;

/** 设置: agency, engineer, data folder and theme; saved when confirmed. */
final class SettingsDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final JTextField agency = new JTextField(30);
    private final JTextField engineer = new JTextField(30);
    private final JTextField dataDir = new JTextField(30);
    private final JRadioButton light = new JRadioButton(Texts.get("settings.light"));
    private final JRadioButton dark = new JRadioButton(Texts.get("settings.dark"));
    private Path chosenDir;

    SettingsDialog(Window owner, SettingsRepository repo, boolean readOnly) {
        this(owner, repo, null, readOnly);
    }

    /**
     * @param encryption opens 数据加密 (null: not offered, e.g. before the database is open)
     * @param readOnly   the data folder, which keeps these settings, cannot be written: they are shown, and only
     *                   the folder to use at the next start (kept in the user's home) can be changed
     */
    SettingsDialog(Window owner, SettingsRepository repo, java.util.function.Consumer<Window> encryption, boolean readOnly) {
        super(owner, Texts.get("settings.title"), ModalityType.APPLICATION_MODAL);
        setName("settings");
        Settings s = repo.load();
        agency.setName("settings.agency");
        engineer.setName("settings.engineer");
        dataDir.setName("settings.dataDir");
        light.setName("settings.light");
        dark.setName("settings.dark");
        agency.setText(s.agencyName());
        engineer.setText(s.engineerName());
        Path current = repo.dataDir();
        dataDir.setText(current.toString());
        dataDir.setEditable(false);
        ButtonGroup g = new ButtonGroup();
        g.add(light);
        g.add(dark);
        (s.theme() == Settings.Theme.DARK ? dark : light).setSelected(true);

        JButton choose = new JButton(Texts.get("settings.change"));
        choose.addActionListener(e -> {
            JFileChooser fc = FileChoosers.create(FileChoosers.Purpose.DATA_DIR);
            if (FileChoosers.lastFolder(FileChoosers.Purpose.DATA_DIR).isEmpty()) {
                fc.setCurrentDirectory(current.toFile());
            }
            fc.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
            fc.setDialogTitle(Texts.get("settings.chooseDataDir"));
            if (fc.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                chosenDir = fc.getSelectedFile().toPath();
                dataDir.setText(chosenDir.toString());
            }
        });
        JButton ok = new JButton(Texts.get("settings.ok"));
        ok.setName("settings.ok");
        JButton cancel = new JButton(Texts.get("settings.cancel"));
        cancel.setName("settings.cancel");
        getRootPane().setDefaultButton(ok);
        ok.addActionListener(e -> {
            Settings.Theme theme = dark.isSelected() ? Settings.Theme.DARK : Settings.Theme.LIGHT;
            try {
                if (!readOnly) {
                    repo.save(new Settings(agency.getText().trim(), engineer.getText().trim(), theme));
                }
                if (chosenDir != null && !chosenDir.equals(current)) {
                    repo.setPreferredDataDir(chosenDir);
                    Dialogs.info(this, Texts.get("settings.dataDir.title"), Texts.format("settings.dataDir.changed", chosenDir));
                }
            } catch (RuntimeException ex) {
                Dialogs.error(this, Texts.get("settings.title"), Texts.format("settings.saveFailed", ex.getMessage()));
                return;
            }
            if (theme != s.theme()) {
                Theme.switchTo(theme);
            }
            dispose();
        });
        cancel.addActionListener(e -> dispose());

        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        add(new JLabel(Texts.get("settings.label.agency")));
        add(agency);
        add(new JLabel(""));
        JLabel hint = new JLabel(Texts.get("settings.agency.hint"));
        hint.setForeground(Theme.color(Theme.MUTED));
        add(hint);
        add(new JLabel(Texts.get("settings.label.engineer")));
        add(engineer);
        add(new JLabel(Texts.get("settings.label.dataDir")));
        add(dataDir, "split 2");
        add(choose, "growx 0");
        add(new JLabel(Texts.get("settings.label.theme")));
        add(light, "split 2");
        add(dark);
        if (encryption != null) {
            JButton encrypt = new JButton(Texts.get("settings.encryption"));
            encrypt.setName("settings.encryption");
            encrypt.addActionListener(e -> encryption.accept(this));
            add(new JLabel(Texts.get("settings.label.encryption")));
            add(encrypt, "growx 0");
        }
        add(ok, "span 2, split 2, right, gaptop para, growx 0");
        add(cancel, "growx 0");
        ReadOnlyLock.viewing(dataDir);
        ReadOnlyLock.viewing(choose);
        ReadOnlyLock.viewing(ok);
        ReadOnlyLock.viewing(cancel);
        ReadOnlyLock.lockIf(readOnly, this);
        pack();
        setLocationRelativeTo(owner);
    }
}
