package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.catalogue.EquipmentModel;
import org.energydiag.core.catalogue.Technology;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.equipment.rating.Grade;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.management.ManagementArea;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.management.ManagementItem;
import org.energydiag.core.management.MeteringResult;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * The diagnosis rules: each looks at one part of the data, reports whether it could run and why
 * not, and turns what it finds into findings and candidate tasks. Thresholds that are not set by a
 * standard are named as diagnosis assumptions in the evidence so the engineer can judge them.
 */
public final class DiagnosisRules {

    /** National target: 非化石能源消费比重 about 20 % by 2025. */
    public static final double NON_FOSSIL_TARGET = 0.20;
    public static final String NON_FOSSIL_SOURCE = "《2030年前碳达峰行动方案》（国发〔2021〕23号）：到2025年，非化石能源消费比重达到20%左右";
    /** Power factor standard for industrial users of 160 kVA and above. */
    public static final double POWER_FACTOR_STANDARD = 0.90;
    public static final String POWER_FACTOR_SOURCE = "《功率因数调整电费办法》（水电财字〔1983〕215号）：160千伏安以上高压供电工业用户功率因数标准0.90";
    /** Diagnosis assumptions (not from a standard), stated with every finding that uses them. */
    public static final double LOSS_SHARE_THRESHOLD = 0.05;
    public static final double LOAD_FACTOR_THRESHOLD = 0.50;
    public static final double NIGHT_BASE_THRESHOLD = 0.50;
    public static final double PEAK_SHARE_THRESHOLD = 0.40;
    static final String ASSUMPTION = "（诊断提示阈值，非标准限值）";

    /** What one rule produced. */
    public record Outcome(RuleStatus status, List<Finding> findings, List<RetrofitTask> candidates) {
    }

    /** All findings, rule statuses and candidates (before the engineer's decisions). */
    public record Result(List<Finding> findings, List<RuleStatus> rules, List<RetrofitTask> candidates) {
    }

    private DiagnosisRules() {
    }

    public static Result run(DiagnosisInput in) {
        List<Outcome> outcomes = List.of(equipment(in), benchmark(in), balance(in), nonFossil(in), intensityTrend(in),
                energyCost(in), load(in), management(in), metering(in), emissionSources(in), ghgAccounting(in));
        List<Finding> f = new ArrayList<>();
        List<RuleStatus> s = new ArrayList<>();
        List<RetrofitTask> c = new ArrayList<>();
        for (Outcome o : outcomes) {
            f.addAll(o.findings());
            s.add(o.status());
            c.addAll(o.candidates());
        }
        return new Result(f, s, c);
    }

    // ---------------------------------------------------------------- equipment

    public static Outcome equipment(DiagnosisInput in) {
        String id = "EQUIPMENT";
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

    // ---------------------------------------------------------------- benchmark

    public static Outcome benchmark(DiagnosisInput in) {
        String id = "BENCHMARK";
        String name = "单位产品能耗对标";
        if (in.analysis() == null || in.analysis().energy().unitConsumption().isEmpty()) {
            return inactive(id, name, "未填写产品产量，无法计算单位产品能耗（步骤“能源消费情况” › 产品产量）");
        }
        if (in.analysis().benchmarks().isEmpty()) {
            return inactive(id, name, "产品未匹配到能效标杆/基准值，请在“能源消费情况”中关联标杆（或补充标杆数据包）");
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        double co2PerTce = co2PerTce(in);
        double costPerTce = costPerTce(in);
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
            String evidence = b.year() + "年" + b.product() + "单位产品综合能耗 " + fmt(b.value()) + " " + b.unit()
                    + "，" + b.positionText() + "（标杆 " + fmt(b.benchmark().level1()) + "，基准 "
                    + fmt(b.benchmark().level3()) + "）；数据：能源消费情况 › 单位产品能耗";
            String source = b.benchmark().standard();
            String fid = id + ":" + b.product();
            switch (b.position()) {
                case ADVANCED -> findings.add(new Finding(fid, DiagnosisItem.PRODUCT_CONSUMPTION,
                        b.product() + "单位产品能耗达到标杆水平", evidence, source, Severity.INFO, id));
                case BETWEEN, BELOW_BASELINE -> {
                    boolean below = b.position() == BenchmarkComparison.Position.BELOW_BASELINE;
                    findings.add(new Finding(fid, DiagnosisItem.PRODUCT_CONSUMPTION,
                            b.product() + (below ? "单位产品能耗高于基准水平" : "单位产品能耗未达到标杆水平"), evidence, source,
                            below ? Severity.HIGH : Severity.MEDIUM, id));
                    boolean overlapped = carrier != null && !carrier.equals(b.product());
                    Double tce = overlapped ? null : u.map(x -> x.energyTce() * b.gapToAdvanced() / x.value()).orElse(null);
                    String basis = overlapped ? "各产品能耗分摊比例合计 " + fmt(shareSum) + "%，与“" + carrier
                            + "”的能耗重叠，节能量计入该产品的任务，此处不重复计算" : u.isPresent() ? "节能量 = 产品能耗 " + fmt(u.get().energyTce()) + " tce × （现值 − 标杆值）÷ 现值 = "
                            + fmt(tce) + " tce/年；减排量按企业基准年能源活动排放强度（不含工业过程排放） " + fmt(co2PerTce) + " tCO2/tce 折算；费用按平均能源价格 "
                            + fmt(costPerTce) + " 万元/tce 折算；投资需按工艺方案测算" : "";
                    tasks.add(new RetrofitTask("CAND:" + fid, below ? TaskCategory.COMPLIANCE : TaskCategory.PROCESS,
                            below ? b.product() + "单位产品能耗达标整改" : b.product() + "生产工艺系统节能提效",
                            below ? "针对" + b.product() + "单位产品能耗高于基准水平，实施工序整改，限期达到基准水平并向标杆水平提升"
                                    : "通过工艺流程优化、参数优化控制和能量系统优化，将" + b.product() + "单位产品能耗降至标杆水平",
                            List.of(fid), findings.get(findings.size() - 1).title(),
                            techRefs(in.catalogue(), List.of(b.product(), "余热"), 3), tce,
                            tce == null || Double.isNaN(co2PerTce) ? null : tce * co2PerTce,
                            tce == null || Double.isNaN(costPerTce) ? null : tce * costPerTce, null, basis, fid));
                }
            }
        }
        return new Outcome(new RuleStatus(id, name, true, "已对标 " + in.analysis().benchmarks().size() + " 个产品",
                findings.size()), findings, tasks);
    }

    // ---------------------------------------------------------------- balance

    public static Outcome balance(DiagnosisInput in) {
        String id = "BALANCE";
        String name = "能量平衡与能源利用率";
        BalanceResult b = in.analysis() == null ? null : in.analysis().balance();
        if (b == null || b.nodes().isEmpty() || b.supplyTce() <= 0) {
            return inactive(id, name, "未填写能量平衡（步骤“能源消费情况” › 能量平衡）");
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        String where = b.year() + "年能量平衡表";
        if (!b.closes()) {
            String fid = id + ":NOT_CLOSING";
            findings.add(new Finding(fid, DiagnosisItem.METERING, "能量平衡不闭合",
                    where + "：供入 " + fmt(b.supplyTce()) + " tce，差额 " + fmt(b.differenceTce()) + " tce（"
                            + fmt(b.differencePercent()) + "%），超出允许偏差 ±" + fmt(b.tolerancePercent()) + "%",
                    "GB/T 3484-2009《企业能量平衡通则》", Severity.MEDIUM, id));
            tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.DIGITAL, "完善能源计量与统计体系",
                    "补齐各级能源计量器具，规范能源统计台账，使能量平衡差额控制在允许范围内", List.of(fid), "能量平衡不闭合",
                    techRefs(in.catalogue(), List.of("能源管控", "计量"), 2), null, null, null, null,
                    "计量完善本身不直接产生节能量；投资按需配置的计量器具数量测算", fid));
        }
        for (BalanceResult.NodeResult n : b.lossesRanked()) {
            double share = n.lossTce() / b.supplyTce();
            if (share < LOSS_SHARE_THRESHOLD) {
                break;
            }
            String fid = id + ":LOSS:" + n.id();
            findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, n.name() + "能量损失较大",
                    where + "：" + n.name() + "损失 " + fmt(n.lossTce()) + " tce，占供入能量 " + fmt(share * 100) + "%（提示阈值 "
                            + fmt(LOSS_SHARE_THRESHOLD * 100) + "%" + ASSUMPTION + "）",
                    "GB/T 3484-2009《企业能量平衡通则》", Severity.MEDIUM, id));
            tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.PROCESS, n.name() + "余热余压回收与能量系统优化",
                    "对" + n.name() + "的能量损失开展测试分析，实施余热余压回收、保温强化或能量梯级利用", List.of(fid),
                    n.name() + "能量损失较大", techRefs(in.catalogue(), List.of("余热", "余压"), 3), null, null, null, null,
                    "可回收量需现场测试确定；损失量 " + fmt(n.lossTce()) + " tce 为回收潜力上限", fid));
        }
        String util = "能源利用率 " + fmt(b.utilizationPercent()) + "%" + (b.utilizationEstimated() ? "（部分终端未测有效利用率，为上限估计）" : "");
        findings.add(new Finding(id + ":UTILIZATION", DiagnosisItem.ENERGY_FLOW, util, where + "：有效利用 "
                + fmt(b.effectiveTce()) + " tce ÷ 供入 " + fmt(b.supplyTce()) + " tce", "GB/T 3484-2009《企业能量平衡通则》",
                Severity.INFO, id));
        return new Outcome(new RuleStatus(id, name, true, where + "：" + util, findings.size()), findings, tasks);
    }

    // ---------------------------------------------------------------- energy structure

    public static Outcome nonFossil(DiagnosisInput in) {
        String id = "NON_FOSSIL";
        String name = "非化石能源消费比重";
        Optional<EnergySummary.YearTotals> t = baseTotals(in);
        if (t.isEmpty() || t.get().tce() <= 0) {
            return inactive(id, name, "基准年无能源消费数据（步骤“能源消费情况”）");
        }
        double share = t.get().nonFossilShare();
        String evidence = t.get().year() + "年非化石能源占能源消费总量（当量值）" + fmt(share * 100) + "%，绿电占用电量 "
                + fmt(t.get().greenElectricityShare() * 100) + "%；数据：能源消费情况";
        if (share >= NON_FOSSIL_TARGET) {
            Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, "非化石能源消费比重不低于全国2025年目标",
                    evidence, NON_FOSSIL_SOURCE, Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
        }
        Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, "非化石能源消费比重偏低", evidence + "，低于全国目标 "
                + fmt(NON_FOSSIL_TARGET * 100) + "%", NON_FOSSIL_SOURCE, Severity.LOW, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.ENERGY_STRUCTURE, "可再生能源利用与绿电绿证应用",
                "利用厂房屋顶及空地建设分布式光伏，开展绿电交易和绿证购买，提高非化石能源消费比重", List.of(id), f.title(),
                techRefs(in.catalogue(), List.of("光伏", "储能"), 3), null, null, null, null,
                "规模需按可利用屋顶面积、用电负荷和绿电交易量测算", id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }

    public static Outcome intensityTrend(DiagnosisInput in) {
        String id = "INTENSITY_TREND";
        String name = "能耗强度变化趋势";
        if (in.analysis() == null) {
            return inactive(id, name, "无能源消费数据");
        }
        List<EnergySummary.YearTotals> ts = in.analysis().energy().totals().stream()
                .filter(t -> !Double.isNaN(t.tcePerWanYuan())).toList();
        if (ts.size() < 2) {
            return inactive(id, name, "需要至少两年的能源消费量和工业总产值（步骤“能源消费情况” › 产值）");
        }
        EnergySummary.YearTotals prev = ts.get(ts.size() - 2);
        EnergySummary.YearTotals last = ts.get(ts.size() - 1);
        double change = (last.tcePerWanYuan() / prev.tcePerWanYuan() - 1) * 100;
        String evidence = prev.year() + "年 " + fmt4(prev.tcePerWanYuan()) + " tce/万元 → " + last.year() + "年 "
                + fmt4(last.tcePerWanYuan()) + " tce/万元（" + (change >= 0 ? "+" : "") + fmt(change) + "%）；数据：能源消费情况";
        if (change <= 0) {
            Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, "单位产值能耗下降", evidence, "", Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
        }
        Finding f = new Finding(id, DiagnosisItem.CONSUMPTION_STRUCTURE, "单位产值能耗上升", evidence, "", Severity.MEDIUM, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.MANAGEMENT, "能耗强度目标分解与考核",
                "分析单位产值能耗上升原因，将能耗强度目标分解至车间和工序，纳入月度考核", List.of(id), f.title(), List.of(),
                null, null, null, null, "管理措施，节能量视执行情况核定", id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }

    public static Outcome energyCost(DiagnosisInput in) {
        String id = "ENERGY_COST";
        String name = "能源成本构成";
        Optional<EnergySummary.YearTotals> t = baseTotals(in);
        if (t.isEmpty() || !(t.get().costWanYuan() > 0)) {
            return inactive(id, name, "基准年未填写能源费用（步骤“能源消费情况” › 费用）");
        }
        int year = t.get().year();
        EnergySummary.CarrierLine top = in.analysis().energy().carriers().stream()
                .max(java.util.Comparator.comparingDouble(c -> c.costWanYuan().getOrDefault(year, 0.0))).orElseThrow();
        double topCost = top.costWanYuan().getOrDefault(year, 0.0);
        String evidence = year + "年能源费用 " + fmt(t.get().costWanYuan()) + " 万元，其中" + top.name() + " " + fmt(topCost)
                + " 万元（" + fmt(topCost / t.get().costWanYuan() * 100) + "%），平均 " + fmt(t.get().costWanYuan() / t.get().tce())
                + " 万元/tce；数据：能源消费情况";
        Finding f = new Finding(id, DiagnosisItem.ENERGY_COST, "能源成本以" + top.name() + "为主", evidence, "", Severity.INFO, id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of());
    }

    // ---------------------------------------------------------------- load (meter data)

    public static Outcome load(DiagnosisInput in) {
        String id = "LOAD";
        String name = "负荷特性（电表数据）";
        List<LoadAnalysis> loads = in.loads().stream().filter(LoadAnalysis::hasData).toList();
        if (loads.isEmpty()) {
            return inactive(id, name, "未导入电表数据（步骤“能源消费情况” › 电表数据）");
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        for (LoadAnalysis l : loads) {
            String m = l.meterName();
            String period = "电表“" + m + "”" + l.firstStart().toLocalDate() + "至" + l.lastStart().toLocalDate();
            if (!Double.isNaN(l.powerFactor()) && l.powerFactor() < POWER_FACTOR_STANDARD) {
                String fid = id + ":PF:" + m;
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, m + "功率因数偏低",
                        period + "平均功率因数 " + fmt3(l.powerFactor()) + "，低于 " + fmt(POWER_FACTOR_STANDARD), POWER_FACTOR_SOURCE,
                        Severity.MEDIUM, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.AUXILIARY, m + "无功补偿改造",
                        "在" + m + "供电回路加装或更新动态无功补偿装置，使功率因数达到0.90以上，减少线损和力调电费", List.of(fid),
                        m + "功率因数偏低", techRefs(in.catalogue(), List.of("无功补偿", "电能质量"), 2), null, null, null, null,
                        "节电量取决于线路和变压器损耗，需按补偿容量测算；力调电费按当地电价政策核算", fid));
            }
            if (!Double.isNaN(l.loadFactor()) && l.loadFactor() < LOAD_FACTOR_THRESHOLD) {
                String fid = id + ":LF:" + m;
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, m + "负荷率偏低",
                        period + "平均负荷 " + fmt(l.averageKw()) + " kW，最大需量 " + fmt(l.maxDemandKw()) + " kW，负荷率 "
                                + fmt(l.loadFactor() * 100) + "%（提示阈值 " + fmt(LOAD_FACTOR_THRESHOLD * 100) + "%" + ASSUMPTION + "）",
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.DIGITAL, m + "负荷在线监测与需量管理",
                        "建设负荷在线监测，实施需量控制和设备启停优化，削减尖峰负荷", List.of(fid), m + "负荷率偏低",
                        techRefs(in.catalogue(), List.of("能源管控", "需量"), 2), null, null, null, null,
                        "主要降低需量电费，按当地两部制电价核算", fid));
            }
            if (!Double.isNaN(l.nightBaseLoadShare()) && l.nightBaseLoadShare() >= NIGHT_BASE_THRESHOLD) {
                String fid = id + ":NIGHT:" + m;
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_FLOW, m + "夜间基础负荷较高",
                        period + "0—5时平均负荷 " + fmt(l.nightBaseLoadKw()) + " kW，为平均负荷的 " + fmt(l.nightBaseLoadShare() * 100)
                                + "%（提示阈值 " + fmt(NIGHT_BASE_THRESHOLD * 100) + "%" + ASSUMPTION + "；连续生产企业可忽略）",
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.MANAGEMENT, "非生产时段停机与待机管理",
                        "核查" + m + "夜间及非生产时段运行设备，建立停机、待机管理制度", List.of(fid), m + "夜间基础负荷较高",
                        List.of(), null, null, null, null, "节电量 = 可停运负荷 × 非生产小时，需现场核实", fid));
            }
            if (!Double.isNaN(l.peakShare()) && l.peakShare() >= PEAK_SHARE_THRESHOLD) {
                String fid = id + ":PEAK:" + m;
                findings.add(new Finding(fid, DiagnosisItem.ENERGY_COST, m + "峰段用电占比偏高",
                        period + "尖峰、高峰时段用电占 " + fmt(l.peakShare() * 100) + "%（分时电价：" + (l.touSchedule() == null ? ""
                                : l.touSchedule().name()) + "；提示阈值 " + fmt(PEAK_SHARE_THRESHOLD * 100) + "%" + ASSUMPTION + "）",
                        "", Severity.LOW, id));
                tasks.add(new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, "移峰填谷与用户侧储能",
                        "优化生产排班，将可调节负荷移至低谷时段，评估建设用户侧储能", List.of(fid), m + "峰段用电占比偏高",
                        techRefs(in.catalogue(), List.of("储能"), 2), null, null, null, null, "降低电费，不直接节能", fid));
            }
        }
        return new Outcome(new RuleStatus(id, name, true, "已分析 " + loads.size() + " 块电表", findings.size()), findings,
                tasks);
    }

    // ---------------------------------------------------------------- management

    public static Outcome management(DiagnosisInput in) {
        String id = "MANAGEMENT";
        String name = "能源管理检查表";
        ManagementAssessment a = in.management();
        if (a == null || a.maxScore() <= 0) {
            return inactive(id, name, "能源管理检查表尚未填写（步骤“能源管理情况”）");
        }
        List<Finding> findings = new ArrayList<>();
        List<RetrofitTask> tasks = new ArrayList<>();
        Map<ManagementArea, List<ManagementItem>> gaps = new LinkedHashMap<>();
        for (ManagementItem g : a.gaps()) {
            gaps.computeIfAbsent(g.area(), k -> new ArrayList<>()).add(g);
        }
        for (Map.Entry<ManagementArea, List<ManagementItem>> e : gaps.entrySet()) {
            ManagementArea area = e.getKey();
            String fid = id + ":" + area.name();
            DiagnosisItem item = area == ManagementArea.METERING || area == ManagementArea.STATISTICS
                    ? DiagnosisItem.METERING : DiagnosisItem.MANAGEMENT;
            String questions = String.join("；", e.getValue().stream().map(ManagementItem::question).toList());
            findings.add(new Finding(fid, item, area.label() + "存在不足", "能源管理检查表未满足项：" + questions,
                    String.join("；", e.getValue().stream().map(ManagementItem::basis).filter(s -> !s.isBlank()).distinct()
                            .toList()), e.getValue().size() >= 2 ? Severity.MEDIUM : Severity.LOW, id));
            TaskCategory cat;
            String task;
            String content;
            List<String> refs = List.of();
            switch (area) {
                case DIGITAL -> {
                    cat = TaskCategory.DIGITAL;
                    task = "数字化能碳管理平台建设";
                    content = "建设能源在线监测和数字化能碳管理平台，实现重点用能设备和主要碳排放源数据实时采集、分析和预警";
                    refs = techRefs(in.catalogue(), List.of("能源管控", "能碳"), 3);
                }
                case METERING -> {
                    cat = TaskCategory.DIGITAL;
                    task = "能源计量器具配备与管理完善";
                    content = "按 GB 17167 要求补齐计量器具，建立计量器具台账并定期检定校准";
                }
                case CERTIFICATION -> {
                    cat = TaskCategory.MANAGEMENT;
                    task = "能源管理体系建设与认证";
                    content = "按 GB/T 23331（ISO 50001）建立能源管理体系并通过认证";
                }
                default -> {
                    cat = TaskCategory.MANAGEMENT;
                    task = area.label() + "完善";
                    content = "针对检查发现的不足：" + questions + "，完善相关制度、岗位职责和考核机制";
                }
            }
            tasks.add(new RetrofitTask("CAND:" + fid, cat, task, content, List.of(fid), area.label() + "存在不足", refs, null,
                    null, null, null, "管理类措施，节能量视执行情况核定", fid));
        }
        String status = "得分 " + fmt(a.score()) + "/" + fmt(a.maxScore()) + "（" + a.level() + "）";
        findings.add(0, new Finding(id + ":SCORE", DiagnosisItem.MANAGEMENT, "能源管理水平" + a.level(), "能源管理检查表" + status,
                "", Severity.INFO, id));
        return new Outcome(new RuleStatus(id, name, true, status, findings.size()), findings, tasks);
    }

    public static Outcome metering(DiagnosisInput in) {
        String id = "METERING";
        String name = "计量器具配备率（GB 17167）";
        ManagementAssessment a = in.management();
        if (a == null || a.metering().isEmpty()) {
            return inactive(id, name, "未填写计量器具配备情况（步骤“能源管理情况” › 计量器具配备）");
        }
        List<Finding> findings = new ArrayList<>();
        List<String> fids = new ArrayList<>();
        for (MeteringResult r : a.metering()) {
            if (r.meets()) {
                continue;
            }
            String fid = id + ":" + r.count().energyKind() + ":" + r.count().level().name();
            fids.add(fid);
            findings.add(new Finding(fid, DiagnosisItem.METERING, r.count().energyKind() + r.count().level().label() + "计量器具配备率不达标",
                    "应配 " + r.count().required() + " 处，已配 " + r.count().installed() + " 处，配备率 " + fmt(r.ratePercent())
                            + "%，要求 " + fmt(r.requiredPercent()) + "%；数据：能源管理情况 › 计量器具配备", r.basis(), Severity.HIGH, id));
        }
        List<RetrofitTask> tasks = fids.isEmpty() ? List.of() : List.of(new RetrofitTask("CAND:" + id,
                TaskCategory.DIGITAL, "能源计量器具配备完善", "补齐" + String.join("、", findings.stream().map(f -> f.title()
                .replace("计量器具配备率不达标", "")).toList()) + "的计量器具，使配备率达到 GB 17167-2006 要求，并接入在线监测系统",
                fids, String.join("；", findings.stream().map(Finding::title).toList()),
                techRefs(in.catalogue(), List.of("计量", "能源管控"), 2), null, null, null, null,
                "按缺配数量和器具单价测算投资", id));
        return new Outcome(new RuleStatus(id, name, true, "已核对 " + a.metering().size() + " 项配备率", findings.size()),
                findings, tasks);
    }

    // ---------------------------------------------------------------- carbon

    public static Outcome emissionSources(DiagnosisInput in) {
        String id = "EMISSION_SOURCES";
        String name = "主要碳排放环节";
        Optional<CarbonResult.YearEmissions> y = baseEmissions(in);
        if (y.isEmpty() || y.get().ranked().isEmpty()) {
            return inactive(id, name, "基准年无碳排放核算结果（步骤“企业碳排放情况”）");
        }
        CarbonResult.Source top = y.get().ranked().get(0);
        double share = top.tco2() / y.get().totalTco2();
        String evidence = y.get().year() + "年排放总量 " + fmt(y.get().totalTco2()) + " tCO2，最大排放源“" + top.name() + "” "
                + fmt(top.tco2()) + " tCO2（" + fmt(share * 100) + "%）；排放因子：" + top.factorSource();
        String fid = id + ":" + top.name();
        Finding f = new Finding(fid, DiagnosisItem.EMISSION_SOURCES, "主要碳排放环节为" + top.name(), evidence, top.factorSource(),
                Severity.INFO, id);
        RetrofitTask task = switch (top.category()) {
            case "FUEL" -> new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, top.name() + "燃料替代与电气化改造",
                    "评估以电能、天然气、生物质等低碳能源替代" + top.name() + "的可行性，实施电气化改造", List.of(fid), f.title(),
                    techRefs(in.catalogue(), List.of("电气化", "热泵", "替代"), 3), null, null, null, null,
                    "减排量按替代燃料量 × 排放因子差测算", fid);
            case "PROCESS" -> new RetrofitTask("CAND:" + fid, TaskCategory.PROCESS, "工业过程排放控制",
                    "针对" + top.name() + "，实施原料替代、降低熟料系数等过程减排措施", List.of(fid), f.title(),
                    techRefs(in.catalogue(), List.of("原料替代", "熟料"), 3), null, null, null, null,
                    "减排量按替代原料量测算", fid);
            case "ELECTRICITY" -> new RetrofitTask("CAND:" + fid, TaskCategory.ENERGY_STRUCTURE, "绿电应用降低间接排放",
                    "通过分布式光伏、绿电交易和绿证降低外购电力间接排放", List.of(fid), f.title(),
                    techRefs(in.catalogue(), List.of("光伏"), 2), null, null, null, null, "减排量 = 绿电量 × 电网排放因子", fid);
            default -> null;
        };
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), task == null ? List.of() : List.of(task));
    }

    public static Outcome ghgAccounting(DiagnosisInput in) {
        String id = "GHG_ACCOUNTING";
        String name = "温室气体排放核算完整性";
        if (in.analysis() == null || in.analysis().carbon().years().stream().allMatch(y -> y.sources().isEmpty())) {
            return inactive(id, name, "无碳排放核算数据（步骤“企业碳排放情况”）");
        }
        var issues = in.analysis().carbon().issues();
        if (issues.isEmpty()) {
            Finding f = new Finding(id, DiagnosisItem.GHG_ACCOUNTING, "温室气体排放核算数据完整",
                    "核算 " + in.analysis().carbon().years().stream().filter(y -> !y.sources().isEmpty()).count()
                            + " 个年度，未发现缺失项", "", Severity.INFO, id);
            return new Outcome(new RuleStatus(id, name, true, f.evidence(), 1), List.of(f), List.of());
        }
        String evidence = String.join("；", issues.stream().limit(5).map(i -> i.field() + "：" + i.message()).toList())
                + (issues.size() > 5 ? "等 " + issues.size() + " 项" : "");
        Finding f = new Finding(id, DiagnosisItem.GHG_ACCOUNTING, "温室气体排放核算数据不完整", evidence, "", Severity.MEDIUM, id);
        RetrofitTask task = new RetrofitTask("CAND:" + id, TaskCategory.MANAGEMENT, "碳排放管理制度与核算台账建设",
                "建立碳排放管理制度，明确核算边界、活动数据和排放因子来源，建立月度核算台账", List.of(id), f.title(), List.of(),
                null, null, null, null, "管理类措施", id);
        return new Outcome(new RuleStatus(id, name, true, evidence, 1), List.of(f), List.of(task));
    }

    // ---------------------------------------------------------------- helpers

    static Outcome inactive(String id, String name, String reason) {
        return new Outcome(new RuleStatus(id, name, false, reason, 0), List.of(), List.of());
    }

    static Optional<EnergySummary.YearTotals> baseTotals(DiagnosisInput in) {
        if (in.analysis() == null) {
            return Optional.empty();
        }
        int y = in.project().energy().baseYear();
        return in.analysis().energy().totals().stream().filter(t -> t.year() == y).findFirst();
    }

    static Optional<CarbonResult.YearEmissions> baseEmissions(DiagnosisInput in) {
        if (in.analysis() == null) {
            return Optional.empty();
        }
        int y = in.project().energy().baseYear();
        return in.analysis().carbon().years().stream().filter(e -> e.year() == y).findFirst();
    }

    /**
     * Base-year energy-related tCO2 per tce (fuel combustion, purchased electricity and heat; process
     * emissions excluded because saving energy does not reduce them): turns energy savings into CO2
     * when no better figure exists.
     */
    static double co2PerTce(DiagnosisInput in) {
        var t = baseTotals(in);
        var e = baseEmissions(in);
        if (t.isEmpty() || e.isEmpty() || t.get().tce() <= 0) {
            return Double.NaN;
        }
        double energyCo2 = e.get().sources().stream().filter(x -> switch (x.category()) {
            case "FUEL", "ELECTRICITY", "HEAT" -> true;
            default -> false;
        }).mapToDouble(CarbonResult.Source::tco2).sum();
        return energyCo2 / t.get().tce();
    }

    /** Base-year average energy price in 万元/tce. */
    static double costPerTce(DiagnosisInput in) {
        var t = baseTotals(in);
        return t.isPresent() && t.get().tce() > 0 && t.get().costWanYuan() > 0 ? t.get().costWanYuan() / t.get().tce()
                : Double.NaN;
    }

    static List<String> techRefs(Catalogue c, List<String> queries, int max) {
        List<String> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        // technologies named after the query first; description matches only when no name matches
        for (boolean byName : new boolean[] {true, false}) {
            for (String q : queries) {
                for (Technology t : c.searchTechnologies(q, null, null)) {
                    if (byName != t.name().contains(q)) {
                        continue;
                    }
                    String ref = ref(c, t);
                    if (!out.contains(ref)) {
                        out.add(ref);
                    }
                    if (out.size() >= max) {
                        return out;
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** How a task cites a catalogue technology, e.g. 《目录》（2024年版）… 第3项 名称. */
    public static String ref(Catalogue c, Technology t) {
        return "《目录》（" + c.edition() + "年版）" + t.section() + " 第" + t.number() + "项 " + t.name();
    }

    /** How a task cites a catalogue equipment model. */
    public static String ref(Catalogue c, EquipmentModel m) {
        return "《目录》（" + c.edition() + "年版）装备 " + m.equipmentClass() + " 第" + m.number() + "项 " + m.product()
                + (m.model().isBlank() ? "" : "（" + m.model() + "）");
    }

    static List<String> equipmentRefs(Catalogue c, EquipmentClass cls) {
        if (c == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String kw = switch (cls) {
            case MOTOR -> "电动机";
            case TRANSFORMER -> "变压器";
            case FAN -> "风机";
            case PUMP -> "泵";
            case AIR_COMPRESSOR -> "压缩机";
            case BOILER -> "锅炉";
            case REFRIGERATION -> "制冷";
            default -> "";
        };
        if (!kw.isEmpty()) {
            for (EquipmentModel m : c.equipmentForClass(kw)) {
                out.add(ref(c, m));
                if (out.size() >= 2) {
                    break;
                }
            }
        }
        String q = switch (cls) {
            case MOTOR -> "电机";
            case TRANSFORMER -> "变压器";
            case FAN -> "风机";
            case PUMP -> "泵";
            case AIR_COMPRESSOR -> "空压";
            case BOILER -> "锅炉";
            case REFRIGERATION -> "制冷";
            case KILN -> "窑";
            case OTHER -> "余热";
        };
        for (String r : techRefs(c, List.of(q), 2)) {
            out.add(r);
        }
        return out;
    }

    static String fmt(Double v) {
        if (v == null || Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,.2f", v).replaceAll("\\.00$", "");
    }

    static String fmt3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String fmt4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
