package org.energydiag.app.swing;

import java.awt.Window;
import java.time.Instant;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.HomeController;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.ProjectSummary;

/** 回收站: restore deleted projects or delete them for good (with confirmation). */
final class RecycleBinDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final transient HomeController controller;
    private final ProjectTableModel model = new ProjectTableModel(true);
    private final JTable table = new JTable(model);

    RecycleBinDialog(Window owner, HomeController controller) {
        super(owner, Texts.get("recycleBin.title"), ModalityType.APPLICATION_MODAL);
        this.controller = controller;
        setName("recycleBin");
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        add(new JLabel(Texts.get("recycleBin.hint")));
        table.setName("recycleBin.projects");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Instant.class, new InstantRenderer());
        add(new JScrollPane(table), "width 640lp, height 260lp");
        JButton restore = new JButton(Texts.get("recycleBin.restore"));
        restore.setName("recycleBin.restore");
        JButton purge = new JButton(Texts.get("recycleBin.purge"));
        purge.setName("recycleBin.purge");
        JButton close = new JButton(Texts.get("recycleBin.close"));
        close.setName("recycleBin.close");
        restore.addActionListener(e -> {
            ProjectSummary s = selected();
            if (s != null) {
                BackgroundTask.run(this, Texts.get("recycleBin.restoring"), () -> {
                    controller.restore(s.id());
                    return controller.recycleBin();
                }, model::setRows);
            }
        });
        purge.addActionListener(e -> {
            ProjectSummary s = selected();
            if (s != null && JOptionPane.showConfirmDialog(this, Texts.format("recycleBin.purge.confirm", s.displayName()),
                    Texts.get("recycleBin.purge"), JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION) {
                BackgroundTask.run(this, Texts.get("recycleBin.purge"), () -> {
                    controller.purge(s.id());
                    return controller.recycleBin();
                }, model::setRows);
            }
        });
        close.addActionListener(e -> dispose());
        add(restore, "split 3, right, growx 0");
        add(purge, "growx 0");
        add(close, "growx 0");
        BackgroundTask.run(this, Texts.get("recycleBin.reading"), controller::recycleBin, model::setRows);
        pack();
        setLocationRelativeTo(owner);
    }

    private ProjectSummary selected() {
        int v = table.getSelectedRow();
        return v < 0 ? null : model.row(table.convertRowIndexToModel(v));
    }
}
