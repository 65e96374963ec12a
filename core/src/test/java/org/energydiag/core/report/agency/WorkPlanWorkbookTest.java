package org.energydiag.core.report.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.energydiag.core.project.DiagnosisKind;
import org.junit.jupiter.api.Test;

class WorkPlanWorkbookTest {

    private static final DataFormatter FMT = new DataFormatter();

    @Test
    void modelPutsEachProjectIntoItsSubTable() {
        var m = WorkPlanWorkbook.model(AgencyDocumentsFixture.all(), "安徽省经济和信息化厅");
        // sub-table 一 ordered by province code: 安徽 (340000) after 江苏 (320000)
        assertThat(m.enterpriseRows()).extracting(WorkPlanWorkbook.Row::enterpriseName)
                .containsExactly("南京示例水泥有限公司", "芜湖江岸建材水泥有限公司（示例）");
        assertThat(m.enterpriseRows()).extracting(WorkPlanWorkbook.Row::number).containsExactly(1, 2);
        assertThat(m.enterpriseRows()).allMatch(r -> r.kind() == DiagnosisKind.KEY_SECTOR_ENTERPRISE);
        assertThat(m.productRows()).extracting(WorkPlanWorkbook.Row::enterpriseName)
                .containsExactly("苏州示例变压器有限公司");
        var cement = m.enterpriseRows().get(1);
        assertThat(cement.cells()).containsExactly("2", "芜湖江岸建材水泥有限公司（示例）", "安徽省", "芜湖市镜湖区", "水泥",
                "33.97", AgencyDocumentsFixture.AGENCY,
                "GB 16780-2021 水泥单位产品能源消耗限额；GB/T 32151.8-2015 温室气体排放核算与报告要求 第8部分：水泥生产企业",
                "绿色工厂（国家级）；能效“领跑者”企业（省级）；安徽省专精特新中小企业（2023年）",
                "示例项目，数据为演示用，不代表真实企业。");
        // no agency filled in: the submitter's name; four decimals kept
        assertThat(m.enterpriseRows().get(0).agency()).isEqualTo("安徽省经济和信息化厅");
        assertThat(m.enterpriseRows().get(0).column6()).isEqualTo("12.345");
        var product = m.productRows().get(0);
        assertThat(product.sector()).isEqualTo("C3821 变压器、整流器和电感器制造");
        assertThat(product.column6()).isEqualTo("油浸式电力变压器；干式变压器");
        assertThat(product.energyConsumption()).isNull();
        assertThat(product.honours()).isEqualTo("专精特新“小巨人”企业（国家级）");
        assertThat(m.submitterLine()).isEqualTo("报送单位：安徽省经济和信息化厅（盖章）");
    }

    /**
     * Sub-table 二 lists the products of the project's footprint studies with the standard each
     * follows (附件1: 拟开展产品碳足迹核算的工业产品类型, 对照标准), then the products named in the enterprise
     * step that have no study yet; the standards entered in the enterprise step follow when they differ.
     */
    @Test
    void productSubTableListsTheFootprintStudiesWithTheirStandards() {
        var b = AgencyDocumentsFixture.b();
        String rule = "T/CEEIA 001-2024 电力变压器产品碳足迹核算规则";
        var oil = org.energydiag.core.footprint.FootprintStudy.of("油浸式电力变压器").withStandard(rule);
        var amorphous = org.energydiag.core.footprint.FootprintStudy.of("非晶合金变压器"); // GB/T 24067-2024 by default
        var one = b.withFootprint(org.energydiag.core.footprint.FootprintData.empty().with(oil), b.updatedAt());
        var row = WorkPlanWorkbook.model(List.of(one), "").productRows().get(0);
        assertThat(row.column6()).isEqualTo("油浸式电力变压器；干式变压器"); // the study's product first, the other still planned
        assertThat(row.standards()).isEqualTo(rule); // the study follows the rule entered in the enterprise step: once

        var two = b.withFootprint(org.energydiag.core.footprint.FootprintData.empty().with(amorphous).with(oil), b.updatedAt());
        row = WorkPlanWorkbook.model(List.of(two), "").productRows().get(0);
        assertThat(row.column6()).isEqualTo("非晶合金变压器；油浸式电力变压器；干式变压器");
        assertThat(row.standards()).isEqualTo("非晶合金变压器：" + org.energydiag.core.footprint.FootprintStudy.defaultStandard()
                + "；油浸式电力变压器：" + rule);

        var other = b.withEnterprise(b.enterprise().toBuilder().referenceStandards("GB 20052-2024 电力变压器能效限定值及能效等级").build(),
                b.updatedAt()).withFootprint(org.energydiag.core.footprint.FootprintData.empty().with(oil), b.updatedAt());
        row = WorkPlanWorkbook.model(List.of(other), "").productRows().get(0);
        assertThat(row.standards()).isEqualTo(rule + "；GB 20052-2024 电力变压器能效限定值及能效等级");
        assertThat(org.energydiag.core.footprint.FootprintStudy.defaultStandard()).startsWith("GB/T 24067-2024");
    }

    @Test
    void workbookHasTheNoticesLayout() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkPlanWorkbook.write(AgencyDocumentsFixture.all(), "安徽省经济和信息化厅", out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sh = wb.getSheetAt(0);
            List<List<String>> rows = texts(sh);
            assertThat(rows.get(0).get(0)).isEqualTo("2026年度工业节能降碳诊断服务工作计划表");
            assertThat(rows.get(1).get(0)).isEqualTo("报送单位：安徽省经济和信息化厅（盖章）");
            assertThat(rows.get(2).get(0)).isEqualTo("一、重点行业领域企业节能降碳诊断");
            // every header of sub-table 一, exactly as in the notice
            assertThat(rows.get(3)).containsExactly("序号", "被诊断企业名称", "省份", "市（区）", "所属行业领域",
                    "企业2025年能源消费量（万吨标准煤）", "诊断服务机构名称", "对照标准", "企业已获得称号", "备注");
            assertThat(rows.get(4).subList(0, 6)).containsExactly("1", "南京示例水泥有限公司", "江苏省", "南京市江宁区", "水泥",
                    "12.345");
            assertThat(rows.get(5).subList(0, 6)).containsExactly("2", "芜湖江岸建材水泥有限公司（示例）", "安徽省",
                    "芜湖市镜湖区", "水泥", "33.97");
            // the energy stays a number
            assertThat(sh.getRow(5).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sh.getRow(5).getCell(5).getNumericCellValue()).isEqualTo(33.97);
            assertThat(rows.get(6).get(0)).isEqualTo("二、重点工业产品设备节能降碳诊断");
            // every header of sub-table 二, exactly as in the notice
            assertThat(rows.get(7)).containsExactly("序号", "被诊断企业名称", "省份", "市（区）", "所属行业领域",
                    "拟开展产品碳足迹核算的工业产品类型", "诊断服务机构名称", "对照标准", "企业已获得称号", "备注");
            assertThat(rows.get(8)).containsExactly("1", "苏州示例变压器有限公司", "江苏省", "苏州市虎丘区",
                    "C3821 变压器、整流器和电感器制造", "油浸式电力变压器；干式变压器", "江苏省工业节能服务中心（示例）",
                    "T/CEEIA 001-2024 电力变压器产品碳足迹核算规则", "专精特新“小巨人”企业（国家级）", "");
            assertThat(rows.get(10).get(0)).startsWith("备注：1.“对照标准”填写已发布国家标准");
            assertThat(rows.get(11).get(0)).startsWith("2.“企业已获得称号”填写被诊断企业获得的国家级/省级荣誉称号")
                    .endsWith("绿色算力设施等。");

            // merged title, section rows and notes
            assertThat(sh.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 9), new CellRangeAddress(2, 2, 0, 9),
                    new CellRangeAddress(6, 6, 0, 9), new CellRangeAddress(10, 10, 0, 9));
            // borders and wrap on table cells
            Cell data = sh.getRow(5).getCell(7);
            assertThat(data.getCellStyle().getWrapText()).isTrue();
            assertThat(data.getCellStyle().getBorderLeft()).isNotEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
            assertThat(sh.getRow(3).getCell(0).getCellStyle().getBorderTop())
                    .isNotEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
            // wrapped rows are given a height (Excel does not fit them on opening)
            assertThat(sh.getRow(5).getHeightInPoints()).isGreaterThan(30f);
            assertThat(sh.getColumnWidth(1)).isGreaterThan(sh.getColumnWidth(0));
            // print setup: A4 landscape, one page wide, header frozen
            PrintSetup ps = sh.getPrintSetup();
            assertThat(ps.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(ps.getLandscape()).isTrue();
            assertThat(ps.getFitWidth()).isEqualTo((short) 1);
            assertThat(ps.getFitHeight()).isEqualTo((short) 0);
            assertThat(sh.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sh.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
            assertThat(wb.getPrintArea(0)).isNotNull();
        }
    }

    @Test
    void emptySubTableSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkPlanWorkbook.write(List.of(AgencyDocumentsFixture.a()), "", out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<List<String>> rows = texts(wb.getSheetAt(0));
            assertThat(rows.get(1).get(0)).isEqualTo("报送单位：（盖章）");
            assertThat(rows.get(5).get(0)).isEqualTo("二、重点工业产品设备节能降碳诊断");
            assertThat(rows.get(6).get(5)).isEqualTo("拟开展产品碳足迹核算的工业产品类型");
            assertThat(rows.get(7).get(1)).isEqualTo(WorkPlanWorkbook.NONE);
        }
    }

    @Test
    void wrappedLinesCountCjkAsTwo() {
        assertThat(WorkPlanWorkbook.lines("abc", 10)).isEqualTo(1);
        assertThat(WorkPlanWorkbook.lines("一二三四五六七八九十", 10)).isEqualTo(3);
        assertThat(WorkPlanWorkbook.lines("a\nb", 10)).isEqualTo(2);
    }

    private static List<List<String>> texts(Sheet sh) {
        List<List<String>> out = new ArrayList<>();
        for (int r = 0; r <= sh.getLastRowNum(); r++) {
            Row row = sh.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells.add(cell == null ? "" : FMT.formatCellValue(cell));
            }
            out.add(cells);
        }
        return out;
    }
}
