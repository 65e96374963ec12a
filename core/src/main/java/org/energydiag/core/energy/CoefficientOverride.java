package org.energydiag.core.energy;

import org.energydiag.core.reference.CarrierId;
import java.math.BigDecimal;

/**
 * A project's own standard-coal coefficient for a carrier (e.g. from a measured calorific value),
 * in kgce per {@code unit}, with the engineer's note of where it comes from.
 */
public record CoefficientOverride(CarrierId carrierId, BigDecimal kgcePerUnit, String unit, String source) {
}
