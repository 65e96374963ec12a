package org.energydiag.core.equipment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.equipment.rating.Grade;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.text.Texts;

/**
 * Annual savings of bringing an item below 1级 up to the 1级 limit of its standard, with every
 * assumption stated (hours, load, tariff, emission factor, standard-coal coefficient). The
 * investment is the engineer's estimate (no sourced unit prices are bundled), so payback is given
 * only when it is entered.
 */
public final class SavingsEstimator {

    /**
     * @param kwh        electricity saved per year
     * @param cannot     why no estimate could be made (empty when there is one)
     */
    public record Savings(String itemId, double kwh, double tce, double tco2, double yuan, double investmentWanYuan,
                          double paybackYears, List<String> assumptions, String cannot) {
        public boolean estimated() {
            return cannot.isEmpty();
        }
    }

    /** Default load rate when the item has none, stated with every estimate that uses it. */
    static final double DEFAULT_LOAD = 0.75;

    private final double kgcePerKwh;
    private final String kgceSource;
    private final double tco2PerMwh;
    private final String factorSource;
    private final BigDecimal tariff;
    private final String tariffSource;

    /**
     * @param kgcePerKwh  electricity 当量值 coefficient (kgce/kWh) with its source
     * @param tco2PerMwh  grid emission factor (tCO2/MWh) with its source
     * @param tariff      electricity price 元/kWh, null when not set
     */
    public SavingsEstimator(double kgcePerKwh, String kgceSource, double tco2PerMwh, String factorSource, BigDecimal tariff,
                            String tariffSource) {
        this.kgcePerKwh = kgcePerKwh;
        this.kgceSource = kgceSource;
        this.tco2PerMwh = tco2PerMwh;
        this.factorSource = factorSource;
        this.tariff = tariff;
        this.tariffSource = tariffSource;
    }

    /**
     * The estimator for a project: electricity coefficient from the reference, the project's grid
     * factor (or the reference's default for the base year) and the project's tariff.
     */
    public static SavingsEstimator forProject(org.energydiag.core.carbon.CarbonData carbon, EquipmentInventory equipment,
                                              int baseYear, org.energydiag.core.reference.EnergyReference ref) {
        var elec = ref.carrier(org.energydiag.core.reference.CarrierId.ELECTRICITY).orElseThrow();
        double factor;
        String source;
        if (carbon.gridFactor() != null) {
            factor = carbon.gridFactor().doubleValue();
            source = carbon.gridFactorSource();
        } else {
            var f = ref.defaultGridFactor(baseYear).orElse(null);
            factor = f == null ? Double.NaN : f.value();
            source = f == null ? Texts.get("equipment.savingsNotSet")
                    // the task's basis reaches the plan: the factor by year and name, its web provenance stays in the reference pack
                    : Texts.format("equipment.savingsGridFactorSource", String.valueOf(f.year()), f.indicator());
        }
        return new SavingsEstimator(elec.kgcePerUnit(), elec.source(), factor, source, equipment.tariffYuanPerKwh(),
                equipment.tariffSource());
    }

    public Savings estimate(EquipmentItem item, Rating rating) {
        if (rating.grade() == Grade.GRADE_1) {
            return none(item, Texts.get("equipment.savingsGrade1"));
        }
        if (!rating.rated() || rating.grade1Limits().isEmpty()) {
            return none(item, rating.obsolete() ? Texts.format("equipment.savingsObsolete", rating.missing())
                    : Texts.format("equipment.savingsCannot",
                            rating.missing().isEmpty() ? Texts.get("equipment.savingsNoGrade1Limit") : rating.missing()));
        }
        List<String> a = new ArrayList<>();
        double q = item.quantity();
        double hours = item.decimal(EquipmentField.RUNNING_HOURS).map(BigDecimal::doubleValue).orElse(Double.NaN);
        if (Double.isNaN(hours)) {
            return none(item, Texts.get("equipment.savingsNoHours"));
        }
        double load = item.decimal(EquipmentField.LOAD_RATE).map(v -> v.doubleValue() / 100.0).orElse(Double.NaN);
        if (Double.isNaN(load)) {
            load = DEFAULT_LOAD;
            a.add(Texts.format("equipment.savingsDefaultLoad", (int) (DEFAULT_LOAD * 100)));
        } else {
            a.add(Texts.format("equipment.savingsLoad", fmt(load * 100)));
        }
        a.add(Texts.format("equipment.savingsHours", fmt(hours)));
        a.add(Texts.format("equipment.savingsQuantity", (int) q));
        double kwh;
        List<Double> g1 = rating.grade1Limits();
        switch (item.equipmentClass()) {
            case MOTOR -> {
                double p = item.decimal(EquipmentField.RATED_POWER).orElseThrow().doubleValue();
                double eta = item.decimal(EquipmentField.RATED_EFFICIENCY).orElseThrow().doubleValue() / 100.0;
                double eta1 = g1.get(0) / 100.0;
                // shaft output P × load is unchanged; input falls from P·load/η to P·load/η1
                kwh = q * p * load * hours * (1 / eta - 1 / eta1);
                a.add(Texts.format("equipment.savingsMotor", fmt(p), fmt(eta * 100), fmt(g1.get(0))));
            }
            case TRANSFORMER -> {
                double p0 = item.decimal(EquipmentField.NO_LOAD_LOSS).orElseThrow().doubleValue();
                double pk = item.decimal(EquipmentField.LOAD_LOSS).orElseThrow().doubleValue();
                double d0 = Math.max(0, p0 - g1.get(0));
                double dk = Math.max(0, pk - g1.get(1));
                // no-load loss all energised hours; load loss × β² (β = load rate)
                kwh = q * (d0 * hours + dk * load * load * hours);
                a.add(Texts.format("equipment.savingsTransformer", fmt(p0), fmt(g1.get(0)), fmt(pk), fmt(g1.get(1))));
            }
            case AIR_COMPRESSOR -> {
                double sp = item.decimal(EquipmentField.SPECIFIC_POWER).orElseThrow().doubleValue();
                double flow = item.decimal(EquipmentField.FLOW_M3MIN).map(BigDecimal::doubleValue).orElse(Double.NaN);
                if (Double.isNaN(flow)) {
                    return none(item, Texts.get("equipment.savingsNoFlow"));
                }
                kwh = q * Math.max(0, sp - g1.get(0)) * flow * load * hours;
                a.add(Texts.format("equipment.savingsCompressor", fmt(sp), fmt(g1.get(0)), fmt(flow)));
            }
            case FAN, PUMP -> {
                double eta = item.decimal(EquipmentField.EFFICIENCY).orElseThrow().doubleValue();
                double input = item.decimal(EquipmentField.MEASURED_INPUT).map(BigDecimal::doubleValue)
                        .orElse(item.decimal(EquipmentField.RATED_POWER).map(v -> v.doubleValue() * loadOr(item)).orElse(Double.NaN));
                if (Double.isNaN(input)) {
                    return none(item, Texts.get("equipment.savingsNoInput"));
                }
                kwh = q * input * hours * Math.max(0, 1 - eta / g1.get(0));
                a.add(Texts.format("equipment.savingsFanPump", fmt(input), fmt(eta), fmt(g1.get(0))));
            }
            default -> {
                return none(item, Texts.format("equipment.savingsFuel", item.equipmentClass().label()));
            }
        }
        double tce = kwh * kgcePerKwh / 1000.0;
        double tco2 = kwh / 1000.0 * tco2PerMwh;
        a.add(Texts.format("equipment.savingsCoefficient", kgcePerKwh, kgceSource));
        a.add(Texts.format("equipment.savingsGridFactor", tco2PerMwh, factorSource));
        double yuan = Double.NaN;
        if (tariff != null) {
            yuan = kwh * tariff.doubleValue();
            a.add(Texts.format("equipment.savingsTariff", tariff.toPlainString(), tariffSource));
        } else {
            a.add(Texts.get("equipment.savingsNoTariff"));
        }
        double inv = item.investmentWanYuan() == null ? Double.NaN : item.investmentWanYuan().doubleValue();
        double payback = Double.isNaN(inv) || Double.isNaN(yuan) || yuan <= 0 ? Double.NaN : inv * 10000 / yuan;
        if (Double.isNaN(inv)) {
            a.add(Texts.get("equipment.savingsNoInvestment"));
        }
        return new Savings(item.id(), kwh, tce, tco2, yuan, inv, payback, a, "");
    }

    private static double loadOr(EquipmentItem item) {
        return item.decimal(EquipmentField.LOAD_RATE).map(v -> v.doubleValue() / 100.0).orElse(DEFAULT_LOAD);
    }

    private static Savings none(EquipmentItem item, String why) {
        return new Savings(item.id(), 0, 0, 0, Double.NaN, Double.NaN, Double.NaN, List.of(), why);
    }

    static String fmt(double v) {
        return new BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
