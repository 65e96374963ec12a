package org.energydiag.app.swing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.ProjectSummary;

/** Rows of the project list (home) and of the recycle bin. */
final class ProjectTableModel extends AbstractTableModel {
    private static final long serialVersionUID = 1L;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final boolean bin;
    private List<ProjectSummary> rows = new ArrayList<>();

    ProjectTableModel(boolean bin) {
        this.bin = bin;
    }

    void setRows(List<ProjectSummary> rows) {
        this.rows = new ArrayList<>(rows);
        fireTableDataChanged();
    }

    ProjectSummary row(int modelRow) {
        return rows.get(modelRow);
    }

    int indexOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 5;
    }

    @Override
    public String getColumnName(int c) {
        return switch (c) {
            case 0 -> Texts.get("home.column.name");
            case 1 -> Texts.get("home.column.creditCode");
            case 2 -> Texts.get("home.column.region");
            case 3 -> Texts.get("home.column.sector");
            default -> bin ? Texts.get("home.column.deletedAt") : Texts.get("home.column.updatedAt");
        };
    }

    @Override
    public Class<?> getColumnClass(int c) {
        return c == 4 ? Instant.class : String.class;
    }

    @Override
    public Object getValueAt(int r, int c) {
        ProjectSummary s = rows.get(r);
        return switch (c) {
            case 0 -> s.displayName();
            case 1 -> s.creditCode();
            case 2 -> s.region();
            case 3 -> s.sector();
            default -> bin ? s.deletedAt() : s.updatedAt();
        };
    }
}
