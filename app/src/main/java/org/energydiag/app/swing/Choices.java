package org.energydiag.app.swing;

import java.awt.Component;
import java.util.List;
import java.util.Objects;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.DefaultTableModel;

/** Table columns whose cells hold a code (an id, an enum) but show and offer its Chinese label. */
final class Choices {

    /** One choice: the stored value and the text shown. */
    record Item(Object value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private Choices() {
    }

    /** Makes column {@code col} of {@code table} a drop-down of {@code items}. */
    static void install(JTable table, int col, List<Item> items) {
        JComboBox<Item> box = new JComboBox<>(items.toArray(new Item[0]));
        box.setMaximumRowCount(20);
        box.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof Item it ? it.label() : v, i, s, f);
            }
        });
        table.getColumnModel().getColumn(col).setCellEditor(new DefaultCellEditor(box) {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getCellEditorValue() {
                Object v = super.getCellEditorValue();
                return v instanceof Item it ? it.value() : v;
            }

            @Override
            public Component getTableCellEditorComponent(JTable t, Object value, boolean sel, int row, int column) {
                Component c = super.getTableCellEditorComponent(t, value, sel, row, column);
                items.stream().filter(it -> Objects.equals(it.value(), value)).findFirst().ifPresent(box::setSelectedItem);
                return c;
            }
        });
        table.getColumnModel().getColumn(col).setCellRenderer(new DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object value) {
                setText(items.stream().filter(it -> Objects.equals(it.value(), value)).map(Item::label).findFirst()
                        .orElse(value == null ? "" : value.toString()));
            }
        });
    }

    /** An editable drop-down of suggestions: the user may type something else. */
    static void suggest(JTable table, int col, String... values) {
        JComboBox<String> box = new JComboBox<>(values);
        box.setEditable(true);
        table.getColumnModel().getColumn(col).setCellEditor(new DefaultCellEditor(box));
    }

    /** A read-only table model. */
    static DefaultTableModel readOnly(Object[] columns) {
        return new DefaultTableModel(columns, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    /** Number for display: grouped, fixed decimals, "—" when not computable. */
    static String num(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        return String.format("%,." + decimals + "f", v);
    }
}
