package org.energydiag.core.footprint;

import java.math.BigDecimal;

/**
 * Transport of an input to the factory: mass × distance × a factor per tonne-kilometre.
 *
 * @param item         what is carried (e.g. 石膏)
 * @param massTonnes   carried in the study period, t
 * @param distanceKm   one-way distance, km
 * @param mode         e.g. 公路（重型柴油货车）, 铁路, 内河船舶
 * @param factor       kgCO2e per t·km; null when not known
 * @param shared       as {@link Material#shared()}
 */
public record TransportLeg(String item, BigDecimal massTonnes, BigDecimal distanceKm, String mode, BigDecimal factor,
                           String factorSource, int factorYear, boolean shared) {

    public TransportLeg {
        item = item == null ? "" : item.strip();
        mode = mode == null ? "" : mode.strip();
        factorSource = factorSource == null ? "" : factorSource.strip();
    }

    public static TransportLeg empty() {
        return new TransportLeg("", null, null, "", null, "", 0, false);
    }
}
