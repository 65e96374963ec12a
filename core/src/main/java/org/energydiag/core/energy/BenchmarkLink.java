package org.energydiag.core.energy;

/**
 * Which benchmark row a product's unit consumption is compared with: the row is named by its
 * standard, product and indicator (stable across pack editions).
 */
public record BenchmarkLink(String product, String standard, String benchmarkProduct, String indicator) {
}
