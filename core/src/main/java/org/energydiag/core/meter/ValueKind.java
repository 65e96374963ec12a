package org.energydiag.core.meter;

import org.energydiag.core.text.Texts;

/** What the numbers of a meter column are. */
public enum ValueKind {
    INTERVAL,
    REGISTER,
    POWER,
    /** Maximum/minimum power per period (daily statistics): demand, never energy. */
    DEMAND;

    public String label() {
        return switch (this) {
            case INTERVAL -> Texts.get("meter.kindInterval");
            case REGISTER -> Texts.get("meter.kindRegister");
            case POWER -> Texts.get("meter.kindPower");
            case DEMAND -> Texts.get("meter.kindDemand");
        };
    }
}
