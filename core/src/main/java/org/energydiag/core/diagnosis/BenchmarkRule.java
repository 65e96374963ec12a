package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule BENCHMARK (“单位产品能耗对标”): its findings and candidate tasks, or why it could not run. */
final class BenchmarkRule implements DiagnosisRule {

    @Override
    public String id() {
        return "BENCHMARK";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.benchmark.name");
        if (in.analysis() == null || in.analysis().energy().unitConsumption().isEmpty()) {
            return inactive(id, name, Texts.get("diagnosis.benchmark.inactive.noProduction"));
        }
        if (in.analysis().benchmarks().isEmpty()) {
            return inactive(id, name, Texts.get("diagnosis.benchmark.inactive.noBenchmark"));
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        // products whose energy shares add up to more than 100 % overlap (e.g. clinker inside cement):
        // only the product with the largest share carries the saving, so targets do not count it twice
        List<EnergySummary.UnitConsumption> base = in.analysis().energy().unitConsumption().stream()
                .filter(u -> u.year() == in.project().energy().baseYear()).toList();
        double shareSum = base.stream().mapToDouble(EnergySummary.UnitConsumption::sharePercent).sum();
        String carrier = shareSum > 100.5 ? base.stream().max(java.util.Comparator.comparingDouble(
                EnergySummary.UnitConsumption::sharePercent)).map(EnergySummary.UnitConsumption::product).orElse("") : null;
        for (BenchmarkComparison.Result b : in.analysis().benchmarks()) {
            Optional<EnergySummary.UnitConsumption> u = in.analysis().energy().unitConsumption().stream()
                    .filter(x -> x.product().equals(b.product()) && x.year() == b.year()).findFirst();
            boolean overlapped = carrier != null && !carrier.equals(b.product());
            // the gap to 标杆 is a 节能潜力 (chapter 二), never a project's saving: a project saves what its
            // measures save, computed or given by the engineer with its basis
            Double potential = b.gapToAdvanced() > 0 ? u.map(x -> x.energyTce() * b.gapToAdvanced() / x.value()).orElse(null) : null;
            // the levels by their own names: 1级/2级/3级 of a limit standard (GB 16780 …), 标杆/基准 only
            // from the policy table (发改产业〔2023〕723号)
            String adv = b.benchmark().advancedName();
            String limitName = b.benchmark().baselineName();
            String potentialText = potential == null ? ""
                    : overlapped ? Texts.format("diagnosis.benchmark.potential.overlapped", fmt(potential), carrier, adv)
                    : Texts.format("diagnosis.benchmark.potential", fmt(u.get().energyTce()), fmt(potential), adv);
            String evidence = Texts.format("diagnosis.benchmark.evidence", b.year(), b.product(), fmt(b.value()), b.unit(),
                    b.positionText(), adv, fmt(b.benchmark().level1()), limitName, fmt(b.benchmark().level3()), reached(b))
                    + potentialText;
            String source = b.benchmark().standard();
            String fid = id + ":" + b.product();
            switch (b.position()) {
                case ADVANCED -> findings.add(new Finding(fid, DiagnosisItem.PRODUCT_CONSUMPTION,
                        Texts.format("diagnosis.benchmark.advanced", b.product(), adv), evidence, source, Severity.INFO, id));
                case BETWEEN, BELOW_BASELINE -> {
                    boolean below = b.position() == BenchmarkComparison.Position.BELOW_BASELINE;
                    findings.add(new Finding(fid, DiagnosisItem.PRODUCT_CONSUMPTION,
                            below ? Texts.format("diagnosis.benchmark.belowBaseline", b.product(), limitName)
                                    : Texts.format("diagnosis.benchmark.between", b.product(), adv), evidence, source,
                            below ? Severity.HIGH : Severity.MEDIUM, id));
                    String basis = overlapped ? Texts.format("diagnosis.benchmark.basis.overlapped", fmt(shareSum), carrier)
                            : potential != null ? Texts.format("diagnosis.benchmark.basis", fmt(potential), adv)
                            : Texts.get("diagnosis.benchmark.basis.noPotential");
                    tasks.add(new RetrofitTask("CAND:" + fid, below ? TaskCategory.COMPLIANCE : TaskCategory.PROCESS,
                            below ? Texts.format("diagnosis.benchmark.complianceTask.name", b.product())
                                    : Texts.format("diagnosis.benchmark.processTask.name", b.product()),
                            below ? Texts.format("diagnosis.benchmark.complianceTask.content", b.product(), limitName, adv)
                                    : Texts.format("diagnosis.benchmark.processTask.content", b.product(), adv),
                            List.of(fid), findings.get(findings.size() - 1).title(),
                            techRefs(in.catalogue(), in.project().enterprise().sector(), List.of(b.product(), "余热"), 3),
                            null, null, null, null, basis, fid));
                }
            }
        }
        return new Outcome(new RuleStatus(id, name, true, Texts.format("diagnosis.benchmark.status", in.analysis().benchmarks().size()),
                findings.size()), findings, tasks);
    }

    /** The grade a limit standard's product reaches (1级, 2级, 3级 or none); nothing for a policy table. */
    static String reached(BenchmarkComparison.Result b) {
        var m = b.benchmark();
        if (m.isPolicy() || m.level1() == null || m.level2() == null || m.level3() == null) {
            return "";
        }
        boolean higherBetter = m.level1() > m.level3();
        double v = b.value();
        java.util.function.DoublePredicate within = limit -> higherBetter ? v >= limit : v <= limit;
        String std = m.standard() + (m.table() == null || m.table().isBlank() ? "" : " " + m.table());
        if (within.test(m.level1())) {
            return Texts.format("diagnosis.benchmark.reached", Texts.get("diagnosis.benchmark.grade1"), std);
        }
        if (within.test(m.level2())) {
            return Texts.format("diagnosis.benchmark.reached", Texts.get("diagnosis.benchmark.grade2"), std);
        }
        if (within.test(m.level3())) {
            return Texts.format("diagnosis.benchmark.reached", Texts.get("diagnosis.benchmark.grade3"), std);
        }
        return Texts.format("diagnosis.benchmark.notReached", std);
    }
}
