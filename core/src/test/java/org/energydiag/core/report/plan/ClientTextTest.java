package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the enterprise and the ministry read cites standards and catalogues by title, number,
 * table and item, and nothing else: no web address, no file name, no trust note, no internal id
 * (they stay in the window and the command line). Checked on the plan and both lists of the two
 * sample projects (cement, methanol).
 */
public class ClientTextTest {

    /** Each pattern with what it catches. */
    public static final Map<String, Pattern> FORBIDDEN = Map.of(
            "web address", Pattern.compile("(?i)https?://|www\\.|\\.(com|cn|org|net)(/|\\b)"),
            "file name", Pattern.compile("(?i)\\b[\\w\\-]+\\.(json|csv|xlsx?|docx?|png|jpe?g|edproj|txt|zip)\\b"),
            "repository path", Pattern.compile("\\b[\\w\\-]+/[\\w\\-]+/src/|@[0-9a-f]{7,}\\b"),
            "trust note", Pattern.compile("可信度|(?i)\\btrust|\\b(medium|high|low)(-(high|low))?\\b|normaliz|pending|转录|未与.{0,12}核对"),
            "internal id", Pattern.compile("\\b[A-Z][A-Z0-9]+(_[A-Z0-9]+)+\\b|\\b(CAND|LOAD|BALANCE|EQUIPMENT|TASK):|"
                    + "\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"));

    @ParameterizedTest
    @ValueSource(strings = {"cement", "methanol"})
    void thePlanAndItsListsHoldNoInternalNotes(String sample) throws Exception {
        DiagnosisProject p = sample.equals("cement") ? DemoProjects.cementPlant(PlanDocxWriterTest.NOW, "某诊断机构")
                : DemoProjects.methanolPlant(PlanDocxWriterTest.NOW, "某诊断机构");
        p = DemoProjects.withDecisions(p, PlanDocxWriterTest.report(p), PlanDocxWriterTest.NOW);
        ProjectEvaluation ev = PlanDocxWriterTest.evaluate(p);
        List<String> texts = new ArrayList<>();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new PlanDocxWriter(ev, Map.of()).write(null, docx);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            texts.add("plan: " + new XWPFWordExtractor(d).getText());
        }
        ByteArrayOutputStream findings = new ByteArrayOutputStream();
        ListsWorkbook.findings(p, ev.report(), findings);
        texts.add("诊断问题清单: " + cells(findings.toByteArray()));
        ByteArrayOutputStream projects = new ByteArrayOutputStream();
        ListsWorkbook.projects(p, ev.report(), projects);
        texts.add("改造项目清单: " + cells(projects.toByteArray()));

        List<String> found = new ArrayList<>();
        for (String t : texts) {
            String where = t.substring(0, t.indexOf(':'));
            for (var e : FORBIDDEN.entrySet()) {
                Matcher m = e.getValue().matcher(t);
                while (m.find()) {
                    int a = Math.max(0, m.start() - 30);
                    int b = Math.min(t.length(), m.end() + 30);
                    found.add(where + " · " + e.getKey() + " “" + m.group() + "” in …" + t.substring(a, b).replace('\n', ' ') + "…");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    static String cells(byte[] xlsx) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    sb.append(c.toString()).append('\t');
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
