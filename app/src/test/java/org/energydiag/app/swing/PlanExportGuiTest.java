package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;

/**
 * 导出改造方案（Word）… as a user does it: the plan check first, then choose the file, wait, find the
 * plan and the two lists; or follow an issue of the check to the field that fixes it.
 */
class PlanExportGuiTest extends ProjectGuiTest {

    @Test
    void exportsThePlanAndTheTwoLists() throws Exception {
        window.textBox("enterprise.name").setText("浙江某水泥有限公司");
        GuiApp.waitUntil("name saved", () -> window.label("workspace.projectName").target().getText().equals("浙江某水泥有限公司"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        window.button("workspace.exportPlan").click();
        // a new project lacks most of the plan: the check lists it first, the user exports anyway
        DialogFixture check = WindowFinder.findDialog("planCheck.dialog").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        assertThat(check.label("planCheck.summary").text()).contains("无法评价");
        app.press(check.button("planCheck.export"), "check closed", () -> !check.target().isShowing());
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        app.choose(chooser, out.resolve("方案"));
        Path plan = out.resolve("方案.docx");
        // the follow-up names the very files written (the plan in the chosen folder under the chosen
        // name, the two lists beside it) and offers to open the plan
        app.exportDone(Pattern.compile("(?s)已导出：\n" + Pattern.quote("方案.docx") + "\n"
                + Pattern.quote("方案-诊断问题清单.xlsx") + "\n" + Pattern.quote("方案-改造项目清单.xlsx")), plan);

        assertThat(plan).exists();
        assertThat(out.resolve("方案-诊断问题清单.xlsx")).exists();
        assertThat(out.resolve("方案-改造项目清单.xlsx")).exists();
        try (InputStream in = Files.newInputStream(plan); XWPFDocument d = new XWPFDocument(in)) {
            String text = d.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("浙江某水泥有限公司").contains("三、改造方案").contains("四、随附材料");
        }
        try (var files = Files.list(out)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList()).as("no temporary files left").isEmpty();
        }
    }

    @Test
    void anIssueOfTheCheckLeadsToItsField() {
        window.button("workspace.exportPlan").click();
        DialogFixture check = WindowFinder.findDialog("planCheck.dialog").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        JTableFixture list = check.table("planCheck.list");
        int row = GuiActionRunner.execute(() -> {
            for (int r = 0; r < list.target().getRowCount(); r++) {
                if (String.valueOf(list.target().getModel().getValueAt(r, 2)).equals("统一社会信用代码未填写")) {
                    return r;
                }
            }
            return -1;
        });
        assertThat(row).isNotNegative();
        assertThat(GuiActionRunner.execute(() -> list.target().getModel().getValueAt(row, 0))).isEqualTo("错误");
        app.selectRow(list, row); // the selection enables 定位
        app.press(check.button("planCheck.goTo"), "check closed", () -> !check.target().isShowing());
        // the enterprise step, its credit-code field holding the focus, ready to type
        try {
            GuiApp.waitUntil("credit code focused", () -> {
                java.awt.Component f = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
                return f != null && "enterprise.creditCode".equals(f.getName());
            });
        } catch (RuntimeException e) {
            java.awt.Component f = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            System.err.println("focus owner when the wait ended: " + (f == null ? null : f.getClass() + " " + f.getName()) + " window "
                    + java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow());
            throw e;
        }
        GuiApp.type(window.textBox("enterprise.creditCode"), "91340202MA2T8Q6K7Q");
    }

    @Test
    void theCheckCanBeOpenedWhileWorking() {
        window.button("workspace.planCheck").click();
        DialogFixture check = WindowFinder.findDialog("planCheck.dialog").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        assertThat(check.label("planCheck.summary").text()).startsWith("诊断综合评价：无法评价；方案检查发现");
        // the notice's documents under the check: none of the reports can be written from a new project
        assertThat(java.util.Arrays.stream(check.table("planCheck.documents").contents()).map(r -> (r[0] + "：" + r[1]).replaceAll("<[^>]+>", "")))
                .contains("节能降碳诊断报告：尚不能编制", "企业碳排放核算报告：尚不能编制", "企业满意度调查表：可打印，待企业填写盖章后交回");
        try {
            Screens.shoot(app.robot, "plan-check-documents");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(app.robot.finder().findAll(check.target(), new org.assertj.swing.core.GenericTypeMatcher<javax.swing.JButton>(
                javax.swing.JButton.class, true) {
            @Override
            protected boolean isMatching(javax.swing.JButton b) {
                return "planCheck.export".equals(b.getName());
            }
        })).as("no export button while working").isEmpty();
        assertThat(check.button("planCheck.cancel").text()).isEqualTo("关闭");
        app.press(check.button("planCheck.cancel"), "check closed", () -> !check.target().isShowing());
    }

    @Test
    void theDiagnosisReportOfANewProjectSaysWhatIsMissing() throws Exception {
        // 导出诊断报告 beside 导出方案: a new project cannot be evaluated, so nothing is asked or written
        window.button("workspace.exportDiagnosisReport").click();
        app.acknowledge(Pattern.compile("(?s).*缺少.*主要用能设备清单.*能源管理检查表.*"), GuiApp.WAIT_MS);
        try (var files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".docx")).toList()).isEmpty();
        }
    }
}
