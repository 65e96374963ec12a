package org.energydiag.core.meter;

/** Whether a row's timestamp marks the start or the end of its interval. */
public enum TimestampMeans {
    START("区间起点"),
    END("区间终点");

    private final String label;

    TimestampMeans(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
