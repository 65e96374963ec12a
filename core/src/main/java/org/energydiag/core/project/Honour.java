package org.energydiag.core.project;

import java.util.Objects;

/** One honour title held by the enterprise, with its level. */
public record Honour(HonourTitle title, HonourLevel level) {
    public Honour {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
    }

    /** E.g. "绿色工厂（国家级）". */
    public String display() {
        return title.label() + "（" + level.label() + "）";
    }
}
