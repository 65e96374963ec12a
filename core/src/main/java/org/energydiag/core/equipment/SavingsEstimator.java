package org.energydiag.core.equipment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.equipment.rating.Grade;
import org.energydiag.core.equipment.rating.Rating;

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
        var elec = ref.carrier("ELECTRICITY").orElseThrow();
        double factor;
        String source;
        if (carbon.gridFactor() != null) {
            factor = carbon.gridFactor().doubleValue();
            source = carbon.gridFactorSource();
        } else {
            var f = ref.defaultGridFactor(baseYear).orElse(null);
            factor = f == null ? Double.NaN : f.value();
            source = f == null ? "未设置" : f.year() + "年 " + f.indicator() + "；" + f.source();
        }
        return new SavingsEstimator(elec.kgcePerUnit(), elec.source(), factor, source, equipment.tariffYuanPerKwh(),
                equipment.tariffSource());
    }

    public Savings estimate(EquipmentItem item, Rating rating) {
        if (rating.grade() == Grade.GRADE_1) {
            return none(item, "已达到1级能效，无需按能效等级估算节能量。");
        }
        if (!rating.rated() || rating.grade1Limits().isEmpty()) {
            return none(item, rating.obsolete() ? "淘汰设备：建议更换；节能量需按拟选新设备参数估算（评级不可用：" + rating.missing() + "）。"
                    : "无法估算：" + (rating.missing().isEmpty() ? "没有1级限值" : rating.missing()));
        }
        List<String> a = new ArrayList<>();
        double q = item.quantity();
        double hours = item.decimal(EquipmentField.RUNNING_HOURS).map(BigDecimal::doubleValue).orElse(Double.NaN);
        if (Double.isNaN(hours)) {
            return none(item, "无法估算：缺少年运行小时。");
        }
        double load = item.decimal(EquipmentField.LOAD_RATE).map(v -> v.doubleValue() / 100.0).orElse(Double.NaN);
        if (Double.isNaN(load)) {
            load = DEFAULT_LOAD;
            a.add("负载率未填，按 " + (int) (DEFAULT_LOAD * 100) + "% 假设");
        } else {
            a.add("负载率 " + fmt(load * 100) + "%");
        }
        a.add("年运行 " + fmt(hours) + " h");
        a.add("台数 " + (int) q);
        double kwh;
        List<Double> g1 = rating.grade1Limits();
        switch (item.equipmentClass()) {
            case MOTOR -> {
                double p = item.decimal(EquipmentField.RATED_POWER).orElseThrow().doubleValue();
                double eta = item.decimal(EquipmentField.RATED_EFFICIENCY).orElseThrow().doubleValue() / 100.0;
                double eta1 = g1.get(0) / 100.0;
                // shaft output P × load is unchanged; input falls from P·load/η to P·load/η1
                kwh = q * p * load * hours * (1 / eta - 1 / eta1);
                a.add("输出功率 = 额定功率 " + fmt(p) + " kW × 负载率；效率由 " + fmt(eta * 100) + "% 提高到1级 " + fmt(g1.get(0)) + "%");
            }
            case TRANSFORMER -> {
                double p0 = item.decimal(EquipmentField.NO_LOAD_LOSS).orElseThrow().doubleValue();
                double pk = item.decimal(EquipmentField.LOAD_LOSS).orElseThrow().doubleValue();
                double d0 = Math.max(0, p0 - g1.get(0));
                double dk = Math.max(0, pk - g1.get(1));
                // no-load loss all energised hours; load loss × β² (β = load rate)
                kwh = q * (d0 * hours + dk * load * load * hours);
                a.add("空载损耗 " + fmt(p0) + "→" + fmt(g1.get(0)) + " kW，负载损耗 " + fmt(pk) + "→" + fmt(g1.get(1))
                        + " kW（1级限值），负载损耗按负载率平方计");
            }
            case AIR_COMPRESSOR -> {
                double sp = item.decimal(EquipmentField.SPECIFIC_POWER).orElseThrow().doubleValue();
                double flow = item.decimal(EquipmentField.FLOW_M3MIN).map(BigDecimal::doubleValue).orElse(Double.NaN);
                if (Double.isNaN(flow)) {
                    return none(item, "无法估算：缺少排气量。");
                }
                kwh = q * Math.max(0, sp - g1.get(0)) * flow * load * hours;
                a.add("输入比功率由 " + fmt(sp) + " 降到1级 " + fmt(g1.get(0)) + " kW/(m³/min)，排气量 " + fmt(flow) + " m³/min × 负载率");
            }
            case FAN, PUMP -> {
                double eta = item.decimal(EquipmentField.EFFICIENCY).orElseThrow().doubleValue();
                double input = item.decimal(EquipmentField.MEASURED_INPUT).map(BigDecimal::doubleValue)
                        .orElse(item.decimal(EquipmentField.RATED_POWER).map(v -> v.doubleValue() * loadOr(item)).orElse(Double.NaN));
                if (Double.isNaN(input)) {
                    return none(item, "无法估算：缺少实测输入功率或额定功率。");
                }
                kwh = q * input * hours * Math.max(0, 1 - eta / g1.get(0));
                a.add("输入功率 " + fmt(input) + " kW；效率由 " + fmt(eta) + "% 提高到1级 " + fmt(g1.get(0)) + "%（轴功率不变）");
            }
            default -> {
                return none(item, "该类设备（" + item.equipmentClass().label() + "）的节能量需结合燃料消耗另行估算。");
            }
        }
        double tce = kwh * kgcePerKwh / 1000.0;
        double tco2 = kwh / 1000.0 * tco2PerMwh;
        a.add("折标系数 " + kgcePerKwh + " kgce/kWh（" + kgceSource + "）");
        a.add("电网排放因子 " + tco2PerMwh + " tCO2/MWh（" + factorSource + "）");
        double yuan = Double.NaN;
        if (tariff != null) {
            yuan = kwh * tariff.doubleValue();
            a.add("电价 " + tariff.toPlainString() + " 元/kWh（" + tariffSource + "）");
        } else {
            a.add("未设电价，未计节约电费");
        }
        double inv = item.investmentWanYuan() == null ? Double.NaN : item.investmentWanYuan().doubleValue();
        double payback = Double.isNaN(inv) || Double.isNaN(yuan) || yuan <= 0 ? Double.NaN : inv * 10000 / yuan;
        if (Double.isNaN(inv)) {
            a.add("投资未填（无可靠单价来源，请按询价填写）");
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
