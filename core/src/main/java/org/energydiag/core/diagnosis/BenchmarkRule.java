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
            String potentialText = potential == null ? ""
                    : overlapped ? Texts.format("diagnosis.benchmark.potential.overlapped", fmt(potential), carrier)
                    : Texts.format("diagnosis.benchmark.potential", fmt(u.get().energyTce()), fmt(potential));
            String evidence = Texts.format("diagnosis.benchmark.evidence", b.year(), b.product(), fmt(b.value()), b.unit(),
                    b.positionText(), fmt(b.benchmark().level1()), fmt(b.benchmark().level3())) + potentialText;
            String source = b.benchmark().standard();
            String fid = id + ":" + b.product();
            switch (b.position()) {
                case ADVANCED -> findings.add(new Finding(fid, DiagnosisItem.PRODUCT_CONSUMPTION,
                        Texts.format("diagnosis.benchmark.advanced", b.product()), evidence, source, Severity.INFO, id));
                case BETWEEN, BELOW_BASELINE -> {
                    boolean below = b.position() == BenchmarkComparison.Position.BELOW_BASELINE;
                    findings.add(new Finding(fid, DiagnosisItem.PRODUCT_CONSUMPTION,
                            below ? Texts.format("diagnosis.benchmark.belowBaseline", b.product())
                                    : Texts.format("diagnosis.benchmark.between", b.product()), evidence, source,
                            below ? Severity.HIGH : Severity.MEDIUM, id));
                    String basis = overlapped ? Texts.format("diagnosis.benchmark.basis.overlapped", fmt(shareSum), carrier)
                            : potential != null ? Texts.format("diagnosis.benchmark.basis", fmt(potential))
                            : Texts.get("diagnosis.benchmark.basis.noPotential");
                    tasks.add(new RetrofitTask("CAND:" + fid, below ? TaskCategory.COMPLIANCE : TaskCategory.PROCESS,
                            below ? Texts.format("diagnosis.benchmark.complianceTask.name", b.product())
                                    : Texts.format("diagnosis.benchmark.processTask.name", b.product()),
                            below ? Texts.format("diagnosis.benchmark.complianceTask.content", b.product())
                                    : Texts.format("diagnosis.benchmark.processTask.content", b.product()),
                            List.of(fid), findings.get(findings.size() - 1).title(),
                            techRefs(in.catalogue(), in.project().enterprise().sector(), List.of(b.product(), "余热"), 3),
                            null, null, null, null, basis, fid));
                }
            }
        }
        return new Outcome(new RuleStatus(id, name, true, Texts.format("diagnosis.benchmark.status", in.analysis().benchmarks().size()),
                findings.size()), findings, tasks);
    }
}
