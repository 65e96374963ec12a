package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.energydiag.core.unit.Dimension;
import org.energydiag.core.unit.PhysicalUnit;

/**
 * An energy carrier of the reference pack: its physical dimension, the unit its standard-coal
 * coefficient refers to, and that coefficient (当量值) with its source.
 *
 * @param kgcePerUnit 当量值 coefficient in kgce per {@code unit}; null when no sourced figure exists
 * @param emissionFuel id of the fuel emission parameters used for combustion emissions, or null
 * @param source      the official citation of the coefficient (standard number, title, annex) as
 *                    documents print it; empty when no official source is known
 * @param provenance  where the figure was found and how (web pages, transcriptions): for the window
 *                    and the command line, never for a document
 * @param ncvGj       the 平均低位发热量 printed in the same row of the source table as the coefficient,
 *                    GJ/t for a carrier by mass, GJ/10⁴m³ by volume; null when the row prints none (or a
 *                    range). It is the one heat value of the carrier: its 折标 uses the row's coefficient,
 *                    its combustion emissions this value ({@code energy.Coefficients#heatValue})
 * @param alternatives other values found in sources that disagree with the documented choice, each
 *                    with its source: shown in the window and the command line, never in a document
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnergyCarrier(String id, String name, String category, Dimension dimension, String unit,
                            Double kgcePerUnit, boolean fossil, boolean renewable, String emissionFuel, String ncv,
                            String source, String provenance, String trust, String note, Double ncvGj,
                            List<Alternative> alternatives) {

    public EnergyCarrier {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    /**
     * A value of this carrier that another source gives, kept beside the documented choice.
     *
     * @param quantity what the value is (折标系数, 低位发热量)
     * @param value    the value, in {@code unit}
     * @param source   where it was found (standard, table, page or code index)
     * @param note     how it relates to the choice, and why it was not chosen
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alternative(String quantity, Double value, String unit, String source, String trust, String note) {
    }

    /** The id as a type. */
    public CarrierId carrierId() {
        return CarrierId.of(id);
    }

    public PhysicalUnit baseUnit() {
        return PhysicalUnit.parse(unit).orElseThrow(() -> new IllegalStateException("unknown unit " + unit + " of " + id));
    }

    public boolean isElectricity() {
        return dimension == Dimension.ELECTRICITY;
    }

    public boolean isHeat() {
        return dimension == Dimension.HEAT || "STEAM".equals(category);
    }
}
