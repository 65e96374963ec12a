package org.energydiag.app.swing;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.ContainerAdapter;
import java.awt.event.ContainerEvent;
import java.beans.PropertyChangeListener;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JSlider;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;

/**
 * Makes a part of the window unable to change anything, for a project opened from a read-only
 * data folder: text cannot be typed (it can still be selected and copied), table cells cannot be
 * edited, drop-downs, check boxes, spinners and every button that changes the project are
 * disabled with the reason as their tooltip. Buttons and search fields that only show or export
 * (marked {@link #viewing}) stay. The lock holds: a component a panel enables again later (e.g. on a selection)
 * is disabled again at once, and components added later (rows, tabs built on demand) are locked
 * as they arrive.
 */
final class ReadOnlyLock {

    /** Client property of a button that only shows or exports (it stays enabled in a read-only folder). */
    private static final String VIEWING = "energydiag.viewing";
    private static final String LOCKED = "energydiag.readOnlyLocked";

    private ReadOnlyLock() {
    }

    /**
     * Locks the content of {@code dialog} when {@code readOnly} (a dialog opened on a read-only data folder or
     * project): what changes data is disabled with the reason, what the dialog marked {@link #viewing} stays.
     */
    static void lockIf(boolean readOnly, javax.swing.RootPaneContainer dialog) {
        if (readOnly) {
            lock(dialog.getContentPane(), org.energydiag.app.text.Texts.get("main.readOnlyEdit"));
        }
    }

    /** Marks {@code b} as a button (or a search field) that only shows or exports: a read-only folder keeps it. */
    static <B extends JComponent> B viewing(B b) {
        b.putClientProperty(VIEWING, Boolean.TRUE);
        return b;
    }

    /** Locks {@code root} and everything in it, now and as it grows; {@code reason} becomes the tooltip of what is disabled. */
    static void lock(Component root, String reason) {
        if (root instanceof JComponent j) {
            if (j.getClientProperty(LOCKED) != null) {
                return;
            }
            j.putClientProperty(LOCKED, Boolean.TRUE);
        }
        if (root instanceof JComponent j && Boolean.TRUE.equals(j.getClientProperty(VIEWING))) {
            return;
        }
        if (root instanceof JTextComponent t) {
            t.setEditable(false);
            t.addPropertyChangeListener("editable", keep(() -> t.isEditable(), () -> t.setEditable(false)));
        } else if (root instanceof SheetTable s) {
            s.setReadOnly(true);
        } else if (root instanceof JTable t) {
            // the tables of the steps that take input are SheetTables; any other one loses its editors
            if (t.isEditing()) {
                t.getCellEditor().cancelCellEditing();
            }
            for (Class<?> c : new Class<?>[] {Object.class, Number.class, Boolean.class, String.class}) {
                t.setDefaultEditor(c, null);
            }
            for (int i = 0; i < t.getColumnModel().getColumnCount(); i++) {
                t.getColumnModel().getColumn(i).setCellEditor(null);
            }
        } else if (root instanceof JComboBox<?> || root instanceof JSpinner || root instanceof JSlider
                || root instanceof AbstractButton) {
            disable((JComponent) root, reason);
            if (root instanceof JSpinner) {
                return; // its text field is part of it
            }
        }
        if (root instanceof Container c && !(root instanceof JComboBox<?>)) {
            for (Component child : c.getComponents()) {
                lock(child, reason);
            }
            c.addContainerListener(new ContainerAdapter() {
                @Override
                public void componentAdded(ContainerEvent e) {
                    lock(e.getChild(), reason);
                }
            });
        }
    }

    private static void disable(JComponent c, String reason) {
        c.setEnabled(false);
        c.setToolTipText(reason);
        if (c instanceof AbstractButton b) {
            // A button enables its component first and its model second, and the model's change sets the component
            // from the model again: undoing the component's change in between makes the two chase each other
            // without end. So the lock follows the model, which changes last.
            b.getModel().addChangeListener(e -> {
                if (b.getModel().isEnabled()) {
                    b.setEnabled(false);
                }
            });
        } else {
            c.addPropertyChangeListener("enabled", keep(c::isEnabled, () -> c.setEnabled(false)));
        }
        c.addPropertyChangeListener("ToolTipText", e -> {
            if (!reason.equals(e.getNewValue())) {
                c.setToolTipText(reason);
            }
        });
    }

    /** A listener that undoes a change of the property back to its locked state. */
    private static PropertyChangeListener keep(java.util.function.BooleanSupplier unlocked, Runnable relock) {
        return e -> {
            if (unlocked.getAsBoolean()) {
                relock.run();
            }
        };
    }
}
