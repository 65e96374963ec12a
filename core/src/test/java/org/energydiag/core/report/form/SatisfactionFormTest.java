package org.energydiag.core.report.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.project.Contact;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.project.Satisfaction;
import org.energydiag.core.project.SatisfactionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 企业满意度调查表 (附件3): view model, PDF and Word renderings carry the form's exact texts. */
class SatisfactionFormTest {

    private static final Instant T = Instant.parse("2026-06-01T08:30:00Z");

    @TempDir
    Path dir;

    static DiagnosisProject project() {
        Enterprise e = Enterprise.empty().toBuilder().name("浙江某水泥有限公司")
                .contacts(List.of(new Contact("李明", "能源主管", "13800000000", ""), new Contact("王五", "", "139", "")))
                .build();
        return DiagnosisProject.create(T).withEnterprise(e, T);
    }

    static DiagnosisProject answered() {
        Satisfaction s = Satisfaction.empty().withRatings(SatisfactionLevel.SATISFIED, SatisfactionLevel.FAIRLY,
                        SatisfactionLevel.NEUTRAL, SatisfactionLevel.DISSATISFIED, SatisfactionLevel.SATISFIED, null,
                        SatisfactionLevel.SATISFIED)
                .withRequests("希望后续提供空压站节能改造的跟踪服务。").withDateReturned(LocalDate.of(2026, 11, 3));
        return project().withSatisfaction(s, T);
    }

    /** The form's texts as written in the notice (附件3), kept here independently of the model. */
    static final List<String> SOURCE = List.of("附件 3", "企业满意度调查表", "填写单位：", "联系人：", "联系电话：",
            "为进一步改善工业节能降碳诊断服务质量，提升服务能力，", "请对本次诊断服务进行评价，填写如下表格并交回。",
            "请您在认为合适的选项后□内打“√”",
            "对本次节能降碳诊断服务总体印象", "对诊断服务机构的专业能力水平", "与诊断服务机构的沟通情况",
            "诊断报告分析的科学性和全面性", "诊断服务机构的服务态度", "诊断结果对企业决策的指导价值",
            "节能降碳诊断建议的经济性和可行性", "满意 □", "较满意 □", "一般 □", "不满意 □",
            "需要解决的问题、改善建议和对后续服务的需求等", "负责人签字：", "(单位公章)");

    @Test
    void fixedTextsAreTheNoticesWords() {
        assertThat(SatisfactionForm.fixedTexts()).containsExactlyInAnyOrderElementsOf(SOURCE);
    }

    @Test
    void prefilledFromTheProject() {
        SatisfactionForm f = SatisfactionForm.of(project());
        assertThat(f.fillerUnit()).isEqualTo("浙江某水泥有限公司");
        assertThat(f.contact()).isEqualTo("李明");
        assertThat(f.phone()).isEqualTo("13800000000");
        assertThat(f.items()).extracting(SatisfactionForm.Item::answer).containsOnlyNulls();
        assertThat(f.dateText()).contains("年").contains("月").contains("日");

        SatisfactionForm g = SatisfactionForm.of(answered().withSatisfaction(
                answered().satisfaction().withContact("赵六").withPhone("0571-1"), T));
        assertThat(g.contact()).isEqualTo("赵六");
        assertThat(g.phone()).isEqualTo("0571-1");
        assertThat(g.items().get(3).answer()).isEqualTo(SatisfactionLevel.DISSATISFIED);
        assertThat(g.items().get(5).answer()).isNull();
        assertThat(g.dateText()).isEqualTo("2026 年 11 月 3 日");
    }

    @Test
    void pdfHasTheFormsTextsWithAnEmbeddedFont() throws Exception {
        Path pdf = dir.resolve("满意度调查表.pdf");
        SatisfactionFormPdf.write(SatisfactionForm.of(answered()), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            String text = new PDFTextStripper().getText(doc);
            String flat = text.replaceAll("\\s+", "");
            for (String s : SOURCE) {
                assertThat(flat).as(s).contains(s.replaceAll("\\s+", ""));
            }
            assertThat(text).contains("浙江某水泥有限公司").contains("李明").contains("13800000000")
                    .contains("希望后续提供空压站节能改造的跟踪服务").contains("2026").contains("11");
            // one tick in the instruction, six recorded answers
            assertThat(flat.chars().filter(c -> c == '√').count()).isEqualTo(7);
            assertThat(flat.chars().filter(c -> c == '□').count()).isEqualTo(1 + 7 * 4);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void docxHasTheFormsTextsOnA4WithSongti() throws Exception {
        Path docx = dir.resolve("form.docx");
        SatisfactionFormDocx.write(SatisfactionForm.of(answered()), docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            for (String s : SOURCE) {
                assertThat(text).as(s).contains(s);
            }
            assertThat(text).contains("浙江某水泥有限公司").contains("李明").contains("满意 ☑").contains("不满意 ☑")
                    .contains("希望后续提供空压站节能改造的跟踪服务").contains("2026 年 11 月 3 日");
            assertThat(doc.getTables()).hasSize(1);
            assertThat(doc.getTables().get(0).getRows()).hasSize(9);
            assertThat(doc.getTables().get(0).getRow(1).getTableCells()).hasSize(6);
            assertThat(doc.getTables().get(0).getRow(0).getTableCells()).hasSize(1);
            assertThat(doc.getTables().get(0).getRow(8).getTableCells()).hasSize(3);
            var sz = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(sz.getW().toString()).isEqualTo("11906");
            assertThat(sz.getH().toString()).isEqualTo("16838");
            assertThat(doc.getDocument().xmlText()).contains("w:eastAsia=\"宋体\"");
        }
    }

    @Test
    void blankFormHasNoTicksAndEmptyDateLine() throws Exception {
        Path pdf = dir.resolve("blank.pdf");
        SatisfactionFormPdf.write(SatisfactionForm.blank(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(flat.chars().filter(c -> c == '√').count()).isEqualTo(1);
            assertThat(flat).contains("年月日");
        }
    }

    @Test
    void longAnswerStaysOnOnePage() throws Exception {
        SatisfactionForm f = SatisfactionForm.of(answered().withSatisfaction(
                answered().satisfaction().withRequests("很长的建议。".repeat(200)), T));
        Path pdf = dir.resolve("long.pdf");
        SatisfactionFormPdf.write(f, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("负责人签字");
        }
    }

    @Test
    void layoutKeepsEveryMarkInsideTheBox() {
        SatisfactionFormLayout.Measurer m = (t, s) -> t.codePoints().count() * s;
        for (SatisfactionForm f : List.of(SatisfactionForm.blank(), SatisfactionForm.of(answered()))) {
            var page = SatisfactionFormLayout.layout(f, m, 450, 700);
            assertThat(page.height()).isLessThanOrEqualTo(700.001);
            for (var mk : page.marks()) {
                if (mk instanceof SatisfactionFormLayout.Text t) {
                    assertThat(t.x()).as(t.text()).isGreaterThanOrEqualTo(0);
                    assertThat(t.x() + m.width(t.text(), t.size())).as(t.text()).isLessThanOrEqualTo(450.001 + t.size());
                }
            }
        }
    }
}
