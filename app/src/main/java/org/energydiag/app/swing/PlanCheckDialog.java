package org.energydiag.app.swing;

import org.energydiag.app.text.Texts;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.report.Deliverables;

/**
 * 方案检查 before the plan is exported: the issues of the one evaluation, errors first. A double
 * click (or 定位到此项) closes the dialog and leads to the field to fix; 仍然导出 goes on with the
 * export as the plan stands.
 */
final class PlanCheckDialog extends JDialog {
    private static final long serialVersionUID = 1L;

    private boolean proceed;

    private PlanCheckDialog(Window owner, ProjectEvaluation ev, Consumer<CheckIssue> goTo, boolean beforeExport) {
        super(owner, Texts.get("planCheck.title"), ModalityType.APPLICATION_MODAL);
        setName("planCheck.dialog");
        List<CheckIssue> issues = ev.checks();
        DefaultTableModel model = Choices.readOnly(new Object[] {Texts.get("planCheck.level"), Texts.get("planCheck.section"),
            Texts.get("planCheck.message")});
        for (CheckIssue c : issues) {
            model.addRow(new Object[] {c.level().label(), c.section(), c.message()});
        }
        JTable table = new JTable(model);
        table.setName("planCheck.list");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setMaxWidth(60);
        table.getColumnModel().getColumn(1).setPreferredWidth(170);
        table.getColumnModel().getColumn(2).setPreferredWidth(620);
        table.setDefaultRenderer(Object.class, new WrappingCellRenderer(true));
        JButton locate = new JButton(Texts.get("planCheck.goTo"));
        locate.setName("planCheck.goTo");
        locate.setEnabled(false);
        table.getSelectionModel().addListSelectionListener(e -> locate.setEnabled(table.getSelectedRow() >= 0));
        Runnable goSelected = () -> {
            int r = table.getSelectedRow();
            if (r >= 0) {
                CheckIssue issue = issues.get(r);
                dispose();
                javax.swing.SwingUtilities.invokeLater(() -> goTo.accept(issue)); // once the window is back in front
            }
        };
        locate.addActionListener(e -> goSelected.run());
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    goSelected.run();
                }
            }
        });
        JButton export = new JButton(Texts.get(ev.hasErrors() ? "planCheck.exportAnyway" : "planCheck.export"));
        export.setName("planCheck.export");
        export.addActionListener(e -> {
            proceed = true;
            dispose();
        });
        export.setVisible(beforeExport);
        JButton cancel = new JButton(Texts.get(beforeExport ? "planCheck.back" : "planCheck.close"));
        cancel.setName("planCheck.cancel");
        cancel.addActionListener(e -> dispose());
        JLabel summary = new JLabel(issues.isEmpty() ? Texts.format("planCheck.none", ev.report().evaluationLevel())
                : Texts.format("planCheck.summary", ev.report().evaluationLevel(), ev.errors().size(), ev.warnings().size()));
        summary.setName("planCheck.summary");
        JLabel hint = new JLabel(Texts.get("planCheck.hint"));
        hint.putClientProperty("FlatLaf.styleClass", "small");
        // the documents the notice asks for: which can be written from the project as it is, and what each lacks
        DefaultTableModel docsModel = Choices.readOnly(new Object[] {Texts.get("planCheck.document"), Texts.get("planCheck.documentState"),
            Texts.get("planCheck.documentMissing")});
        for (Deliverables.Deliverable d : Deliverables.of(ev)) {
            boolean listed = d.kind() != Deliverables.Kind.PLAN && d.kind() != Deliverables.Kind.SATISFACTION_FORM;
            docsModel.addRow(new Object[] {d.title(), d.state(), listed ? String.join("\n", d.missing()) : ""}); // a line each
        }
        JTable docs = new JTable(docsModel);
        docs.setName("planCheck.documents");
        docs.getColumnModel().getColumn(0).setPreferredWidth(260);
        docs.getColumnModel().getColumn(1).setPreferredWidth(200);
        docs.getColumnModel().getColumn(2).setPreferredWidth(420);
        docs.setDefaultRenderer(Object.class, new WrappingCellRenderer(false));
        var p = new javax.swing.JPanel(new MigLayout("insets dialog, wrap 1", "[grow,fill]", "[][][grow,fill][][grow 50,fill][]"));
        p.add(summary);
        p.add(hint);
        p.add(new JScrollPane(table), "w 880lp, h 260lp");
        p.add(new JLabel(Texts.get("planCheck.documents")));
        p.add(new JScrollPane(docs), "h 150lp");
        p.add(locate, "split 3, growx 0");
        p.add(cancel, "tag cancel, gapleft push, growx 0");
        p.add(export, "tag ok, growx 0");
        setContentPane(p);
        getRootPane().setDefaultButton(ev.hasErrors() || !beforeExport ? cancel : export);
        getRootPane().registerKeyboardAction(e -> dispose(), javax.swing.KeyStroke.getKeyStroke("ESCAPE"),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    /**
     * Shows the check; true when the user chose to export (directly when there is nothing to show).
     * {@code goTo} is called with the issue to fix when the user chose one.
     */
    static boolean confirm(Window owner, ProjectEvaluation ev, Consumer<CheckIssue> goTo) {
        if (ev.checks().isEmpty()) {
            return true;
        }
        PlanCheckDialog d = new PlanCheckDialog(owner, ev, goTo, true);
        d.setVisible(true);
        return d.proceed;
    }

    /** Shows the check while working (方案检查…), also when it found nothing. */
    static void show(Window owner, ProjectEvaluation ev, Consumer<CheckIssue> goTo) {
        new PlanCheckDialog(owner, ev, goTo, false).setVisible(true);
    }

    /** Message text wrapped to the column's width, rows as tall as their text. */
    private static final class WrappingCellRenderer extends javax.swing.table.DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;
        /** Whether the first column is a level (错误/提醒) shown in its colour. */
        private final boolean levels;

        WrappingCellRenderer(boolean levels) {
            this.levels = levels;
        }

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable t, Object v, boolean sel, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(t, v, sel, focus, row, col);
            if (!sel && levels) {
                // the level in the theme's error and warning colours (FlatLightLaf/FlatDarkLaf properties)
                Object level = t.getModel().getValueAt(t.convertRowIndexToModel(row), 0);
                setForeground(col == 0 ? javax.swing.UIManager.getColor(CheckIssue.Level.ERROR.label().equals(level)
                        ? "EnergyDiag.error.foreground" : "EnergyDiag.warning.foreground") : t.getForeground());
            }
            int width = t.getColumnModel().getColumn(col).getWidth();
            setText("<html><div style='width:" + Math.max(40, width - 8) + "px'>" + escape(String.valueOf(v)) + "</div></html>");
            // never below the table's row height; set only when it changes (each set repaints the table,
            // and a short cell — below the row height — would otherwise be set again on every paint)
            int h = Math.max(getPreferredSize().height + 4, t.getRowHeight());
            if (col == t.getColumnCount() - 1 && t.getRowHeight(row) != h) {
                t.setRowHeight(row, h);
            }
            return this;
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>");
        }
    }
}
