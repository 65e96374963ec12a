package org.energydiag.core.project;

import java.math.BigDecimal;

/**
 * A main product: annual output (last full year) and design capacity, in the same unit.
 *
 * @param name          product name, e.g. 熟料, 水泥
 * @param annualOutput  annual output in {@code unit}; null when not known yet
 * @param unit          unit of output and capacity, e.g. t, 万t, 重量箱, 件
 * @param capacity      design (nameplate) capacity per year in {@code unit}; null when not known
 */
public record Product(String name, BigDecimal annualOutput, String unit, BigDecimal capacity) {
    public static Product empty() {
        return new Product("", null, "t", null);
    }
}
