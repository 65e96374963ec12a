package org.energydiag.core.carbon;

import java.math.BigDecimal;

/** A process emission the engineer determined, in tCO2, with how it was determined. */
public record ProcessEmission(int year, String name, BigDecimal tco2, String source) {
}
