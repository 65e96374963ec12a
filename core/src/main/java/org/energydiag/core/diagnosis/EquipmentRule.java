package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.equipment.rating.Grade;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule EQUIPMENT (“设备能效等级与淘汰目录”): its findings and candidate tasks, or why it could not run. */
final class EquipmentRule implements DiagnosisRule {

    @Override
    public String id() {
        return EquipmentFindings.RULE;
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = Texts.get("diagnosis.equipment.name");
        List<EquipmentItem> items = in.project().equipment().items();
        if (items.isEmpty()) {
            return inactive(id, name, Texts.get("diagnosis.equipment.inactive.empty"));
        }
        if (in.ratings().stream().noneMatch(r -> r.rated() || r.obsolete())) {
            return inactive(id, name, Texts.get("diagnosis.equipment.inactive.unrated"));
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        // group by (class, kind) so a plant with 200 motors gets one task per class
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size() && i < in.ratings().size(); i++) {
            Rating r = in.ratings().get(i);
            String kind = r.obsolete() ? "OBSOLETE" : r.grade() == Grade.BELOW ? "BELOW" : r.grade() == Grade.GRADE_3
                    ? "GRADE3" : null;
            if (kind != null) {
                groups.computeIfAbsent(items.get(i).equipmentClass().name() + ":" + kind, k -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            String kind = g.getKey().substring(g.getKey().indexOf(':') + 1);
            EquipmentClass cls = items.get(g.getValue().get(0)).equipmentClass();
            List<String> fids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> itemTexts = new ArrayList<>(); // what the items are, for models tied to one application
            int units = 0;
            for (int i : g.getValue()) {
                EquipmentItem it = items.get(i);
                Rating r = in.ratings().get(i);
                units += it.quantity();
                names.add(it.name());
                itemTexts.add(String.join(" ", it.values().values()));
                String fid = EquipmentFindings.id(kind, it.id());
                fids.add(fid);
                String title;
                Severity sev;
                String evidence;
                String source;
                switch (kind) {
                    case "OBSOLETE" -> {
                        title = Texts.format("diagnosis.equipment.obsolete", it.name());
                        sev = Severity.HIGH;
                        evidence = r.obsoleteReason();
                        source = r.obsoleteSource();
                    }
                    case "BELOW" -> {
                        title = Texts.format("diagnosis.equipment.below", it.name());
                        sev = Severity.HIGH;
                        evidence = r.basis();
                        source = r.reference();
                    }
                    default -> {
                        title = Texts.format("diagnosis.equipment.grade3", it.name());
                        sev = Severity.MEDIUM;
                        evidence = r.basis();
                        source = r.reference();
                    }
                }
                findings.add(new Finding(fid, DiagnosisItem.EQUIPMENT_EFFICIENCY, title,
                        Texts.format("diagnosis.equipment.evidence", it.name(), cls.label(), it.quantity(), evidence), source, sev, id));
            }
            List<SavingsEstimator.Savings> sv = g.getValue().stream().filter(i -> i < in.savings().size())
                    .map(i -> in.savings().get(i)).filter(SavingsEstimator.Savings::estimated).toList();
            Double tce = sv.isEmpty() ? null : sv.stream().mapToDouble(SavingsEstimator.Savings::tce).sum();
            Double tco2 = sv.isEmpty() ? null : sv.stream().mapToDouble(SavingsEstimator.Savings::tco2).sum();
            // without an electricity price the estimator has kWh but no money: the cost saving is unknown
            Double cost = sv.isEmpty() || sv.stream().anyMatch(x -> Double.isNaN(x.yuan())) ? null
                    : sv.stream().mapToDouble(SavingsEstimator.Savings::yuan).sum() / 10000;
            List<SavingsEstimator.Savings> inv = sv.stream().filter(s -> !Double.isNaN(s.investmentWanYuan())).toList();
            Double investment = inv.size() == sv.size() && !sv.isEmpty()
                    ? inv.stream().mapToDouble(SavingsEstimator.Savings::investmentWanYuan).sum() : null;
            String basis = sv.isEmpty() ? Texts.get("diagnosis.equipment.basis.none")
                    : Texts.format("diagnosis.equipment.basis", String.join("；", sv.stream()
                    .flatMap(s -> s.assumptions().stream()).distinct().toList()))
                    + (sv.size() < g.getValue().size()
                    ? Texts.format("diagnosis.equipment.basis.incomplete", g.getValue().size() - sv.size()) : "")
                    + (investment == null ? Texts.get("diagnosis.equipment.basis.noInvestment") : "");
            TaskCategory cat;
            String task;
            String content;
            String list = String.join("、", names);
            switch (kind) {
                case "OBSOLETE" -> {
                    cat = TaskCategory.COMPLIANCE;
                    task = Texts.format("diagnosis.equipment.obsoleteTask.name", cls.label());
                    content = Texts.format("diagnosis.equipment.obsoleteTask.content", list, units, cls.label());
                }
                case "BELOW" -> {
                    cat = TaskCategory.COMPLIANCE;
                    task = Texts.format("diagnosis.equipment.belowTask.name", cls.label());
                    content = Texts.format("diagnosis.equipment.belowTask.content", list, units);
                }
                default -> {
                    cat = switch (cls) {
                        case TRANSFORMER, AIR_COMPRESSOR, BOILER, REFRIGERATION -> TaskCategory.AUXILIARY;
                        default -> TaskCategory.KEY_EQUIPMENT;
                    };
                    task = Texts.format("diagnosis.equipment.grade3Task.name", cls.label());
                    content = Texts.format("diagnosis.equipment.grade3Task.content", list, units);
                }
            }
            tasks.add(new RetrofitTask("CAND:" + id + ":" + g.getKey(), cat, task, content, fids,
                    String.join("；", findings.stream().filter(f -> fids.contains(f.id())).map(Finding::title).toList()),
                    equipmentRefs(in.catalogue(), in.project().enterprise().sector(), cls, String.join(" ", itemTexts)), tce, tco2, cost, investment, basis,
                    id + ":" + g.getKey()));
        }
        long rated = in.ratings().stream().filter(Rating::rated).count();
        return new Outcome(new RuleStatus(id, name, true, Texts.format("diagnosis.equipment.status", rated, items.size()),
                findings.size()), findings, tasks);
    }
}
