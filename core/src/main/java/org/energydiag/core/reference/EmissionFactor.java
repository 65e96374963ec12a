package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.energydiag.core.text.Texts;

/**
 * A sourced factor: electricity (by year and area), purchased heat, clinker calcination or the
 * electricity 等价值 coefficient.
 *
 * @param scope NATIONAL, REGION or PROVINCE (electricity), empty otherwise
 * @param kind  AVERAGE, AVERAGE_EXCL_MARKET_NONFOSSIL, FOSSIL, GRID_REPORTING, FOOTPRINT (electricity)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmissionFactor(Integer year, String scope, String area, String indicator, String kind, Double value,
                             String unit, String source, String trust, String note) {

    /** "0.5366 kgCO2/kWh（2022年 全国 …；来源 …）" for display beside a result. */
    public String display() {
        return Texts.format("reference.factorDisplay", value, unit,
                (year == null ? "" : Texts.format("reference.factorYear", year) + " ") + (area == null ? "" : area + " "),
                indicator, source);
    }
}
