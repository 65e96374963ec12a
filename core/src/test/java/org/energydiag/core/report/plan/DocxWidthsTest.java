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

    /*
     * 表3-3 of the demo's footprint report: activity data with their unit ("223,000,000 kWh") beside a
     * long source column. The activity column was given eight units (two lines of a short column)
     * and LibreOffice printed "223,000,0" / "00 kWh"; a figure is never split, the room comes
     * from the source column.
     */
    @Test
    void aFigureWithItsUnitIsNeverSplit() {
        List<String> h = List.of("序号", "名称", "活动数据", "排放因子", "因子来源", "计入方式", "计入产品（tCO2e）");
        String source = "生态环境部、国家统计局、国家能源局《关于发布2024年电力碳足迹因子数据的公告》（2025-09-28）";
        List<List<String>> rows = List.of(
                List.of("1", "电力", "223,000,000 kWh", "0.5777 kgCO2e/kWh", source, "分配", "102,058"),
                List.of("2", "原煤燃烧", "431,000 t", "NCV 20.908 GJ/t × CC 0.02618 tC/GJ × OF 93% × 44/12", source, "分配", "637,313"));
        int[] w = Docx.contentWidths(h, rows);
        assertThat(w[2]).isGreaterThanOrEqualTo("223,000,000".length() * Docx.UNIT + Docx.PADDING);
        assertThat(w[6]).isGreaterThanOrEqualTo("637,313".length() * Docx.UNIT + Docx.PADDING);
        assertThat(w[4]).as("the source column gave the room, keeping four CJK characters a line")
                .isGreaterThanOrEqualTo(8 * Docx.UNIT + Docx.PADDING);
        assertThat(java.util.Arrays.stream(w).sum()).isLessThanOrEqualTo(Docx.TEXT_WIDTH_TWIPS + 8);
        // nor a unit: "kgCO2e/k" + "Wh" (capitals count two half-width characters)
        assertThat(Docx.longestFigure(rows, 3)).isEqualTo(Docx.displayWidth("kgCO2e/kWh"));
        assertThat(w[3]).isGreaterThanOrEqualTo(Docx.displayWidth("kgCO2e/kWh") * Docx.UNIT + Docx.PADDING);
    }
}
