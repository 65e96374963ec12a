package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * 改造项目清单.xlsx: figures are numbers, 序号 plain, and a 合计 row adds the figure columns. 诊断问题清单.xlsx: the metering
 * requirements cited as GB 17167-2006 表3 (plainly: the "until the 2025 table is verified" label stays in the window).
 */
class ListsWorkbookTest {

    @Test
    void figuresAreNumbersWithATotalRow() throws Exception {
        DiagnosisProject p = PlanDocxWriterTest.decidedDemo();
        RetrofitReport r = PlanDocxWriterTest.report(p);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListsWorkbook.projects(p, r, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var s = wb.getSheetAt(0);
            int first = 2;
            int last = s.getLastRowNum();
            assertThat(last - first).isEqualTo(r.table31().size());
            double investment = 0;
            for (int i = first; i < last; i++) {
                Row row = s.getRow(i);
                assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(1))).matches("[0-9]+"); // no "1.00"
                if (row.getCell(4).getCellType() == CellType.NUMERIC) {
                    investment += row.getCell(4).getNumericCellValue();
                }
            }
            Row total = s.getRow(last);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(4).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(investment, within(1e-6));
            double expected = r.table31().stream().mapToDouble(x -> x.investmentWanYuan() == null ? 0 : x.investmentWanYuan()).sum();
            assertThat(investment).isCloseTo(expected, within(0.01));
        }
    }

    @Test
    void theFindingsListCitesTheMeteringTableOf2006Plainly() throws Exception {
        DiagnosisProject p = PlanDocxWriterTest.decidedDemo();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ListsWorkbook.findings(p, PlanDocxWriterTest.report(p), out);
        String cells = ClientTextTest.cells(out.toByteArray());
        assertThat(cells).contains("GB 17167-2006 表3：电力，主要用能设备配备率应不低于95%")
                .contains("GB 17167-2006 表3：水，进出主要次级用能单位配备率应不低于95%")
                .doesNotContain("核实").doesNotContain("GB 17167-2025");
    }
}
