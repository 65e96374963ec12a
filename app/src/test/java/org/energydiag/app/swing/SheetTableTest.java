package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;
import org.junit.jupiter.api.Test;

/**
 * {@link SheetTable}'s paste rules without a window (Excel's): a block pasted into a larger
 * selection that holds it a whole number of times fills the selection, otherwise it goes to the
 * top-left selected cell; tick-box text as Excel and the engineer write it.
 */
class SheetTableTest {

    private static DefaultTableModel model(int rows, int cols) {
        DefaultTableModel m = new DefaultTableModel(rows, cols) {
            private static final long serialVersionUID = 1L;

            @Override
            public Class<?> getColumnClass(int c) {
                return String.class;
            }
        };
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.setValueAt(r + "," + c, r, c);
            }
        }
        return m;
    }

    private static void onEdt(Runnable r) throws Exception {
        SwingUtilities.invokeAndWait(r);
    }

    private static List<Object> column(DefaultTableModel m, int c) {
        return java.util.stream.IntStream.range(0, m.getRowCount()).mapToObj(r -> m.getValueAt(r, c)).toList();
    }

    @Test
    void oneValueFillsEverySelectedCell() throws Exception {
        DefaultTableModel m = model(4, 3);
        onEdt(() -> {
            SheetTable t = new SheetTable(m);
            t.changeSelection(0, 1, false, false);
            t.changeSelection(2, 2, false, true); // rows 0–2 × columns 1–2
            t.paste("x\r\n");
        });
        assertThat(column(m, 1)).containsExactly("x", "x", "x", "3,1");
        assertThat(column(m, 2)).containsExactly("x", "x", "x", "3,2");
        assertThat(column(m, 0)).containsExactly("0,0", "1,0", "2,0", "3,0");
    }

    @Test
    void aBlockThatFitsAWholeNumberOfTimesIsRepeated() throws Exception {
        DefaultTableModel m = model(4, 2);
        onEdt(() -> {
            SheetTable t = new SheetTable(m);
            t.changeSelection(0, 0, false, false);
            t.changeSelection(3, 0, false, true);
            t.paste("a\nb\n");
        });
        assertThat(column(m, 0)).containsExactly("a", "b", "a", "b");
        assertThat(column(m, 1)).containsExactly("0,1", "1,1", "2,1", "3,1");
    }

    @Test
    void aBlockThatDoesNotFitGoesToTheTopLeftCellOnce() throws Exception {
        DefaultTableModel m = model(4, 2);
        onEdt(() -> {
            SheetTable t = new SheetTable(m);
            t.changeSelection(1, 0, false, false);
            t.changeSelection(3, 0, false, true); // three rows, a block of two
            t.paste("a\nb\n");
        });
        assertThat(column(m, 0)).containsExactly("0,0", "a", "b", "3,0");
    }

    @Test
    void tickBoxTextAsExcelCopiesItOrAsTheEngineerWritesIt() {
        assertThat(SheetTable.valueOf("TRUE", Boolean.class)).isEqualTo(Boolean.TRUE);
        assertThat(SheetTable.valueOf("false", Boolean.class)).isEqualTo(Boolean.FALSE);
        assertThat(SheetTable.valueOf("是", Boolean.class)).isEqualTo(Boolean.TRUE);
        assertThat(SheetTable.valueOf("否", Boolean.class)).isEqualTo(Boolean.FALSE);
        assertThat(SheetTable.valueOf(" 1 ", Boolean.class)).isEqualTo(Boolean.TRUE);
        assertThat(SheetTable.valueOf("", Boolean.class)).as("cleared: not ticked").isEqualTo(Boolean.FALSE);
        assertThatThrownBy(() -> SheetTable.valueOf("maybe", Boolean.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maybe");
    }
}
