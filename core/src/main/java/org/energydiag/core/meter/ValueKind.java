package org.energydiag.core.meter;

/** What the numbers of a meter column are. */
public enum ValueKind {
    INTERVAL("区间用量"),
    REGISTER("累计表码"),
    POWER("平均功率"),
    /** Maximum/minimum power per period (daily statistics): demand, never energy. */
    DEMAND("需量统计");

    private final String label;

    ValueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
