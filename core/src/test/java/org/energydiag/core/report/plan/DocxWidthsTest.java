package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Column widths of a crowded table (表1-4 of the demo, eight columns): figures keep the width of
 * their longest value and the unit column its own, so neither "438,000" nor "万kWh" is broken;
 * the text column gives way.
 */
class DocxWidthsTest {

    @Test
    void figuresAndUnitsAreNeverBrokenInACrowdedTable() {
        List<String> h = List.of("能源品种", "单位", "2023年实物量", "2023年折标准煤 tce", "2024年实物量", "2024年折标准煤 tce",
                "2025年实物量", "2025年折标准煤 tce");
        List<List<String>> rows = List.of(List.of("原煤", "t", "438,000", "312,863", "425,000", "303,578", "431,000", "307,863"),
                List.of("绿色电力（外购绿电/绿证）", "万kWh", "—", "—", "1,000", "1,229", "2,000", "2,458"),
                List.of("合计（当量值）", "tce", "", "343,071", "", "334,479", "", "339,704"));
        int[] w = Docx.contentWidths(h, rows);
        // "438,000": six digits of half an em (one unit each) and a comma of a quarter em, plus the cell padding
        int figure = Docx.displayWidth("438,000") * Docx.UNIT + Docx.PADDING;
        for (int c = 2; c < 8; c++) {
            assertThat(w[c]).as("column %d", c).isGreaterThanOrEqualTo(figure);
        }
        assertThat(w[1]).isGreaterThanOrEqualTo(Docx.displayWidth("万kWh") * Docx.UNIT + Docx.PADDING);
        assertThat(java.util.Arrays.stream(w).sum()).isLessThanOrEqualTo(Docx.TEXT_WIDTH_TWIPS + 8);
        assertThat(Docx.allFigures(rows, 2)).isTrue();
        assertThat(Docx.allFigures(rows, 1)).isFalse();
    }

    /*
     * 表1-1 of the methanol sample: every column short; they all fit with their headers on one line
     * (年产量 6 half-width characters + padding), so no header is broken letter by letter while the
     * page is half empty, and the spare width goes to the name column.
     */
    @Test
    void aTableOfShortColumnsKeepsItsHeadersWhole() {
        List<String> h = List.of("序号", "产品名称", "年产量", "单位", "设计产能");
        List<List<String>> rows = List.of(List.of("1", "天然气制甲醇", "60", "万t", "60"));
        int[] w = Docx.contentWidths(h, rows);
        for (int c = 0; c < h.size(); c++) {
            assertThat(w[c]).as("column %s", h.get(c)).isGreaterThanOrEqualTo(Docx.displayWidth(h.get(c)) * Docx.UNIT + Docx.PADDING);
        }
        assertThat(w[1]).isGreaterThan(w[2]).isGreaterThan(w[0]);
        assertThat(java.util.Arrays.stream(w).sum()).isBetween(Docx.TEXT_WIDTH_TWIPS - 8, Docx.TEXT_WIDTH_TWIPS);
    }
}
