package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnergyCarrier(String id, String name, String category, Dimension dimension, String unit,
                            Double kgcePerUnit, boolean fossil, boolean renewable, String emissionFuel, String ncv,
                            String source, String provenance, String trust, String note) {

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
