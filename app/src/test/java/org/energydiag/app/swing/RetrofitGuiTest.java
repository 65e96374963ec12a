package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.data.TableCell.row;

import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.energydiag.core.equipment.EquipmentField;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.junit.jupiter.api.Test;

/**
 * Chapters 二 and 三 as a user goes through them: a motor below its grade becomes a finding and a
 * candidate task in 合规整改类; the engineer accepts it, makes it a key project, adds another key
 * project and sees both in 表3-1 grouped by phase, with the economics computed.
 */
class RetrofitGuiTest extends ProjectGuiTest {

    private static int column(JTableFixture t, String startsWith) {
        return GuiActionRunner.execute(() -> {
            for (int c = 0; c < t.target().getColumnCount(); c++) {
                if (t.target().getColumnName(c).startsWith(startsWith)) {
                    return c;
                }
            }
            return -1;
        });
    }

    private void waitFor(String what, java.util.function.BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(test::getAsBoolean);
            }
        }, Timeout.timeout(GuiApp.WAIT_MS));
    }

    private static boolean tableContains(JTableFixture t, String text) {
        javax.swing.JTable table = t.target();
        for (int r = 0; r < table.getRowCount(); r++) {
            for (int c = 0; c < table.getColumnCount(); c++) {
                Object v = table.getValueAt(r, c);
                if (v != null && v.toString().contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void type(String field, String text) {
        JTextComponentFixture f = window.textBox(field);
        GuiApp.type(f.deleteText(), text);
        f.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_TAB); // leaving the field commits it
    }

    @Test
    void acceptAGeneratedTaskAddKeyProjectsAndSeeTable31() {
        // a motor below the 3级 limit of GB 18613-2020 表1 (4 poles, 37 kW: 3级 93.9 %)
        window.list("workspace.steps").clickItem(2);
        window.button("equipment.add").click();
        JTableFixture eq = window.table("equipment.MOTOR");
        eq.enterValue(row(0).column(column(eq, EquipmentField.NAME.header())), "1#皮带机电机");
        eq.enterValue(row(0).column(column(eq, EquipmentField.RATED_POWER.header())), "37");
        TableCell poles = row(0).column(column(eq, EquipmentField.POLES.header()));
        eq.selectCell(poles).enterValue(poles, "4"); // a drop-down cell: one click selects it, the second opens it (Excel)
        eq.enterValue(row(0).column(column(eq, EquipmentField.RATED_EFFICIENCY.header())), "93.8");
        assertThat(eq.valueAt(row(0).column(column(eq, "能效等级")))).isEqualTo("不达标");

        // 诊断内容及结果分析: the finding with its evidence, and rules without data say why they did not run
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.DIAGNOSIS.ordinal());
        JTableFixture findings = window.table("diagnosis.findings");
        waitFor("finding", () -> tableContains(findings, "1#皮带机电机能效低于能效限定值"));
        assertThat(tableContains(findings, "GB 18613-2020")).isTrue();
        JTableFixture rules = window.table("diagnosis.rules");
        assertThat(tableContains(rules, "未运行：未导入电表数据")).isTrue();

        // 改造任务: the candidate is in 合规整改类 and is not final until accepted
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.TASKS.ordinal());
        JTableFixture candidates = window.table("tasks.candidates");
        waitFor("candidate", () -> tableContains(candidates, "能效不达标电动机更新改造"));
        JTableFixture accepted = window.table("tasks.accepted");
        accepted.requireRowCount(0);
        int r = GuiActionRunner.execute(() -> {
            for (int i = 0; i < candidates.target().getRowCount(); i++) {
                if ("能效不达标电动机更新改造".equals(candidates.target().getValueAt(i, 1))) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(candidates.valueAt(row(r).column(0))).isEqualTo("合规整改类");
        candidates.selectRows(r);
        window.button("tasks.accept").click();
        accepted.requireRowCount(1);
        assertThat(accepted.valueAt(row(0).column(0))).isEqualTo("合规整改类");
        assertThat(accepted.valueAt(row(0).column(1))).isEqualTo("能效不达标电动机更新改造");
        waitFor("candidate gone", () -> !tableContains(candidates, "能效不达标电动机更新改造"));

        // make it a key project
        accepted.selectRows(0);
        window.button("tasks.makeKey").click();
        window.list("workspace.steps").clickItem(org.energydiag.core.report.plan.Chapter.KEY_PROJECTS.ordinal());
        JTableFixture list = window.table("keyProjects.list");
        list.requireRowCount(1);
        // investment 10 万元, cost saving 3 万元/年, defaults 10 years and 8 %:
        // payback = 10 / 3 = 3.33 年; NPV = 3 × (1 − 1.08^−10) / 0.08 − 10 = 3 × 6.710081 − 10 = 10.13 万元
        type("keyProjects.investment", "10");
        type("keyProjects.costSaving", "3");
        type("keyProjects.time", "2026年5月—2026年9月");
        waitFor("economics", () -> window.label("keyProjects.economics").target().getText().contains("静态回收期 3.33 年（自投产年起算）"));
        assertThat(window.label("keyProjects.economics").text()).contains("净现值 10.13 万元");
        assertThat(GuiActionRunner.execute(() -> String.valueOf(list.target().getColumnModel().getColumn(5).getHeaderValue())))
                .contains("自投产");

        // the payback of 《建设项目经济评价方法与参数》（第三版）, from the start of construction (1 year):
        // static = 1 + 10/3 = 4.33 年; dynamic at 8 %: −10/1.08 = −9.2593, then 3/1.08^t from year 2:
        // cumulative −6.6872, −4.3057, −2.1007, −0.0589 (year 5), +1.8316 (year 6) → 5 + 0.0589/1.8905 = 5.03 年;
        // NPV stays on the commissioning basis (10.13)
        GuiApp.choose(window.comboBox("plan.paybackConvention"), 1);
        waitFor("construction-start payback", () -> window.label("keyProjects.economics").target().getText()
                .contains("回收期自建设开始年起算（建设期 1 年）：静态 4.33 年，动态 5.03 年"));
        assertThat(window.label("keyProjects.economics").text()).contains("净现值 10.13 万元");
        waitFor("list header", () -> String.valueOf(list.target().getColumnModel().getColumn(5).getHeaderValue()).contains("自建设开始"));
        GuiApp.choose(window.comboBox("plan.paybackConvention"), 0);
        waitFor("back to commissioning", () -> window.label("keyProjects.economics").target().getText().contains("静态回收期 3.33 年（自投产年起算）"));

        // a second key project of the engineer's own, in 中期
        window.button("keyProjects.add").click();
        list.requireRowCount(2);
        type("keyProjects.name", "空压站余热回收");
        window.comboBox("keyProjects.phase").selectItem(1);
        type("keyProjects.investment", "45");

        // 表3-1: exactly the template's columns, grouped by phase, numbered within each phase
        JTableFixture t31 = window.table("keyProjects.table31");
        waitFor("表3-1", () -> t31.target().getRowCount() == 2 && "空压站余热回收".equals(t31.target().getValueAt(1, 2))
                && "45.00".equals(t31.target().getValueAt(1, 4)));
        assertThat(GuiActionRunner.execute(() -> {
            java.util.List<String> cols = new java.util.ArrayList<>();
            for (int c = 0; c < t31.target().getColumnCount(); c++) {
                cols.add(t31.target().getColumnName(c));
            }
            return cols;
        })).containsExactly("项目阶段", "序号", "项目名称", "建设内容", "预计总投资（万元）", "预期实施效果", "实施时间");
        assertThat(t31.valueAt(row(0).column(0))).isEqualTo("短期");
        assertThat(t31.valueAt(row(0).column(1))).isEqualTo("1");
        assertThat(t31.valueAt(row(0).column(2))).isEqualTo("能效不达标电动机更新改造");
        assertThat(t31.valueAt(row(0).column(4))).isEqualTo("10.00");
        assertThat(t31.valueAt(row(0).column(6))).isEqualTo("2026年5月—2026年9月");
        assertThat(t31.valueAt(row(1).column(0))).isEqualTo("中期");
        assertThat(t31.valueAt(row(1).column(1))).isEqualTo("1");
    }
}
