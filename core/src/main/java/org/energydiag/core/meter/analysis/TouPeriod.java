package org.energydiag.core.meter.analysis;

/** The time-of-use periods of Chinese industrial and commercial tariffs (分时电价时段). */
public enum TouPeriod {
    SHARP("尖峰"),
    PEAK("峰"),
    FLAT("平"),
    VALLEY("谷");

    private final String label;

    TouPeriod(String label) {
        this.label = label;
    }

    /** The Chinese name shown to users. */
    public String label() {
        return label;
    }
}
