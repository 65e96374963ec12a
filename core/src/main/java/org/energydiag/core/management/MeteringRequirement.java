package org.energydiag.core.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One row of the GB 17167-2006 配备率 table: the minimum equipping rate, in percent, per level;
 * {@code null} where the standard sets none.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeteringRequirement(String energyKind, String group, Double unit, Double subUnit, Double equipment) {

    public Double percent(MeteringLevel level) {
        return switch (level) {
            case UNIT -> unit;
            case SUB_UNIT -> subUnit;
            case EQUIPMENT -> equipment;
        };
    }
}
