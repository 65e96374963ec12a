package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.demo.DemoProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-form}: 企业满意度调查表 from a project file, PDF or Word by extension; bad input says what to do. */
class SatisfactionExportFormCommandTest {

    private static final Instant T = Instant.parse("2026-06-01T08:30:00Z");

    @TempDir
    Path dir;

    private Path project() throws Exception {
        Path f = dir.resolve("demo.edproj");
        ProjectFile.write(DemoProjects.cementPlant(T, "某诊断机构"), f, "test", T);
        return f;
    }

    private String run(String... args) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = new ExportFormCommand().run(List.of(args), null, new PrintStream(buf, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsPdfAndDocx() throws Exception {
        Path p = project();
        Path pdf = dir.resolve("out/form.pdf");
        assertThat(run(p.toString(), "--out", pdf.toString())).contains("已导出");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("企业满意度调查表").contains("负责人签字");
        }
        Path docx = dir.resolve("form.docx");
        run("--out", docx.toString(), p.toString());
        assertThat(Files.size(docx)).isPositive();
    }

    @Test
    void badInputIsExplainedInChinese() throws Exception {
        Path p = project();
        ExportFormCommand c = new ExportFormCommand();
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> c.run(List.of(p.toString()), null, out)).isInstanceOf(CliException.class)
                .hasMessageContaining("用法");
        assertThatThrownBy(() -> c.run(List.of(p.toString(), "--out", "x.txt"), null, out))
                .hasMessageContaining("x.txt").hasMessageContaining(".pdf 或 .docx");
        assertThatThrownBy(() -> c.run(List.of(dir.resolve("无.edproj").toString(), "--out", "x.pdf"), null, out))
                .hasMessageContaining("找不到项目文件").hasMessageContaining("无.edproj");
        Path broken = dir.resolve("broken.edproj");
        Files.writeString(broken, "{\"format\":\"energydiag-project\",\"formatVersion\":5");
        assertThatThrownBy(() -> c.run(List.of(broken.toString(), "--out", dir.resolve("a.pdf").toString()), null, out))
                .hasMessageContaining("broken.edproj");
    }
}
