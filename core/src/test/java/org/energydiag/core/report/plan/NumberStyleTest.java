package org.energydiag.core.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The documents' precision rule, one case per band (values from the demo plan's old output). */
class NumberStyleTest {

    @Test
    void amountsAsIntegersFromOneThousand() {
        assertThat(NumberStyle.amount(339_703.94)).isEqualTo("339,704");
        assertThat(NumberStyle.amount(1000.0)).isEqualTo("1,000");
        assertThat(NumberStyle.amount(368.7)).isEqualTo("368.7");
        assertThat(NumberStyle.amount(12.345)).isEqualTo("12.35");
        assertThat(NumberStyle.amount(Double.NaN)).isEqualTo("—");
        assertThat(NumberStyle.amount(null)).isEqualTo("—");
    }

    @Test
    void moneyPercentIntensityYears() {
        assertThat(NumberStyle.money(52_424.0)).isEqualTo("52,424");
        assertThat(NumberStyle.money(35.5)).isEqualTo("35.50");
        assertThat(NumberStyle.percent(10.44)).isEqualTo("10.4");
        assertThat(NumberStyle.percent(0.94)).isEqualTo("0.94");
        assertThat(NumberStyle.intensity(19.4711)).isEqualTo("19.5");
        assertThat(NumberStyle.intensity(108.23)).isEqualTo("108");
        assertThat(NumberStyle.intensity(0.81234)).isEqualTo("0.812");
        assertThat(NumberStyle.intensity(2345.6)).isEqualTo("2,346");
        assertThat(NumberStyle.years(4.26)).isEqualTo("4.3");
    }

    @Test
    void largeQuantitiesMoveToALargerUnit() {
        NumberStyle.Scale coal = NumberStyle.scale("kg", 438_000_000);
        assertThat(coal.unit()).isEqualTo("t");
        assertThat(coal.format(438_000_000.0)).isEqualTo("438,000");
        NumberStyle.Scale power = NumberStyle.scale("kWh", 235_000_000);
        assertThat(power.unit()).isEqualTo("万kWh");
        assertThat(power.format(235_000_000.0)).isEqualTo("23,500");
        assertThat(NumberStyle.scale("kWh", 3_000_000).unit()).isEqualTo("万kWh");
        assertThat(NumberStyle.scale("kg", 910_000).format(910_000.0)).isEqualTo("910.0");
        assertThat(NumberStyle.scale("kg", 90_000).unit()).isEqualTo("kg");
        assertThat(NumberStyle.scale("kWh", 900_000).unit()).isEqualTo("kWh");
        assertThat(NumberStyle.scale("kg", 20_000_000_000.0).unit()).isEqualTo("万t");
        assertThat(NumberStyle.scale("t", 5_000_000).format(4_310_000.0)).isEqualTo("431.0");
        assertThat(NumberStyle.scale("m³", 12_000_000).unit()).isEqualTo("万m³");
        assertThat(NumberStyle.scale("GJ", 10).unit()).isEqualTo("GJ");
    }
}
