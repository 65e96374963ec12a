package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.carbon.CarbonReportWriter;
import org.junit.jupiter.api.Test;

/** The carbon accounting report holds no web address, file name, trust note or internal id ({@link ClientTextTest}'s rules). */
class CarbonReportClientTextTest {

    @Test
    void theCarbonReportHoldsNoInternalNotes() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(PlanDocxWriterTest.NOW, "某诊断机构");
        ProjectEvaluation ev = ProjectEvaluation.of(p, PlanDocxWriterTest.REFS, List.of(), LocalDate.of(2026, 6, 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CarbonReportWriter(ev).write(null, out);
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            text = new XWPFWordExtractor(d).getText();
        }
        List<String> found = new ArrayList<>();
        for (var e : ClientTextTest.FORBIDDEN.entrySet()) {
            Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                found.add(e.getKey() + " “" + m.group() + "” in …"
                        + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)) + "…");
            }
        }
        assertThat(text).contains("企业碳排放核算报告");
        assertThat(found).isEmpty();
    }
}
