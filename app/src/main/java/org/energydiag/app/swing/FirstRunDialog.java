package org.energydiag.app.swing;

import java.awt.Window;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.Settings;
import org.energydiag.core.workspace.SettingsRepository;

/**
 * First run: the diagnosis agency (诊断服务机构) and the engineer, asked once when neither is set,
 * after the home window has shown. Saved into the same settings as 工具 → 设置 (where they can be
 * changed later); 以后再说 skips it, and it is not asked again.
 */
final class FirstRunDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    /** System property: {@code false} turns the first-run question off (the GUI tests, which start on empty data folders). */
    static final String SWITCH = "energydiag.firstRun";

    /** The preference that records that the question was answered or skipped. */
    static final String DONE = "firstRun.done";

    private final JTextField agency = new JTextField(30);
    private final JTextField engineer = new JTextField(30);

    private FirstRunDialog(Window owner, SettingsRepository repo) {
        super(owner, Texts.get("firstRun.title"), ModalityType.APPLICATION_MODAL);
        setName("firstRun");
        Settings s = repo.load();
        agency.setName("firstRun.agency");
        engineer.setName("firstRun.engineer");
        agency.setText(s.agencyName());
        engineer.setText(s.engineerName());
        JTextArea intro = new JTextArea(Texts.get("firstRun.intro"));
        intro.setEditable(false);
        intro.setFocusable(false);
        intro.setOpaque(false);
        intro.setLineWrap(true);
        intro.setWrapStyleWord(false);
        intro.setColumns(40);
        JButton save = new JButton(Texts.get("firstRun.save"));
        save.setName("firstRun.save");
        JButton skip = new JButton(Texts.get("firstRun.skip"));
        skip.setName("firstRun.skip");
        JLabel later = new JLabel(Texts.get("firstRun.later"));
        later.setForeground(Theme.color(Theme.MUTED));
        save.addActionListener(e -> {
            try {
                Settings now = repo.load();
                repo.save(new Settings(agency.getText().trim(), engineer.getText().trim(), now.theme()));
                repo.setPreference(DONE, "true");
            } catch (RuntimeException ex) {
                Dialogs.error(this, Texts.get("firstRun.title"), Texts.format("settings.saveFailed", ex.getMessage()));
                return;
            }
            dispose();
        });
        skip.addActionListener(e -> {
            markDone(repo);
            dispose();
        });
        getRootPane().setDefaultButton(save);

        getContentPane().setLayout(new MigLayout("insets dialog, wrap 2", "[right][grow,fill]"));
        add(intro, "span 2, wmin 0, gapbottom para");
        add(new JLabel(Texts.get("settings.label.agency")));
        add(agency);
        add(new JLabel(""));
        JLabel hint = new JLabel(Texts.get("settings.agency.hint"));
        hint.setForeground(Theme.color(Theme.MUTED));
        add(hint);
        add(new JLabel(Texts.get("settings.label.engineer")));
        add(engineer);
        add(later, "span 2, gaptop para");
        add(save, "span 2, split 2, right, gaptop para, growx 0");
        add(skip, "growx 0");
        pack();
        setLocationRelativeTo(owner);
    }

    /** Whether to ask: neither agency nor engineer set, not asked before, and not switched off. */
    static boolean needed(SettingsRepository repo) {
        if ("false".equals(System.getProperty(SWITCH))) {
            return false;
        }
        Settings s = repo.load();
        return s.agencyName().isBlank() && s.engineerName().isBlank() && repo.preference(DONE).isEmpty();
    }

    /** Asks when {@link #needed}; returns when the dialog was closed (or at once). */
    static void offer(Window owner, SettingsRepository repo) {
        if (needed(repo)) {
            FirstRunDialog d = new FirstRunDialog(owner, repo);
            d.addWindowListener(new java.awt.event.WindowAdapter() {
                @Override
                public void windowClosing(java.awt.event.WindowEvent e) {
                    markDone(repo); // closed with the window's ×: a skip
                }
            });
            d.setVisible(true);
        }
    }

    private static void markDone(SettingsRepository repo) {
        try {
            repo.setPreference(DONE, "true");
        } catch (RuntimeException ex) { // not remembered: asked again at the next start, nothing lost
            java.util.logging.Logger.getLogger(FirstRunDialog.class.getName()).log(java.util.logging.Level.WARNING,
                    "cannot record the first-run question", ex);
        }
    }
}
