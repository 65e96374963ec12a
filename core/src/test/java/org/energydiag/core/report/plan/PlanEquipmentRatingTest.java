package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

/**
 * The plan's equipment list (一（二）2) cites, beside each grade, the standard and table it was rated
 * against and the rule that derived the limits (issue #18): the cement demo's 130 kW crusher motor
 * lies between the 110 and 132 kW rows of GB 18613-2020 表1, and its variable-speed compressor is
 * rated against GB 19153-2019 表2.
 */
class PlanEquipmentRatingTest {

    @Test
    void theEquipmentListCitesTableAndRule() throws Exception {
        byte[] docx = PlanDocxWriterTest.write(PlanDocxWriterTest.decidedDemo(), null);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable equipment = d.getTables().stream()
                    .filter(t -> t.getRow(0).getTableCells().stream().anyMatch(c -> c.getText().equals("对照标准")))
                    .findFirst().orElseThrow();
            List<String> header = cells(equipment.getRow(0));
            int name = header.indexOf("设备名称");
            int grade = header.indexOf("能效等级");
            int ref = header.indexOf("对照标准");
            assertThat(name).isNotNegative();
            List<List<String>> rows = new ArrayList<>();
            for (XWPFTableRow r : equipment.getRows().subList(1, equipment.getRows().size())) {
                rows.add(cells(r));
            }
            List<String> crusher = rows.stream().filter(r -> r.get(name).equals("石灰石破碎机电机")).findFirst().orElseThrow();
            assertThat(crusher.get(ref)).isEqualTo("GB 18613-2020 表1（功率档间按 IEC 60034-30-1 插值公式）");
            List<String> vsd = rows.stream().filter(r -> r.get(name).equals("3#变频螺杆空压机")).findFirst().orElseThrow();
            // 90 kW 风冷 0.8 MPa at 6.5 kW/(m³/min): GB 19153-2019 表2 1级 6.5 (found-2026-12 §3.2)
            assertThat(vsd.get(ref)).isEqualTo("GB 19153-2019 表2");
            assertThat(vsd.get(grade)).isEqualTo("1级");
            List<String> listed = rows.stream().filter(r -> r.get(name).equals("胶带输送机电机")).findFirst().orElseThrow();
            assertThat(listed.get(ref)).isEqualTo("GB 18613-2020 表1");
            // GB 18613-2020 表1, 4 poles, 130 kW between 110 and 132 kW: 3级 (IE3) 95.6 % by the formula; 91.5 % is below
            assertThat(crusher.get(grade)).startsWith("不达标");
        }
    }

    private static List<String> cells(XWPFTableRow r) {
        return r.getTableCells().stream().map(c -> c.getText().trim()).toList();
    }
}
