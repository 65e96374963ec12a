package org.energydiag.core.footprint;

import org.energydiag.core.text.Texts;

/**
 * How the enterprise's energy and process emissions (and shared inputs) are divided among the
 * products made with them (GB/T 24067-2024 6.4.6 分配): by mass, by economic value, or by shares
 * the engineer gives. The studied product's share is its entry's basis over the sum of all entries.
 */
public enum Allocation {
    MASS, VALUE, SHARES;

    public String label() {
        return Texts.get("footprint.allocation." + name());
    }

    /** The unit of an entry's basis: t for mass, 万元 for value, % for shares. */
    public String basisUnit() {
        return Texts.get("footprint.allocation.unit." + name());
    }
}
