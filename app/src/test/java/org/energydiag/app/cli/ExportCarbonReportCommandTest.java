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
import org.energydiag.core.report.carbon.CarbonReport;
import org.energydiag.core.report.plan.NumberStyle;
import org.junit.jupiter.api.Test;

/** {@code export-carbon-report}: the demo's report with the evaluation's total; bad input and a project without emissions exit 2 in Chinese. */
class ExportCarbonReportCommandTest extends CliHarness {

    @Test
    void theDemoReportCarriesTheEvaluationsTotal() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(now(), "某诊断机构");
        Path file = dir.resolve("demo.edproj");
        Files.write(file, ProjectFile.toBytes(p, "test", now()));
        Path out = dir.resolve("out/碳排放核算报告.docx");
        assertThat(run("export-carbon-report", file.toString(), "--out", out.toString(), "--no-meters")).isZero();
        assertThat(out()).contains("已导出企业碳排放核算报告");
        var ev = services.evaluate(p);
        String total = NumberStyle.amount(new CarbonReport(ev).emissions().orElseThrow().totalTco2());
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(Files.readAllBytes(out)))) {
            assertThat(new XWPFWordExtractor(d).getText()).contains("二、温室气体排放量").contains(total + " 吨");
        }
    }

    @Test
    void whatIsMissingIsNamedAndAProjectWithoutEmissionsExitsTwo() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(now(), "某诊断机构");
        p = p.withCarbon(p.carbon().withReport(org.energydiag.core.carbon.CarbonReportInfo.empty()), now());
        Path file = dir.resolve("partial.edproj");
        Files.write(file, ProjectFile.toBytes(p, "test", now()));
        assertThat(run("export-carbon-report", file.toString(), "--out", dir.resolve("r.docx").toString(), "--no-meters")).isZero();
        assertThat(out()).contains("尚缺").contains("法定代表人").contains("核算边界说明");

        Path empty = dir.resolve("empty.edproj");
        Files.write(empty, ProjectFile.toBytes(DiagnosisProject.create(now()), "test", now()));
        Path target = dir.resolve("none.docx");
        assertThat(run("export-carbon-report", empty.toString(), "--out", target.toString(), "--no-meters")).isEqualTo(2);
        assertThat(err()).contains("无法导出企业碳排放核算报告").contains("碳排放核算数据").doesNotContain("Exception");
        assertThat(target).doesNotExist();

        assertThat(run("export-carbon-report", file.toString())).isEqualTo(2);
        assertThat(err()).contains("用法");
        assertThat(run("export-carbon-report", file.toString(), "--out", "x.txt")).isEqualTo(2);
        assertThat(err()).contains(".docx");
        assertThat(run("export-carbon-report", dir.resolve("无.edproj").toString(), "--out", "x.docx")).isEqualTo(2);
        assertThat(err()).contains("无.edproj");
    }
}
