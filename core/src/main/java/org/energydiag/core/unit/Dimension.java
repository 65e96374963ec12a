package org.energydiag.core.unit;

/** What a physical quantity measures; conversion is only allowed within one dimension. */
public enum Dimension {
    MASS("质量"),
    VOLUME("体积"),
    ELECTRICITY("电量"),
    HEAT("热量");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
