package org.energydiag.core.meter;

import org.energydiag.core.text.Texts;

/** How a meter export is laid out. */
public enum Layout {
    WIDE,
    LONG,
    DAY_POINTS,
    SECTIONS;

    public String label() {
        return switch (this) {
            case WIDE -> Texts.get("meter.layoutWide");
            case LONG -> Texts.get("meter.layoutLong");
            case DAY_POINTS -> Texts.get("meter.layoutDayPoints");
            case SECTIONS -> Texts.get("meter.layoutSections");
        };
    }
}
