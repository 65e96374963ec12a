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

import static org.energydiag.core.diagnosis.DiagnosisRules.*;

/** Diagnosis rule EQUIPMENT (“设备能效等级与淘汰目录”): its findings and candidate tasks, or why it could not run. */
final class EquipmentRule implements DiagnosisRule {

    @Override
    public String id() {
        return "EQUIPMENT";
    }

    @Override
    public DiagnosisRules.Outcome apply(DiagnosisInput in) {
        String id = id();
        String name = "设备能效等级与淘汰目录";
        List<EquipmentItem> items = in.project().equipment().items();
        if (items.isEmpty()) {
            return inactive(id, name, "主要用能设备清单为空（步骤“主要用能设备清单”）");
        }
        if (in.ratings().stream().noneMatch(r -> r.rated() || r.obsolete())) {
            return inactive(id, name, "设备均无法评级，请补全额定功率、效率等参数（步骤“主要用能设备清单”）");
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
            int units = 0;
            for (int i : g.getValue()) {
                EquipmentItem it = items.get(i);
                Rating r = in.ratings().get(i);
                units += it.quantity();
                names.add(it.name());
                String fid = id + ":" + kind + ":" + it.id();
                fids.add(fid);
                String title;
                Severity sev;
                String evidence;
                String source;
                switch (kind) {
                    case "OBSOLETE" -> {
                        title = it.name() + "属于淘汰类设备";
                        sev = Severity.HIGH;
                        evidence = r.obsoleteReason();
                        source = r.obsoleteSource();
                    }
                    case "BELOW" -> {
                        title = it.name() + "能效低于能效限定值（不达标）";
                        sev = Severity.HIGH;
                        evidence = r.basis();
                        source = r.reference();
                    }
                    default -> {
                        title = it.name() + "能效仅达3级（能效限定值），低于节能评价值";
                        sev = Severity.MEDIUM;
                        evidence = r.basis();
                        source = r.reference();
                    }
                }
                findings.add(new Finding(fid, DiagnosisItem.EQUIPMENT_EFFICIENCY, title,
                        "设备清单：" + it.name() + "（" + cls.label() + "，" + it.quantity() + "台）；" + evidence, source, sev, id));
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
            String basis = sv.isEmpty() ? "节能量无法估算：设备缺少运行小时或负荷率等参数"
                    : "按设备清单逐台估算（更换为1级能效）：" + String.join("；", sv.stream()
                    .flatMap(s -> s.assumptions().stream()).distinct().toList())
                    + (sv.size() < g.getValue().size() ? "；另有" + (g.getValue().size() - sv.size()) + "项参数不全未计入" : "")
                    + (investment == null ? "；投资需按询价补充" : "");
            TaskCategory cat;
            String task;
            String content;
            String list = String.join("、", names);
            switch (kind) {
                case "OBSOLETE" -> {
                    cat = TaskCategory.COMPLIANCE;
                    task = "淘汰类" + cls.label() + "退出更新";
                    content = "淘汰" + list + "（共" + units + "台），更换为《国家工业和信息化领域节能降碳技术装备推荐目录》所列高效"
                            + cls.label() + "或达到1级能效的产品";
                }
                case "BELOW" -> {
                    cat = TaskCategory.COMPLIANCE;
                    task = "能效不达标" + cls.label() + "更新改造";
                    content = "对能效低于限定值的" + list + "（共" + units + "台）实施更新，新设备达到1级能效";
                }
                default -> {
                    cat = switch (cls) {
                        case TRANSFORMER, AIR_COMPRESSOR, BOILER, REFRIGERATION -> TaskCategory.AUXILIARY;
                        default -> TaskCategory.KEY_EQUIPMENT;
                    };
                    task = cls.label() + "能效提升改造";
                    content = "对" + list + "（共" + units + "台）实施高效化改造或更新，新设备达到1级能效";
                }
            }
            tasks.add(new RetrofitTask("CAND:" + id + ":" + g.getKey(), cat, task, content, fids,
                    String.join("；", findings.stream().filter(f -> fids.contains(f.id())).map(Finding::title).toList()),
                    equipmentRefs(in.catalogue(), cls), tce, tco2, cost, investment, basis,
                    id + ":" + g.getKey()));
        }
        long rated = in.ratings().stream().filter(Rating::rated).count();
        return new Outcome(new RuleStatus(id, name, true, "已评级 " + rated + " 项设备（共 " + items.size() + " 项）",
                findings.size()), findings, tasks);
    }
}
