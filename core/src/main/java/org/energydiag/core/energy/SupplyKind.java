package org.energydiag.core.energy;

/** How an amount of energy enters (or leaves) the enterprise's account. */
public enum SupplyKind {
    PURCHASED("外购", 1),
    ONSITE("自产/自发自用", 1),
    STOCK_DECREASE("库存减少（增加填负数）", 1),
    EXPORTED("外供/转出", -1);

    private final String label;
    private final int sign;

    SupplyKind(String label, int sign) {
        this.label = label;
        this.sign = sign;
    }

    public String label() {
        return label;
    }

    /** +1 when it adds to the enterprise's consumption, -1 when it is subtracted. */
    public int sign() {
        return sign;
    }
}
