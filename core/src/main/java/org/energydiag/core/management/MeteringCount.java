package org.energydiag.core.management;

import org.energydiag.core.text.Texts;

/**
 * Metering points of one energy kind at one level, as counted on site.
 *
 * @param energyKind an entry of {@link ManagementChecklist#meteringEnergyKinds()} (other names are
 *                   allowed; they have no required rate)
 * @param required   the theoretical number of metering points (理论需要量)
 * @param installed  how many of them actually have a meter
 */
public record MeteringCount(String energyKind, MeteringLevel level, int required, int installed) {

    public MeteringCount {
        energyKind = energyKind == null ? "" : energyKind.trim();
        if (level == null) {
            throw new IllegalArgumentException(Texts.get("management.meteringLevelMissing"));
        }
        if (required < 0 || installed < 0) {
            throw new IllegalArgumentException(Texts.format("management.negativeCount", energyKind, level.label()));
        }
    }

    /**
     * 配备率 in percent: installed / required × 100, with meters beyond the theoretical need not
     * counted (so at most 100); NaN when no metering point is required.
     */
    public double ratePercent() {
        if (required == 0) {
            return Double.NaN;
        }
        return Math.min(installed, required) * 100.0 / required;
    }
}
