package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import java.util.List;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.PiePlot;
import org.junit.jupiter.api.Test;

/**
 * Enters a year of consumption in 能源消费情况 and sees the totals and the structure chart follow;
 * a unit that does not fit the carrier is refused with the row named. Coefficients of the bundled
 * pack: 原煤 0.7143 kgce/kg → 1 000 t = 714.3 tce; 电力 0.1229 kgce/kWh → 1 000 万kWh = 1 229 tce.
 */
class EnergyStepGuiTest extends ProjectGuiTest {

    private String summaryCell(String carrier, String column) {
        JTableFixture t = window.table("energy.summary");
        return GuiActionRunner.execute(() -> {
            var m = t.target().getModel();
            int col = -1;
            for (int c = 0; c < m.getColumnCount(); c++) {
                if (m.getColumnName(c).equals(column)) {
                    col = c;
                }
            }
            for (int r = 0; r < m.getRowCount(); r++) {
                if (m.getValueAt(r, 0).equals(carrier)) {
                    return String.valueOf(m.getValueAt(r, col));
                }
            }
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private List<Comparable<?>> pieKeys() {
        return GuiActionRunner.execute(() -> {
            ChartPanel p = (ChartPanel) window.panel("energy.pie").target();
            return (List<Comparable<?>>) ((PiePlot<?>) p.getChart().getPlot()).getDataset().getKeys();
        });
    }

    @Test
    void aYearOfConsumptionUpdatesTotalsAndChart() {
        window.list("workspace.steps").clickItem(3);
        window.table("energy.consumption").requireVisible();
        window.button("energy.consumption.add").click();
        JTableFixture t = window.table("energy.consumption");
        t.selectCell(row(0).column(1)).enterValue(row(0).column(1), "原煤"); // a drop-down: one click selects, the second opens
        assertThat(t.valueAt(row(0).column(4))).isEqualTo("t"); // the unit follows the carrier
        t.enterValue(row(0).column(3), "1000");

        window.tabbedPane("energy.tabs").selectTab("汇总与图表");
        // 1 000 t × 1 000 kg/t × 0.7143 kgce/kg ÷ 1 000 = 714.30 tce
        assertThat(summaryCell("原煤", "2025年 tce")).isEqualTo("714.30");
        assertThat(summaryCell("合计（当量值）", "2025年 tce")).isEqualTo("714.30");
        assertThat(pieKeys()).containsExactly("原煤");

        window.tabbedPane("energy.tabs").selectTab("能源消费");
        window.button("energy.consumption.add").click();
        t.enterValue(row(1).column(3), "1000"); // 电力, 万kWh by default
        window.tabbedPane("energy.tabs").selectTab("汇总与图表");
        // + 10 000 000 kWh × 0.1229 kgce/kWh ÷ 1 000 = 1 229 tce → 1 943.30 tce
        assertThat(summaryCell("合计（当量值）", "2025年 tce")).isEqualTo("1,943.30");
        assertThat(pieKeys()).containsExactly("原煤", "电力");
        window.list("workspace.steps").requireSelection(Pattern.compile(".*能源消费情况.*"));
    }

    @Test
    void aMismatchedUnitIsRefusedWithTheRowNamed() {
        window.list("workspace.steps").clickItem(3);
        window.button("energy.consumption.add").click();
        JTableFixture t = window.table("energy.consumption");
        t.enterValue(row(0).column(3), "500");
        t.selectCell(row(0).column(4)).enterValue(row(0).column(4), "t"); // electricity in tonnes (a drop-down: selected, then opened)
        Pattern refused = Pattern.compile("能源消费 第1行 单位：.*电量单位.*");
        GuiApp.waitUntil("the unit refused with its row", () -> refused.matcher(window.label("energy.consumption.message").target().getText()).matches());
        window.tabbedPane("energy.tabs").selectTab("汇总与图表");
        assertThat(summaryCell("合计（当量值）", "2025年 tce")).isEqualTo("0.00");
    }
}
