package org.energydiag.core.carbon;

import java.util.List;
import org.energydiag.core.text.Texts;
import org.energydiag.core.validation.ValidationIssue;

/** Emissions by source and year (tCO2), totals, intensities and the ranking of sources. */
public record CarbonResult(List<YearEmissions> years, List<ValidationIssue> issues) {

    /**
     * @param category FUEL, PROCESS, ELECTRICITY, HEAT or EXPORT (negative)
     * @param heat     for fuel combustion, the heat value used: the same object as the fuel's 当量值
     *                 stands for (null for the other sources, or for a fuel without a coefficient)
     */
    public record Source(String name, String category, double tco2, String activity, String factor, String factorSource,
                         org.energydiag.core.energy.Coefficients.HeatValue heat) {

        public Source(String name, String category, double tco2, String activity, String factor, String factorSource) {
            this(name, category, tco2, activity, factor, factorSource, null);
        }

        /** The category as the screen and the documents print it (one wording for both). */
        public String categoryLabel() {
            return switch (category) {
                case "FUEL" -> Texts.get("carbon.category.fuel");
                case "PROCESS" -> Texts.get("carbon.category.process");
                case "ELECTRICITY" -> Texts.get("carbon.category.electricity");
                case "HEAT" -> Texts.get("carbon.category.heat");
                case "EXPORT" -> Texts.get("carbon.category.export");
                default -> category;
            };
        }
    }

    /**
     * @param perWanYuan      tCO2 per 万元 output value (NaN without it)
     * @param perProduct      tCO2 per unit of each product (allocated like the energy)
     */
    public record YearEmissions(int year, List<Source> sources, double totalTco2, double perWanYuan,
                                List<Intensity> perProduct) {
        /**
         * The emissions of one category (FUEL, PROCESS, ELECTRICITY, HEAT, EXPORT) of this year: the
         * sum of its sources, the breakdown of {@link #totalTco2} the accounting report prints.
         */
        public double tco2Of(String category) {
            return sources.stream().filter(s -> s.category().equals(category)).mapToDouble(Source::tco2).sum();
        }

        /** The sources of one category, in their order. */
        public List<Source> sourcesOf(String category) {
            return sources.stream().filter(s -> s.category().equals(category)).toList();
        }

        /** Positive sources, largest first. */
        public List<Source> ranked() {
            return sources.stream().filter(s -> s.tco2() > 0)
                    .sorted(java.util.Comparator.comparingDouble(Source::tco2).reversed()).toList();
        }
    }

    public record Intensity(String product, double value, String unit) {
    }

    public YearEmissions of(int year) {
        return years.stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }
}
