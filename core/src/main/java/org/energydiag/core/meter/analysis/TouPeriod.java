package org.energydiag.core.meter.analysis;

import org.energydiag.core.text.Texts;

/** The time-of-use periods of Chinese industrial and commercial tariffs (分时电价时段). */
public enum TouPeriod {
    SHARP,
    PEAK,
    FLAT,
    VALLEY,
    /** 深谷: the lowest period, on holidays only in the bundled schedules ({@link DeepValleyRule}). */
    DEEP_VALLEY;

    /** The Chinese name shown to users. */
    public String label() {
        return switch (this) {
            case SHARP -> Texts.get("meter.touSharp");
            case PEAK -> Texts.get("meter.touPeak");
            case FLAT -> Texts.get("meter.touFlat");
            case VALLEY -> Texts.get("meter.touValley");
            case DEEP_VALLEY -> Texts.get("meter.touDeepValley");
        };
    }
}
