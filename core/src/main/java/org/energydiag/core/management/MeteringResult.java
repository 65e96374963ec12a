package org.energydiag.core.management;

import org.energydiag.core.text.Texts;

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

    /** What a line of the check reads: never 达标 where nothing was counted. */
    public enum Status {
        /** 0 required and 0 installed: the engineer has not counted this line yet. */
        NOT_FILLED,
        /** No metering point required (0 required, meters installed anyway). */
        NOTHING_REQUIRED,
        /** The standard sets no minimum for this energy kind and level. */
        NO_MINIMUM,
        MEETS,
        FAILS;

        /** 未填, 无要求, 标准未规定, 达标, 不达标 (bundle {@code management.metering.status.*}). */
        public String label() {
            return Texts.get("management.metering.status." + name());
        }
    }

    /** The line's verdict: 达标/不达标 only when points were required and the standard sets a minimum. */
    public Status status() {
        if (count.required() == 0) {
            return count.installed() == 0 ? Status.NOT_FILLED : Status.NOTHING_REQUIRED;
        }
        if (requiredPercent == null) {
            return Status.NO_MINIMUM;
        }
        return meets ? Status.MEETS : Status.FAILS;
    }

    /** Whether there was something to check against (a minimum and at least one required point). */
    public boolean checked() {
        return requiredPercent != null && count.required() > 0;
    }
}
