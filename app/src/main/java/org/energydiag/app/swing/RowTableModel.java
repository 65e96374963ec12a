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
final class RowTableModel<R> extends AbstractTableModel implements SheetTable.BlockModel {
    private static final long serialVersionUID = 1L;

    /** A column: title, value class, getter and a wither producing an edited record (null: read-only). */
    record Column<R>(String title, Class<?> type, Function<R, Object> get, BiFunction<R, Object, R> set) {
    }

    private final List<Column<R>> columns;
    private final transient Supplier<List<R>> rows;
    private final transient java.util.function.Consumer<List<R>> commit;
    private final transient Supplier<R> empty;

    RowTableModel(List<Column<R>> columns, Supplier<List<R>> rows, java.util.function.Consumer<List<R>> commit) {
        this(columns, rows, commit, null);
    }

    /** @param empty a new row for a paste that goes past the last row (null: rows are not added) */
    RowTableModel(List<Column<R>> columns, Supplier<List<R>> rows, java.util.function.Consumer<List<R>> commit, Supplier<R> empty) {
        this.columns = columns;
        this.rows = rows;
        this.commit = commit;
        this.empty = empty;
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

    @Override
    public boolean canAddRows() {
        return empty != null;
    }

    /** Writes a block (paste, clear) as one commit, adding rows as needed; a cell its column refuses is returned. */
    @Override
    public List<SheetTable.Cell> setCells(List<SheetTable.Cell> cells) {
        List<R> list = new ArrayList<>(rows.get());
        List<R> before = List.copyOf(list);
        List<SheetTable.Cell> bad = new ArrayList<>();
        int last = cells.stream().mapToInt(SheetTable.Cell::row).max().orElse(-1);
        while (empty != null && list.size() <= last) {
            list.add(empty.get());
        }
        java.util.Set<Integer> touched = new java.util.HashSet<>();
        for (SheetTable.Cell c : cells) {
            if (c.row() >= list.size() || columns.get(c.col()).set() == null) {
                bad.add(c);
                continue;
            }
            Object v = c.value() instanceof String s ? s.trim() : c.value();
            try {
                list.set(c.row(), columns.get(c.col()).set().apply(list.get(c.row()), v));
                touched.add(c.row());
            } catch (RuntimeException e) {
                bad.add(c);
            }
        }
        // rows added for the block but left without any value are not kept
        for (int r = list.size() - 1; r >= before.size(); r--) {
            if (!touched.contains(r)) {
                list.remove(r);
            } else {
                break;
            }
        }
        if (!list.equals(before)) {
            commit.accept(list);
        }
        return bad;
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
