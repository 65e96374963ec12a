package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/** The lock of a read-only folder holds against a panel that enables its buttons again, and leaves what only shows. */
class ReadOnlyLockTest {

    @Test
    void aLockedButtonEnabledAgainStaysDisabledAndWhatOnlyShowsStays() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JPanel panel = new JPanel();
            JButton change = new JButton("保存");
            JButton export = ReadOnlyLock.viewing(new JButton("导出"));
            JTextField field = new JTextField("原值");
            panel.add(change);
            panel.add(export);
            panel.add(field);
            ReadOnlyLock.lock(panel, "只读");

            // a panel's selection handler enables it again: before the fix the button and its model chased each other
            // until the stack overflowed (a button enables its component, then its model, which sets the component)
            change.setEnabled(true);
            assertThat(change.isEnabled()).isFalse();
            assertThat(change.getModel().isEnabled()).isFalse();
            assertThat(change.getToolTipText()).isEqualTo("只读");
            change.setToolTipText("选择一行后保存");
            assertThat(change.getToolTipText()).isEqualTo("只读");
            assertThat(export.isEnabled()).isTrue();

            field.setEditable(true);
            assertThat(field.isEditable()).isFalse();

            // a component added later is locked as it arrives
            JCheckBox later = new JCheckBox("已完成");
            panel.add(later);
            assertThat(later.isEnabled()).isFalse();
            later.setEnabled(true);
            assertThat(later.isEnabled()).isFalse();
        });
    }
}
