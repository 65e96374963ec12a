package org.energydiag.core.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * The compressor fields that choose the GB 19153-2019 table (结构型式, 润滑方式 with 有油, 驱动方式)
 * survive the project file, the Excel export/import and validation; a project written before the
 * fields existed reads as before.
 */
class CompressorFieldsRoundTripTest {

    static final Instant T = Instant.parse("2026-06-01T00:00:00Z");

    static EquipmentItem piston() {
        Map<EquipmentField, String> m = new EnumMap<>(EquipmentField.class);
        m.put(EquipmentField.NAME, "2#活塞空压机");
        m.put(EquipmentField.QUANTITY, "1");
        m.put(EquipmentField.RATED_POWER, "15");
        m.put(EquipmentField.COMPRESSOR_TYPE, "活塞式");
        m.put(EquipmentField.LUBRICATION, "有油");
        m.put(EquipmentField.DRIVE, "工频");
        m.put(EquipmentField.PRESSURE_MPA, "0.8");
        m.put(EquipmentField.SPECIFIC_POWER, "8.6");
        return new EquipmentItem("c-1", EquipmentClass.AIR_COMPRESSOR, m, null);
    }

    static EquipmentItem variableSpeed() {
        return EquipmentItem.of(EquipmentClass.AIR_COMPRESSOR, "3#变频螺杆空压机").with(EquipmentField.COMPRESSOR_TYPE, "回转式")
                .with(EquipmentField.LUBRICATION, "喷油").with(EquipmentField.DRIVE, "变频").with(EquipmentField.RATED_POWER, "90");
    }

    @Test
    void theFieldsAreChoicesOfTheCompressorClassOnly() {
        assertThat(EquipmentField.of(EquipmentClass.AIR_COMPRESSOR)).contains(EquipmentField.COMPRESSOR_TYPE,
                EquipmentField.LUBRICATION, EquipmentField.DRIVE);
        assertThat(EquipmentField.COMPRESSOR_TYPE.appliesTo(EquipmentClass.MOTOR)).isFalse();
        assertThat(EquipmentField.COMPRESSOR_TYPE.choices()).containsExactly("回转式", "活塞式");
        assertThat(EquipmentField.LUBRICATION.choices()).containsExactly("喷油", "有油", "无油");
        assertThat(EquipmentValidator.check(EquipmentField.COMPRESSOR_TYPE, "活塞式")).isNull();
        assertThat(EquipmentValidator.check(EquipmentField.COMPRESSOR_TYPE, "离心式")).contains("回转式、活塞式");
        assertThat(EquipmentValidator.validate(piston(), 1)).isEmpty();
    }

    @Test
    void projectFileRoundTrip() throws Exception {
        DiagnosisProject p = DiagnosisProject.create(T);
        p = p.withEquipment(p.equipment().withItems(List.of(piston(), variableSpeed())), T);
        byte[] bytes = ProjectFile.toBytes(p, "test", T);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"COMPRESSOR_TYPE\" : \"活塞式\"")
                .contains("\"formatVersion\" : " + ProjectJson.MODEL_VERSION);
        DiagnosisProject back = ProjectFile.parse(bytes);
        assertThat(back.equipment().items()).isEqualTo(p.equipment().items());
        assertThat(back.equipment().items().get(0).text(EquipmentField.LUBRICATION)).isEqualTo("有油");
        assertThat(back.equipment().items().get(1).text(EquipmentField.DRIVE)).isEqualTo("变频");
    }

    @Test
    void aVersion6FileWithoutTheTypeReadsUnchanged() throws Exception {
        String v6 = "{\"format\":\"energydiag-project\",\"formatVersion\":6,\"project\":{\"id\":\"p6\","
                + "\"createdAt\":\"2026-05-01T00:00:00Z\",\"updatedAt\":\"2026-05-02T00:00:00Z\","
                + "\"enterprise\":{\"name\":\"乙公司\",\"sector\":\"CEMENT\"},"
                + "\"equipment\":{\"items\":[{\"id\":\"c6\",\"equipmentClass\":\"AIR_COMPRESSOR\",\"values\":{\"NAME\":\"空压机\","
                + "\"QUANTITY\":\"1\",\"LUBRICATION\":\"喷油\",\"DRIVE\":\"变频\"}}]}}}";
        DiagnosisProject p = ProjectFile.parse(v6.getBytes(StandardCharsets.UTF_8));
        EquipmentItem i = p.equipment().items().get(0);
        assertThat(i.text(EquipmentField.COMPRESSOR_TYPE)).isEmpty();
        assertThat(i.text(EquipmentField.DRIVE)).isEqualTo("变频");
    }

    @Test
    void excelExportAndImportKeepTheFields() throws Exception {
        EquipmentExcel.ImportResult r = EquipmentExcel.read(new ByteArrayInputStream(EquipmentExcel.write(List.of(piston(),
                variableSpeed()))));
        assertThat(r.problems()).isEmpty();
        assertThat(r.items()).hasSize(2);
        assertThat(r.items().get(0).text(EquipmentField.COMPRESSOR_TYPE)).isEqualTo("活塞式");
        assertThat(r.items().get(0).text(EquipmentField.LUBRICATION)).isEqualTo("有油");
        assertThat(r.items().get(1).text(EquipmentField.COMPRESSOR_TYPE)).isEqualTo("回转式");
        assertThat(r.items().get(1).text(EquipmentField.DRIVE)).isEqualTo("变频");
    }
}
