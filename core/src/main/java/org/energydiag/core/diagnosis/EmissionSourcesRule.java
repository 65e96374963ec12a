package org.energydiag.core.diagnosis;

import java.util.List;
import java.util.Optional;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule EMISSION_SOURCES (“主要碳排放环节”): its findings and candidate tasks, or why it could not run. */
final class EmissionSourcesRule implements DiagnosisRule {

    @Override
    public String id() {
        return "EMISSION_SOURCES";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.emissions.name");
        Optional<CarbonResult.YearEmissions> y = baseEmissions(in);
        if (y.isEmpty() || y.get().ranked().isEmpty()) {
            return inactive(id, name, Texts.get("diagnosis.emissions.inactive"));
        }
        CarbonResult.Source top = y.get().ranked().get(0);
        double share = top.tco2() / y.get().totalTco2();
        String evidence = Texts.format("diagnosis.emissions.evidence", y.get().year(), fmt(y.get().totalTco2()), top.name(),
                fmt(top.tco2()), fmt(share * 100), top.factorSource());
        String fid = id + ":" + top.name();
        Finding f = new Finding(fid, DiagnosisItem.EMISSION_SOURCES, Texts.format("diagnosis.emissions.title", top.name()), evidence, top.factorSource(),
                Severity.INFO, id);
        RetrofitTask task = switch (top.category()) {
            case "FUEL" -> new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, Texts.format("diagnosis.emissions.fuelTask.name", top.name()),
                    Texts.format("diagnosis.emissions.fuelTask.content", top.name()), List.of(fid), f.title(),
                    techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("电气化", "热泵", "替代"), 3), null, null, null, null,
                    Texts.get("diagnosis.emissions.fuelTask.basis"), fid);
            case "PROCESS" -> new RetrofitTask("CAND:" + fid, TaskCategory.PROCESS, Texts.get("diagnosis.emissions.processTask.name"),
                    Texts.format("diagnosis.emissions.processTask.content", top.name()), List.of(fid), f.title(),
                    techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("原料替代", "熟料"), 3), null, null, null, null,
                    Texts.get("diagnosis.emissions.processTask.basis"), fid);
            case "ELECTRICITY" -> new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, Texts.get("diagnosis.emissions.electricityTask.name"),
                    Texts.get("diagnosis.emissions.electricityTask.content"), List.of(fid), f.title(),
                    techRefs(in.catalogue(), in.project().enterprise().sector(), List.of("光伏"), 2), null, null, null, null,
                    Texts.get("diagnosis.emissions.electricityTask.basis"), fid);
            default -> null;
        };
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), task == null ? List.of() : List.of(task));
    }
}
