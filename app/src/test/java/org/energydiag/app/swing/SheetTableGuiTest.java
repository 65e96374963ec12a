package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.Test;

/**
 * The editable tables behave as a sheet in Excel/WPS, driven like a user on the products table of
 * the first step (a {@link RowTableSection}: name, annual output, unit drop-down, capacity). The
 * values are read back through the table model, which reads the open project.
 */
class SheetTableGuiTest extends ProjectGuiTest {

    private JTableFixture products() {
        return window.table("enterprise.products");
    }

    private Object value(int r, int c) {
        JTable t = products().target();
        return GuiActionRunner.execute(() -> t.getModel().getValueAt(r, c));
    }

    private boolean editing() {
        JTable t = products().target();
        return GuiActionRunner.execute(t::isEditing);
    }

    /** Clicks a cell (not editing) and waits until it is the selected cell and the table has the focus. */
    private void selectCell(int r, int c) {
        showTable();
        GuiApp.selectCell(robot, products(), r, c);
    }

    /** Presses a key, with Shift, Alt or the menu shortcut modifier (Ctrl) held when asked. */
    private void key(int code, int modifiers) {
        int held = (modifiers & InputEvent.SHIFT_DOWN_MASK) != 0 ? KeyEvent.VK_SHIFT
                : (modifiers & InputEvent.ALT_DOWN_MASK) != 0 ? KeyEvent.VK_ALT
                : (modifiers & (InputEvent.CTRL_DOWN_MASK | InputEvent.META_DOWN_MASK)) != 0
                        ? ((modifiers & InputEvent.META_DOWN_MASK) != 0 ? KeyEvent.VK_META : KeyEvent.VK_CONTROL) : 0;
        GuiApp.key(robot, code, held);
    }

    /** The entries of the filtered list shown under a free-text drop-down cell being typed; null when it is not showing. */
    private java.util.List<String> filterEntries() {
        return GuiActionRunner.execute(() -> {
            for (java.awt.Component c : robot.finder().findAll(c -> c instanceof javax.swing.JList<?> l
                    && "sheet.filterList".equals(l.getName()) && l.isShowing())) {
                javax.swing.ListModel<?> m = ((javax.swing.JList<?>) c).getModel();
                java.util.List<String> out = new java.util.ArrayList<>();
                for (int i = 0; i < m.getSize(); i++) {
                    out.add(String.valueOf(m.getElementAt(i)));
                }
                return out;
            }
            return null;
        });
    }

    /** Whether the products table edits a cell with a drop-down whose list is open. */
    private boolean listOpen() {
        JTable t = products().target();
        return GuiActionRunner.execute(() -> t.isEditing() && t.getEditorComponent() instanceof javax.swing.JComboBox<?> box
                && box.isPopupVisible());
    }

    /** Waits for a condition; on timeout fails with the table's state (editing, selection, focus). */
    private void until(String what, java.util.function.BooleanSupplier test) {
        if (!GuiApp.waitFor(test, 20_000)) {
            JTable t = products().target();
            String state = GuiActionRunner.execute(() -> "editing=" + t.isEditing() + " cell=" + t.getSelectedRow() + "," + t.getSelectedColumn()
                    + " rows=" + t.getRowCount() + " focus=" + describe(java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner())
                    + " values=" + java.util.stream.IntStream.range(0, t.getRowCount()).mapToObj(r -> java.util.stream.IntStream.range(0,
                            t.getColumnCount()).mapToObj(c -> String.valueOf(t.getModel().getValueAt(r, c))).toList().toString()).toList()
                    + " selected rows=" + java.util.Arrays.toString(t.getSelectedRows()) + " cols=" + java.util.Arrays.toString(t.getSelectedColumns())
                    + " clipboard=" + GuiApp.clipboard());
            throw new AssertionError("timed out waiting for " + what + "; " + state);
        }
    }

    private static String describe(java.awt.Component c) {
        return c == null ? "none" : c.getClass().getSimpleName() + "(" + c.getName() + ")"
                + (c.getParent() == null ? "" : " in " + c.getParent().getClass().getSimpleName() + "(" + c.getParent().getName() + ")");
    }

    /** Scrolls the step's page so the products table is on screen (the robot clicks only what is visible). */
    private void showTable() {
        JTable t = products().target();
        GuiActionRunner.execute(() -> {
            javax.swing.JComponent pane = (javax.swing.JComponent) javax.swing.SwingUtilities.getAncestorOfClass(javax.swing.JScrollPane.class, t);
            pane.scrollRectToVisible(new java.awt.Rectangle(0, 0, pane.getWidth(), pane.getHeight()));
        });
        robot.waitForIdle();
    }

    private void addProductRow() {
        showTable();
        JTable t = products().target();
        int before = GuiActionRunner.execute(t::getRowCount);
        app.press(window.button("enterprise.products.add"), "row added", () -> t.getRowCount() == before + 1);
        until("new row in edit mode", t::isEditing);
        until("editor focused", () -> t.getEditorComponent() != null && t.getEditorComponent().isFocusOwner());
    }

    @Test
    void typingReplacesF2EditsInPlaceEnterTabMoveEscCancels() {
        addProductRow();
        robot.enterText("Clinker");
        key(KeyEvent.VK_TAB, 0); // commits and moves right
        until("name committed", () -> "Clinker".equals(value(0, 0)));
        JTable t = products().target();
        until("moved right, not editing", () -> !t.isEditing() && t.getSelectedColumn() == 1 && t.isFocusOwner());

        // typing into a selected cell starts an edit with what is typed
        robot.enterText("296");
        key(KeyEvent.VK_ENTER, 0);
        until("output committed", () -> new BigDecimal("296").equals(value(0, 1)));
        assertThat(editing()).isFalse();

        // typing into a filled cell replaces it (it appended before: 1 → 11)
        selectCell(0, 1);
        robot.enterText("1");
        key(KeyEvent.VK_ENTER, 0);
        until("replaced, not appended", () -> BigDecimal.ONE.equals(value(0, 1)));

        // F2 edits in place: content kept, caret at the end
        selectCell(0, 1);
        key(KeyEvent.VK_F2, 0);
        until("editing after F2", () -> t.isEditing() && t.getEditorComponent().isFocusOwner());
        robot.enterText("5");
        key(KeyEvent.VK_ENTER, 0);
        until("appended after F2", () -> new BigDecimal("15").equals(value(0, 1)));

        // Shift+Tab moves left; Esc cancels even after the typing was autosaved at its pause
        selectCell(0, 1);
        key(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK);
        until("moved left", () -> t.getSelectedColumn() == 0 && !t.isEditing());
        robot.enterText("Other");
        until("typing autosaved while the cell is still edited", () -> "Other".equals(value(0, 0)) && t.isEditing());
        key(KeyEvent.VK_ESCAPE, 0);
        until("Esc brought the old value back", () -> "Clinker".equals(value(0, 0)) && !t.isEditing());

        // a double click edits in place, content kept
        products().cell(row(0).column(0)).doubleClick();
        until("editing after double click", t::isEditing);
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.text.JTextComponent) t.getEditorComponent()).getText())).isEqualTo("Clinker");
        key(KeyEvent.VK_ESCAPE, 0);
        until("edit closed", () -> !t.isEditing());
        assertThat(value(0, 0)).isEqualTo("Clinker");
    }

    @Test
    void aDropDownCellKeepsTheFirstKeystroke() throws Exception {
        addProductRow();
        robot.enterText("Clinker");
        key(KeyEvent.VK_TAB, 0);
        key(KeyEvent.VK_TAB, 0); // to 单位, an editable drop-down
        JTable t = products().target();
        until("unit cell selected", () -> t.getSelectedColumn() == 2 && !t.isEditing() && t.isFocusOwner());
        robot.enterText("10");
        until("both keystrokes in the drop-down", () -> t.isEditing()
                && "10".equals(((javax.swing.JComboBox<?>) t.getEditorComponent()).getEditor().getItem()));
        key(KeyEvent.VK_ENTER, 0);
        until("unit committed", () -> "10".equals(value(0, 2)) && !t.isEditing());

        // one click selects a drop-down cell as in Excel, it does not open the list; a second click does
        selectCell(0, 1);
        products().cell(row(0).column(2)).click();
        until("unit cell selected by one click", () -> t.getSelectedRow() == 0 && t.getSelectedColumn() == 2 && t.isFocusOwner());
        robot.waitForIdle();
        assertThat(editing()).as("one click does not open the drop-down").isFalse();
        products().cell(row(0).column(2)).click();
        until("the second click opened the list", this::listOpen);
        key(KeyEvent.VK_ESCAPE, 0); // closes the list
        until("list closed, cell still edited", () -> t.isEditing() && !listOpen());
        key(KeyEvent.VK_ESCAPE, 0); // cancels the edit
        until("edit cancelled", () -> !t.isEditing() && t.isFocusOwner());
        // Alt+Down opens it too (Excel's key for a cell's list)
        key(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK);
        until("Alt+Down opened the list", this::listOpen);
        key(KeyEvent.VK_ESCAPE, 0);
        key(KeyEvent.VK_ESCAPE, 0);
        until("edit closed", () -> !t.isEditing());
        assertThat(value(0, 2)).isEqualTo("10");

        // typing narrows the offered list to the entries containing the text; Down highlights, Enter takes it
        robot.enterText("kw");
        until("the list narrowed to kWh and 万kWh", () -> java.util.List.of("kWh", "万kWh").equals(filterEntries()));
        key(KeyEvent.VK_DOWN, 0);
        key(KeyEvent.VK_DOWN, 0);
        Screens.shoot(robot, "products-unit-filtered");
        key(KeyEvent.VK_ENTER, 0);
        until("the highlighted entry taken", () -> "万kWh".equals(value(0, 2)) && !t.isEditing() && t.getSelectedColumn() == 2
                && filterEntries() == null);
        // typing replaces the drop-down's value as well
        selectCell(0, 1);
        key(KeyEvent.VK_TAB, 0);
        until("unit cell selected again", () -> t.getSelectedColumn() == 2 && !t.isEditing() && t.isFocusOwner());
        robot.enterText("kt");
        key(KeyEvent.VK_TAB, 0);
        until("unit replaced", () -> "kt".equals(value(0, 2)));
        assertThat(GuiActionRunner.execute(t::getSelectedColumn)).isEqualTo(3);
    }

    @Test
    void leavingTheTableCommitsTheCell() {
        addProductRow();
        robot.enterText("Clinker");
        JTable t = products().target();
        assertThat(editing()).isTrue();
        window.textBox("enterprise.name").click();
        until("committed on focus loss", () -> "Clinker".equals(value(0, 0)) && !t.isEditing());
    }

    @Test
    void pasteABlockAddsRowsAsOneUndoableEditAndReportsBadCells() throws Exception {
        JTableFixture table = products();
        JTable t = table.target();
        until("no products yet", () -> t.getRowCount() == 0);
        // three rows of four cells as Excel copies them: full-width digits and thousands commas are numbers
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection("Clinker\t296\t万t\t310\r\nCement\t1,200\tt\t1500\r\nSlag\t３５\tkt\t40\r\n"), null));
        showTable();
        table.focus();
        until("table focused", t::isFocusOwner);
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        key(KeyEvent.VK_V, menu);
        until("three rows pasted", () -> t.getRowCount() == 3);
        assertThat(value(0, 0)).isEqualTo("Clinker");
        assertThat(value(0, 1)).isEqualTo(new BigDecimal("296"));
        assertThat(value(0, 2)).isEqualTo("万t");
        assertThat(value(0, 3)).isEqualTo(new BigDecimal("310"));
        assertThat(value(1, 1)).isEqualTo(new BigDecimal("1200"));
        assertThat(value(1, 3)).isEqualTo(new BigDecimal("1500"));
        assertThat(value(2, 0)).isEqualTo("Slag");
        assertThat(value(2, 1)).isEqualTo(new BigDecimal("35"));
        assertThat(value(2, 2)).isEqualTo("kt");

        Screens.shoot(app.robot, "products-pasted");
        // the whole block is one undo step
        app.menu("menu.undo");
        until("one undo removed the whole block", () -> t.getRowCount() == 0);
        app.menu("menu.redo");
        until("redo brought it back", () -> t.getRowCount() == 3);

        // a single value pasted into three selected cells fills all three (Excel), as one undo step
        selectCell(0, 1);
        robot.pressKey(KeyEvent.VK_SHIFT);
        table.cell(row(2).column(1)).click();
        robot.releaseKey(KeyEvent.VK_SHIFT);
        until("three cells selected", () -> t.getSelectedRowCount() == 3 && t.getSelectedColumnCount() == 1);
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection("7\r\n"), null));
        key(KeyEvent.VK_V, menu);
        until("all three filled", () -> new BigDecimal("7").equals(value(0, 1)) && new BigDecimal("7").equals(value(1, 1))
                && new BigDecimal("7").equals(value(2, 1)));
        assertThat(GuiActionRunner.execute(t::getRowCount)).isEqualTo(3);
        assertThat(value(1, 0)).isEqualTo("Cement");
        app.menu("menu.undo");
        until("one undo restored the three cells", () -> new BigDecimal("296").equals(value(0, 1))
                && new BigDecimal("1200").equals(value(1, 1)) && new BigDecimal("35").equals(value(2, 1)));

        // Ctrl+C copies the selected block as Excel does
        selectCell(1, 0);
        robot.pressKey(KeyEvent.VK_SHIFT);
        table.cell(row(2).column(1)).click();
        robot.releaseKey(KeyEvent.VK_SHIFT);
        until("block selected", () -> t.getSelectedRowCount() == 2 && t.getSelectedColumnCount() == 2);
        key(KeyEvent.VK_C, menu);
        until("block copied", () -> "Cement\t1200\nSlag\t35\n".equals(GuiApp.clipboard()));

        // a cell that is no number is reported, the rest of the row is pasted
        selectCell(2, 0);
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection("Lime\tabc\tt\t50\n"), null));
        key(KeyEvent.VK_V, menu);
        GuiApp.waitUntil("problems reported", () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> w.isShowing() && w instanceof javax.swing.JDialog));
        Screens.shoot(app.robot, "paste-problems");
        app.acknowledge(Pattern.compile("(?s).*1 个单元格未粘贴.*第 3 行「.*」：“abc”不是数字.*"), GuiApp.WAIT_MS);
        until("good cells pasted", () -> "Lime".equals(value(2, 0)) && new BigDecimal("50").equals(value(2, 3)));
        assertThat(value(2, 1)).isEqualTo(new BigDecimal("35"));

        // Delete clears the selected cells as one edit
        selectCell(0, 0);
        robot.pressKey(KeyEvent.VK_SHIFT);
        table.cell(row(1).column(1)).click();
        robot.releaseKey(KeyEvent.VK_SHIFT);
        until("block selected", () -> t.getSelectedRowCount() == 2 && t.getSelectedColumnCount() == 2);
        key(KeyEvent.VK_DELETE, 0);
        until("cleared", () -> "".equals(value(0, 0)) && value(1, 1) == null);
        assertThat(value(0, 2)).isEqualTo("万t");
        app.menu("menu.undo");
        until("one undo restores the cleared block", () -> "Clinker".equals(value(0, 0))
                && new BigDecimal("1200").equals(value(1, 1)));
    }

    /**
     * A drop-down cell with fixed choices (管理 checklist, 回答) takes what is typed: the choice shown
     * as the typed text is selected and committed. The characters arrive as an input method commits
     * them to a table (KEY_TYPED events, here Chinese, which the robot's keyboard cannot type).
     */
    @Test
    void typingIntoAChoiceCellSelectsTheChoice() {
        window.list("workspace.steps").clickItem(4);
        JTableFixture checklist = window.table("management.checklist");
        JTable t = checklist.target();
        GuiApp.waitUntil("checklist listed", () -> t.getRowCount() > 2);
        String partial = org.energydiag.core.management.Answer.PARTIAL.label();
        String notApplicable = org.energydiag.core.management.Answer.NOT_APPLICABLE.label();
        typeAsInputMethod(t, 0, 4, partial.substring(0, 1));
        GuiApp.waitUntil("first row answered by its first character", () -> partial.equals(t.getModel().getValueAt(0, 4)) && !t.isEditing());
        typeAsInputMethod(t, 1, 4, notApplicable);
        GuiApp.waitUntil("second row answered by the whole label", () -> notApplicable.equals(t.getModel().getValueAt(1, 4)) && !t.isEditing());
        assertThat(GuiActionRunner.execute(() -> t.getModel().getValueAt(0, 4))).isEqualTo(partial);
    }

    private void typeAsInputMethod(JTable t, int r, int c, String text) {
        GuiActionRunner.execute(() -> {
            t.changeSelection(r, c, false, false);
            t.requestFocusInWindow();
        });
        GuiApp.waitUntil("cell selected and focused", () -> t.isFocusOwner() && t.getSelectedRow() == r && t.getSelectedColumn() == c);
        GuiActionRunner.execute(() -> {
            for (char ch : text.toCharArray()) {
                t.dispatchEvent(new KeyEvent(t, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0, KeyEvent.VK_UNDEFINED, ch));
            }
        });
    }

    /** The cases in the equipment table: 台数 1 typed over with 2, 132 kW with 1480, 极数 (a drop-down) typed. */
    @Test
    void equipmentCellsTakeWhatIsTypedOverThem() {
        window.list("workspace.steps").clickItem(2);
        JTable t = window.table("equipment.MOTOR").target();
        app.press(window.button("equipment.add"), "item added", () -> t.getRowCount() == 1);
        GuiApp.waitUntil("the new item's name in edit mode", t::isEditing);
        GuiActionRunner.execute(() -> t.getCellEditor().stopCellEditing());
        int quantity = column(t, org.energydiag.core.equipment.EquipmentField.QUANTITY.header());
        int power = column(t, org.energydiag.core.equipment.EquipmentField.RATED_POWER.header());
        int poles = column(t, org.energydiag.core.equipment.EquipmentField.POLES.header());
        typeInto(t, 0, quantity, "1");
        GuiApp.waitUntil("台数 1", () -> "1".equals(t.getModel().getValueAt(0, quantity)));
        typeInto(t, 0, quantity, "2");
        GuiApp.waitUntil("台数 replaced by 2 (it became 12)", () -> "2".equals(t.getModel().getValueAt(0, quantity)));
        typeInto(t, 0, power, "132");
        typeInto(t, 0, power, "1480");
        GuiApp.waitUntil("功率 replaced by 1480 (it became 1321480)", () -> "1480".equals(t.getModel().getValueAt(0, power)));
        typeInto(t, 0, poles, "4");
        GuiApp.waitUntil("极数 4", () -> "4".equals(t.getModel().getValueAt(0, poles)) && !t.isEditing());
    }

    /** A block pasted into the equipment table adds items, as one undo step. */
    @Test
    void aBlockPastedIntoTheEquipmentTableAddsItemsAsOneEdit() {
        window.list("workspace.steps").clickItem(2);
        JTable t = window.table("equipment.MOTOR").target();
        GuiApp.waitUntil("no motors yet", () -> t.getRowCount() == 0 && t.isShowing());
        int name = column(t, org.energydiag.core.equipment.EquipmentField.NAME.header());
        int manufacturer = column(t, org.energydiag.core.equipment.EquipmentField.MANUFACTURER.header());
        GuiActionRunner.execute(() -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection("M1\nM2\n"), null);
            t.requestFocusInWindow();
        });
        GuiApp.waitUntil("table focused", t::isFocusOwner);
        key(KeyEvent.VK_V, InputEvent.CTRL_DOWN_MASK);
        GuiApp.waitUntil("two motors pasted", () -> t.getRowCount() == 2);
        // a second block, at 制造商 of the first row, over the existing row and onto a new one
        GuiActionRunner.execute(() -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection("ABB\nSiemens\nWEG\n"), null);
            t.changeSelection(0, manufacturer, false, false);
        });
        key(KeyEvent.VK_V, InputEvent.CTRL_DOWN_MASK);
        GuiApp.waitUntil("three motors, manufacturers pasted", () -> t.getRowCount() == 3
                && "ABB".equals(t.getModel().getValueAt(0, manufacturer)) && "WEG".equals(t.getModel().getValueAt(2, manufacturer)));
        assertThat(GuiActionRunner.execute(() -> t.getModel().getValueAt(1, name))).isEqualTo("M2");
        app.menu("menu.undo");
        GuiApp.waitUntil("one undo takes the second block back", () -> t.getRowCount() == 2
                && "".equals(t.getModel().getValueAt(0, manufacturer)));
    }

    private static int column(JTable t, String header) {
        return GuiActionRunner.execute(() -> {
            for (int c = 0; c < t.getColumnCount(); c++) {
                if (t.getColumnName(c).startsWith(header)) {
                    return c;
                }
            }
            throw new AssertionError("no column " + header);
        });
    }

    /** Selects a cell (not editing) with the table focused, types with the keyboard and presses Enter. */
    private void typeInto(JTable t, int r, int c, String text) {
        GuiActionRunner.execute(() -> {
            t.changeSelection(r, c, false, false);
            t.requestFocusInWindow();
        });
        GuiApp.waitUntil("cell " + r + "," + c + " selected and focused", () -> t.isFocusOwner() && !t.isEditing()
                && t.getSelectedRow() == r && t.getSelectedColumn() == c);
        robot.enterText(text);
        GuiApp.waitUntil("typed into the cell", () -> t.isEditing() && t.getEditorComponent() != null);
        key(KeyEvent.VK_ENTER, 0);
        GuiApp.waitUntil("committed", () -> !t.isEditing());
    }
}
