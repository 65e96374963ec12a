package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Default combustion parameters of a fossil fuel (GB/T 32150-2015 style): net calorific value,
 * carbon content per GJ and oxidation rate.
 *
 * @param ncvUnit "GJ/t" or "GJ/10^4Nm3"
 * @param carbonContent tC/GJ
 * @param oxidation fraction (0.93 for 93 %)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FuelParameters(String id, String name, double ncv, String ncvUnit, double carbonContent, double oxidation,
                             String source, String provenance, String trust, String note) {

    /** True when the NCV refers to 10⁴ Nm³ (gases), false for tonnes. */
    public boolean perTenThousandCubicMetres() {
        return ncvUnit != null && ncvUnit.contains("10^4");
    }
}
