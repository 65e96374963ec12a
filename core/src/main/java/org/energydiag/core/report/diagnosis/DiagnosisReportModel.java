package org.energydiag.core.report.diagnosis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.diagnosis.RuleStatus;
import org.energydiag.core.diagnosis.TargetsResult;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.management.MeteringResult;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.report.plan.Docx;
import org.energydiag.core.report.plan.ListsWorkbook;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.report.plan.PlanTables;
import org.energydiag.core.report.plan.PlanTables.Table;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.text.Texts;

/**
 * The 节能降碳诊断报告 as text and rows, every figure read from one {@link ProjectEvaluation} (the
 * same object the plan prints): nothing here computes a total of its own. A part without data is
 * null (a table) or empty (a text), and the writer says what is missing instead of inventing it.
 *
 * @param figures the report's headline figures, as the evaluation holds them (for the summary and the tests)
 */
public record DiagnosisReportModel(String company, String agency, LocalDate date, int baseYear, Figures figures,
                                   List<String> basis, String scope, List<String> summary,
                                   String introduction, List<Labelled> profile, Table products, String processText,
                                   String energyText, Table energy, String trendText,
                                   String managementSummary, List<Labelled> management, Table metering, String meteringText,
                                   Table equipment, String equipmentSummary, Table savings, String savingsAssumptions,
                                   String balanceText, Table losses,
                                   Table unitConsumption, Table benchmarkGaps,
                                   String carbonText, Table carbon, String carbonTrend,
                                   Table problems, List<Labelled> hints, String rulesNotRun,
                                   Table potential,
                                   String level, String evaluationText, Table recommendations) {

    /** A paragraph headed by a bold label; a null label: a plain paragraph; a blank text prints 【待补充】. */
    public record Labelled(String label, String text) {
    }

    /**
     * The headline figures, each the evaluation's own value (NaN where the evaluation has none).
     *
     * @param consumptionTce         base-year 综合能源消费量, 当量值 ({@code ev.baseYearTotals().tce()})
     * @param consumptionTceEqual    the same, 等价值, NaN when incomplete
     * @param emissionsTco2          base-year CO2 total of the carbon result
     * @param problems               findings that are problems (not 提示), as in 表2-1 of the plan
     * @param hints                  findings that are 提示
     * @param benchmarkPotentialTce  {@link ProjectEvaluation#benchmarkPotentialTce()}
     * @param tasks                  accepted tasks
     * @param tasksSavingTce         the accepted tasks' saving ({@code targets().computedSavingTce()})
     * @param tasksReductionTco2     the accepted tasks' reduction ({@code targets().computedReductionTco2()})
     * @param utilizationPercent     the energy balance's utilisation, NaN without a balance
     */
    public record Figures(double consumptionTce, double consumptionTceEqual, double emissionsTco2, int problems, int hints,
                          double benchmarkPotentialTce, int tasks, double tasksSavingTce, double tasksReductionTco2,
                          double utilizationPercent) {
    }

    /** The report of one evaluation. */
    public static DiagnosisReportModel of(ProjectEvaluation ev) {
        return new Builder(ev).build();
    }

    /** Builds the model section by section; each method reads the evaluation, none computes a figure again. */
    private static final class Builder {
        private final ProjectEvaluation ev;
        private final DiagnosisProject p;
        private final ProjectAnalysis a;
        private final RetrofitReport r;
        private final int year;
        private final EnergySummary.YearTotals totals;
        private final CarbonResult.YearEmissions emissions;

        Builder(ProjectEvaluation ev) {
            this.ev = ev;
            this.p = ev.project();
            this.a = ev.analysis();
            this.r = ev.report();
            this.year = p.energy().baseYear();
            EnergySummary.YearTotals t = ev.baseYearTotals();
            this.totals = t != null && t.tce() > 0 ? t : null;
            this.emissions = a.carbon().years().stream().filter(y -> y.year() == year && !y.sources().isEmpty()).findFirst()
                    .orElse(null);
        }

        DiagnosisReportModel build() {
            Enterprise e = p.enterprise();
            Figures f = figures();
            BalanceResult bal = a.balance() != null && !a.balance().nodes().isEmpty() ? a.balance() : null;
            return new DiagnosisReportModel(p.displayName(), e.agencyName(), ev.date(), year, f,
                    basis(), scope(), summary(f),
                    e.profile().introduction(), profile(e), PlanTables.products(e), processText(),
                    totals == null ? "" : PlanTables.energyIntro(totals, year), totals == null ? null : PlanTables.energy(a.energy()),
                    trend(),
                    managementSummary(), management(), metering(), meteringText(),
                    p.equipment().items().isEmpty() ? null : PlanTables.equipment(p.equipment().items(), ev.ratings()),
                    p.equipment().items().isEmpty() ? "" : PlanTables.equipmentSummary(p.equipment().items(), ev.ratings()),
                    savings(), savingsAssumptions(),
                    bal == null ? "" : PlanTables.balanceText(bal), bal == null ? null : losses(bal),
                    PlanTables.unitConsumption(a, year), benchmarkGaps(),
                    emissions == null ? "" : PlanTables.carbonIntro(emissions, year),
                    emissions == null ? null : PlanTables.carbon(emissions, year), carbonTrend(),
                    problems(), hints(), rulesNotRun(),
                    potential(f),
                    r.evaluationLevel(), r.evaluationText(), recommendations());
        }

        private Figures figures() {
            List<Finding> problems = ListsWorkbook.problems(r);
            TargetsResult t = r.targets();
            BalanceResult bal = a.balance();
            return new Figures(totals == null ? Double.NaN : totals.tce(),
                    totals == null || !totals.tceEqualComplete() ? Double.NaN : totals.tceEqual(),
                    emissions == null ? Double.NaN : emissions.totalTco2(), problems.size(),
                    (int) r.findings().stream().filter(x -> x.severity() == Severity.INFO).count(),
                    ev.benchmarkPotentialTce(), r.tasks().size(), t.computedSavingTce(), t.computedReductionTco2(),
                    bal == null || bal.nodes().isEmpty() ? Double.NaN : bal.utilizationPercent());
        }

        // ------------------------------------------------------------ 一

        private List<String> basis() {
            List<String> out = new ArrayList<>();
            for (String k : List.of("law", "guide", "notice", "audit", "energy", "balance", "metering", "enms", "saving", "ghg",
                    "equipment")) {
                out.add(Texts.get("diagreport.basis." + k));
            }
            Set<String> standards = new LinkedHashSet<>();
            a.benchmarks().forEach(b -> standards.add(b.benchmark().standard()));
            if (!standards.isEmpty()) {
                out.add(Texts.format("diagreport.basis.benchmark", String.join("；", standards)));
            }
            return out;
        }

        private String scope() {
            List<Integer> years = a.energy().years();
            String covered = years.size() > 1 ? Texts.format("diagreport.scopeYears",
                    years.get(0) + "—" + years.get(years.size() - 1)) : "";
            String meters = ev.loads().isEmpty() ? "" : Texts.format("diagreport.scopeMeters", ev.loads().size());
            return Texts.format("diagreport.scope", p.displayName(), String.valueOf(year), covered, meters);
        }

        private List<String> summary(Figures f) {
            List<String> out = new ArrayList<>();
            if (totals == null) {
                out.add(Texts.format("diagreport.summaryEnergyMissing", Docx.TO_COMPLETE));
            } else {
                out.add(Texts.format("diagreport.summaryEnergy", String.valueOf(year), NumberStyle.amount(f.consumptionTce()),
                        Double.isNaN(f.consumptionTceEqual()) ? "" : Texts.format("diagreport.summaryEquivalent",
                                NumberStyle.amount(f.consumptionTceEqual())),
                        Double.isNaN(f.emissionsTco2()) ? Docx.TO_COMPLETE : NumberStyle.amount(f.emissionsTco2())));
            }
            out.add(f.problems() == 0 ? Texts.format("diagreport.summaryNoFindings", f.hints())
                    : Texts.format("diagreport.summaryFindings", f.problems(), severities(), f.hints()));
            if (!Double.isNaN(f.benchmarkPotentialTce())) {
                out.add(Texts.format("diagreport.summaryPotential", NumberStyle.amount(f.benchmarkPotentialTce())));
            }
            out.add(f.tasks() == 0 ? Texts.get("diagreport.summaryNoTasks") : Texts.format("diagreport.summaryTasks", f.tasks(),
                    NumberStyle.amount(f.tasksSavingTce()), NumberStyle.amount(f.tasksReductionTco2())));
            out.add(Texts.format("diagreport.summaryLevel", r.evaluationLevel().isBlank() ? Docx.TO_COMPLETE : r.evaluationLevel()));
            return out;
        }

        /** （高 2 项、中 3 项…）: the problems by severity, as the plan counts them. */
        private String severities() {
            Map<Severity, Long> by = ListsWorkbook.problems(r).stream().collect(Collectors.groupingBy(Finding::severity,
                    () -> new java.util.EnumMap<>(Severity.class), Collectors.counting()));
            return "（" + by.entrySet().stream().map(x -> Texts.format("plan.severityCount", x.getKey().label(), x.getValue()))
                    .collect(Collectors.joining("、")) + "）";
        }

        // ------------------------------------------------------------ 二

        private static List<Labelled> profile(Enterprise e) {
            return List.of(new Labelled(Texts.get("plan.labelOrganization"), e.profile().organization()),
                    new Labelled(Texts.get("plan.labelScale"), e.profile().productionScale()),
                    new Labelled(Texts.get("plan.labelPosition"), e.profile().industryPosition()),
                    new Labelled(Texts.get("plan.labelSector"), (e.sector() == null ? "" : e.sector().label())
                            + (e.industryName().isBlank() ? "" : Texts.format("plan.industry", e.industryCode(), e.industryName()))),
                    new Labelled(Texts.get("plan.labelAddress"), e.address()));
        }

        private String processText() {
            var flow = p.site().process();
            if (flow.isEmpty()) {
                return "";
            }
            String names = String.join("→", flow.units().stream().map(org.energydiag.core.process.ProcessUnit::name).toList());
            return Texts.format("diagreport.processIntro", p.displayName(), flow.units().size(), names);
        }

        // ------------------------------------------------------------ 三

        private String trend() {
            List<EnergySummary.YearTotals> ys = a.energy().totals().stream().filter(t -> t.tce() > 0 && t.year() <= year)
                    .sorted(Comparator.comparingInt(EnergySummary.YearTotals::year)).toList();
            if (ys.isEmpty()) {
                return "";
            }
            if (ys.size() == 1) {
                return Texts.format("diagreport.trendSingle", String.valueOf(ys.get(0).year()));
            }
            return Texts.format("diagreport.trend", ys.stream().map(t -> Texts.format("diagreport.trendYear", String.valueOf(t.year()),
                    NumberStyle.amount(t.tce()))).collect(Collectors.joining("、")));
        }

        // ------------------------------------------------------------ 四

        private String managementSummary() {
            ManagementAssessment m = r.management();
            return m == null || (m.maxScore() <= 0 && m.metering().isEmpty()) ? "" : m.summary();
        }

        /**
         * The aspects of the management (制度建设 … 数字化), from the engineer's own paragraph when written
         * (a line "aspect：text" headed by the aspect), else from the checklist.
         */
        private List<Labelled> management() {
            List<Labelled> out = new ArrayList<>();
            String own = p.plan().management().paragraph();
            if (!own.isBlank()) {
                for (String line : own.split("\n")) {
                    ManagementAssessment.Aspect aspect = Arrays.stream(ManagementAssessment.Aspect.values())
                            .filter(x -> line.strip().startsWith(x.label() + "：")).findFirst().orElse(null);
                    if (aspect == null) {
                        out.add(new Labelled(null, line));
                    } else {
                        String text = line.strip().substring(aspect.label().length() + 1).strip();
                        out.add(new Labelled(aspect.label(), text.equals(Docx.TO_COMPLETE) ? "" : text));
                    }
                }
                return out;
            }
            ManagementAssessment m = r.management();
            for (ManagementAssessment.Aspect aspect : ManagementAssessment.Aspect.values()) {
                String[] text = (m == null ? "" : m.aspects().getOrDefault(aspect, "")).split("\n", 2);
                out.add(new Labelled(aspect.label(), text[0]));
                // the metering check follows as 表4-1 with its conclusion (meteringText), not twice
                if (text.length > 1 && (aspect != ManagementAssessment.Aspect.STATISTICS || metering() == null)) {
                    out.add(new Labelled(null, text[1]));
                }
            }
            return out;
        }

        private Table metering() {
            ManagementAssessment m = r.management();
            if (m == null || m.metering().isEmpty()) {
                return null;
            }
            List<List<String>> rows = new ArrayList<>();
            for (MeteringResult x : m.metering()) {
                boolean counted = x.status() != MeteringResult.Status.NOT_FILLED;
                rows.add(List.of(x.count().energyKind(), x.count().level().label(), String.valueOf(x.count().required()),
                        String.valueOf(x.count().installed()), counted && x.count().required() > 0 ? NumberStyle.percent(x.ratePercent()) : "—",
                        x.requiredPercent() == null ? "—" : NumberStyle.percent(x.requiredPercent()), x.status().label()));
            }
            return new Table(Texts.get("diagreport.meteringTable"), List.of(Texts.get("diagreport.col.energyKind"),
                    Texts.get("diagreport.col.level"), Texts.get("diagreport.col.required"), Texts.get("diagreport.col.installed"),
                    Texts.get("diagreport.col.rate"), Texts.get("diagreport.col.requiredRate"), Texts.get("diagreport.col.result")),
                    rows, null);
        }

        /** The metering check's conclusion under its table: the lines below the standard, or that all meet it. */
        private String meteringText() {
            ManagementAssessment m = r.management();
            if (m == null || m.metering().isEmpty()) {
                return "";
            }
            List<String> failed = m.metering().stream().filter(x -> x.status() == MeteringResult.Status.FAILS)
                    .map(x -> Texts.format("management.meteringKindLevel", x.count().energyKind(), x.count().level().label())).toList();
            if (!failed.isEmpty()) {
                return Texts.format("management.meteringFailed", String.join("、", failed));
            }
            return m.metering().stream().anyMatch(MeteringResult::checked) ? Texts.get("management.meteringAllMet") : "";
        }

        // ------------------------------------------------------------ 五

        private List<SavingsEstimator.Savings> estimated() {
            return ev.savings().stream().filter(SavingsEstimator.Savings::estimated).filter(s -> s.tce() > 0).toList();
        }

        /** The conditions every estimate shares (折标系数, 排放因子, 电价 …), printed once after the table. */
        private List<String> commonAssumptions() {
            List<SavingsEstimator.Savings> est = estimated();
            if (est.isEmpty()) {
                return List.of();
            }
            List<String> common = new ArrayList<>(est.get(0).assumptions());
            est.forEach(s -> common.retainAll(s.assumptions()));
            return common.stream().distinct().toList();
        }

        /** One row per estimated item with its own conditions; investment and payback only where any is known. */
        private Table savings() {
            List<SavingsEstimator.Savings> est = estimated();
            if (est.isEmpty()) {
                return null;
            }
            Map<String, String> names = p.equipment().items().stream()
                    .collect(Collectors.toMap(EquipmentItem::id, EquipmentItem::name, (x, y) -> x));
            List<String> common = commonAssumptions();
            boolean money = est.stream().anyMatch(s -> !Double.isNaN(s.investmentWanYuan()));
            List<List<String>> rows = new ArrayList<>();
            for (SavingsEstimator.Savings s : est) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(rows.size() + 1), names.getOrDefault(s.itemId(), ""),
                        String.join("；", s.assumptions().stream().filter(x -> !common.contains(x)).toList()),
                        NumberStyle.amount(s.kwh()), NumberStyle.amount(s.tce()), NumberStyle.amount(s.tco2())));
                if (money) {
                    row.add(NumberStyle.money(s.investmentWanYuan()));
                    row.add(NumberStyle.years(s.paybackYears()));
                }
                rows.add(row);
            }
            List<String> header = new ArrayList<>(List.of(Texts.get("diagreport.col.no"), Texts.get("diagreport.col.equipment"),
                    Texts.get("diagreport.col.conditions"), Texts.get("diagreport.col.savingKwh"), Texts.get("diagreport.col.savingTce"),
                    Texts.get("diagreport.col.savingTco2")));
            if (money) {
                header.add(Texts.get("diagreport.col.investment"));
                header.add(Texts.get("diagreport.col.payback"));
            }
            return new Table(Texts.get("diagreport.savingsTable"), header, rows, null);
        }

        private String savingsAssumptions() {
            List<String> common = commonAssumptions();
            return common.isEmpty() ? "" : Texts.format("diagreport.savingsAssumptions", String.join("；", common));
        }

        // ------------------------------------------------------------ 六

        private static Table losses(BalanceResult bal) {
            List<BalanceResult.NodeResult> ls = bal.lossesRanked().stream().filter(n -> n.lossTce() > 0).toList();
            if (ls.isEmpty() || !(bal.lossTce() > 0)) {
                return null;
            }
            List<List<String>> rows = new ArrayList<>();
            for (BalanceResult.NodeResult n : ls) {
                rows.add(List.of(n.name(), n.stage().label(), NumberStyle.amount(n.inTce()), NumberStyle.amount(n.lossTce()),
                        NumberStyle.percent(n.lossTce() / bal.lossTce() * 100)));
            }
            return new Table(Texts.get("diagreport.lossTable"), List.of(Texts.get("diagreport.col.node"), Texts.get("diagreport.col.stage"),
                    Texts.get("diagreport.col.inTce"), Texts.get("diagreport.col.lossTce"), Texts.get("diagreport.col.lossShare")), rows, null);
        }

        // ------------------------------------------------------------ 七

        private Table benchmarkGaps() {
            List<BenchmarkComparison.Result> bs = a.benchmarks().stream().filter(b -> b.year() == year).toList();
            if (bs.isEmpty()) {
                return null;
            }
            List<List<String>> rows = new ArrayList<>();
            for (BenchmarkComparison.Result b : bs) {
                rows.add(List.of(b.product(), NumberStyle.intensity(b.value()) + " " + b.unit(),
                        gap(b.gapToAdvanced(), b.unit()), gap(b.gapToBaseline(), b.unit()), b.benchmark().standard()));
            }
            return new Table(Texts.get("diagreport.benchmarkGapTable"), List.of(Texts.get("diagreport.col.product"),
                    Texts.get("diagreport.col.value"), Texts.get("diagreport.col.gapAdvanced"), Texts.get("diagreport.col.gapBaseline"),
                    Texts.get("diagreport.col.standard")), rows, null);
        }

        private static String gap(double v, String unit) {
            return Double.isNaN(v) ? "—" : NumberStyle.intensity(v) + " " + unit;
        }

        // ------------------------------------------------------------ 八

        private String carbonTrend() {
            List<String> ys = a.carbon().years().stream().filter(x -> x.totalTco2() != 0 && x.year() <= year)
                    .sorted(Comparator.comparingInt(CarbonResult.YearEmissions::year))
                    .map(x -> Texts.format("diagreport.carbonYear", String.valueOf(x.year()), NumberStyle.amount(x.totalTco2()))).toList();
            return ys.size() < 2 ? "" : Texts.format("diagreport.carbonTrend", String.join("、", ys));
        }

        // ------------------------------------------------------------ 九

        private Table problems() {
            List<Finding> ps = ListsWorkbook.problems(r);
            if (ps.isEmpty()) {
                return null;
            }
            List<List<String>> rows = new ArrayList<>();
            for (Finding f : ps) {
                rows.add(List.of(String.valueOf(rows.size() + 1), f.item().label(), f.title(), evidence(f), f.severity().label()));
            }
            return new Table(Texts.get("diagreport.problemsTable"), List.of(Texts.get("diagreport.col.no"), Texts.get("diagreport.col.item"),
                    Texts.get("diagreport.col.problem"), Texts.get("diagreport.col.evidence"), Texts.get("diagreport.col.severity")),
                    rows, null);
        }

        private static String evidence(Finding f) {
            return f.evidence() + (f.source().isBlank() ? "" : Texts.format("plan.against", f.source()));
        }

        private List<Labelled> hints() {
            return r.findings().stream().filter(f -> f.severity() == Severity.INFO)
                    .map(f -> new Labelled("【" + f.severity().label() + "】" + f.title(), evidence(f))).toList();
        }

        private String rulesNotRun() {
            List<String> names = r.rules().stream().filter(x -> !x.active()).map(RuleStatus::name).distinct().toList();
            return names.isEmpty() ? "" : Texts.format("diagreport.rulesNotRun", String.join("、", names));
        }

        // ------------------------------------------------------------ 十

        private Table potential(Figures f) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(Texts.get("diagreport.potential.benchmark"), amountOrNot(f.benchmarkPotentialTce()), "—",
                    Texts.get("diagreport.potential.benchmarkBasis")));
            long items = estimated().size();
            if (items > 0) {
                rows.add(List.of(Texts.format("diagreport.potential.equipment", items), "—", "—",
                        Texts.format("diagreport.potential.equipmentBasis", "5-2")));
            }
            for (RetrofitTask c : r.candidates()) {
                if (c.savingTce() != null) {
                    rows.add(List.of(c.name(), NumberStyle.amount(c.savingTce()), c.savingTco2() == null ? "—" : NumberStyle.amount(c.savingTco2()),
                            c.category().label()));
                }
            }
            if (f.tasks() > 0) {
                rows.add(List.of(Texts.format("diagreport.potential.tasks", f.tasks()), NumberStyle.amount(f.tasksSavingTce()),
                        NumberStyle.amount(f.tasksReductionTco2()), Texts.get("diagreport.potential.tasksBasis")));
            }
            return new Table(Texts.get("diagreport.potentialTable"), List.of(Texts.get("diagreport.col.potentialSource"),
                    Texts.get("diagreport.col.potentialTce"), Texts.get("diagreport.col.potentialTco2"), Texts.get("diagreport.col.basis")),
                    rows, null);
        }

        private static String amountOrNot(double v) {
            return Double.isNaN(v) ? Texts.get("diagreport.notEstimated") : NumberStyle.amount(v);
        }

        // ------------------------------------------------------------ 十一

        private Table recommendations() {
            List<TargetsResult.CategoryRow> cats = r.targets().byCategory().stream().filter(c -> c.tasks() > 0).toList();
            if (cats.isEmpty()) {
                return null;
            }
            Function<Double, String> amount = v -> Double.isNaN(v) || v == 0 ? "—" : NumberStyle.amount(v);
            List<List<String>> rows = new ArrayList<>();
            for (TargetsResult.CategoryRow c : cats) {
                rows.add(List.of(c.category().label(), String.join("；", c.names()), amount.apply(c.savingTce()),
                        amount.apply(c.reductionTco2())));
            }
            return new Table(Texts.get("diagreport.recommendationsTable"), List.of(Texts.get("diagreport.col.category"),
                    Texts.get("diagreport.col.tasks"), Texts.get("diagreport.col.tasksSaving"), Texts.get("diagreport.col.tasksCo2")),
                    rows, null);
        }
    }
}
