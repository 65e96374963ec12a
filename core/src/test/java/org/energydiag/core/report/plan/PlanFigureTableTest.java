package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/** The table a figure brings (the energy-flow diagram's unlabelled flows) is printed right after the figure's caption. */
class PlanFigureTableTest {

    @Test
    void theSankeysTableFollowsItsCaptionWithTheNextTableNumber() throws Exception {
        DiagnosisProject p = PlanDocxWriterTest.decidedDemo();
        byte[] png = WordOpenabilityTest.png(30, 20);
        PlanDocxWriter.FigureTable table = new PlanDocxWriter.FigureTable("2025年能量流向图中未标注数值的流量",
                List.of("起点", "去向及当量值（tce）"), List.of(List.of("生料粉磨", "有效利用 6,710；损失 2,876"),
                List.of("水泥粉磨", "有效利用 12,646；损失 5,420")));
        Map<String, PlanDocxWriter.Figure> figures = Map.of(PlanDocxWriter.FIG_SANKEY,
                new PlanDocxWriter.Figure(png, 1800, 1320, "2025年能量流向图", table));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanDocxWriter(PlanDocxWriterTest.evaluate(p), figures).write(null, out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<IBodyElement> body = d.getBodyElements();
            int caption = captionIndex(body);
            assertThat(caption).as("the figure's caption").isPositive();
            XWPFParagraph title = (XWPFParagraph) body.get(caption + 1);
            assertThat(title.getText()).matches("表1-\\d+ 2025年能量流向图中未标注数值的流量");
            XWPFTable t = (XWPFTable) body.get(caption + 2);
            assertThat(t.getRow(0).getCell(0).getText()).isEqualTo("起点");
            assertThat(t.getRows()).hasSize(3);
            assertThat(t.getRow(2).getCell(1).getText()).isEqualTo("有效利用 12,646；损失 5,420");
        }
    }

    @Test
    void aFigureWithoutTableAddsNone() throws Exception {
        DiagnosisProject p = PlanDocxWriterTest.decidedDemo();
        byte[] png = WordOpenabilityTest.png(30, 20);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanDocxWriter(PlanDocxWriterTest.evaluate(p), Map.of(PlanDocxWriter.FIG_SANKEY,
                new PlanDocxWriter.Figure(png, 1800, 1320, "2025年能量流向图"))).write(null, out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<IBodyElement> body = d.getBodyElements();
            int caption = captionIndex(body);
            assertThat(caption).as("the figure's caption").isPositive();
            assertThat(body.get(caption + 1)).isInstanceOf(XWPFParagraph.class);
            assertThat(((XWPFParagraph) body.get(caption + 1)).getText()).doesNotStartWith("表1-");
        }
    }

    private static int captionIndex(List<IBodyElement> body) {
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph par && par.getText().matches("图1-\\d+ 2025年能量流向图")) {
                return i;
            }
        }
        return -1;
    }
}
