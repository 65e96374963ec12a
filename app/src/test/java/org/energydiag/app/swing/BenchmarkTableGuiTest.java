package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import javax.swing.JComboBox;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;

/**
 * 工具 → 对标值表 is a sheet as the project's tables (issue #17): a number typed over a selected
 * cell replaces it and Enter moves down, a drop-down cell opens on its second click (not the
 * first), Ctrl+V of one value fills the selected cells, Ctrl+C copies a block as shown. Nothing is
 * saved: the dialog is closed without 保存.
 */
class BenchmarkTableGuiTest extends AppGuiTest {

    private static final int KIND = 0;
    private static final int LEVEL1 = 6;
    private static final int LEVEL2 = 7;

    private Robot robot;
    private JTableFixture table;

    private Object value(int r, int c) {
        JTable t = table.target();
        return GuiActionRunner.execute(() -> t.getModel().getValueAt(r, c));
    }

    /** Clicks a cell once and waits until it is the selected cell of the focused table. */
    private void click(int r, int c) {
        GuiApp.selectCell(robot, table, r, c);
    }

    @Test
    void theBenchmarkTableBehavesAsASheet() throws Exception {
        app = GuiApp.launch(dir);
        robot = app.robot;
        GuiApp.waitUntil("tools menu built", () -> !robot.finder().findAll(app.window.target(),
                c -> c instanceof JMenuItem m && "menu.benchmarks".equals(m.getName())).isEmpty());
        app.menu("menu.benchmarks");
        DialogFixture dialog = WindowFinder.findDialog("benchmarks").withTimeout(GuiApp.WAIT_MS).using(robot);
        table = dialog.table("benchmarks.table");
        JTable t = table.target();
        GuiApp.waitUntil("the bundled table listed", () -> t.getRowCount() >= 3);
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx() == KeyEvent.META_DOWN_MASK ? KeyEvent.VK_META : KeyEvent.VK_CONTROL;

        // a number typed over a selected cell replaces it; Enter commits and moves down
        click(0, LEVEL1);
        robot.enterText("123.5");
        GuiApp.waitUntil("typing started an edit", t::isEditing);
        GuiApp.key(robot, KeyEvent.VK_ENTER, 0);
        GuiApp.waitUntil("replaced and moved down", () -> Double.valueOf(123.5).equals(t.getModel().getValueAt(0, LEVEL1))
                && !t.isEditing() && t.getSelectedRow() == 1 && t.getSelectedColumn() == LEVEL1);

        // one click selects the 类型 drop-down cell, it does not open it; the second click does
        click(1, KIND);
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(t::isEditing)).as("one click does not open the drop-down").isFalse();
        Screens.shoot(robot, "benchmark-kind-selected");
        table.cell(row(1).column(KIND)).click();
        GuiApp.waitUntil("the second click opened the list", () -> t.isEditing()
                && t.getEditorComponent() instanceof JComboBox<?> box && box.isPopupVisible());
        GuiApp.key(robot, KeyEvent.VK_ESCAPE, 0);
        GuiApp.key(robot, KeyEvent.VK_ESCAPE, 0);
        GuiApp.waitUntil("list and edit closed", () -> !t.isEditing());

        // one value pasted into three selected cells fills them all
        Object kept = value(3, LEVEL2);
        click(0, LEVEL2);
        robot.pressKey(KeyEvent.VK_SHIFT);
        table.cell(row(2).column(LEVEL2)).click();
        robot.releaseKey(KeyEvent.VK_SHIFT);
        GuiApp.waitUntil("three cells selected", () -> t.getSelectedRowCount() == 3 && t.getSelectedColumnCount() == 1);
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection("88\r\n"), null));
        GuiApp.key(robot, KeyEvent.VK_V, menu);
        GuiApp.waitUntil("the three cells filled", () -> Double.valueOf(88).equals(t.getModel().getValueAt(0, LEVEL2))
                && Double.valueOf(88).equals(t.getModel().getValueAt(1, LEVEL2)) && Double.valueOf(88).equals(t.getModel().getValueAt(2, LEVEL2)));
        assertThat(value(3, LEVEL2)).as("the cell below the selection").isEqualTo(kept);

        // Ctrl+C copies the selected block as it is shown
        click(0, LEVEL1);
        robot.pressKey(KeyEvent.VK_SHIFT);
        table.cell(row(1).column(LEVEL2)).click();
        robot.releaseKey(KeyEvent.VK_SHIFT);
        GuiApp.waitUntil("block selected", () -> t.getSelectedRowCount() == 2 && t.getSelectedColumnCount() == 2);
        String level1Row2 = GuiActionRunner.execute(() -> ((SheetTable) t).shownText(1, LEVEL1));
        GuiApp.key(robot, KeyEvent.VK_C, menu);
        GuiApp.waitUntil("block copied", () -> ("123.5\t88\n" + level1Row2 + "\t88\n").equals(GuiApp.clipboard()));

        Screens.shoot(robot, "benchmark-table");
        app.press(dialog.button("benchmarks.close"), "dialog closed", () -> !dialog.target().isShowing());
    }
}
