package org.energydiag.core.energy;

import org.energydiag.core.reference.CarrierId;
import java.util.List;
import java.util.Map;
import org.energydiag.core.validation.ValidationIssue;

/**
 * Results of 一（三）: tce by carrier and year (当量值 and 等价值), totals, structure, trend,
 * non-fossil and green-electricity shares and unit consumption. Records refused for their unit
 * are listed in {@link #issues()} and left out of every total.
 */
public record EnergySummary(List<Integer> years, List<CarrierLine> carriers, List<YearTotals> totals,
                            List<UnitConsumption> unitConsumption, List<String> coefficientSources,
                            List<ValidationIssue> issues) {

    /**
     * One carrier over the years.
     *
     * @param quantity   net physical quantity per year in {@code unit} (the carrier's unit)
     * @param tce        当量值 per year
     * @param tceEqual   等价值 per year (NaN when the 等价值 coefficient is not set)
     * @param costWanYuan cost per year
     * @param heat       for a fossil fuel, the heat value its 当量值 stands for, the same object its
     *                   emissions use (one heat value per carrier); null otherwise
     */
    public record CarrierLine(CarrierId carrierId, String name, String unit, boolean fossil, boolean renewable,
                              Map<Integer, Double> quantity, Map<Integer, Double> tce, Map<Integer, Double> tceEqual,
                              Map<Integer, Double> costWanYuan, String coefficientSource, Coefficients.HeatValue heat) {

        public CarrierLine(CarrierId carrierId, String name, String unit, boolean fossil, boolean renewable,
                           Map<Integer, Double> quantity, Map<Integer, Double> tce, Map<Integer, Double> tceEqual,
                           Map<Integer, Double> costWanYuan, String coefficientSource) {
            this(carrierId, name, unit, fossil, renewable, quantity, tce, tceEqual, costWanYuan, coefficientSource, null);
        }
    }

    /**
     * Totals of one year.
     *
     * @param yoyPercent         change of the 当量值 total against the year before, NaN for the first year
     * @param nonFossilShare     share of renewable carriers in the 当量值 total (0..1)
     * @param greenElectricityShare share of green and on-site renewable electricity in all electricity (kWh)
     * @param tcePerWanYuan      当量值 total per 万元 output value, NaN without output value
     */
    public record YearTotals(int year, double tce, double tceEqual, boolean tceEqualComplete, double costWanYuan,
                             Map<String, Double> shares, double yoyPercent, double nonFossilShare,
                             double greenElectricityShare, double electricityKwh, double outputValueWanYuan,
                             double tcePerWanYuan) {
    }

    /**
     * Comprehensive energy consumption per unit of a product in one year.
     *
     * @param value          kgce per unit of product (per tonne when the output is a mass)
     * @param indicatorUnit  e.g. kgce/t
     */
    public record UnitConsumption(int year, String product, double output, String unit, double energyTce,
                                  double sharePercent, double value, String indicatorUnit, String basis) {
    }

    public YearTotals totalsOf(int year) {
        return totals.stream().filter(t -> t.year() == year).findFirst().orElseThrow();
    }
}
