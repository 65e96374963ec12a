package org.energydiag.core.management;

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
            throw new IllegalArgumentException("计量级别不能为空");
        }
        if (required < 0 || installed < 0) {
            throw new IllegalArgumentException("计量点数不能为负：" + energyKind + " " + level.label());
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
