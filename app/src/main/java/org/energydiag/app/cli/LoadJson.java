package org.energydiag.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.core.meter.analysis.DeepValleyRule;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.TouPeriod;
import org.energydiag.core.meter.analysis.TouPrices;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.energydiag.core.meter.analysis.TouCosts;
import org.energydiag.core.meter.analysis.TouSplit;

/**
 * A load analysis as JSON for {@code balance --json} and {@code meter-import --province}: the load figures and the
 * time-of-use split with each document used (number, dates in force, the dates of the data it covered, source,
 * trust, price ratios), the energy and cost split, and — with the flat price the engineer gives — the cost in yuan
 * and the saving of moving load from 高峰 to 低谷. Periods are keyed SHARP, PEAK, FLAT, VALLEY, DEEP_VALLEY; each
 * document used says what became of its holiday deep valley (deepValley: applied or why not, undecided dates).
 */
final class LoadJson {

    private LoadJson() {
    }

    /** The options {@code --base-price} (yuan/kWh) and {@code --shift-kwh} (kWh a year), {@code null} when absent. */
    record Prices(Double basePrice, Double shiftKwh) {
        static Prices of(List<String> args) throws CliException {
            return new Prices(positive(args, "--base-price"), positive(args, "--shift-kwh"));
        }

        private static Double positive(List<String> args, String option) throws CliException {
            String v = Command.option(args, option);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v.trim());
                if (d > 0 && !Double.isInfinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // falls through to the message
            }
            throw new CliException(org.energydiag.app.text.Texts.format("cli.load.badNumber", option, v));
        }
    }

    /**
     * The costs to print for {@code a}: the evaluation's object {@code fromProject} (the project's tariff) when no
     * option overrides it; otherwise the split priced again with the options' flat price and kWh (each falling back
     * to the project's). {@code source} of the result says which: "project" or "option".
     */
    static Priced priced(LoadAnalysis a, TouCosts fromProject, Prices options, org.energydiag.core.energy.ElectricityTariff tariff) {
        if (a.tou() == null) {
            return new Priced(null, "");
        }
        if (options.basePrice() == null && options.shiftKwh() == null) {
            return new Priced(fromProject != null ? fromProject
                    : TouCosts.at(a.meterName(), a.tou(), tariff.usableFlatPrice(), tariff.usableShiftKwh()), "project");
        }
        Double flat = options.basePrice() != null ? options.basePrice() : tariff.usableFlatPrice();
        Double shift = options.shiftKwh() != null ? options.shiftKwh() : tariff.usableShiftKwh();
        return new Priced(TouCosts.at(a.meterName(), a.tou(), flat, shift), "option");
    }

    /** A meter's costs and where its flat price came from ("project", "option"). */
    record Priced(TouCosts costs, String source) {
    }

    static Map<String, Object> of(LoadAnalysis a, Priced priced) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meter", a.meterName());
        m.put("unit", a.unit());
        m.put("intervalMinutes", a.intervalMinutes());
        m.put("first", a.firstStart() == null ? null : a.firstStart().toString());
        m.put("last", a.lastStart() == null ? null : a.lastStart().toString());
        m.put("total", a.totalEnergy());
        m.put("maxDemandKW", a.maxDemandKw());
        m.put("averageKW", a.averageKw());
        m.put("loadFactor", a.loadFactor());
        m.put("nightBaseLoadShare", a.nightBaseLoadShare());
        m.put("powerFactor", a.powerFactor());
        m.put("tou", a.tou() == null ? null : tou(a.tou(), priced));
        return m;
    }

    static Map<String, Object> tou(TouSplit t, Priced priced) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("province", t.calendar().province());
        m.put("priceClass", t.priceOption());
        m.put("priceClasses", t.calendar().priceOptions());
        List<Map<String, Object>> parts = new ArrayList<>();
        for (TouSplit.Part p : t.parts()) {
            Map<String, Object> x = schedule(p.schedule());
            x.put("covers", Map.of("from", p.first().toString(), "to", p.last().toString()));
            x.put("energyKWh", periods(p.energy()));
            x.put("prices", p.prices() == null ? null : prices(p.prices()));
            x.put("deepValley", p.deepValley() == null ? null : deepValley(p.deepValley()));
            parts.add(x);
        }
        m.put("schedulesUsed", parts);
        m.put("schedulesAvailable", t.calendar().schedules().stream().map(LoadJson::schedule).toList());
        m.put("energyKWh", periods(t.energy()));
        m.put("share", periods(t.share()));
        m.put("peakShare", t.peakShare());
        m.put("uncoveredKWh", t.uncoveredEnergy());
        m.put("uncovered", t.uncoveredFirst() == null ? null
                : Map.of("from", t.uncoveredFirst().toString(), "to", t.uncoveredLast().toString()));
        m.put("pricedKWh", t.pricedTotal());
        m.put("unpricedKWh", t.unpricedEnergy());
        Map<String, Object> factors = new LinkedHashMap<>();
        for (TouPeriod p : TouPeriod.values()) {
            factors.put(p.name(), t.averageFactor(p));
        }
        m.put("averageRatio", factors);
        m.put("costShare", periods(t.costShare()));
        m.put("averagePriceRatio", t.averagePriceFactor());
        TouCosts costs = priced.costs();
        if (costs != null && costs.cost() != null) {
            TouSplit.Cost c = costs.cost();
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("basePriceYuanPerKWh", c.basePrice());
            cost.put("basePriceFrom", priced.source());
            cost.put("yuan", periods(c.yuan()));
            cost.put("totalYuan", c.total());
            cost.put("pricedKWh", c.energy());
            cost.put("averagePriceYuanPerKWh", c.averagePrice());
            m.put("cost", cost);
            if (costs.shift() != null) {
                TouSplit.ShiftSaving s = costs.shift();
                Map<String, Object> shift = new LinkedHashMap<>();
                shift.put("from", s.from().name());
                shift.put("to", s.to().name());
                shift.put("kWhPerYear", s.kwhPerYear());
                shift.put("basePriceYuanPerKWh", s.basePrice());
                shift.put("fromRatio", s.fromFactor());
                shift.put("toRatio", s.toFactor());
                shift.put("savingYuanPerYear", s.yuanPerYear());
                m.put("shift", shift);
            }
        }
        return m;
    }

    private static Map<String, Object> schedule(TouSchedule s) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("name", s.name());
        x.put("document", s.document());
        x.put("validFrom", s.validFrom() == null ? null : s.validFrom().toString());
        x.put("validUntil", s.validUntil() == null ? null : s.validUntil().toString());
        x.put("citation", s.citationWithValidity());
        x.put("source", s.source());
        x.put("trust", s.trust());
        return x;
    }

    /**
     * A schedule's holiday deep valley: the rule (holidays, hours, who it is for, source), whether it was applied and
     * why not, the energy counted, and the dates no holiday notice decided.
     */
    private static Map<String, Object> deepValley(TouSplit.DeepValley d) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("applied", d.applied());
        x.put("status", d.applicability().name());
        x.put("reason", d.reason());
        x.put("energyKWh", d.energy());
        x.put("notAppliedKWh", d.notAppliedEnergy());
        x.put("undecidedKWh", d.unknownEnergy());
        x.put("undecided", d.unknownFirst() == null ? null : Map.of("from", d.unknownFirst().toString(), "to",
                d.unknownLast().toString(), "yearsWithoutNotice", d.unknownYears()));
        x.put("holidayNotices", d.notices());
        DeepValleyRule r = d.rule();
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("when", r.when());
        rule.put("days", r.days().stream().map(day -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("holiday", day.holiday().isEmpty() ? null : day.holiday());
            y.put("minDays", day.minDays());
            y.put("firstDays", day.firstDays());
            return y;
        }).toList());
        rule.put("hours", r.hours());
        rule.put("priceClasses", r.priceClasses());
        rule.put("condition", r.condition());
        rule.put("text", r.text());
        rule.put("source", r.source());
        rule.put("trust", r.trust());
        rule.put("note", r.note());
        rule.put("holidayCalendarYears", r.holidays().years().stream().map(y -> y.year()).toList());
        x.put("rule", rule);
        return x;
    }

    private static Map<String, Object> prices(TouPrices p) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("class", p.name());
        x.put("basis", p.basis());
        x.put("ratios", p.ratios().stream().map(r -> {
            Map<String, Object> y = new LinkedHashMap<>();
            y.put("period", r.period().name());
            y.put("ratio", r.factor());
            y.put("months", r.months().stream().sorted().toList());
            y.put("basis", r.basis());
            return y;
        }).toList());
        x.put("deepValleyRatio", p.deepValley());
        x.put("deepValleyBasis", p.deepValleyBasis());
        x.put("source", p.source());
        x.put("trust", p.trust());
        x.put("note", p.note());
        return x;
    }

    private static Map<String, Double> periods(Map<TouPeriod, Double> values) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (TouPeriod p : TouPeriod.values()) {
            out.put(p.name(), values.getOrDefault(p, 0.0));
        }
        return out;
    }
}
