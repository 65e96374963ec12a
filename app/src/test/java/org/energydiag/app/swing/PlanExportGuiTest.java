package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.junit.jupiter.api.Test;

/** 导出改造方案（Word）… as a user does it: choose the file, wait, find the plan and the two lists. */
class PlanExportGuiTest extends ProjectGuiTest {

    @Test
    void exportsThePlanAndTheTwoLists() throws Exception {
        window.textBox("enterprise.name").setText("浙江某水泥有限公司");
        GuiApp.waitUntil("name saved", () -> window.label("workspace.projectName").target().getText().equals("浙江某水泥有限公司"));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        window.button("workspace.exportPlan").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        app.choose(chooser, out.resolve("方案"));
        Path plan = out.resolve("方案.docx");
        // the message names the very files written: the plan in the chosen folder under the chosen name
        app.acknowledge(Pattern.compile("(?s)已导出：\n" + Pattern.quote(plan.toString()) + "\n"
                + Pattern.quote(out.resolve("方案-诊断问题清单.xlsx").toString()) + "\n"
                + Pattern.quote(out.resolve("方案-改造项目清单.xlsx").toString())), 60_000);

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
}
