package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javax.swing.JLabel;
import javax.swing.JTable;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.footprint.Stage;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.Test;

/**
 * The step 碳排放核算与产品碳足迹 of the demo without the gypsum's factor: the P·O 42.5 study with its
 * result by stage and chart, the badge counting the material without factor; 导出碳足迹报告… names the gap
 * and offers to write the report marked incomplete (cancelled here); the factor entered in the table
 * (with its source and year) leaves the badge, the missing list and the result at once, and the report
 * is then exported complete with 打开文件 / 打开所在文件夹 after it.
 */
class FootprintStepGuiTest extends AppGuiTest {

    @Test
    void theDemoFootprintStepShowsTheResultWhatTheReportLacksAndExportsIt() throws Exception {
        Instant now = Instant.now();
        DiagnosisProject p = DemoProjects.cementPlant(now, "某诊断机构");
        var study = p.footprint().studies().get(0);
        var materials = study.materials().stream().map(m -> !m.name().equals("天然石膏") ? m
                : new org.energydiag.core.footprint.Material(m.name(), m.quantity(), m.unit(), null, "kgCO2e/t", "", 0, m.shared()))
                .toList();
        p = p.withFootprint(p.footprint().with(study.withMaterials(materials)), now);
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
        assertThat(GuiActionRunner.execute(missing::getText)).contains("尚缺 1 项", "原材料“天然石膏”缺少排放因子");
        GuiApp.waitUntil("badge 1", () -> app.badge(Chapter.FOOTPRINT) == 1);
        assertThat(GuiActionRunner.execute(() -> window.panel("step.FOOTPRINT").target().isShowing())).isTrue();
        Screens.shoot(app.robot, "footprint-step");

        // exporting now names the gap and offers the marked-incomplete report; cancelled, nothing is written
        window.button("footprint.export").click();
        JOptionPaneFixture ask = JOptionPaneFinder.findOptionPane().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        ask.requireMessage(Pattern.compile("(?s).*尚缺以下 1 项.*原材料“天然石膏”缺少排放因子.*【待补充】.*"));
        Screens.shoot(app.robot, "footprint-export-incomplete");
        java.awt.Window askWindow = GuiActionRunner.execute(() -> javax.swing.SwingUtilities.getWindowAncestor(ask.target()));
        app.press(ask.buttonWithText("取消"), "question closed", () -> !askWindow.isShowing());

        // a factor with its source and year for 天然石膏 (row 2 of the table): no gap left, its emissions counted
        JTable table = window.table("footprint.materials").target();
        assertThat(GuiActionRunner.execute(() -> table.getValueAt(1, 0))).isEqualTo("天然石膏");
        GuiActionRunner.execute(() -> {
            table.setValueAt(new BigDecimal("5"), 1, 3);
            table.setValueAt("算例因子来源", 1, 5);
            table.setValueAt(2024, 1, 6);
        });
        GuiApp.waitUntil("badge 0", () -> app.badge(Chapter.FOOTPRINT) == 0);
        assertThat(GuiActionRunner.execute(missing::getText)).contains("已齐全").doesNotContain("天然石膏");
        // 152 500 t × 5 kgCO2e/t = 762.5 tCO2e (the product's own input, not allocated; the wastes' factors are 0)
        assertThat(GuiActionRunner.execute(() -> result.getValueAt(0, 1))).isEqualTo("762.5");
        java.awt.Component chart = app.robot.finder().findByName(window.target(), "footprint.chart");
        GuiActionRunner.execute(() -> ((javax.swing.JComponent) chart).scrollRectToVisible(new java.awt.Rectangle(0, 0, chart.getWidth(),
                chart.getHeight())));
        Screens.shoot(app.robot, "footprint-step-result");

        // complete: exported straight away, in the background, with the export follow-up
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        window.button("footprint.export").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        app.choose(chooser, out.resolve("足迹"));
        Path report = out.resolve("足迹.docx");
        app.exportDone(Pattern.compile("(?s)已导出：\n" + Pattern.quote("足迹.docx")), report);
        try (InputStream in = Files.newInputStream(report); XWPFDocument d = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(d).getText();
            assertThat(text).contains("P·O 42.5 普通硅酸盐水泥的产品碳足迹为").doesNotContain("【待补充】");
            assertThat(d.getAllPictures()).hasSize(1); // the chart by stage
        }
    }
}
