package org.energydiag.core.meter;

import org.energydiag.core.text.Texts;

/** Order of day, month and year in dates such as 03/04/2025. */
public enum DateOrder {
    YMD,
    DMY,
    MDY;

    public String label() {
        return switch (this) {
            case YMD -> Texts.get("meter.dateOrderYmd");
            case DMY -> Texts.get("meter.dateOrderDmy");
            case MDY -> Texts.get("meter.dateOrderMdy");
        };
    }
}
