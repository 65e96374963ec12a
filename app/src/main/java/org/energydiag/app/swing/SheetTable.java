package org.energydiag.app.swing;

import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.DefaultCellEditor;
import javax.swing.InputMap;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import javax.swing.event.ChangeEvent;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.plaf.basic.ComboPopup;
import javax.swing.table.TableCellEditor;
import javax.swing.table.TableModel;
import javax.swing.text.JTextComponent;
import com.formdev.flatlaf.util.UIScale;
import org.energydiag.app.text.Texts;

/**
 * An editable table that behaves like a sheet in Excel or WPS: typing into a selected cell
 * replaces its content (a choice cell selects the choice typed), F2 or a double click edits in
 * place, Enter and Tab commit and move (Shift the other way), Esc cancels (the old value comes
 * back), leaving the table commits, Ctrl+C copies and Ctrl+V pastes a tab/newline block (Excel's
 * clipboard form) as one undoable edit (one value, or a block that fits a whole number of times,
 * fills all the selected cells), Delete clears the selected cells as one edit. A drop-down cell is
 * selected by one click (its arrow shows) and opened by a second click, F2 or Alt+Down; typing into
 * a drop-down that takes free text offers the entries containing the text. A tick-box cell is
 * ticked with the space bar. A cell being typed in is committed after {@link Binder#COMMIT_DELAY_MS}
 * like a form field, so it is autosaved while the cell stays in edit mode; all of one cell's typing
 * is one undo step.
 */
class SheetTable extends JTable {
    private static final long serialVersionUID = 1L;

    /** A cell to write, in model coordinates; a row at or past the model's row count is a new row. */
    record Cell(int row, int col, Object value) {
    }

    /** A table model that takes a block of cells as one undoable edit (paste, clear). */
    interface BlockModel {
        /** Writes the cells as one edit; returns the cells that could not be written. */
        List<Cell> setCells(List<Cell> cells);

        /** Whether a paste may append rows. */
        boolean canAddRows();
    }

    /** Typed characters of a choice cell within this time select together (a prefix). */
    private static final long TYPED_PREFIX_MS = 1_000;
    private static final int REPORT_LINES = 15;
    private static int editSessions;

    private final Timer interim = new Timer(Binder.COMMIT_DELAY_MS, e -> commitInterim());
    private final transient JList<Object> labelList = new JList<>();
    private String editKey;
    private Object editOriginal;
    private boolean editInterimCommitted;
    private boolean preparing;
    private final StringBuilder typed = new StringBuilder();
    private long typedAt;
    /** When the key being handled was typed (the pause between keystrokes, not the time taken to handle them). */
    private long keyWhen;
    private long typedCell = -1;
    private transient FilterList filter;
    /** Set for a project in a read-only data folder: no cell can be edited, pasted into, cut or cleared. */
    private boolean readOnly;

    SheetTable(TableModel model) {
        super(model);
        interim.setRepeats(false);
        putClientProperty("JTable.autoStartsEdit", Boolean.FALSE); // typing is handled here: it replaces
        putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        setSurrendersFocusOnKeystroke(true);
        setCellSelectionEnabled(true);
        setDefaultEditor(Number.class, new NumberEditor());
        setDefaultEditor(Double.class, new NumberEditor());
        setDefaultEditor(BigDecimal.class, new NumberEditor());
        setDefaultEditor(Integer.class, new NumberEditor());
        setDefaultEditor(Long.class, new NumberEditor());
        setDefaultEditor(Object.class, textEditor());
        setDefaultEditor(String.class, textEditor());
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        InputMap im = getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT);
        ActionMap am = getActionMap();
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_C, menu), "sheet.copy", this::copySelection);
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_INSERT, InputEvent.CTRL_DOWN_MASK), "sheet.copy", this::copySelection);
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_V, menu), "sheet.paste", this::pasteClipboard);
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_INSERT, InputEvent.SHIFT_DOWN_MASK), "sheet.paste", this::pasteClipboard);
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_X, menu), "sheet.cut", () -> {
            copySelection();
            clearCells();
        });
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "sheet.clear", () -> clearCells());
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_F2, 0), "sheet.editInPlace", this::editInPlace);
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, InputEvent.ALT_DOWN_MASK), "sheet.openList", this::openList);
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_KP_DOWN, InputEvent.ALT_DOWN_MASK), "sheet.openList", this::openList);
    }

    private static DefaultCellEditor textEditor() {
        DefaultCellEditor e = new DefaultCellEditor(new JTextField());
        e.setClickCountToStart(2);
        return e;
    }

    private static void bind(InputMap im, ActionMap am, KeyStroke k, String name, Runnable r) {
        im.put(k, name);
        am.put(name, new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    // ---------------------------------------------------------------- typing

    @Override
    protected void processKeyEvent(KeyEvent e) {
        if (e.getID() == KeyEvent.KEY_TYPED) {
            // every typed character is handled here: BasicTableUI's own handler would start an edit
            // that appends to the cell (or does so for Ctrl+V's control character)
            keyWhen = e.getWhen();
            typeIntoCell(e.getKeyChar(), e.getModifiersEx());
            e.consume();
            return;
        }
        super.processKeyEvent(e);
    }

    /** A character typed while the table (not an editor) has the focus. */
    private boolean typeIntoCell(char ch, int mods) {
        if (ch == KeyEvent.CHAR_UNDEFINED || Character.isISOControl(ch)) {
            return false;
        }
        boolean ctrl = (mods & (InputEvent.CTRL_DOWN_MASK | InputEvent.META_DOWN_MASK)) != 0;
        boolean alt = (mods & InputEvent.ALT_DOWN_MASK) != 0;
        if (ctrl != alt) { // a shortcut or a mnemonic; Ctrl+Alt is AltGr, which types characters
            return false;
        }
        if (isEditing()) {
            // typed ahead while the focus was still on its way to the editor
            insert(getEditorComponent(), String.valueOf(ch));
            return true;
        }
        int row = getSelectionModel().getLeadSelectionIndex();
        int col = getColumnModel().getSelectionModel().getLeadSelectionIndex();
        if (row < 0 || col < 0 || row >= getRowCount() || col >= getColumnCount() || !isCellEditable(row, col)) {
            return false;
        }
        if (getColumnClass(col) == Boolean.class) {
            if (ch == ' ') { // a tick box: the space bar ticks or clears it, one undoable edit
                write(List.of(new Cell(convertRowIndexToModel(row), convertColumnIndexToModel(col),
                        !Boolean.TRUE.equals(getValueAt(row, col)))));
            }
            return true;
        }
        if (!editCellAt(row, col)) {
            return false;
        }
        Component c = getEditorComponent();
        if (c == null) {
            return false;
        }
        if (c instanceof JComboBox<?> box && !box.isEditable()) {
            typeIntoChoice(box, ch);
            return true;
        }
        JTextComponent t = textOf(c);
        if (t != null) {
            t.setText(String.valueOf(ch)); // Excel: typing replaces the cell
            t.requestFocusInWindow();
        } else {
            c.requestFocusInWindow();
        }
        return true;
    }

    private void insert(Component c, String s) {
        if (c instanceof JComboBox<?> box && !box.isEditable()) {
            typeIntoChoice(box, s.charAt(0));
            return;
        }
        JTextComponent t = textOf(c);
        if (t != null) {
            t.replaceSelection(s);
        }
    }

    /** Selects the choice whose shown text starts with (else contains) what was typed in the last second. */
    private void typeIntoChoice(JComboBox<?> box, char ch) {
        long now = keyWhen > 0 ? keyWhen : System.currentTimeMillis();
        long cell = ((long) getEditingRow() << 32) | (getEditingColumn() & 0xffffffffL);
        if (now - typedAt > TYPED_PREFIX_MS || cell != typedCell) {
            typed.setLength(0); // a pause or another cell starts a new choice
        }
        typedAt = now;
        typedCell = cell;
        typed.append(ch);
        int i = matchChoice(box, typed.toString(), false);
        if (i >= 0) {
            box.setSelectedIndex(i); // a choice cell commits on selection
            if (isEditing()) {
                getCellEditor().stopCellEditing();
            }
            requestFocusInWindow();
        } else {
            box.requestFocusInWindow();
            box.showPopup();
        }
    }

    /** The index of the item shown as {@code text} (exactly), or starting with / containing it unless exact. */
    private int matchChoice(JComboBox<?> box, String text, boolean exact) {
        String want = text.trim().toLowerCase(Locale.ROOT);
        int starts = -1;
        int contains = -1;
        for (int i = 0; i < box.getItemCount(); i++) {
            String shown = shownText(box, box.getItemAt(i)).trim().toLowerCase(Locale.ROOT);
            if (shown.equals(want)) {
                return i;
            }
            if (!want.isEmpty() && starts < 0 && shown.startsWith(want)) {
                starts = i;
            }
            if (!want.isEmpty() && contains < 0 && shown.contains(want)) {
                contains = i;
            }
        }
        return exact ? -1 : starts >= 0 ? starts : contains;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String shownText(JComboBox<?> box, Object item) {
        javax.swing.ListCellRenderer r = box.getRenderer();
        Component c = r == null ? null : r.getListCellRendererComponent(labelList, item, -1, false, false);
        return c instanceof JLabel l && l.getText() != null ? l.getText() : item == null ? "" : item.toString();
    }

    private static JTextComponent textOf(Component c) {
        if (c instanceof JTextComponent t) {
            return t;
        }
        if (c instanceof JComboBox<?> box && box.isEditable() && box.getEditor().getEditorComponent() instanceof JTextComponent t) {
            return t;
        }
        return null;
    }

    /** F2: edits the lead cell keeping its content, caret at the end; a drop-down cell opens its list. */
    private void editInPlace() {
        int row = getSelectionModel().getLeadSelectionIndex();
        int col = getColumnModel().getSelectionModel().getLeadSelectionIndex();
        if (isEditing() || row < 0 || col < 0 || row >= getRowCount() || col >= getColumnCount() || !editCellAt(row, col)) {
            return;
        }
        Component c = getEditorComponent();
        JTextComponent t = textOf(c);
        if (t != null) {
            t.setCaretPosition(t.getDocument().getLength());
            t.requestFocusInWindow();
        } else if (c != null) {
            c.requestFocusInWindow();
        }
        if (c instanceof JComboBox<?> box) {
            showList(box);
        }
    }

    /** Alt+Down (Excel's key for a cell's list): opens the lead cell's drop-down; other cells stay as they are. */
    private void openList() {
        int row = getSelectionModel().getLeadSelectionIndex();
        int col = getColumnModel().getSelectionModel().getLeadSelectionIndex();
        if (!isEditing() && row >= 0 && col >= 0 && row < getRowCount() && col < getColumnCount() && choiceBox(row, col) != null) {
            editInPlace();
        }
    }

    /** The drop-down of the cell's editor, or null when the cell is not edited with a drop-down. */
    JComboBox<?> choiceBox(int row, int col) {
        TableCellEditor ed = getCellEditor(row, col);
        return ed instanceof DefaultCellEditor de && de.getComponent() instanceof JComboBox<?> box ? box : null;
    }

    /** Shows the list of the drop-down being edited, the focus in it (in its text when it takes free text). */
    private void showList(JComboBox<?> box) {
        if (!isEditing() || getEditorComponent() != box || !box.isShowing()) {
            return;
        }
        JTextComponent t = textOf(box);
        if (t != null && !t.isFocusOwner()) {
            t.requestFocusInWindow();
        } else if (t == null && !box.isFocusOwner()) {
            box.requestFocusInWindow();
        }
        if (!box.isPopupVisible()) {
            box.showPopup();
        }
    }

    /**
     * Whether a press on (row, col) is a second click: the cell was already the selected active
     * cell before it (the press has not changed the selection yet), without Shift or Ctrl.
     */
    private boolean secondClick(int row, int col, MouseEvent e) {
        int menu = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        return !e.isShiftDown() && (e.getModifiersEx() & menu) == 0
                && getSelectionModel().getLeadSelectionIndex() == row
                && getColumnModel().getSelectionModel().getLeadSelectionIndex() == col && isCellSelected(row, col);
    }

    // ---------------------------------------------------------------- an edit session

    @Override
    public boolean editCellAt(int row, int column, EventObject e) {
        if (isEditing() && getEditingRow() == row && getEditingColumn() == column) {
            return true;
        }
        if (e instanceof MouseEvent me && row >= 0 && column >= 0 && row < getRowCount() && column < getColumnCount()
                && choiceBox(row, column) != null && !secondClick(row, column, me)) {
            return false; // Excel: one click selects a drop-down cell; a second click (or typing, F2, Alt+Down) opens it
        }
        boolean ok = super.editCellAt(row, column, e);
        if (ok) {
            interim.stop();
            editKey = "sheet.cell#" + (++editSessions);
            editOriginal = getModel().getValueAt(convertRowIndexToModel(row), convertColumnIndexToModel(column));
            editInterimCommitted = false;
            JTextComponent t = textOf(getEditorComponent());
            if (t != null && e instanceof MouseEvent) {
                t.setCaretPosition(t.getDocument().getLength()); // a double click edits in place
            }
            if (e instanceof MouseEvent && getEditorComponent() instanceof JComboBox<?> box) {
                // after the click itself has reached the drop-down (which opens a list that takes no free text)
                SwingUtilities.invokeLater(() -> showList(box));
            }
        }
        return ok;
    }

    @Override
    public void removeEditor() {
        if (getEditorComponent() instanceof JComboBox<?> box && box.isPopupVisible()) {
            box.hidePopup(); // the list must not outlive its cell's edit
        }
        if (filter != null) {
            filter.hide();
        }
        super.removeEditor();
    }

    /** The active cell of a drop-down column shows the drop-down's arrow, as Excel shows it on a list cell. */
    @Override
    protected void paintComponent(Graphics g) {
        super.paintComponent(g);
        int row = getSelectionModel().getLeadSelectionIndex();
        int col = getColumnModel().getSelectionModel().getLeadSelectionIndex();
        if (row < 0 || col < 0 || row >= getRowCount() || col >= getColumnCount() || isEditing() || !isCellSelected(row, col)
                || !isCellEditable(row, col) || choiceBox(row, col) == null) {
            return;
        }
        Rectangle cell = getCellRect(row, col, false);
        Rectangle clip = g.getClipBounds();
        if (clip != null && !clip.intersects(cell)) {
            return;
        }
        int w = UIScale.scale(8);
        int h = UIScale.scale(4);
        int pad = UIScale.scale(4);
        if (cell.width < w + 2 * pad || cell.height < h) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(getSelectionForeground());
            int x = cell.x + cell.width - pad - w;
            int y = cell.y + (cell.height - h) / 2;
            g2.fillPolygon(new int[] {x, x + w, x + w / 2}, new int[] {y, y, y + h}, 3);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public Component prepareEditor(TableCellEditor editor, int row, int column) {
        preparing = true;
        try {
            Component c = super.prepareEditor(editor, row, column);
            wire(c);
            return c;
        } finally {
            preparing = false;
        }
    }

    @Override
    public void editingStopped(ChangeEvent e) {
        interim.stop();
        String key = editKey;
        Binder.coalescing(key, () -> super.editingStopped(e));
        editKey = null;
    }

    @Override
    public void editingCanceled(ChangeEvent e) {
        interim.stop();
        int row = getEditingRow();
        int col = getEditingColumn();
        boolean restore = editInterimCommitted && row >= 0 && col >= 0;
        String key = editKey;
        Object original = editOriginal;
        super.editingCanceled(e);
        editKey = null;
        if (restore) {
            // typing of this cell was already autosaved: Esc brings the old value back, in the same undo step
            int mr = convertRowIndexToModel(row);
            int mc = convertColumnIndexToModel(col);
            Binder.coalescing(key, () -> getModel().setValueAt(original, mr, mc));
        }
    }

    /** Enter/Tab/Esc in the editor, the typing pause that autosaves; once per editor component. */
    private void wire(Component c) {
        JComponent focus = c instanceof JComboBox<?> box && box.isEditable() ? textOf(c)
                : c instanceof JComponent j ? j : null;
        if (focus == null || focus.getClientProperty(SheetTable.class) != null) {
            return;
        }
        focus.putClientProperty(SheetTable.class, Boolean.TRUE);
        focus.putClientProperty("JTextField.selectAllOnFocusPolicy", "never");
        focus.setFocusTraversalKeysEnabled(false);
        InputMap im = focus.getInputMap(WHEN_FOCUSED);
        ActionMap am = focus.getActionMap();
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "sheet.down", () -> commitAndMove(focus, 1, 0));
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, InputEvent.SHIFT_DOWN_MASK), "sheet.up", () -> commitAndMove(focus, -1, 0));
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), "sheet.right", () -> commitAndMove(focus, 0, 1));
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK), "sheet.left", () -> commitAndMove(focus, 0, -1));
        bind(im, am, KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "sheet.cancel", () -> cancel(focus));
        if (c instanceof JComboBox<?> box && box.isEditable()) {
            for (int code : new int[] {KeyEvent.VK_DOWN, KeyEvent.VK_KP_DOWN, KeyEvent.VK_UP, KeyEvent.VK_KP_UP}) {
                KeyStroke k = KeyStroke.getKeyStroke(code, 0);
                int d = code == KeyEvent.VK_DOWN || code == KeyEvent.VK_KP_DOWN ? 1 : -1;
                bind(im, am, k, "sheet.filter" + code, () -> arrow(box, k, d));
            }
        }
        if (focus instanceof JTextComponent t) {
            t.getDocument().addDocumentListener(new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    typing(t);
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                    typing(t);
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                    typing(t);
                }
            });
        }
    }

    private static void typing(JTextComponent t) {
        if (SwingUtilities.getAncestorOfClass(SheetTable.class, t) instanceof SheetTable table && table.isEditing() && !table.preparing) {
            table.interim.restart();
            JComboBox<?> box = comboOf(t);
            if (box != null && box.isEditable() && !table.filter().filling) {
                // once the change is done: a commit changes the text too, and then the edit has ended
                SwingUtilities.invokeLater(() -> table.filter().update(box, t));
            }
        }
    }

    /** Up/Down in a free-text drop-down: through the filtered list when it shows, else as the drop-down does. */
    private static void arrow(JComboBox<?> box, KeyStroke k, int d) {
        SheetTable table = tableOf(box);
        if (table != null && table.filter != null && table.filter.showing()) {
            table.filter.move(d);
            return;
        }
        Object name = box.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).get(k);
        javax.swing.Action a = name == null ? null : box.getActionMap().get(name);
        if (a != null && a.isEnabled()) {
            a.actionPerformed(new ActionEvent(box, ActionEvent.ACTION_PERFORMED, String.valueOf(name)));
        }
    }

    private FilterList filter() {
        if (filter == null) {
            filter = new FilterList();
        }
        return filter;
    }

    private static SheetTable tableOf(Component c) {
        return (SheetTable) SwingUtilities.getAncestorOfClass(SheetTable.class, c);
    }

    private static void commitAndMove(Component from, int dRow, int dCol) {
        SheetTable t = tableOf(from);
        if (t == null) {
            return;
        }
        JComboBox<?> box = comboOf(from);
        boolean popup = box != null && box.isPopupVisible();
        if (t.filter != null && t.filter.showing()) {
            popup |= t.filter.takeHighlighted(textOf(box)); // an entry chosen from the list: the cell stays, as for a drop-down
            t.filter.hide();
        }
        if (box != null) {
            chooseHighlighted(box);
        }
        int row = t.getEditingRow();
        int col = t.getEditingColumn();
        if (t.isEditing() && !t.getCellEditor().stopCellEditing()) {
            return; // a value the column cannot take: the editor stays, marked
        }
        t.requestFocusInWindow();
        if (popup || row < 0) {
            return; // Enter in an open drop-down chooses, as in Excel
        }
        t.moveFrom(row, col, dRow, dCol);
    }

    private static JComboBox<?> comboOf(Component c) {
        return c instanceof JComboBox<?> b ? b : (JComboBox<?>) SwingUtilities.getAncestorOfClass(JComboBox.class, c);
    }

    /** A drop-down's highlighted item (moved to with the arrow keys) becomes its value. */
    private static void chooseHighlighted(JComboBox<?> box) {
        // in a drop-down that takes free text, what the user typed wins over the list's highlight
        boolean typedOwn = box.isEditable() && !String.valueOf(box.getEditor().getItem()).isEmpty()
                && !String.valueOf(box.getEditor().getItem()).equals(String.valueOf(box.getSelectedItem()));
        if (!typedOwn && box.getUI().getAccessibleChild(box, 0) instanceof ComboPopup p) {
            Object v = p.getList().getSelectedValue();
            if (v != null && box.isPopupVisible() && !Objects.equals(v, box.getSelectedItem())) {
                box.setSelectedItem(v);
            }
        }
        box.hidePopup();
    }

    private static void cancel(Component from) {
        SheetTable t = tableOf(from);
        JComboBox<?> box = comboOf(from);
        if (box != null && box.isPopupVisible()) {
            box.hidePopup();
            return;
        }
        if (t != null && t.filter != null && t.filter.showing()) {
            t.filter.hide();
            return;
        }
        if (t != null) {
            if (t.isEditing()) {
                t.getCellEditor().cancelCellEditing();
            }
            t.requestFocusInWindow();
        }
    }

    /** Selects the cell next to (row, col): down/up stop at the ends, right/left wrap to the next/previous row. */
    void moveFrom(int row, int col, int dRow, int dCol) {
        int rows = getRowCount();
        int cols = getColumnCount();
        if (rows == 0 || cols == 0) {
            return;
        }
        int r = Math.max(0, Math.min(rows - 1, row + dRow));
        int c = col + dCol;
        if (c >= cols) {
            c = r + 1 < rows ? 0 : cols - 1;
            r = c == 0 ? r + 1 : r;
        } else if (c < 0) {
            c = r > 0 ? cols - 1 : 0;
            r = c == cols - 1 && r > 0 ? r - 1 : r;
        }
        changeSelection(r, c, false, false);
    }

    /** Writes what is typed so far into the project while the cell stays in edit mode. */
    private void commitInterim() {
        if (!isEditing() || editKey == null) {
            return;
        }
        JTextComponent t = textOf(getEditorComponent());
        if (t == null) {
            return;
        }
        int mr = convertRowIndexToModel(getEditingRow());
        int mc = convertColumnIndexToModel(getEditingColumn());
        Object v;
        try {
            v = valueOf(t.getText(), getModel().getColumnClass(mc));
        } catch (IllegalArgumentException notYet) {
            return; // not a number (yet): committed when the editor closes, or refused there
        }
        if (!Objects.equals(v, getModel().getValueAt(mr, mc))) {
            editInterimCommitted = true;
            Binder.coalescing(editKey, () -> getModel().setValueAt(v, mr, mc));
        }
    }

    // ---------------------------------------------------------------- values

    /** The value of typed/pasted text for a column of class {@code type}: numbers parsed, text trimmed. */
    static Object valueOf(String text, Class<?> type) {
        String s = text == null ? "" : text.trim();
        if (type == Boolean.class) {
            return booleanOf(s);
        }
        if (!Number.class.isAssignableFrom(type)) {
            return s;
        }
        BigDecimal d;
        try {
            d = Binder.parseDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.format("sheet.bad.number", s), e);
        }
        if (d == null) {
            return null;
        }
        if (type == Integer.class || type == Long.class) {
            try {
                return type == Integer.class ? (Object) d.intValueExact() : (Object) d.longValueExact();
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException(Texts.format("sheet.bad.integer", s), e);
            }
        }
        if (type == Double.class) {
            return d.doubleValue();
        }
        if (type == Float.class) {
            return d.floatValue();
        }
        return d;
    }

    /** A tick box's value typed or pasted: TRUE/FALSE as Excel copies them, yes/no words, 1/0; empty is not ticked. */
    static Boolean booleanOf(String s) {
        if (s.isEmpty()) {
            return Boolean.FALSE;
        }
        for (Boolean b : new Boolean[] {Boolean.TRUE, Boolean.FALSE}) {
            for (String word : Texts.get(b ? "sheet.boolean.true" : "sheet.boolean.false").split(",")) {
                if (word.trim().equalsIgnoreCase(s)) {
                    return b;
                }
            }
        }
        throw new IllegalArgumentException(Texts.format("sheet.bad.boolean", s));
    }

    /** The value the cell at view column {@code col} takes for {@code text}; a choice must be one of its items. */
    Object cellValue(int col, String text) {
        TableCellEditor ed = getColumnModel().getColumn(col).getCellEditor();
        if (ed == null) {
            ed = getDefaultEditor(getColumnClass(col));
        }
        if (ed instanceof DefaultCellEditor de && de.getComponent() instanceof JComboBox<?> box && !box.isEditable()) {
            int i = matchChoice(box, text, true);
            if (i < 0) {
                throw new IllegalArgumentException(Texts.format("sheet.bad.choice", text.trim()));
            }
            Object item = box.getItemAt(i);
            return item instanceof Choices.Item it ? it.value() : item;
        }
        return valueOf(text, getModel().getColumnClass(convertColumnIndexToModel(col)));
    }

    /** The text a cell shows (what Excel copies). */
    String shownText(int row, int col) {
        Component c = prepareRenderer(getCellRenderer(row, col), row, col);
        String s;
        if (c instanceof JLabel l) {
            s = l.getText();
        } else {
            Object v = getValueAt(row, col);
            s = v == null ? "" : v.toString();
        }
        return s == null ? "" : s.replace('\t', ' ').replace("\r", "").replace('\n', ' ');
    }

    // ---------------------------------------------------------------- copy, paste, clear

    /** Ctrl+C: the selected block as tab/newline separated text. */
    void copySelection() {
        int[] rows = getSelectedRows();
        int[] cols = getSelectedColumns();
        if (rows.length == 0 || cols.length == 0) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (int r : rows) {
            for (int k = 0; k < cols.length; k++) {
                sb.append(k == 0 ? "" : "\t").append(shownText(r, cols[k]));
            }
            sb.append('\n');
        }
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(sb.toString()), null);
    }

    /** Makes every cell non-editable (a project in a read-only data folder); selecting and copying stay. */
    void setReadOnly(boolean readOnly) {
        if (readOnly && isEditing()) {
            getCellEditor().cancelCellEditing();
        }
        this.readOnly = readOnly;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return !readOnly && super.isCellEditable(row, column);
    }

    private void pasteClipboard() {
        if (readOnly) {
            return;
        }
        String text;
        try {
            text = (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException | IllegalStateException e) {
            return; // nothing pasteable on the clipboard
        }
        paste(text);
    }

    /**
     * Pastes a tab/newline separated block with its top-left at the selected cell (after the last
     * row when none is selected), adding rows where the model can; one undoable edit. When several
     * cells are selected and the block fits into them a whole number of times (a single value
     * always does), the block fills the selection, as in Excel. Cells that cannot take their text
     * are reported, the others are written.
     */
    void paste(String text) {
        if (isEditing() && !getCellEditor().stopCellEditing()) {
            return;
        }
        List<String[]> grid = grid(text);
        if (grid.isEmpty()) {
            return;
        }
        int width = grid.stream().mapToInt(l -> l.length).max().orElse(1);
        int[] rows = getSelectedRows();
        int[] cols = getSelectedColumns();
        boolean rectangular = grid.stream().allMatch(l -> l.length == width);
        if (rectangular && rows.length * cols.length > 1 && rows.length % grid.size() == 0 && cols.length % width == 0) {
            fill(grid, rows, cols);
            return;
        }
        int r0 = getSelectedRow() < 0 ? getRowCount() : getSelectedRow();
        int c0 = Math.max(0, getSelectedColumn());
        int modelRows = getModel().getRowCount();
        List<Cell> cells = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            String[] line = grid.get(i);
            for (int j = 0; j < line.length; j++) {
                pasteCell(r0 + i, c0 + j, line[j], modelRows, cells, problems);
            }
        }
        writeCells(cells, problems, modelRows);
        int lastRow = Math.min(getRowCount() - 1, r0 + grid.size() - 1);
        int lastCol = Math.min(getColumnCount() - 1, c0 + width - 1);
        if (r0 < getRowCount()) {
            changeSelection(r0, c0, false, false);
            changeSelection(lastRow, lastCol, false, true);
        }
        report("sheet.paste.title", "sheet.paste.problems", problems);
    }

    /** Repeats the block over the selected cells (a single value into each); the selection stays. */
    private void fill(List<String[]> grid, int[] rows, int[] cols) {
        int modelRows = getModel().getRowCount();
        List<Cell> cells = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < cols.length; j++) {
                if (isCellSelected(rows[i], cols[j])) {
                    String[] line = grid.get(i % grid.size());
                    pasteCell(rows[i], cols[j], line[j % line.length], modelRows, cells, problems);
                }
            }
        }
        writeCells(cells, problems, modelRows);
        report("sheet.paste.title", "sheet.paste.problems", problems);
    }

    /** The cell a pasted text goes to (view row {@code vr}, column {@code vc}), or the reason it cannot. */
    private void pasteCell(int vr, int vc, String text, int modelRows, List<Cell> cells, List<String> problems) {
        TableModel m = getModel();
        int mr = vr < getRowCount() ? convertRowIndexToModel(vr) : modelRows + (vr - getRowCount());
        String colName = vc < getColumnCount() ? getColumnName(vc) : Integer.toString(vc + 1);
        if (mr >= modelRows && !(m instanceof BlockModel b && b.canAddRows())) {
            problems.add(Texts.format("sheet.problem", vr + 1, colName, Texts.get("sheet.bad.noRow")));
            return;
        }
        if (vc >= getColumnCount() || !m.isCellEditable(mr, convertColumnIndexToModel(vc))) {
            if (!text.isBlank()) {
                problems.add(Texts.format("sheet.problem", vr + 1, colName,
                        Texts.get(vc >= getColumnCount() ? "sheet.bad.noColumn" : "sheet.bad.readOnly")));
            }
            return;
        }
        try {
            cells.add(new Cell(mr, convertColumnIndexToModel(vc), cellValue(vc, text)));
        } catch (IllegalArgumentException e) {
            problems.add(Texts.format("sheet.problem", vr + 1, colName, e.getMessage()));
        }
    }

    /** Writes the pasted cells as one edit; those the model refuses are added to the problems. */
    private void writeCells(List<Cell> cells, List<String> problems, int modelRows) {
        for (Cell bad : write(cells)) {
            problems.add(Texts.format("sheet.problem", displayRow(bad.row(), modelRows), getModel().getColumnName(bad.col()),
                    Texts.format("sheet.bad.value", bad.value())));
        }
    }

    private int displayRow(int modelRow, int modelRows) {
        return (modelRow < modelRows ? convertRowIndexToView(modelRow) : getRowCount() + modelRow - modelRows) + 1;
    }

    /** Delete: empties the selected editable cells, one undoable edit. */
    void clearCells() {
        if (readOnly || isEditing()) {
            return; // Delete inside an editor deletes characters
        }
        List<Cell> cells = new ArrayList<>();
        for (int r : getSelectedRows()) {
            for (int c : getSelectedColumns()) {
                int mr = convertRowIndexToModel(r);
                int mc = convertColumnIndexToModel(c);
                if (!getModel().isCellEditable(mr, mc)) {
                    continue;
                }
                Object v;
                try {
                    v = cellValue(c, "");
                } catch (IllegalArgumentException e) {
                    continue; // a choice without an empty item keeps its value
                }
                if (!Objects.equals(v, getModel().getValueAt(mr, mc))) {
                    cells.add(new Cell(mr, mc, v));
                }
            }
        }
        int modelRows = getModel().getRowCount();
        List<String> problems = new ArrayList<>();
        for (Cell bad : write(cells)) {
            problems.add(Texts.format("sheet.problem", displayRow(bad.row(), modelRows), getModel().getColumnName(bad.col()),
                    Texts.get("sheet.bad.notEmpty")));
        }
        report("sheet.clear.title", "sheet.clear.problems", problems);
    }

    /** Writes cells as one edit; returns those that could not be written. */
    private List<Cell> write(List<Cell> cells) {
        if (cells.isEmpty()) {
            return List.of();
        }
        if (getModel() instanceof BlockModel b) {
            return b.setCells(cells);
        }
        List<Cell> bad = new ArrayList<>();
        Binder.coalescing("sheet.block#" + (++editSessions), () -> {
            for (Cell c : cells) {
                try {
                    getModel().setValueAt(c.value(), c.row(), c.col());
                } catch (RuntimeException e) {
                    bad.add(c);
                }
            }
        });
        return bad;
    }

    /** Cells not written are never dropped silently: a message box lists them (the first few). */
    private void report(String titleKey, String key, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>(problems.subList(0, Math.min(REPORT_LINES, problems.size())));
        if (problems.size() > REPORT_LINES) {
            shown.add(Texts.format("sheet.paste.more", problems.size() - REPORT_LINES));
        }
        JOptionPane.showMessageDialog(this, Texts.format(key, problems.size(), String.join("\n", shown)), Texts.get(titleKey),
                JOptionPane.WARNING_MESSAGE);
    }

    /** Excel's clipboard text as rows of cells; the final line break ends the block. */
    static List<String[]> grid(String text) {
        List<String[]> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int n = lines.length;
        while (n > 0 && lines[n - 1].isEmpty()) {
            n--;
        }
        for (int i = 0; i < n; i++) {
            out.add(lines[i].split("\t", -1));
        }
        return out;
    }

    /**
     * A pane for below a table whose cells are cut with "…": the selected row's full text, one
     * "column: value" line each, wrapped and selectable. Showing a row never scrolls the page
     * (the caret does not follow the text), so a click on the table leaves it where it is.
     */
    static javax.swing.JTextArea detailPane(JTable table, String name) {
        javax.swing.JTextArea pane = detailArea(name);
        Runnable show = () -> {
            int v = selectedLead(table);
            if (v < 0 || v >= table.getRowCount()) {
                pane.setText("");
                return;
            }
            int r = table.convertRowIndexToModel(v);
            StringBuilder sb = new StringBuilder();
            TableModel m = table.getModel();
            for (int c = 0; c < m.getColumnCount(); c++) {
                Object value = m.getValueAt(r, c);
                sb.append(sb.length() == 0 ? "" : "\n")
                        .append(Texts.format("sheet.detail.line", m.getColumnName(c), value == null ? "" : value.toString()));
            }
            if (!sb.toString().equals(pane.getText())) {
                pane.setText(sb.toString());
            }
        };
        table.getSelectionModel().addListSelectionListener(e -> show.run());
        table.getModel().addTableModelListener(e -> SwingUtilities.invokeLater(show)); // an edit of the row shows at once
        return pane;
    }

    /** The row last clicked (the lead) when it is selected, else the first selected row (-1: none). */
    static int selectedLead(JTable table) {
        int lead = table.getSelectionModel().getLeadSelectionIndex();
        return lead >= 0 && table.isRowSelected(lead) ? lead : table.getSelectedRow();
    }

    /** A read-only, selectable, wrapped text area whose caret never scrolls its page. */
    static javax.swing.JTextArea detailArea(String name) {
        javax.swing.JTextArea pane = ScrollablePanel.wrappingText();
        pane.setName(name);
        pane.setRows(3);
        if (pane.getCaret() instanceof javax.swing.text.DefaultCaret caret) {
            caret.setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        }
        return pane;
    }

    /**
     * The entries of a free-text drop-down cell that contain what is being typed, in a list under
     * the cell (Excel's AutoComplete, as a list): Up/Down highlight an entry, Enter or Tab (or a
     * click) takes the highlighted one; without a highlight the typed text is kept, so a value that
     * is not in the list can still be entered. Esc closes the list, a second Esc cancels the edit.
     */
    private final class FilterList {
        private static final int ROWS = 8;
        private final javax.swing.DefaultListModel<String> entries = new javax.swing.DefaultListModel<>();
        private final JList<String> list = new JList<>(entries);
        private final javax.swing.JPopupMenu popup = new javax.swing.JPopupMenu();
        private final javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(list);
        /** The editor's text is being set from the list, not typed. */
        private boolean filling;

        FilterList() {
            list.setName("sheet.filterList");
            list.setFocusable(false);
            list.setSelectionMode(javax.swing.ListSelectionModel.SINGLE_SELECTION);
            list.setFont(SheetTable.this.getFont());
            list.setCellRenderer(new javax.swing.DefaultListCellRenderer() {
                private static final long serialVersionUID = 1L;

                @Override
                public Component getListCellRendererComponent(JList<?> l, Object v, int i, boolean selected, boolean focus) {
                    super.getListCellRendererComponent(l, v, i, selected, focus);
                    if (selected) { // highlighted as in a drop-down's list, although the keys stay with the cell's text
                        java.awt.Color bg = javax.swing.UIManager.getColor("ComboBox.selectionBackground");
                        java.awt.Color fg = javax.swing.UIManager.getColor("ComboBox.selectionForeground");
                        setBackground(bg == null ? l.getSelectionBackground() : new java.awt.Color(bg.getRGB(), true));
                        setForeground(fg == null ? l.getSelectionForeground() : new java.awt.Color(fg.getRGB(), true));
                    }
                    return this;
                }
            });
            scroll.setFocusable(false);
            scroll.getVerticalScrollBar().setFocusable(false);
            scroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
            popup.setFocusable(false); // the keys stay with the cell's text, and menus' keyboard handling stays out
            popup.setLayout(new java.awt.BorderLayout());
            popup.add(scroll);
            java.awt.event.MouseAdapter mouse = new java.awt.event.MouseAdapter() {
                @Override
                public void mouseMoved(MouseEvent e) {
                    int i = list.locationToIndex(e.getPoint());
                    if (i >= 0 && i != list.getSelectedIndex()) {
                        list.setSelectedIndex(i);
                    }
                }

                @Override
                public void mouseReleased(MouseEvent e) {
                    int i = list.locationToIndex(e.getPoint());
                    if (i >= 0 && SwingUtilities.isLeftMouseButton(e)) {
                        list.setSelectedIndex(i);
                        choose();
                    }
                }
            };
            list.addMouseListener(mouse);
            list.addMouseMotionListener(mouse);
        }

        boolean showing() {
            return popup.isVisible();
        }

        void hide() {
            if (popup.isVisible()) {
                popup.setVisible(false);
            }
        }

        /** Shows the entries of {@code box} containing the text of its editor {@code t}, under the cell. */
        void update(JComboBox<?> box, JTextComponent t) {
            if (!isEditing() || getEditorComponent() != box || !box.isShowing()) {
                hide();
                return;
            }
            String want = t.getText().trim().toLowerCase(Locale.ROOT);
            List<String> found = new ArrayList<>();
            for (int i = 0; i < box.getItemCount() && !want.isEmpty(); i++) {
                String shown = shownText(box, box.getItemAt(i));
                if (shown.toLowerCase(Locale.ROOT).contains(want)) {
                    found.add(shown);
                }
            }
            if (found.isEmpty() || found.size() == 1 && found.get(0).trim().equalsIgnoreCase(want)) {
                hide(); // nothing to offer beyond what is typed
                return;
            }
            if (!found.equals(java.util.Collections.list(entries.elements()))) {
                entries.clear();
                entries.addAll(found);
                list.clearSelection();
            }
            list.setVisibleRowCount(Math.min(ROWS, found.size()));
            Rectangle cell = getCellRect(getEditingRow(), getEditingColumn(), true);
            java.awt.Dimension size = list.getPreferredScrollableViewportSize();
            int bar = found.size() > ROWS ? scroll.getVerticalScrollBar().getPreferredSize().width : 0;
            java.awt.Insets in = popup.getInsets();
            popup.setPopupSize(Math.max(cell.width, size.width + bar + in.left + in.right), size.height + in.top + in.bottom);
            box.hidePopup();
            if (popup.isVisible()) {
                popup.pack();
            } else {
                popup.show(SheetTable.this, cell.x, cell.y + cell.height);
            }
        }

        void move(int d) {
            int n = entries.size();
            if (n == 0) {
                return;
            }
            int i = list.getSelectedIndex();
            i = i < 0 ? (d > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, i + d));
            list.setSelectedIndex(i);
            list.ensureIndexIsVisible(i);
        }

        /** The highlighted entry becomes the editor's text; false when none is highlighted. */
        boolean takeHighlighted(JTextComponent t) {
            String v = list.getSelectedValue();
            if (v == null || t == null) {
                return false;
            }
            filling = true;
            try {
                t.setText(v);
            } finally {
                filling = false;
            }
            return true;
        }

        /** A click on an entry: it is the cell's value, the cell stays selected. */
        private void choose() {
            Component c = getEditorComponent();
            if (isEditing() && takeHighlighted(textOf(c))) {
                hide();
                getCellEditor().stopCellEditing();
                requestFocusInWindow();
            }
        }
    }

    /** Numbers as the engineer types them (full-width digits, thousands commas), shown in full, right-aligned. */
    static final class NumberEditor extends DefaultCellEditor {
        private static final long serialVersionUID = 1L;
        private Class<?> type = BigDecimal.class;
        private Object value;

        NumberEditor() {
            super(new JTextField());
            ((JTextField) getComponent()).setHorizontalAlignment(SwingConstants.RIGHT);
            setClickCountToStart(2);
        }

        @Override
        public Component getTableCellEditorComponent(JTable table, Object v, boolean selected, int row, int column) {
            type = table.getModel().getColumnClass(table.convertColumnIndexToModel(column));
            JTextField f = (JTextField) super.getTableCellEditorComponent(table, v, selected, row, column);
            f.setText(plain(v));
            f.putClientProperty("JComponent.outline", null);
            return f;
        }

        static String plain(Object v) {
            if (v == null) {
                return "";
            }
            if (v instanceof BigDecimal d) {
                return d.stripTrailingZeros().toPlainString();
            }
            if (v instanceof Double d && !d.isNaN() && !d.isInfinite()) {
                return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            return v.toString();
        }

        @Override
        public boolean stopCellEditing() {
            JTextField f = (JTextField) getComponent();
            try {
                value = valueOf(f.getText(), type);
            } catch (IllegalArgumentException e) {
                f.putClientProperty("JComponent.outline", "error");
                f.setToolTipText(e.getMessage());
                return false;
            }
            f.putClientProperty("JComponent.outline", null);
            f.setToolTipText(null);
            return super.stopCellEditing();
        }

        @Override
        public Object getCellEditorValue() {
            return value;
        }
    }
}
