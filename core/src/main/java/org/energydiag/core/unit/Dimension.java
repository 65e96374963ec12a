package org.energydiag.core.unit;

import org.energydiag.core.text.Texts;

/** What a physical quantity measures; conversion is only allowed within one dimension. */
public enum Dimension {
    MASS(Texts.get("unit.dimension.mass")),
    VOLUME(Texts.get("unit.dimension.volume")),
    ELECTRICITY(Texts.get("unit.dimension.electricity")),
    HEAT(Texts.get("unit.dimension.heat"));

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
