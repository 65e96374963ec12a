package org.energydiag.core.equipment.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.junit.jupiter.api.Test;

class GradeTablesTest {

    @Test
    void bundledPacksLoadWithVersionsAndEditionNotes() {
        GradeTables t = GradeTables.loadBundled();
        assertThat(t.version()).isEqualTo("2026.2");
        assertThat(t.obsoleteVersion()).isEqualTo("2026.1");
        assertThat(t.editionNotes()).anyMatch(n -> n.contains("GB 20052-2024") && n.contains("GB 20052-2020 的损耗表未找到"));
        assertThat(t.editionNotes()).anyMatch(n -> n.contains("GB 19153-2019") && n.contains("表2") && n.contains("表4"));
        assertThat(t.editionNotes()).anyMatch(n -> n.contains("IEC 60034-30-1"));
        assertThat(t.obsoleteEntries()).hasSize(18);
        assertThat(t.obsoleteCoverage()).contains("Y、Y2").contains("S7、SL7");
        // GB 18613-2020 表1 has 42 rows, 0.12–1000 kW (standards.md §2).
        assertThat(t.motor().rows()).hasSize(42);
        assertThat(t.motor().source().standard()).isEqualTo("GB 18613-2020");
        assertThat(t.transformer().oil10().standard()).isEqualTo("GB 20052-2024");
        assertThat(t.fans()).extracting(f -> f.source().table()).containsExactly("表1", "表2", "表3", "表4");
    }

    @Test
    void aReplacementPackIsUsedInsteadOfTheBundledOne() throws IOException {
        String grades;
        try (InputStream in = GradeTables.class.getResourceAsStream(GradeTables.GRADES_RESOURCE)) {
            grades = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // A "verified" pack where the 4-pole 37 kW 2级 value reads 95.3 instead of 95.2.
        String changed = grades.replace("\"version\": \"2026.2\"", "\"version\": \"2026.3\"")
                .replaceFirst("(\"kw\": 37\\.0,\\s*\"grade1\": \\{[^}]*\\},\\s*\"grade2\": \\{\\s*\"p2\": 94\\.8,\\s*\"p4\": )95\\.2",
                        "$195.3");
        assertThat(changed).isNotEqualTo(grades);
        GradeTables t;
        try (InputStream o = GradeTables.class.getResourceAsStream(GradeTables.OBSOLETE_RESOURCE)) {
            t = GradeTables.load(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), o);
        }
        assertThat(t.version()).isEqualTo("2026.3");
        EquipmentItem motor = EquipmentItem.of(EquipmentClass.MOTOR, "M1").with(EquipmentField.RATED_POWER, "37")
                .with(EquipmentField.POLES, "4").with(EquipmentField.RATED_EFFICIENCY, "95.2");
        assertThat(new EfficiencyRater(t).rate(motor).grade()).isEqualTo(Grade.GRADE_3);
        assertThat(new EfficiencyRater(GradeTables.loadBundled()).rate(motor).grade()).isEqualTo(Grade.GRADE_2);
    }

    @Test
    void aPackOfTheWrongKindIsRefused() {
        byte[] wrong = "{\"pack\":\"emission-factors\",\"version\":\"2026.1\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GradeTables.load(new ByteArrayInputStream(wrong), new ByteArrayInputStream(wrong)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("efficiency-grades");
        byte[] empty = "{\"pack\":\"efficiency-grades\",\"version\":\"x\",\"tables\":{}}".getBytes(StandardCharsets.UTF_8);
        byte[] obsolete = "{\"pack\":\"obsolete-equipment\",\"version\":\"x\",\"entries\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> GradeTables.load(new ByteArrayInputStream(empty), new ByteArrayInputStream(obsolete)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gb18613_2020_motor_efficiency");
    }

    @Test
    void intervalsReadTheTablesNotation() {
        Interval a = Interval.parse("1.35≤ψ<1.55", "ψ");
        assertThat(a.contains(new java.math.BigDecimal("1.35"))).isTrue();
        assertThat(a.contains(new java.math.BigDecimal("1.55"))).isFalse();
        Interval b = Interval.parse("机号>No10", "机号");
        assertThat(b.contains(java.math.BigDecimal.TEN)).isFalse();
        assertThat(b.contains(new java.math.BigDecimal("10.5"))).isTrue();
        assertThat(Interval.parse("ns>50", "ns").contains(new java.math.BigDecimal("51"))).isTrue();
        assertThat(Interval.parse("γ<0.3", "γ").contains(new java.math.BigDecimal("0.3"))).isFalse();
    }
}
