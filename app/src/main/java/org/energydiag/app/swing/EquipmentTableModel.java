package org.energydiag.app.swing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.text.Texts;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentInventory;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.project.DiagnosisProject;

/**
 * The items of one equipment class as a table: the class's fields as editable text columns,
 * followed by read-only result columns (grade, basis, obsolete). Every edit is one undoable,
 * autosaved edit of the project.
 */
final class EquipmentTableModel extends AbstractTableModel implements SheetTable.BlockModel {
    private static final long serialVersionUID = 1L;

    /** A read-only column computed from an item (its rating). */
    record ResultColumn(String title, Function<EquipmentItem, String> value) {
    }

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final EquipmentClass equipmentClass;
    private final List<EquipmentField> fields;
    private final transient List<ResultColumn> results;

    EquipmentTableModel(ProjectSession session, Binder binder, EquipmentClass c, List<ResultColumn> results) {
        this.session = session;
        this.binder = binder;
        this.equipmentClass = c;
        this.fields = EquipmentField.of(c);
        this.results = results;
    }

    EquipmentClass equipmentClass() {
        return equipmentClass;
    }

    List<EquipmentField> fields() {
        return fields;
    }

    List<EquipmentItem> rows() {
        return session.project().equipment().items().stream().filter(i -> i.equipmentClass() == equipmentClass).toList();
    }

    EquipmentItem row(int r) {
        return rows().get(r);
    }

    @Override
    public int getRowCount() {
        return rows().size();
    }

    @Override
    public int getColumnCount() {
        return fields.size() + results.size();
    }

    @Override
    public String getColumnName(int c) {
        return c < fields.size() ? fields.get(c).header() + (fields.get(c).required() ? " *" : "") : results.get(c - fields.size()).title();
    }

    @Override
    public boolean isCellEditable(int r, int c) {
        return c < fields.size();
    }

    @Override
    public Object getValueAt(int r, int c) {
        EquipmentItem i = row(r);
        return c < fields.size() ? i.text(fields.get(c)) : results.get(c - fields.size()).value().apply(i);
    }

    EquipmentField field(int c) {
        return c < fields.size() ? fields.get(c) : null;
    }

    @Override
    public void setValueAt(Object value, int r, int c) {
        if (c >= fields.size()) {
            return;
        }
        EquipmentItem before = row(r);
        EquipmentItem after = before.with(fields.get(c), value == null ? "" : value.toString().trim());
        replace(List.of(before), List.of(after), Texts.format("equipment.edit.cell", equipmentClass.label(), fields.get(c).label()));
    }

    @Override
    public boolean canAddRows() {
        return true;
    }

    /** A pasted or cleared block as one edit; rows past the last are new items of this class. */
    @Override
    public List<SheetTable.Cell> setCells(List<SheetTable.Cell> cells) {
        List<EquipmentItem> rows = rows();
        java.util.Map<Integer, EquipmentItem> changed = new java.util.TreeMap<>();
        List<SheetTable.Cell> bad = new ArrayList<>();
        for (SheetTable.Cell c : cells) {
            if (c.col() >= fields.size()) {
                bad.add(c);
                continue;
            }
            EquipmentItem item = changed.containsKey(c.row()) ? changed.get(c.row())
                    : c.row() < rows.size() ? rows.get(c.row()) : EquipmentItem.of(equipmentClass, "");
            changed.put(c.row(), item.with(fields.get(c.col()), c.value() == null ? "" : c.value().toString().trim()));
        }
        List<EquipmentItem> before = new ArrayList<>();
        List<EquipmentItem> after = new ArrayList<>();
        changed.forEach((r, item) -> {
            if (r < rows.size()) {
                before.add(rows.get(r));
            }
            after.add(item);
        });
        if (!after.isEmpty()) {
            replace(before, after, Texts.format("equipment.edit.paste", equipmentClass.label()));
        }
        return bad;
    }

    /** Replaces items (by id) and appends the rest of {@code after} that are new. */
    void replace(List<EquipmentItem> before, List<EquipmentItem> after, String label) {
        binder.editProject(label, null, p -> {
            List<EquipmentItem> all = new ArrayList<>(p.equipment().items());
            for (int k = 0; k < after.size(); k++) {
                EquipmentItem a = after.get(k);
                int at = -1;
                for (int j = 0; j < all.size(); j++) {
                    if (all.get(j).id().equals(a.id())) {
                        at = j;
                    }
                }
                if (at >= 0) {
                    all.set(at, a);
                } else {
                    all.add(a);
                }
            }
            return with(p, p.equipment().withItems(all));
        });
    }

    void remove(List<EquipmentItem> items) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        items.forEach(i -> ids.add(i.id()));
        binder.editProject(Texts.format("equipment.edit.remove", equipmentClass.label()), null, p -> with(p, p.equipment().withItems(
                p.equipment().items().stream().filter(i -> !ids.contains(i.id())).toList())));
    }

    static DiagnosisProject with(DiagnosisProject p, EquipmentInventory q) {
        return p.withEquipment(q, p.updatedAt());
    }
}
