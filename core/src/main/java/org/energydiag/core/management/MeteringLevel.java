package org.energydiag.core.management;

import org.energydiag.core.text.Texts;

/** The three metering levels of GB 17167-2006 (the columns of its 配备率 table). */
public enum MeteringLevel {
    UNIT,
    SUB_UNIT,
    EQUIPMENT;

    public String label() {
        return switch (this) {
            case UNIT -> Texts.get("management.meteringLevelUnit");
            case SUB_UNIT -> Texts.get("management.meteringLevelSubUnit");
            case EQUIPMENT -> Texts.get("management.meteringLevelEquipment");
        };
    }
}
