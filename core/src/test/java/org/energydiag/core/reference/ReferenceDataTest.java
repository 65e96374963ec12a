package org.energydiag.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDataTest {

    @Test
    void divisionsCoverTheMainland() {
        Divisions d = Divisions.load();
        assertThat(d.provinces()).hasSize(31);
        assertThat(d.source()).contains("china-division@" + d.version());
        assertThat(d.find("340202").orElseThrow().name()).isEqualTo("镜湖区");
        assertThat(d.isCityOf("340200", "340000")).isTrue();
        assertThat(d.isDistrictOf("340202", "340200")).isTrue();
        // cities without districts carry one district of the same code; both levels resolve
        assertThat(d.cities("440000")).anyMatch(c -> c.code().equals("441900"));
        assertThat(d.districts("441900")).isNotEmpty();
    }

    @Test
    void industryClassificationHas20SectionsAnd97Divisions() {
        IndustryClassification ic = IndustryClassification.load();
        assertThat(ic.sections()).hasSize(20);
        assertThat(ic.sections().stream().mapToInt(s -> s.divisions().size()).sum()).isEqualTo(97);
        assertThat(ic.sections().stream().filter(s -> s.code().equals("C")).findFirst().orElseThrow().divisions()).hasSize(31);
        assertThat(ic.division("C3011").orElseThrow().name()).isEqualTo("非金属矿物制品业");
        assertThat(ic.check("C3011")).isEqualTo(IndustryClassification.CodeCheck.VALID);
        assertThat(ic.check("A3011")).isEqualTo(IndustryClassification.CodeCheck.SECTION_MISMATCH);
        assertThat(ic.check("C98")).isEqualTo(IndustryClassification.CodeCheck.UNKNOWN_DIVISION);
        assertThat(ic.check("水泥")).isEqualTo(IndustryClassification.CodeCheck.MALFORMED);
    }
}
