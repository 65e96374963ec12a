package org.energydiag.core.meter;

import org.energydiag.core.text.Texts;

/** Whether a row's timestamp marks the start or the end of its interval. */
public enum TimestampMeans {
    START,
    END;

    public String label() {
        return switch (this) {
            case START -> Texts.get("meter.meansStart");
            case END -> Texts.get("meter.meansEnd");
        };
    }
}
