package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.energydiag.core.text.Texts;

/**
 * An electricity carbon-footprint factor (电力碳足迹因子, kgCO2e/kWh, life-cycle basis) for product
 * carbon footprints. A type of its own, apart from {@link EmissionFactor}: it is never a Scope-2
 * factor for purchased electricity, and the emission calculation cannot be handed one.
 *
 * @param scope NATIONAL (the packs hold no other yet)
 * @param kind  AVERAGE (全国电力平均碳足迹因子) or GENERATION (one kind of generation: 风电, 光伏 …)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ElectricityFootprintFactor(Integer year, String scope, String kind, String area, String indicator, Double value,
                                         String unit, String source, String trust, String note) {

    /** "0.5777 kgCO2e/kWh（2024年 全国 全国电力平均碳足迹因子；来源 …）" for display beside a result. */
    public String display() {
        return Texts.format("reference.factorDisplay", value, unit,
                (year == null ? "" : Texts.format("reference.factorYear", year) + " ") + (area == null ? "" : area + " "),
                indicator, source);
    }
}
