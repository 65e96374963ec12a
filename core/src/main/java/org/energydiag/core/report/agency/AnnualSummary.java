package org.energydiag.core.report.agency;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.project.DiagnosisKind;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * 附件4 《2026年度工业节能降碳诊断服务工作总结》 of 工信厅节函〔2026〕179号: a draft (.docx) that
 * aggregates all projects under the outline's five headings. Figures come from
 * {@link ProjectAnalysis} (base-year energy 当量值 and carbon totals) and the plans' key projects, so
 * they agree with each project's own documents. What projects cannot tell (the work done, the
 * lessons learned) is left as marked placeholders for the agency to write.
 *
 * <p>Built in two steps like every document: {@link #model} maps the projects to a flat
 * {@link Model} (numbers formatted there), {@link #write(Model, OutputStream)} lays it out.
 */
public final class AnnualSummary {

    public static final String TITLE = Texts.get("agency.summary.title");
    public static final String SUBTITLE = Texts.get("agency.summary.subtitle");

    /** The outline's five headings, exactly and in order. */
    public static final List<String> HEADINGS = List.of(Texts.get("agency.summary.heading.completion"),
            Texts.get("agency.summary.heading.results"), Texts.get("agency.summary.heading.reports"),
            Texts.get("agency.summary.heading.experience"), Texts.get("agency.summary.heading.attachments"));

    /** Shown for an estimate the engineer has not filled in. */
    public static final String NOT_FILLED = Texts.get("agency.summary.notFilled");
    public static final String TOTAL = Texts.get("agency.summary.total");

    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";

    // ---- flat view model ----

    /** A piece of a section: a paragraph or a table. */
    public sealed interface Block permits Paragraph, Table {
    }

    /** A body paragraph; {@code placeholder} marks text the agency still has to write. */
    public record Paragraph(String text, boolean placeholder) implements Block {
        public Paragraph(String text) {
            this(text, false);
        }
    }

    /**
     * A table with its caption (表N …) above it; every cell already formatted. {@code total} is the
     * 合计 row or empty. {@code weights} are relative column widths.
     */
    public record Table(String caption, List<String> columns, List<List<String>> rows, List<String> total,
                        List<Integer> weights) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            total = List.copyOf(total);
            weights = List.copyOf(weights);
        }
    }

    public record Section(String heading, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * The aggregated figures behind the text (unrounded), for tests and for other screens.
     *
     * @param energyTce           sum of base-year 当量值 of the projects that have it (tce)
     * @param emissionsTco2       sum of base-year emissions of the projects that have them (tCO2)
     * @param investmentWanYuan   sum over key projects with an investment filled in
     * @param savingTce           sum over key projects with a saving filled in (tce/a)
     * @param reductionTco2       sum over key projects with a reduction filled in (tCO2/a)
     * @param costSavingWanYuan   sum over key projects with a cost saving filled in (万元/a)
     */
    public record Totals(int projects, int keySectorProjects, int productProjects, Map<String, Integer> bySector,
                         Map<String, Integer> byProvince, double energyTce, int withoutEnergy, double emissionsTco2,
                         int withoutEmissions, int keyProjects, double investmentWanYuan, int withoutInvestment,
                         double savingTce, int withoutSaving, double reductionTco2, int withoutReduction,
                         double costSavingWanYuan, int withoutCostSaving, int tasks) {
    }

    public record Model(String title, String subtitle, String submitterLine, String dateText, List<Section> sections,
                        Totals totals) {
        public Model {
            sections = List.copyOf(sections);
        }
    }

    private AnnualSummary() {
    }

    // ---- mapping ----

    /** One project with what the summary needs from its analysis. */
    private record Item(DiagnosisProject project, Enterprise e, int baseYear, OptionalDouble tce, OptionalDouble tco2,
                        List<org.energydiag.core.report.Deliverables.Deliverable> documents) {
        String sector() {
            String s = e.sectorDisplay();
            return s.isBlank() ? NOT_FILLED : s;
        }

        String province() {
            return e.province() == null || e.province().display().isBlank() ? NOT_FILLED : e.province().display();
        }

        String name() {
            return project.displayName();
        }

        List<KeyProject> keyProjects() {
            return project.plan().keyProjects();
        }

        List<RetrofitTask> tasks() {
            return project.plan().tasks();
        }
    }

    /**
     * Maps the projects to the summary, each with the figures of its one evaluation.
     *
     * @param submitter 报送单位 (推荐单位), blank to leave it for the agency
     * @param date      the date printed under the title
     */
    public static Model model(List<org.energydiag.core.evaluation.ProjectEvaluation> evaluations, String submitter,
                              LocalDate date) {
        return model(evaluations, List.of(), submitter, date);
    }

    /**
     * As {@link #model(List, String, LocalDate)}, with the projects' follow-up after the plan
     * (implementation, 回访, verified savings, 企业反馈) reported at the end of 四 (an empty list: as
     * without them).
     */
    public static Model model(List<org.energydiag.core.evaluation.ProjectEvaluation> evaluations,
                              List<org.energydiag.core.verification.FollowUpEvaluation> followUps, String submitter,
                              LocalDate date) {
        Objects.requireNonNull(evaluations, "evaluations");
        Objects.requireNonNull(date, "date");
        List<Item> items = new ArrayList<>();
        for (var ev : evaluations) {
            DiagnosisProject p = ev.project();
            ProjectAnalysis a = ev.analysis();
            int year = p.energy().baseYear();
            items.add(new Item(p, p.enterprise(), year, baseYearTce(a.energy(), year), baseYearTco2(a.carbon(), year),
                    org.energydiag.core.report.Deliverables.of(ev)));
        }
        Totals t = totals(items);
        String sub = submitter == null ? "" : submitter.trim();
        List<Section> sections = List.of(
                new Section(HEADINGS.get(0), completion(items, t, sub)),
                new Section(HEADINGS.get(1), results(items, t)),
                new Section(HEADINGS.get(2), reports(items)),
                new Section(HEADINGS.get(3), withFollowUp(experience(), followUps)),
                new Section(HEADINGS.get(4), attachments(items)));
        String dateText = Texts.format("agency.summary.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        String submitterLine = sub.isEmpty() ? Texts.get("agency.summary.submitterBlank")
                : Texts.format("agency.summary.submitter", sub);
        return new Model(TITLE, SUBTITLE, submitterLine, dateText, sections, t);
    }

    /**
     * 四 followed by what the follow-up records say (表7, after 三's 表6): the 诊断—建议—实施—反馈
     * work, its results verified from data and the enterprises' feedback.
     */
    private static List<Block> withFollowUp(List<Block> section,
                                            List<org.energydiag.core.verification.FollowUpEvaluation> followUps) {
        List<Block> out = new ArrayList<>(section);
        out.addAll(org.energydiag.core.report.followup.FollowUpSummary.blocks(followUps, 7));
        return out;
    }

    private static OptionalDouble baseYearTce(EnergySummary s, int year) {
        boolean has = s.carriers().stream().anyMatch(c -> c.tce().containsKey(year));
        if (!has) {
            return OptionalDouble.empty();
        }
        return s.totals().stream().filter(y -> y.year() == year).mapToDouble(EnergySummary.YearTotals::tce).findFirst();
    }

    private static OptionalDouble baseYearTco2(CarbonResult c, int year) {
        return c.years().stream().filter(y -> y.year() == year && !y.sources().isEmpty())
                .mapToDouble(CarbonResult.YearEmissions::totalTco2).findFirst();
    }

    private static Totals totals(List<Item> items) {
        Map<String, Integer> bySector = new LinkedHashMap<>();
        Map<String, Integer> byProvince = new LinkedHashMap<>();
        double tce = 0;
        double tco2 = 0;
        int noTce = 0;
        int noTco2 = 0;
        int kind1 = 0;
        int tasks = 0;
        List<KeyProject> kps = new ArrayList<>();
        for (Item i : items) {
            bySector.merge(i.sector(), 1, Integer::sum);
            byProvince.merge(i.province(), 1, Integer::sum);
            if (i.tce().isPresent()) {
                tce += i.tce().getAsDouble();
            } else {
                noTce++;
            }
            if (i.tco2().isPresent()) {
                tco2 += i.tco2().getAsDouble();
            } else {
                noTco2++;
            }
            if (i.e().kind() == DiagnosisKind.KEY_SECTOR_ENTERPRISE) {
                kind1++;
            }
            tasks += i.tasks().size();
            kps.addAll(i.keyProjects());
        }
        return new Totals(items.size(), kind1, items.size() - kind1, bySector, byProvince, tce, noTce, tco2, noTco2,
                kps.size(), sum(kps, KeyProject::investmentWanYuan), missing(kps, KeyProject::investmentWanYuan),
                sum(kps, KeyProject::savingTce), missing(kps, KeyProject::savingTce),
                sum(kps, KeyProject::reductionTco2), missing(kps, KeyProject::reductionTco2),
                sum(kps, KeyProject::costSavingWanYuan), missing(kps, KeyProject::costSavingWanYuan), tasks);
    }

    private static double sum(List<KeyProject> kps, Function<KeyProject, Double> f) {
        return kps.stream().map(f).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sum();
    }

    private static int missing(List<KeyProject> kps, Function<KeyProject, Double> f) {
        return (int) kps.stream().map(f).filter(Objects::isNull).count();
    }

    // 一、年度工作完成情况
    private static List<Block> completion(List<Item> items, Totals t, String submitter) {
        List<Block> b = new ArrayList<>();
        if (items.isEmpty()) {
            b.add(new Paragraph(Texts.get("agency.summary.completion.noData")));
            b.add(new Paragraph(Texts.get("agency.summary.completion.todoNoData"), true));
            return b;
        }
        List<String> agencies = items.stream().map(i -> i.e().agencyName().trim()).filter(s -> !s.isEmpty())
                .distinct().toList();
        b.add(new Paragraph(Texts.format("agency.summary.completion.projects", submitter, t.projects(),
                t.keySectorProjects(), t.productProjects())
                + (agencies.isEmpty() ? Texts.get("agency.summary.completion.noAgencies")
                        : Texts.format("agency.summary.completion.agencies", agencies.size(),
                                String.join(Texts.get("agency.summary.completion.agencySeparator"), agencies)))
                + Texts.format("agency.summary.completion.spread", t.byProvince().size(), t.bySector().size())));
        b.add(distribution(Texts.get("agency.summary.completion.table1"), Texts.get("agency.summary.col.sector"), items,
                Item::sector));
        b.add(distribution(Texts.get("agency.summary.completion.table2"), Texts.get("agency.summary.col.province"), items,
                Item::province));
        String energy = t.withoutEnergy() == t.projects() ? Texts.get("agency.summary.completion.noEnergy")
                : Texts.format("agency.summary.completion.energyTotal", wan(t.energyTce()), t.withoutEnergy() > 0
                        ? Texts.format("agency.summary.completion.energyMissing", t.withoutEnergy()) : "");
        String emissions = t.withoutEmissions() == t.projects() ? Texts.get("agency.summary.completion.noEmissions")
                : Texts.format("agency.summary.completion.emissionsTotal", wan(t.emissionsTco2()), t.withoutEmissions() > 0
                        ? Texts.format("agency.summary.completion.emissionsMissing", t.withoutEmissions()) : "");
        b.add(new Paragraph(Texts.format("agency.summary.completion.energy", energy, emissions)));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Item i : items) {
            rows.add(List.of(Integer.toString(n++), i.name(), i.province(), i.sector(), Integer.toString(i.baseYear()),
                    opt(i.tce(), AnnualSummary::num0), opt(i.tco2(), AnnualSummary::num0)));
        }
        b.add(new Table(Texts.get("agency.summary.completion.table3"), List.of(Texts.get("agency.summary.col.number"),
                Texts.get("agency.summary.col.enterprise"), Texts.get("agency.summary.col.province"),
                Texts.get("agency.summary.col.sector"), Texts.get("agency.summary.completion.colBaseYear"),
                Texts.get("agency.summary.completion.colEnergy"), Texts.get("agency.summary.completion.colEmissions")), rows,
                List.of(TOTAL, "", "", "", "", num0(t.energyTce()), num0(t.emissionsTco2())),
                List.of(7, 24, 10, 13, 8, 19, 19)));
        b.add(new Paragraph(Texts.get("agency.summary.completion.todo"), true));
        return b;
    }

    private static Table distribution(String caption, String what, List<Item> items, Function<Item, String> key) {
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Item i : items) {
            groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i);
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (var g : groups.entrySet()) {
            rows.add(List.of(Integer.toString(n++), g.getKey(), Integer.toString(g.getValue().size()),
                    sumText(g.getValue(), Item::tce), sumText(g.getValue(), Item::tco2)));
        }
        return new Table(caption, List.of(Texts.get("agency.summary.col.number"), what,
                Texts.get("agency.summary.col.enterpriseCount"), Texts.get("agency.summary.completion.colEnergyWan"),
                Texts.get("agency.summary.completion.colEmissionsWan")), rows,
                List.of(TOTAL, "", Integer.toString(items.size()), sumText(items, Item::tce), sumText(items, Item::tco2)),
                List.of(7, 25, 14, 27, 27));
    }

    /** Sum in 万 of the items that have the figure; 未填写 when none has it. */
    private static String sumText(List<Item> items, Function<Item, OptionalDouble> f) {
        List<OptionalDouble> v = items.stream().map(f).filter(OptionalDouble::isPresent).toList();
        if (v.isEmpty()) {
            return NOT_FILLED;
        }
        return wan(v.stream().mapToDouble(OptionalDouble::getAsDouble).sum());
    }

    // 二、节能降碳诊断结果
    private static List<Block> results(List<Item> items, Totals t) {
        List<Block> b = new ArrayList<>();
        if (t.tasks() == 0) {
            b.add(new Paragraph(Texts.get("agency.summary.results.noTasks")));
        } else {
            b.add(new Paragraph(Texts.format("agency.summary.results.tasks", t.tasks())));
            String separator = Texts.get("agency.summary.results.separator");
            String none = Texts.get("agency.summary.none");
            Map<String, List<Item>> bySector = new LinkedHashMap<>();
            items.forEach(i -> bySector.computeIfAbsent(i.sector(), k -> new ArrayList<>()).add(i));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (var g : bySector.entrySet()) {
                Map<TaskCategory, Integer> cats = new EnumMap<>(TaskCategory.class);
                g.getValue().forEach(i -> i.tasks().forEach(x -> cats.merge(x.category(), 1, Integer::sum)));
                List<String> names = new ArrayList<>();
                g.getValue().forEach(i -> i.tasks().forEach(x -> names.add(x.name())));
                String catText = String.join(separator, cats.entrySet().stream()
                        .map(e -> Texts.format("agency.summary.results.categoryTasks", e.getKey().label(), e.getValue()))
                        .toList());
                rows.add(List.of(Integer.toString(n++), g.getKey(), Integer.toString(g.getValue().size()),
                        Integer.toString(names.size()), names.isEmpty() ? none : catText,
                        names.isEmpty() ? none : String.join(separator, names.stream().distinct().toList())));
            }
            b.add(new Table(Texts.get("agency.summary.results.table4"), List.of(Texts.get("agency.summary.col.number"),
                    Texts.get("agency.summary.col.sector"), Texts.get("agency.summary.col.enterpriseCount"),
                    Texts.get("agency.summary.results.colTasks"), Texts.get("agency.summary.results.colCategories"),
                    Texts.get("agency.summary.results.colMeasures")), rows, List.of(), List.of(7, 13, 10, 10, 22, 38)));
        }
        if (t.keyProjects() == 0) {
            b.add(new Paragraph(Texts.get("agency.summary.results.noKeyProjects")));
            return b;
        }
        b.add(new Paragraph(Texts.format("agency.summary.results.keyProjects", t.keyProjects(),
                figure(t.investmentWanYuan(), t.withoutInvestment(), t.keyProjects(), AnnualSummary::num2),
                figure(t.savingTce(), t.withoutSaving(), t.keyProjects(), AnnualSummary::num0),
                figure(t.reductionTco2(), t.withoutReduction(), t.keyProjects(), AnnualSummary::num0),
                figure(t.costSavingWanYuan(), t.withoutCostSaving(), t.keyProjects(), AnnualSummary::num2),
                t.withoutInvestment() + t.withoutSaving() + t.withoutReduction() + t.withoutCostSaving() > 0
                        ? Texts.get("agency.summary.results.partlyFilled") : "")));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Item i : items) {
            for (KeyProject k : i.keyProjects()) {
                rows.add(List.of(Integer.toString(n++), i.name(), k.name().isBlank() ? NOT_FILLED : k.name(),
                        k.phase().label(), val(k.investmentWanYuan(), AnnualSummary::num2),
                        val(k.savingTce(), AnnualSummary::num0), val(k.reductionTco2(), AnnualSummary::num0),
                        val(k.costSavingWanYuan(), AnnualSummary::num2)));
            }
        }
        b.add(new Table(Texts.get("agency.summary.results.table5"), List.of(Texts.get("agency.summary.col.number"),
                Texts.get("agency.summary.col.enterprise"), Texts.get("agency.summary.results.colProject"),
                Texts.get("agency.summary.results.colPhase"), Texts.get("agency.summary.results.colInvestment"),
                Texts.get("agency.summary.results.colSaving"), Texts.get("agency.summary.results.colReduction"),
                Texts.get("agency.summary.results.colCostSaving")), rows,
                List.of(TOTAL, "", "", "", num2(t.investmentWanYuan()), num0(t.savingTce()), num0(t.reductionTco2()),
                        num2(t.costSavingWanYuan())), List.of(7, 17, 19, 8, 13, 12, 12, 12)));
        return b;
    }

    /** A total in the text: 未填写 when no key project has it. */
    private static String figure(double sum, int missing, int count, Function<Double, String> fmt) {
        return missing == count ? NOT_FILLED : fmt.apply(sum);
    }

    // 三、报告编制情况
    private static List<Block> reports(List<Item> items) {
        List<Block> b = new ArrayList<>();
        if (items.isEmpty()) {
            b.add(new Paragraph(Texts.get("agency.summary.reports.noData")));
            return b;
        }
        int plans = 0;
        int carbon = 0;
        int footprint = 0;
        int footprintsDone = 0;
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Item i : items) {
            boolean plan = !i.tasks().isEmpty() || !i.keyProjects().isEmpty();
            plans += plan ? 1 : 0;
            // the reports as the project's list of the notice's documents says (Deliverables): one source for
            // the plan check, the submission and this table
            var carbonReport = i.documents().stream().filter(d -> d.kind() == org.energydiag.core.report.Deliverables.Kind.CARBON_REPORT)
                    .findFirst().orElseThrow();
            carbon += carbonReport.complete() ? 1 : 0;
            boolean product = i.e().kind() == DiagnosisKind.PRODUCT_EQUIPMENT;
            footprint += product ? 1 : 0;
            // footprints whose report is complete (产品碳足迹核算报告 can be written and submitted)
            List<String> studied = i.documents().stream()
                    .filter(d -> d.kind() == org.energydiag.core.report.Deliverables.Kind.FOOTPRINT_REPORT && d.complete())
                    .map(org.energydiag.core.report.Deliverables.Deliverable::product).toList();
            footprintsDone += studied.isEmpty() ? 0 : 1;
            rows.add(List.of(Integer.toString(n++), i.name(),
                    plan ? Texts.format("agency.summary.reports.planFormed", i.tasks().size(), i.keyProjects().size())
                            : Texts.get("agency.summary.reports.planNotFormed"),
                    carbonReport.complete() ? Texts.format("agency.summary.reports.carbonDone", i.baseYear())
                            : carbonReport.canWrite() ? Texts.format("agency.summary.reports.carbonGaps", i.baseYear(),
                            carbonReport.missing().size())
                            : Texts.get("agency.summary.reports.carbonNotDone"),
                    !studied.isEmpty() ? Texts.format("agency.summary.reports.footprintDone", String.join("、", studied))
                    : product ? Texts.format("agency.summary.reports.footprintNeeded",
                            i.e().carbonFootprintProducts().isBlank()
                                    ? Texts.get("agency.summary.reports.footprintProductsNotFilled")
                                    : i.e().carbonFootprintProducts())
                            : Texts.get("agency.summary.reports.notApplicable")));
        }
        b.add(new Paragraph(Texts.format("agency.summary.reports.text", items.size(), plans, carbon, footprint, footprintsDone)));
        b.add(new Table(Texts.get("agency.summary.reports.table6"), List.of(Texts.get("agency.summary.col.number"),
                Texts.get("agency.summary.col.enterprise"), Texts.get("agency.summary.reports.colPlan"),
                Texts.get("agency.summary.reports.colCarbon"), Texts.get("agency.summary.reports.colFootprint")), rows,
                List.of(), List.of(7, 25, 25, 18, 25)));
        return b;
    }

    // 四、典型经验做法
    private static List<Block> experience() {
        return List.of(
                new Paragraph(Texts.get("agency.summary.experience.intro")),
                new Paragraph(Texts.get("agency.summary.experience.todoPractice"), true),
                new Paragraph(Texts.get("agency.summary.experience.todoProblems"), true),
                new Paragraph(Texts.get("agency.summary.experience.todoSuggestions"), true));
    }

    // 五、随附材料
    private static List<Block> attachments(List<Item> items) {
        if (items.isEmpty()) {
            return List.of(new Paragraph(Texts.get("agency.summary.attachments.none")));
        }
        long plans = items.stream().filter(i -> !i.tasks().isEmpty() || !i.keyProjects().isEmpty()).count();
        long carbon = items.stream().filter(i -> i.tco2().isPresent()).count();
        long footprint = items.stream().filter(i -> i.e().kind() == DiagnosisKind.PRODUCT_EQUIPMENT).count();
        return List.of(
                new Paragraph(Texts.format("agency.summary.attachments.reports", items.size())),
                new Paragraph(Texts.format("agency.summary.attachments.plans", plans)),
                new Paragraph(Texts.format("agency.summary.attachments.carbon", carbon)),
                new Paragraph(Texts.format("agency.summary.attachments.footprint", footprint)),
                new Paragraph(Texts.format("agency.summary.attachments.satisfaction", items.size())));
    }

    // ---- number formats ----

    static String wan(double v) {
        return String.format(Locale.ROOT, "%,.2f", v / 10000.0);
    }

    static String num0(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String num2(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String opt(OptionalDouble v, Function<Double, String> f) {
        return v.isPresent() ? f.apply(v.getAsDouble()) : NOT_FILLED;
    }

    private static String val(Double v, Function<Double, String> f) {
        return v == null ? NOT_FILLED : f.apply(v);
    }

    // ---- writing ----

    /** Maps and writes; the stream is not closed. */
    public static void write(List<org.energydiag.core.evaluation.ProjectEvaluation> evaluations, String submitter,
                             LocalDate date, OutputStream out) throws IOException {
        write(model(evaluations, submitter, date), out);
    }

    /** Writes the summary with the projects' follow-up (see {@link #model(List, List, String, LocalDate)}). */
    public static void write(List<org.energydiag.core.evaluation.ProjectEvaluation> evaluations,
                             List<org.energydiag.core.verification.FollowUpEvaluation> followUps, String submitter,
                             LocalDate date, OutputStream out) throws IOException {
        write(model(evaluations, followUps, submitter, date), out);
    }

    /** A4 portrait, text width in twips (21 cm − 2 × 2.8 cm). */
    private static final int TEXT_WIDTH = 8730;

    /** Writes the document; the stream is not closed. */
    public static void write(Model m, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            pageSetup(doc);
            styles(doc);
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(120);
            run(title, m.title(), HEADING_FONT, 18, false);
            XWPFParagraph sub = doc.createParagraph();
            sub.setAlignment(ParagraphAlignment.CENTER);
            sub.setSpacingAfter(240);
            run(sub, m.subtitle(), BODY_FONT, 14, false);
            XWPFParagraph who = doc.createParagraph();
            who.setAlignment(ParagraphAlignment.CENTER);
            run(who, m.submitterLine(), BODY_FONT, 12, false);
            XWPFParagraph when = doc.createParagraph();
            when.setAlignment(ParagraphAlignment.CENTER);
            when.setSpacingAfter(360);
            run(when, m.dateText(), BODY_FONT, 12, false);
            for (Section s : m.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setStyle("Heading1");
                h.setSpacingBefore(240);
                h.setSpacingAfter(120);
                h.setKeepNext(true);
                run(h, s.heading(), HEADING_FONT, 16, false);
                for (Block block : s.blocks()) {
                    if (block instanceof Paragraph p) {
                        paragraph(doc, p);
                    } else if (block instanceof Table t) {
                        table(doc, t);
                    }
                }
            }
            footer(doc);
            org.energydiag.core.report.DocxMeta.apply(doc, m.title(), m.submitterLine(), java.time.Instant.now());
            doc.write(out);
        }
    }

    private static void paragraph(XWPFDocument doc, Paragraph p) {
        XWPFParagraph para = doc.createParagraph();
        para.setIndentationFirstLine(480);
        para.setSpacingBetween(1.5);
        para.setAlignment(ParagraphAlignment.BOTH);
        XWPFRun r = run(para, p.text(), BODY_FONT, 12, false);
        if (p.placeholder()) {
            r.setColor("C00000");
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFParagraph cap = doc.createParagraph();
        cap.setAlignment(ParagraphAlignment.CENTER);
        cap.setSpacingBefore(120);
        cap.setSpacingAfter(60);
        cap.setKeepNext(true);
        run(cap, t.caption(), HEADING_FONT, 10.5, false);
        int cols = t.columns().size();
        int rows = 1 + t.rows().size() + (t.total().isEmpty() ? 0 : 1);
        XWPFTable table = doc.createTable(rows, cols);
        table.setTableAlignment(TableRowAlign.CENTER);
        // narrow cell margins (Word's default is 108 twips) so 序号 and short columns stay on one line
        table.setCellMargins(20, 70, 20, 70);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        int weightSum = t.weights().stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = TEXT_WIDTH * t.weights().get(c) / weightSum;
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < cols; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        fill(table.getRow(0), t.columns(), widths, true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < t.rows().size(); r++) {
            fill(table.getRow(r + 1), t.rows().get(r), widths, false);
        }
        if (!t.total().isEmpty()) {
            fill(table.getRow(rows - 1), t.total(), widths, true);
        }
        // a little space after the table before the next paragraph
        doc.createParagraph().setSpacingAfter(0);
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean bold) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(Integer.toString(widths[c]));
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            String v = cells.get(c);
            p.setAlignment(bold || isNumeric(v) || c == 0 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setSpacingAfter(0);
            run(p, v, bold ? HEADING_FONT : BODY_FONT, 10.5, false);
        }
    }

    private static boolean isNumeric(String s) {
        return s.matches("[-\\d,.]+") || s.equals(NOT_FILLED);
    }

    /** A run with East Asian and Latin fonts set, so Word and WPS pick them. */
    private static XWPFRun run(XWPFParagraph p, String text, String eastAsia, double points, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(points);
        r.setBold(bold);
        return r;
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1440));
        mar.setBottom(BigInteger.valueOf(1440));
        mar.setLeft(BigInteger.valueOf(1588));
        mar.setRight(BigInteger.valueOf(1588));
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
    }

    /** Document defaults (宋体 / Times New Roman, zh-CN) and a 标题 1 style so headings show in the outline. */
    private static void styles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(LATIN_FONT);
        defaults.setHAnsi(LATIN_FONT);
        defaults.setEastAsia(BODY_FONT);
        styles.setDefaultFonts(defaults);
        styles.setEastAsia("zh-CN");
        CTStyle h1 = CTStyle.Factory.newInstance();
        h1.setStyleId("Heading1");
        h1.setType(STStyleType.PARAGRAPH);
        h1.addNewName().setVal("heading 1");
        h1.addNewBasedOn().setVal("Normal");
        h1.addNewQFormat();
        CTPPrGeneral ppr = h1.addNewPPr();
        ppr.addNewKeepNext();
        ppr.addNewOutlineLvl().setVal(BigInteger.ZERO);
        ppr.addNewSpacing().setLineRule(STLineSpacingRule.AUTO);
        CTRPr rpr = h1.addNewRPr();
        CTFonts hf = rpr.addNewRFonts();
        hf.setAscii(LATIN_FONT);
        hf.setHAnsi(LATIN_FONT);
        hf.setEastAsia(HEADING_FONT);
        styles.addStyle(new XWPFStyle(h1, styles));
    }

    private static void footer(XWPFDocument doc) {
        XWPFFooter f = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = f.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, Texts.get("agency.summary.pageBefore") + " ", BODY_FONT, 10.5, false);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        var fr = field.addNewR();
        fr.addNewT().setStringValue("1");
        XWPFRun after = p.createRun();
        after.setText(" " + Texts.get("agency.summary.pageAfter"));
        after.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
        after.setFontSize(10.5);
    }
}
