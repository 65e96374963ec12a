package org.energydiag.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.SupplyKind;
import org.junit.jupiter.api.Test;

/** A carrier id is a type in the program and the plain id in files. */
class CarrierIdTest {

    @Test
    void blankIsNoneAndTheIdIsKeptAsWritten() {
        assertThat(CarrierId.of(null)).isNull();
        assertThat(CarrierId.of("  ")).isNull();
        assertThat(CarrierId.of(" RAW_COAL ")).isEqualTo(CarrierId.RAW_COAL);
        assertThat(CarrierId.text(null)).isEmpty();
        assertThat(CarrierId.ELECTRICITY).hasToString("ELECTRICITY");
        assertThatThrownBy(() -> new CarrierId("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyConstantIsACarrierOfTheBundledPack() {
        EnergyReference ref = EnergyReference.load();
        for (CarrierId c : new CarrierId[] {CarrierId.ELECTRICITY, CarrierId.GREEN_ELECTRICITY, CarrierId.RAW_COAL,
            CarrierId.NATURAL_GAS, CarrierId.DIESEL, CarrierId.HEAT, CarrierId.STEAM_1_0MPA}) {
            assertThat(ref.carrier(c)).as(c.value()).isPresent();
            assertThat(ref.carrier(c).get().carrierId()).isEqualTo(c);
        }
    }

    @Test
    void filesHoldThePlainId() throws Exception {
        ObjectMapper m = new ObjectMapper();
        ConsumptionRecord r = new ConsumptionRecord(2025, CarrierId.RAW_COAL, SupplyKind.PURCHASED, new BigDecimal("1"), "t", null, "");
        String json = m.writeValueAsString(r);
        assertThat(json).contains("\"carrierId\":\"RAW_COAL\"");
        assertThat(m.readValue(json, ConsumptionRecord.class)).isEqualTo(r);
    }
}
