package org.energydiag.core.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EquipmentExcelTest {

    static EquipmentItem motor(String name, String kw, String poles, String eff) {
        return new EquipmentItem(null, EquipmentClass.MOTOR, Map.of(EquipmentField.NAME, name, EquipmentField.QUANTITY, "1",
                EquipmentField.RATED_POWER, kw, EquipmentField.POLES, poles, EquipmentField.RATED_EFFICIENCY, eff), null);
    }

    @Test
    void exportAndImportRoundTrip() throws Exception {
        List<EquipmentItem> items = List.of(motor("1#引风机电机", "315", "4", "95.0"), motor("生料磨主电机", "3550", "6", "96.2"),
                new EquipmentItem(null, EquipmentClass.TRANSFORMER, Map.of(EquipmentField.NAME, "1#配电变压器",
                        EquipmentField.QUANTITY, "2", EquipmentField.CAPACITY_KVA, "1600", EquipmentField.VOLTAGE_KV, "10",
                        EquipmentField.INSULATION, "油浸式"), null));
        EquipmentExcel.ImportResult r = EquipmentExcel.read(new ByteArrayInputStream(EquipmentExcel.write(items)));
        assertThat(r.problems()).isEmpty();
        assertThat(r.items()).hasSize(3);
        assertThat(r.items().get(0).text(EquipmentField.RATED_POWER)).isEqualTo("315");
        assertThat(r.items().get(2).quantity()).isEqualTo(2);
    }

    @Test
    void badRowsAreReportedAndNotImported() throws Exception {
        byte[] template = EquipmentExcel.write(List.of(motor("好电机", "55", "4", "94.6")));
        XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
        Sheet sh = wb.getSheet("电动机");
        List<EquipmentField> f = EquipmentField.of(EquipmentClass.MOTOR);
        Row bad1 = sh.createRow(2); // sheet row 3: power not a number
        bad1.createCell(f.indexOf(EquipmentField.NAME)).setCellValue("坏电机1");
        bad1.createCell(f.indexOf(EquipmentField.RATED_POWER)).setCellValue("五十五");
        Row bad2 = sh.createRow(3); // sheet row 4: no name, poles not a choice, efficiency out of range
        bad2.createCell(f.indexOf(EquipmentField.POLES)).setCellValue("3");
        bad2.createCell(f.indexOf(EquipmentField.RATED_EFFICIENCY)).setCellValue(130);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        EquipmentExcel.ImportResult r = EquipmentExcel.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.items()).extracting(EquipmentItem::name).containsExactly("好电机");
        assertThat(r.problems()).extracting(EquipmentExcel.Problem::display).contains(
                "工作表“电动机”第 3 行“额定功率（kW）”列（五十五）：“五十五”不是数字（单位 kW）。",
                "工作表“电动机”第 4 行“设备名称”列：必填，请填写。",
                "工作表“电动机”第 4 行“极数”列（3）：“3”不是可选值，应为：2、4、6、8。");
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.reason()).contains("超出合理范围");
        });
    }

    @Test
    void notAnExcelFileIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EquipmentExcel.read(new ByteArrayInputStream("a,b".getBytes())))
                .isInstanceOf(java.io.IOException.class);
    }
}
