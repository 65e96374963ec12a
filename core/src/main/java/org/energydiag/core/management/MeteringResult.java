package org.energydiag.core.management;

/**
 * A metering count checked against GB 17167-2006.
 *
 * @param ratePercent     配备率, NaN when no metering point is required
 * @param requiredPercent the standard's minimum, {@code null} when it sets none for this kind/level
 * @param meets           true when the rate reaches the minimum, or when there is no minimum or
 *                        nothing to meter
 * @param basis           the requirement and its source, for display
 */
public record MeteringResult(MeteringCount count, double ratePercent, Double requiredPercent, boolean meets,
                             String basis) {

    /** Whether there was something to check against (a minimum and at least one required point). */
    public boolean checked() {
        return requiredPercent != null && count.required() > 0;
    }
}
