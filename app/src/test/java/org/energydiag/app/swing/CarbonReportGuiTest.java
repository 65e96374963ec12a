package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.timing.Timeout;
import org.energydiag.core.report.plan.Chapter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 一（五）'s 核算报告信息 and 导出碳排放核算报告 as a user does them on the demo: a reporting-entity field
 * typed is one undoable edit, and the report exported beside 导出方案 carries it.
 */
class CarbonReportGuiTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @Test
    void aFieldOfTheReportSectionIsUndoableAndTheExportedReportCarriesIt() throws Exception {
        try (GuiApp app = GuiApp.launch(dir)) {
            app.window.button("home.demo").click();
            app.waitForWorkspace();
            GuiApp.waitUntil("demo shown", () -> DemoProjectGuiTest.DEMO.equals(app.window.textBox("enterprise.name").target().getText()));
            app.window.list("workspace.steps").clickItem(Chapter.CARBON.ordinal());
            var legal = app.window.textBox("carbon.report.legalRepresentative");
            GuiApp.waitUntil("report section shown", () -> legal.target().isShowing() && "陈志远".equals(legal.target().getText()));
            legal.setText("周明"); // as a paste: the binder commits it as one edit
            app.window.menuItem("menu.undo").requireEnabled(Timeout.timeout(GuiApp.WAIT_MS));
            app.menu("menu.undo");
            legal.requireText("陈志远");
            app.menu("menu.redo");
            legal.requireText("周明");

            Path out = dir.resolve("out");
            Files.createDirectories(out);
            app.window.button("workspace.exportCarbonReport").click();
            JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
            app.choose(chooser, out.resolve("碳报告"));
            Path report = out.resolve("碳报告.docx");
            app.exportDone(Pattern.compile("(?s)已导出：\n" + Pattern.quote("碳报告.docx") + ".*"), report);
            try (InputStream in = Files.newInputStream(report); XWPFDocument d = new XWPFDocument(in)) {
                String text = new XWPFWordExtractor(d).getText();
                assertThat(text).contains("周明").contains("二、温室气体排放量").contains("附表3");
            }
        }
    }
}
