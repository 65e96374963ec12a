package org.energydiag.app.swing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.table.AbstractTableModel;

/**
 * A table over an immutable list of records held by the project. Each cell edit produces a new
 * record and hands the new list to {@code commit}; the table shows whatever {@code rows} returns.
 *
 * @param <R> the row record
 */
final class RowTableModel<R> extends AbstractTableModel {
    private static final long serialVersionUID = 1L;

    /** A column: title, value class, getter and a wither producing an edited record (null: read-only). */
    record Column<R>(String title, Class<?> type, Function<R, Object> get, BiFunction<R, Object, R> set) {
    }

    private final List<Column<R>> columns;
    private final transient Supplier<List<R>> rows;
    private final transient java.util.function.Consumer<List<R>> commit;

    RowTableModel(List<Column<R>> columns, Supplier<List<R>> rows, java.util.function.Consumer<List<R>> commit) {
        this.columns = columns;
        this.rows = rows;
        this.commit = commit;
    }

    @Override
    public int getRowCount() {
        return rows.get().size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int c) {
        return columns.get(c).title();
    }

    @Override
    public Class<?> getColumnClass(int c) {
        return columns.get(c).type();
    }

    @Override
    public boolean isCellEditable(int r, int c) {
        return columns.get(c).set() != null;
    }

    @Override
    public Object getValueAt(int r, int c) {
        return columns.get(c).get().apply(rows.get().get(r));
    }

    @Override
    public void setValueAt(Object value, int r, int c) {
        Object v = value instanceof String s ? s.trim() : value;
        List<R> list = new ArrayList<>(rows.get());
        R before = list.get(r);
        R after = columns.get(c).set().apply(before, v);
        if (!Objects.equals(before, after)) {
            list.set(r, after);
            commit.accept(list);
        }
    }

    void add(R row) {
        List<R> list = new ArrayList<>(rows.get());
        list.add(row);
        commit.accept(list);
    }

    void remove(int[] selected) {
        List<R> list = new ArrayList<>(rows.get());
        for (int i = selected.length - 1; i >= 0; i--) {
            list.remove(selected[i]);
        }
        commit.accept(list);
    }

    /** Moves a row up (-1) or down (+1); returns its new index. */
    int move(int row, int dir) {
        List<R> list = new ArrayList<>(rows.get());
        int to = row + dir;
        if (row < 0 || to < 0 || to >= list.size()) {
            return row;
        }
        R r = list.remove(row);
        list.add(to, r);
        commit.accept(list);
        return to;
    }
}
