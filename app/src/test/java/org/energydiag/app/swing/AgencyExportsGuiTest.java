package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.swing.finder.JFileChooserFinder;
import org.energydiag.app.store.FileSettingsRepository;
import org.energydiag.core.workspace.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 文件 → 导出工作计划表 / 年度工作总结: the agency's documents of all projects, submitted by the
 * agency of the settings, each followed by 打开文件 / 打开所在文件夹.
 */
class AgencyExportsGuiTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @Test
    void theWorkPlanAndTheSummaryOfAllProjectsCarryTheAgency() throws Exception {
        new FileSettingsRepository(dir.resolve("data"), dir.resolve("home"))
                .save(new Settings("安徽省节能降碳诊断服务中心", "张工", Settings.Theme.LIGHT));
        Path out = dir.resolve("报送");
        Files.createDirectories(out);
        try (GuiApp app = GuiApp.launch(dir)) {
            app.newProject();
            GuiApp.type(app.window.textBox("enterprise.name"), "浙江某水泥有限公司");

            app.menu("menu.exportWorkplan");
            app.choose(JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot), out.resolve("计划表"));
            Path plan = out.resolve("计划表.xlsx");
            app.exportDone(Pattern.compile("(?s)已导出工作计划表：1 个项目.*计划表\\.xlsx"), plan);
            try (InputStream in = Files.newInputStream(plan); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                StringBuilder text = new StringBuilder();
                wb.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
                assertThat(text).contains("安徽省节能降碳诊断服务中心").contains("浙江某水泥有限公司");
            }

            app.menu("menu.exportSummary");
            app.choose(JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot), out.resolve("总结"));
            Path summary = out.resolve("总结.docx");
            app.exportDone(Pattern.compile("(?s)已导出年度工作总结初稿：1 个项目.*总结\\.docx.*"), summary);
            try (InputStream in = Files.newInputStream(summary); XWPFDocument d = new XWPFDocument(in)) {
                String text = d.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
                assertThat(text).contains("安徽省节能降碳诊断服务中心");
            }
        }
    }
}
