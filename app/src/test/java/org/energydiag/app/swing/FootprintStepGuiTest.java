package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.footprint.Stage;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;

/**
 * The step 碳排放核算与产品碳足迹 of the demo: the P·O 42.5 study with its result by stage and chart,
 * the badge counting the materials without factor; a factor entered in the table (with its source and
 * year) leaves the badge, the missing list and the result at once.
 */
class FootprintStepGuiTest extends AppGuiTest {

    @Test
    void theDemoFootprintStepShowsTheResultAndWhatTheReportLacks() throws Exception {
        Instant now = Instant.now();
        DiagnosisProject p = DemoProjects.cementPlant(now, "某诊断机构");
        Path file = dir.resolve("cement.edproj");
        ProjectFile.write(p, file, "test", now);
        app = GuiApp.launch(dir);
        app.openImported(file);
        FrameFixture window = app.window;
        window.list("workspace.steps").clickItem(Chapter.FOOTPRINT.ordinal());
        window.comboBox("footprint.product").requireSelection("P·O 42.5 普通硅酸盐水泥");
        JTable result = window.table("footprint.result").target();
        GuiApp.waitUntil("the result by stage and the total", () -> GuiActionRunner.execute(result::getRowCount) == Stage.values().length + 1);
        JLabel missing = window.label("footprint.missing").target();
        assertThat(GuiActionRunner.execute(missing::getText)).contains("尚缺 3 项", "原材料“天然石膏”缺少排放因子");
        GuiApp.waitUntil("badge 3", () -> app.badge(Chapter.FOOTPRINT) == 3);
        assertThat(GuiActionRunner.execute(() -> window.panel("step.FOOTPRINT").target().isShowing())).isTrue();
        Screens.shoot(app.robot, "footprint-step");

        // a factor with its source and year for 天然石膏 (row 2 of the table): one gap fewer, its emissions counted
        JTable materials = window.table("footprint.materials").target();
        assertThat(GuiActionRunner.execute(() -> materials.getValueAt(1, 0))).isEqualTo("天然石膏");
        GuiActionRunner.execute(() -> {
            materials.setValueAt(new BigDecimal("5"), 1, 3);
            materials.setValueAt("算例因子来源", 1, 5);
            materials.setValueAt(2024, 1, 6);
        });
        GuiApp.waitUntil("badge 2", () -> app.badge(Chapter.FOOTPRINT) == 2);
        assertThat(GuiActionRunner.execute(missing::getText)).contains("尚缺 2 项").doesNotContain("天然石膏");
        // 152 500 t × 5 kgCO2e/t = 762.5 tCO2e (the product's own input, not allocated)
        assertThat(GuiActionRunner.execute(() -> result.getValueAt(0, 1))).isEqualTo("762.5");
        java.awt.Component chart = app.robot.finder().findByName(window.target(), "footprint.chart");
        GuiActionRunner.execute(() -> ((javax.swing.JComponent) chart).scrollRectToVisible(new java.awt.Rectangle(0, 0, chart.getWidth(),
                chart.getHeight())));
        Screens.shoot(app.robot, "footprint-step-result");
    }
}
