package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.energydiag.app.controller.WizardController.Completeness;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;

/**
 * Steps that build on each other and honest markers (#17): the step badges count what is open and
 * follow an edit, the plan check's finding shows beside what it names, a step with open points opens
 * on their tab, carriers picked in 生产工艺流程 are offered in 能源消费情况, the boilerplate 三（四） is
 * ✓ only once confirmed, targets say why they are 0, a metering line with nothing counted reads 未填.
 */
class DataFlowGuiTest extends ProjectGuiTest {

    private WorkspacePanel workspace() {
        return (WorkspacePanel) robot.finder().findByName(window.target(), "workspace");
    }

    /** The number the step list's badge shows for {@code chapter}, as its renderer draws it. */
    private int badge(Chapter chapter) {
        return app.badge(chapter);
    }

    /** The plan check has run once (改造任务 is always named while no task is accepted). */
    private void waitForThePlanCheck() {
        GuiApp.waitUntil("the plan check's findings in the badges", () -> badge(Chapter.TASKS) > 0);
    }

    /** The line of the plan check's findings on the targets (hidden while there are none). */
    private javax.swing.JTextArea targetsLine() {
        return robot.finder().findByName(window.target(), "targets.check", javax.swing.JTextArea.class, false);
    }

    private boolean targetsLineShows(String text) {
        var line = targetsLine();
        return line.isShowing() && line.getText().contains(text);
    }

    @Test
    void theTargetsBadgeAndTheLineBesideTheTargetsFollowAnEdit() {
        waitForThePlanCheck();
        window.list("workspace.steps").clickItem(Chapter.TARGETS.ordinal());
        // no accepted task: the step says why its targets are 0 and leads to 改造任务
        GuiApp.waitUntil("why the targets are 0", () -> window.textBox("targets.whyZero").target().isShowing());
        assertThat(window.textBox("targets.whyZero").text()).contains("目标为 0").contains("还没有采纳");
        assertThat(badge(Chapter.TARGETS)).isZero();
        assertThat(GuiActionRunner.execute(() -> targetsLine().isShowing())).isFalse();

        // a target year before the plan's date: the check's finding beside the targets, the badge counts it
        GuiApp.type(window.textBox("targets.year").click().deleteText(), "2020");
        window.list("workspace.steps").focus(); // leaving the field commits the typing
        GuiApp.waitUntil("badge 1 and the line", () -> badge(Chapter.TARGETS) == 1 && targetsLineShows("目标年 2020 年早于方案日期"));
        screenshot("targets-check");

        GuiApp.type(window.textBox("targets.year").click().deleteText(), "2029");
        window.list("workspace.steps").focus();
        GuiApp.waitUntil("badge 0 and no line", () -> badge(Chapter.TARGETS) == 0
                && !targetsLine().isShowing());

        app.press(window.button("targets.toTasks"), "改造任务 shown", () -> workspace().wizard().current() == Chapter.TASKS);
        window.list("workspace.steps").requireSelection(Pattern.compile(".*改造任务.*"));
    }

    @Test
    void theEnterpriseBadgeCountsDownAsTheNameIsTyped() {
        waitForThePlanCheck();
        int before = badge(Chapter.ENTERPRISE);
        assertThat(before).isGreaterThan(3);
        GuiApp.type(window.textBox("enterprise.name").click(), "某水泥有限公司");
        window.list("workspace.steps").focus();
        // the validation error and the plan check's 企业名称 finding were one point: one fewer
        GuiApp.waitUntil("one point fewer", () -> badge(Chapter.ENTERPRISE) == before - 1);
    }

    @Test
    void aStepChosenWithOpenPointsOpensOnTheirTab() {
        window.list("workspace.steps").clickItem(Chapter.ENERGY.ordinal());
        window.tabbedPane("energy.tabs").selectTab("能量平衡");
        window.button("energy.balance.add").click(); // a flow without carrier nodes and quantity: errors in the balance
        window.tabbedPane("energy.tabs").selectTab("能源消费");
        window.list("workspace.steps").clickItem(Chapter.ENTERPRISE.ordinal());
        GuiApp.waitUntil("the energy badge", () -> badge(Chapter.ENERGY) > 0);

        window.list("workspace.steps").clickItem(Chapter.ENERGY.ordinal());
        GuiApp.waitUntil("balance tab shown", () -> energyTab().equals("能量平衡"));
        screenshot("energy-badge-balance");

        // 定位 from the plan check on a balance finding (target energy#balance) leads to the balance tab as well
        window.tabbedPane("energy.tabs").selectTab("能源消费");
        window.list("workspace.steps").clickItem(Chapter.ENTERPRISE.ordinal());
        GuiActionRunner.execute(() -> workspace().goTo(new org.energydiag.core.evaluation.CheckIssue("balance-statement",
                org.energydiag.core.evaluation.CheckIssue.Level.WARNING, "一（三）能量平衡", "平衡差额超出允许范围", "energy#balance")));
        GuiApp.waitUntil("balance tab shown from the check", () -> workspace().wizard().current() == Chapter.ENERGY
                && energyTab().equals("能量平衡"));
    }

    private String energyTab() {
        return GuiActionRunner.execute(() -> {
            var tabs = window.tabbedPane("energy.tabs").target();
            return tabs.getTitleAt(tabs.getSelectedIndex());
        });
    }

    @Test
    void carriersPickedInTheProcessStepAreOfferedInTheEnergyStep() {
        window.list("workspace.steps").clickItem(Chapter.PROCESS.ordinal());
        app.press(window.button("process.add"), "a unit", () -> window.table("process.units").target().getRowCount() == 1);
        // 焦炭 is not among the common carriers: picked from the reference list, ticked for the unit
        window.comboBox("process.carriers.more").selectItem("焦炭");
        GuiApp.waitUntil("焦炭 ticked", () -> window.checkBox("process.carrier.COKE").target().isSelected());
        screenshot("process-carriers");

        window.list("workspace.steps").clickItem(Chapter.ENERGY.ordinal());
        JTable consumption = window.table("energy.consumption").target();
        // the consumption table's carrier list offers the project's carriers first
        String first = GuiActionRunner.execute(() -> {
            var editor = consumption.getColumnModel().getColumn(1).getCellEditor()
                    .getTableCellEditorComponent(consumption, null, false, 0, 1);
            return editor instanceof JComboBox<?> box ? String.valueOf(box.getItemAt(0)) : "";
        });
        assertThat(first).isEqualTo("焦炭");
        window.button("energy.consumption.fromCarriers").requireText(Pattern.compile(".*（1 项）"));
        app.press(window.button("energy.consumption.fromCarriers"), "焦炭's line", () -> consumption.getRowCount() == 1);
        assertThat(GuiActionRunner.execute(() -> consumption.getModel().getValueAt(0, 1))).isEqualTo("COKE");
        assertThat(GuiActionRunner.execute(() -> consumption.getModel().getValueAt(0, 4))).isEqualTo("t");
        window.button("energy.consumption.fromCarriers").requireDisabled();
        screenshot("energy-from-carriers");

        // 企业碳排放情况: a fuel's own factors are entered for the project's fuels, 焦炭 first; a new line starts with it
        window.list("workspace.steps").clickItem(Chapter.CARBON.ordinal());
        JTable fuels = window.table("carbon.fuels").target();
        String firstFuel = GuiActionRunner.execute(() -> {
            var editor = fuels.getColumnModel().getColumn(0).getCellEditor().getTableCellEditorComponent(fuels, null, false, 0, 0);
            return editor instanceof JComboBox<?> box ? String.valueOf(box.getItemAt(0)) : "";
        });
        assertThat(firstFuel).isEqualTo("焦炭");
        app.press(window.button("carbon.fuels.add"), "a fuel line", () -> fuels.getRowCount() == 1);
        GuiActionRunner.execute(() -> {
            if (fuels.isEditing()) {
                fuels.getCellEditor().cancelCellEditing();
            }
        });
        assertThat(GuiActionRunner.execute(() -> fuels.getModel().getValueAt(0, 0))).isEqualTo("COKE");
    }

    @Test
    void productsTypedInTheEnterpriseStepAreOfferedInTheProcessAndEnergySteps() {
        window.button("enterprise.products.add").click();
        org.assertj.swing.fixture.JTableFixture products = window.table("enterprise.products");
        products.enterValue(org.assertj.swing.data.TableCell.row(0).column(0), "水泥熟料");
        products.enterValue(org.assertj.swing.data.TableCell.row(0).column(1), "296");
        // a drop-down cell: one click selects it, the second opens it (Excel)
        products.selectCell(org.assertj.swing.data.TableCell.row(0).column(2)).enterValue(org.assertj.swing.data.TableCell.row(0).column(2), "万t");
        window.list("workspace.steps").focus();
        GuiApp.waitUntil("the product stored", () -> "万t".equals(products.target().getModel().getValueAt(0, 2)));

        // 生产工艺流程: a unit's 产出 picked from the products, not typed again
        window.list("workspace.steps").clickItem(Chapter.PROCESS.ordinal());
        app.press(window.button("process.add"), "a unit", () -> window.table("process.units").target().getRowCount() == 1);
        window.button("process.outputs.pick").click();
        javax.swing.JMenuItem item = robot.finder().findByName("process.outputs.pick.水泥熟料", javax.swing.JMenuItem.class, true);
        new org.assertj.swing.fixture.JMenuItemFixture(robot, item).click();
        GuiApp.waitUntil("产出 filled", () -> "水泥熟料".equals(window.textBox("process.outputs").target().getText()));

        // 能源消费情况 › 产量与产值: the base-year line comes with the unit and the output typed in 一（一）
        window.list("workspace.steps").clickItem(Chapter.ENERGY.ordinal());
        window.tabbedPane("energy.tabs").selectTab("产量与产值");
        JTable production = window.table("energy.production").target();
        window.button("energy.production.fromProducts").requireText(Pattern.compile(".*（1 项）"));
        app.press(window.button("energy.production.fromProducts"), "the product's line", () -> production.getRowCount() == 1);
        assertThat(GuiActionRunner.execute(() -> production.getModel().getValueAt(0, 1))).isEqualTo("水泥熟料");
        assertThat(GuiActionRunner.execute(() -> production.getModel().getValueAt(0, 3))).isEqualTo("万t");
        assertThat(GuiActionRunner.execute(() -> String.valueOf(production.getModel().getValueAt(0, 2)))).isEqualTo("296");
        screenshot("energy-from-products");
    }

    @Test
    void boilerplateIsCompleteOnlyOnceConfirmedAndAnUncountedMeterLineIsNotMet() {
        // the starter texts name the enterprise: confirmed only once the name is there
        window.list("workspace.steps").clickItem(Chapter.SAFEGUARDS.ordinal());
        window.button("safeguards.confirm").requireDisabled();
        window.list("workspace.steps").clickItem(Chapter.ENTERPRISE.ordinal());
        GuiApp.type(window.textBox("enterprise.name").click(), "某水泥有限公司");
        window.list("workspace.steps").clickItem(Chapter.SAFEGUARDS.ordinal());
        GuiApp.waitUntil("confirm enabled", () -> window.button("safeguards.confirm").target().isEnabled());
        assertThat(GuiActionRunner.execute(() -> workspace().wizard().completeness(Chapter.SAFEGUARDS))).isEqualTo(Completeness.INCOMPLETE);
        app.press(window.button("safeguards.confirm"), "三（四） complete",
                () -> workspace().wizard().completeness(Chapter.SAFEGUARDS) == Completeness.COMPLETE);
        GuiApp.waitUntil("confirmed", () -> ((JLabel) robot.finder().findByName(window.target(), "safeguards.state")).getText().contains("均已"));

        window.list("workspace.steps").clickItem(Chapter.MANAGEMENT.ordinal());
        app.press(window.button("management.metering.add"), "a metering line",
                () -> window.table("management.metering").target().getRowCount() == 1);
        window.list("workspace.steps").focus(); // the new line's cell editor commits
        GuiApp.waitUntil("未填", () -> window.textBox("management.meteringResult").text().contains("未填"));
        assertThat(window.textBox("management.meteringResult").text()).doesNotContain("达标");
        // the requirements are labelled as GB 17167-2006 表3's until the 2025 edition's table is verified (issue #18)
        assertThat(window.textBox("management.meteringEdition").text()).isEqualTo("配备率要求为 GB 17167-2006 表3 的数值："
                + "GB 17167-2025 已于2026-02-01实施并代替2006版，其配备率表核实之前沿用2006版数值");
        screenshot("management-metering");
    }

    /** The screen as it is, written to PNG when the system property energydiag.screenshots names a folder. */
    private void screenshot(String name) {
        String out = System.getProperty("energydiag.screenshots");
        if (out != null) {
            robot.waitForIdle();
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of(out));
                java.awt.Rectangle r = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
                javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(r), "png",
                        java.nio.file.Path.of(out, name + ".png").toFile());
            } catch (java.io.IOException | java.awt.AWTException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
