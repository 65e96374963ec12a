package org.energydiag.core.carbon;

import org.energydiag.core.text.Texts;

/**
 * Where an activity datum comes from, as GB/T 32150-2015 asks it to be stated for each source:
 * measured by the enterprise's own meters, taken from purchase or sale settlements (invoices,
 * supplier readings), or estimated.
 */
public enum DataOrigin {
    METERED("carbonreport.origin.metered"),
    SETTLEMENT("carbonreport.origin.settlement"),
    ESTIMATED("carbonreport.origin.estimated");

    private final String key;

    DataOrigin(String key) {
        this.key = key;
    }

    /** 计量 / 结算 / 估算. */
    public String label() {
        return Texts.get(key);
    }
}
