package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.TouPeriod;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule LOAD (“负荷特性（电表数据）”): its findings and candidate tasks, or why it could not run. */
final class LoadRule implements DiagnosisRule {

    @Override
    public String id() {
        return "LOAD";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.load.name");
        List<LoadAnalysis> loads = in.loads().stream().filter(LoadAnalysis::hasData).toList();
        if (loads.isEmpty()) {
            return inactive(id, name, Texts.get("diagnosis.load.inactive"));
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        for (LoadAnalysis l : loads) {
            String m = l.meterName();
            String period = Texts.format("diagnosis.load.period", m, l.firstStart().toLocalDate().toString(),
                    l.lastStart().toLocalDate().toString());
            if (!Double.isNaN(l.powerFactor()) && l.powerFactor() < POWER_FACTOR_STANDARD) {
                String fid = id + ":PF:" + m;
                String title = Texts.format("diagnosis.load.powerFactor", m);
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, title,
                        Texts.format("diagnosis.load.powerFactor.evidence", period, fmt3(l.powerFactor()), fmt(POWER_FACTOR_STANDARD)),
                        POWER_FACTOR_SOURCE, Severity.MEDIUM, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.AUXILIARY, Texts.format("diagnosis.load.powerFactorTask.name", m),
                        Texts.format("diagnosis.load.powerFactorTask.content", m), List.of(fid),
                        title, techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("无功补偿", "电能质量"), 2), null, null, null, null,
                        Texts.get("diagnosis.load.powerFactorTask.basis"), fid));
            }
            if (!Double.isNaN(l.loadFactor()) && l.loadFactor() < LOAD_FACTOR_THRESHOLD) {
                String fid = id + ":LF:" + m;
                String title = Texts.format("diagnosis.load.loadFactor", m);
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, title,
                        Texts.format("diagnosis.load.loadFactor.evidence", period, fmt(l.averageKw()), fmt(l.maxDemandKw()),
                                fmt(l.loadFactor() * 100), fmt(LOAD_FACTOR_THRESHOLD * 100), ASSUMPTION),
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.DIGITAL, Texts.format("diagnosis.load.loadFactorTask.name", m),
                        Texts.get("diagnosis.load.loadFactorTask.content"), List.of(fid), title,
                        techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("能源管控", "需量"), 2), null, null, null, null,
                        Texts.get("diagnosis.load.loadFactorTask.basis"), fid));
            }
            if (!Double.isNaN(l.nightBaseLoadShare()) && l.nightBaseLoadShare() >= NIGHT_BASE_THRESHOLD) {
                String fid = id + ":NIGHT:" + m;
                String title = Texts.format("diagnosis.load.night", m);
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, title,
                        Texts.format("diagnosis.load.night.evidence", period, fmt(l.nightBaseLoadKw()), fmt(l.nightBaseLoadShare() * 100),
                                fmt(NIGHT_BASE_THRESHOLD * 100), ASSUMPTION),
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.MANAGEMENT, Texts.get("diagnosis.load.nightTask.name"),
                        Texts.format("diagnosis.load.nightTask.content", m), List.of(fid), title,
                        List.of(), null, null, null, null, Texts.get("diagnosis.load.nightTask.basis"), fid));
            }
            if (!Double.isNaN(l.peakShare()) && l.peakShare() >= PEAK_SHARE_THRESHOLD) {
                String fid = id + ":PEAK:" + m;
                String title = Texts.format("diagnosis.load.peak", m);
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_COST, title,
                        Texts.format("diagnosis.load.peak.evidence", period, fmt(l.peakShare() * 100),
                                l.tou().citations(), fmt(PEAK_SHARE_THRESHOLD * 100), ASSUMPTION) + touCost(l.tou())
                                + touYuan(in.touCostsOf(m)),
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, Texts.get("diagnosis.load.peakTask.name"),
                        Texts.get("diagnosis.load.peakTask.content"), List.of(fid), title,
                        techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("储能"), 2), null, null, null, null,
                        Texts.get("diagnosis.load.peakTask.basis"), fid));
            }
        }
        return new Outcome(new RuleStatus(id, name, true, Texts.format("diagnosis.load.status", loads.size()), findings.size()), findings,
                tasks);
    }

    /**
     * What the split's price ratios say about the cost: the peak periods' share of it, the average price and the
     * saving per kWh moved from peak to valley, both as multiples of the flat price (the flat price itself is the
     * engineer's); the dates no schedule covered. Empty when nothing could be priced.
     */
    /**
     * With the flat price of the project's tariff: the cost in yuan of the priced intervals and, with the kWh a
     * year the engineer proposes to move, the saving in yuan a year (the evaluation's {@link
     * org.energydiag.core.meter.analysis.TouCosts}). Empty without a flat price.
     */
    static String touYuan(org.energydiag.core.meter.analysis.TouCosts c) {
        if (c == null || c.cost() == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(Texts.format("diagnosis.load.peak.yuan", plain(c.cost().basePrice()),
                fmt(c.cost().total()), fmt(c.cost().energy())));
        if (c.shift() != null && !Double.isNaN(c.shift().yuanPerYear())) {
            sb.append(Texts.format("diagnosis.load.peak.shiftYuan", fmt(c.shift().kwhPerYear()), fmt3(c.shift().fromFactor()),
                    fmt3(c.shift().toFactor()), fmt(c.shift().yuanPerYear())));
        }
        return sb.toString();
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String touCost(org.energydiag.core.meter.analysis.TouSplit t) {
        StringBuilder sb = new StringBuilder();
        if (t.uncoveredEnergy() > 0) {
            sb.append(Texts.format("diagnosis.load.peak.uncovered", t.uncoveredFirst().toString(), t.uncoveredLast().toString()));
        }
        for (var dv : t.deepValleys()) {
            // what the figures below rest on: the holiday deep valley applied, not applied and why, or not decidable
            if (dv.energy() > 0 || dv.notAppliedEnergy() > 0 || dv.unknownEnergy() > 0) {
                sb.append(Texts.format("diagnosis.load.peak.deepValley", dv.reason()));
            }
        }
        if (t.pricedTotal() > 0) {
            var share = t.costShare();
            double perKwh = t.averageFactor(TouPeriod.PEAK) - t.averageFactor(TouPeriod.VALLEY);
            sb.append(Texts.format("diagnosis.load.peak.cost", fmt((share.get(TouPeriod.SHARP) + share.get(TouPeriod.PEAK)) * 100),
                    fmt(t.averagePriceFactor()), Double.isNaN(perKwh) ? "" : Texts.format("diagnosis.load.peak.shift", fmt(perKwh))));
            double covered = t.pricedTotal() / t.coveredEnergy();
            if (covered < 0.9995) {
                sb.append(Texts.format("diagnosis.load.peak.costPartial", fmt(covered * 100)));
            }
        }
        return sb.toString();
    }
}
