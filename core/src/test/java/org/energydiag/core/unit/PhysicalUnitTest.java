package org.energydiag.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PhysicalUnitTest {

    @Test
    void aliasesAsEngineersWriteThem() {
        assertThat(PhysicalUnit.parse("万千瓦时")).contains(PhysicalUnit.WAN_KWH);
        assertThat(PhysicalUnit.parse("KWH")).contains(PhysicalUnit.KWH);
        assertThat(PhysicalUnit.parse("度")).contains(PhysicalUnit.KWH);
        assertThat(PhysicalUnit.parse("万Nm3")).contains(PhysicalUnit.WAN_M3);
        assertThat(PhysicalUnit.parse("吨")).contains(PhysicalUnit.T);
        assertThat(PhysicalUnit.parse("ｔ")).contains(PhysicalUnit.T); // full-width
        assertThat(PhysicalUnit.parse("百万千焦")).contains(PhysicalUnit.GJ);
        assertThat(PhysicalUnit.parse("桶")).isEmpty();
    }

    @Test
    void conversionWithinADimensionOnly() {
        // 1 万kWh = 10 000 kWh = 10 MWh
        assertThat(PhysicalUnit.WAN_KWH.convert(1, PhysicalUnit.MWH)).isCloseTo(10, within(1e-12));
        assertThat(PhysicalUnit.WAN_T.convert(1.5, PhysicalUnit.T)).isCloseTo(15000, within(1e-9));
        assertThatThrownBy(() -> PhysicalUnit.GJ.convert(1, PhysicalUnit.KWH))
                .isInstanceOf(UnitException.class).hasMessageContaining("热量").hasMessageContaining("电量");
    }
}
