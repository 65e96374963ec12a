package org.energydiag.app.swing;

import java.awt.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.TableCellEditor;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.validation.ValidationIssue;

/**
 * An editable table of one list of the project (products, consumption lines, streams …) with
 * 添加 / 删除所选 / 上移 / 下移 and a one-line message of its validation issues (all of them in the
 * tooltip). Every change is one undoable, autosaved edit of the project. The table is a
 * {@link SheetTable} (typing replaces, Enter/Tab move, Ctrl+V pastes a block adding rows).
 *
 * @param <R> the row record
 */
final class RowTableSection<R> {

    private final SheetTable table;
    private final RowTableModel<R> model;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, wrap 1, gapy 2", "[grow,fill]"));
    private final JLabel message = new WrapLabel();

    RowTableSection(Binder binder, String field, String noun, String undoLabel, List<RowTableModel.Column<R>> columns,
                    Function<DiagnosisProject, List<R>> get, BiFunction<DiagnosisProject, List<R>, DiagnosisProject> set,
                    Supplier<R> empty, int visibleRows) {
        model = new RowTableModel<>(columns, () -> get.apply(binder.session().project()),
                list -> binder.editProject(undoLabel, null, p -> set.apply(p, list)), empty);
        table = new SheetTable(model);
        table.setName(field);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setFillsViewportHeight(true);
        table.setPreferredScrollableViewportSize(new java.awt.Dimension(600, table.getRowHeight() * visibleRows));
        JButton add = button(Texts.format("tasks.table.add", noun), field + ".add");
        JButton remove = button(Texts.get("tasks.table.remove"), field + ".remove");
        JButton up = button(Texts.get("tasks.table.up"), field + ".up");
        JButton down = button(Texts.get("tasks.table.down"), field + ".down");
        add.addActionListener(e -> {
            stopEditing();
            model.add(empty.get());
            int r = model.getRowCount() - 1;
            table.changeSelection(r, 0, false, false);
            table.editCellAt(r, 0);
            Component ed = table.getEditorComponent();
            if (ed != null) {
                ed.requestFocusInWindow();
                // once more after the click's own focus change: a late focus on the button would end the edit
                javax.swing.SwingUtilities.invokeLater(() -> {
                    if (table.isEditing() && table.getEditorComponent() == ed && !ed.isFocusOwner()) {
                        ed.requestFocusInWindow();
                    }
                });
            }
        });
        remove.addActionListener(e -> {
            stopEditing();
            if (table.getSelectedRows().length > 0) {
                model.remove(table.getSelectedRows());
            }
        });
        up.addActionListener(e -> move(-1));
        down.addActionListener(e -> move(1));
        message.setName(field + ".message");
        message.setFont(message.getFont().deriveFont(message.getFont().getSize2D() - 1f));
        panel.add(new JScrollPane(table), "height " + (visibleRows * 22 + 30) + "lp:" + (visibleRows * 22 + 30) + "lp:600lp");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][]unrel[][]push"));
        buttons.add(add);
        buttons.add(remove);
        buttons.add(up);
        buttons.add(down);
        panel.add(buttons);
        panel.add(message);
        binder.addRefresher(() -> {
            if (!table.isEditing()) {
                model.fireTableDataChanged();
            }
        });
        binder.addMessageRefresher(() -> { // also when the plan check's findings change (energy#balance …)
            List<ValidationIssue> issues = new ArrayList<>(binder.session().issuesFor(field));
            issues.sort(Comparator.comparing(i -> !i.isError()));
            if (issues.isEmpty()) {
                message.setText(" ");
                message.setToolTipText(null);
            } else {
                ValidationIssue first = issues.get(0);
                message.setText(Texts.format("tasks.table.issue", first.where(), first.message())
                        + (issues.size() > 1 ? Texts.format("tasks.table.more", issues.size() - 1) : ""));
                message.setToolTipText("<html>" + issues.stream().map(i -> escape(Texts.format("tasks.table.issue", i.where(), i.message())))
                        .collect(Collectors.joining("<br>")) + "</html>");
                message.setForeground(Theme.color(first.isError() ? Theme.ERROR : Theme.WARNING));
            }
        });
    }

    private static JButton button(String text, String name) {
        JButton b = new JButton(text);
        b.setName(name);
        // a click leaves the focus where it is (the cell 添加 starts editing); Tab still reaches the button
        b.setRequestFocusEnabled(false);
        return b;
    }

    private void move(int dir) {
        stopEditing();
        int r = table.getSelectedRow();
        if (r >= 0) {
            int to = model.move(r, dir);
            table.changeSelection(to, 0, false, false);
        }
    }

    void stopEditing() {
        if (table.isEditing()) {
            TableCellEditor ed = table.getCellEditor();
            ed.stopCellEditing();
        }
    }

    SheetTable table() {
        return table;
    }

    JPanel panel() {
        return panel;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
