package org.energydiag.core.footprint;

import org.energydiag.core.text.Texts;

/**
 * The system boundary of a footprint study (GB/T 24067-2024 6.3.4). Cradle-to-gate (a partial
 * carbon footprint, 从摇篮到大门) is the default: raw-material acquisition, their transport and
 * production up to the factory gate. Gate-to-gate covers the production alone.
 */
public enum Boundary {
    CRADLE_TO_GATE, GATE_TO_GATE;

    public String label() {
        return Texts.get("footprint.boundary." + name());
    }

    /** Whether the raw materials and their transport are inside the boundary. */
    public boolean includesUpstream() {
        return this == CRADLE_TO_GATE;
    }
}
