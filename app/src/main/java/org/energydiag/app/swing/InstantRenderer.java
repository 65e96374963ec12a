package org.energydiag.app.swing;

import java.time.Instant;
import javax.swing.table.DefaultTableCellRenderer;

/** Shows an Instant as local date and time. */
final class InstantRenderer extends DefaultTableCellRenderer {
    private static final long serialVersionUID = 1L;

    @Override
    protected void setValue(Object value) {
        setText(value instanceof Instant i ? ProjectTableModel.TIME.format(i) : "");
    }
}
