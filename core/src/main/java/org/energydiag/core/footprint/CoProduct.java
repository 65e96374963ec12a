package org.energydiag.core.footprint;

import java.math.BigDecimal;

/**
 * A product that shares the enterprise's energy and process emissions, with its allocation basis:
 * output in t ({@link Allocation#MASS}), value in 万元 ({@link Allocation#VALUE}) or a share in %
 * ({@link Allocation#SHARES}). The studied product is one of them.
 */
public record CoProduct(String name, BigDecimal basis) {

    public CoProduct {
        name = name == null ? "" : name.strip();
    }
}
