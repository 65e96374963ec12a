package org.energydiag.core.footprint;

import java.math.BigDecimal;

/**
 * A raw material or purchased input of the product system, with its emission factor
 * (cradle-to-gate of the input). A factor is never supplied by the program: without one the input
 * is reported missing.
 *
 * @param quantity    used in the study period (the evaluation's base year), in {@code unit}
 * @param factor      emission factor in {@code factorUnit}, e.g. kgCO2e/t; null when not known
 * @param factorUnit  kgCO2e/&lt;unit&gt; or tCO2e/&lt;unit&gt;, its denominator the quantity's unit
 * @param factorSource where the factor was published (database, study, standard)
 * @param factorYear  the factor's data year (0: not given)
 * @param shared      true when the quantity is the enterprise's for all products (then allocated like
 *                    the energy), false when it is the studied product's own
 */
public record Material(String name, BigDecimal quantity, String unit, BigDecimal factor, String factorUnit,
                       String factorSource, int factorYear, boolean shared) {

    public Material {
        name = name == null ? "" : name.strip();
        unit = unit == null ? "" : unit.strip();
        factorUnit = factorUnit == null ? "" : factorUnit.strip();
        factorSource = factorSource == null ? "" : factorSource.strip();
    }

    public static Material empty() {
        return new Material("", null, "t", null, "kgCO2e/t", "", 0, false);
    }
}
