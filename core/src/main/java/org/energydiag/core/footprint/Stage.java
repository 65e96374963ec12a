package org.energydiag.core.footprint;

import org.energydiag.core.text.Texts;

/**
 * The life-cycle stages a cradle-to-gate result is given by (GB/T 24067-2024 6.3.4, 7): raw
 * material acquisition, their transport to the factory, and production split into energy use and
 * process emissions.
 */
public enum Stage {
    RAW_MATERIALS, TRANSPORT, ENERGY, PROCESS;

    public String label() {
        return Texts.get("footprint.stage." + name());
    }

    /** Whether the stage lies inside {@code b}. */
    public boolean inside(Boundary b) {
        return b.includesUpstream() || this == ENERGY || this == PROCESS;
    }
}
