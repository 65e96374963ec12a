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
import org.energydiag.core.workspace.ProjectSummary;

/** 回收站: restore deleted projects or delete them for good (with confirmation). */
final class RecycleBinDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private final transient HomeController controller;
    private final ProjectTableModel model = new ProjectTableModel(true);
    private final JTable table = new JTable(model);

    RecycleBinDialog(Window owner, HomeController controller) {
        super(owner, "回收站", ModalityType.APPLICATION_MODAL);
        this.controller = controller;
        setName("recycleBin");
        getContentPane().setLayout(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][grow,fill][]"));
        add(new JLabel("已删除的项目可以恢复；“彻底删除”后无法恢复。"));
        table.setName("recycleBin.projects");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setDefaultRenderer(Instant.class, new InstantRenderer());
        add(new JScrollPane(table), "width 640lp, height 260lp");
        JButton restore = new JButton("恢复");
        restore.setName("recycleBin.restore");
        JButton purge = new JButton("彻底删除");
        purge.setName("recycleBin.purge");
        JButton close = new JButton("关闭");
        close.setName("recycleBin.close");
        restore.addActionListener(e -> {
            ProjectSummary s = selected();
            if (s != null) {
                BackgroundTask.run(this, "恢复项目", () -> {
                    controller.restore(s.id());
                    return controller.recycleBin();
                }, model::setRows);
            }
        });
        purge.addActionListener(e -> {
            ProjectSummary s = selected();
            if (s != null && JOptionPane.showConfirmDialog(this, "彻底删除“" + s.displayName() + "”？\n此操作无法撤销。",
                    "彻底删除", JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION) {
                BackgroundTask.run(this, "彻底删除", () -> {
                    controller.purge(s.id());
                    return controller.recycleBin();
                }, model::setRows);
            }
        });
        close.addActionListener(e -> dispose());
        add(restore, "split 3, right, growx 0");
        add(purge, "growx 0");
        add(close, "growx 0");
        BackgroundTask.run(this, "读取回收站", controller::recycleBin, model::setRows);
        pack();
        setLocationRelativeTo(owner);
    }

    private ProjectSummary selected() {
        int v = table.getSelectedRow();
        return v < 0 ? null : model.row(table.convertRowIndexToModel(v));
    }
}
