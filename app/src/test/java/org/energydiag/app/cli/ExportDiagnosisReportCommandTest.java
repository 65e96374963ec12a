package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * {@code export-diagnosis-report}: the demo's report with the plan's figures, exit 0; bad input and a
 * project that cannot be evaluated exit 2 with a Chinese message naming what is wrong or missing.
 */
class ExportDiagnosisReportCommandTest extends CliHarness {

    private Path write(DiagnosisProject p, String name) throws Exception {
        Path f = dir.resolve(name);
        ProjectFile.write(p, f, "test", now());
        return f;
    }

    @Test
    void theDemoIsExportedWithItsFigures() throws Exception {
        Path project = write(DemoProjects.cementPlant(now(), "某诊断机构"), "demo.edproj");
        Path out = dir.resolve("报告.docx");
        assertThat(run("export-diagnosis-report", project.toString(), "--out", out.toString())).as(err()).isZero();
        assertThat(out()).contains(out.toAbsolutePath().toString());
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(out)));
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText()).contains("六、能量平衡分析").contains("十一、诊断结论与建议");
            // the plan's figures: energy structure, trend, balance flow diagram, emissions
            assertThat(d.getAllPictures()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aProjectThatCannotBeEvaluatedExitsTwoNamingWhatIsMissing() throws Exception {
        Path project = write(DiagnosisProject.create(now()), "empty.edproj");
        Path out = dir.resolve("r.docx");
        assertThat(run("export-diagnosis-report", project.toString(), "--out", out.toString())).isEqualTo(2);
        assertThat(err()).contains("缺少").contains("主要用能设备").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void badInputExitsTwoWithAMessage() throws Exception {
        Path project = write(DemoProjects.cementPlant(now(), "某诊断机构"), "demo.edproj");
        assertThat(run("export-diagnosis-report", project.toString())).isEqualTo(2);
        assertThat(err()).contains("用法");
        assertThat(run("export-diagnosis-report", project.toString(), "--out", dir.resolve("r.pdf").toString())).isEqualTo(2);
        assertThat(err()).contains(".docx");
        Path broken = Files.writeString(dir.resolve("broken.edproj"), "not a project");
        assertThat(run("export-diagnosis-report", broken.toString(), "--out", dir.resolve("r.docx").toString())).isEqualTo(2);
        assertThat(err()).contains("无法导出诊断报告").doesNotContain("Exception");
        assertThat(run("export-diagnosis-report", project.toString(), "--out", dir.resolve("r.docx").toString(),
                "--template", dir.resolve("none.docx").toString())).isEqualTo(2);
        assertThat(err()).contains("模板文件不存在");
        assertThat(dir.resolve("r.docx")).doesNotExist();
    }
}
