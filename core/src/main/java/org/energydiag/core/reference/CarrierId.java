package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of an energy carrier of the reference pack ({@link EnergyCarrier#id()}), as a type: a
 * consumption record, a balance flow, a meter or an override names its carrier by this, never by a
 * bare string. The pack defines the carriers (this type does not list them all); the constants are
 * those the program itself refers to. Written to files and the database as the plain id.
 */
public record CarrierId(String value) implements Comparable<CarrierId> {

    public static final CarrierId ELECTRICITY = new CarrierId("ELECTRICITY");
    public static final CarrierId GREEN_ELECTRICITY = new CarrierId("GREEN_ELECTRICITY");
    public static final CarrierId RAW_COAL = new CarrierId("RAW_COAL");
    public static final CarrierId NATURAL_GAS = new CarrierId("NATURAL_GAS");
    public static final CarrierId DIESEL = new CarrierId("DIESEL");
    public static final CarrierId HEAT = new CarrierId("HEAT");
    public static final CarrierId STEAM_1_0MPA = new CarrierId("STEAM_1_0MPA");

    public CarrierId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("empty carrier id");
        }
    }

    /** The id as written, or null for a missing or blank one. */
    @JsonCreator
    public static CarrierId of(String value) {
        return value == null || value.isBlank() ? null : new CarrierId(value.strip());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** The id of {@code c}, or "" for none (for a text column of the database). */
    public static String text(CarrierId c) {
        return c == null ? "" : c.value;
    }

    @Override
    public int compareTo(CarrierId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
