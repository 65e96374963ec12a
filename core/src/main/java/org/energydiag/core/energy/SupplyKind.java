package org.energydiag.core.energy;

import org.energydiag.core.text.Texts;

/** How an amount of energy enters (or leaves) the enterprise's account. */
public enum SupplyKind {
    PURCHASED(Texts.get("energy.supply.purchased"), 1),
    ONSITE(Texts.get("energy.supply.onsite"), 1),
    STOCK_DECREASE(Texts.get("energy.supply.stockDecrease"), 1),
    EXPORTED(Texts.get("energy.supply.exported"), -1);

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
