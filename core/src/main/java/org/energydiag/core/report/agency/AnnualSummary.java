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

    public static final String TITLE = "2026年度工业节能降碳诊断服务工作总结";
    public static final String SUBTITLE = "（初稿）";

    /** The outline's five headings, exactly and in order. */
    public static final List<String> HEADINGS = List.of("一、年度工作完成情况", "二、节能降碳诊断结果", "三、报告编制情况",
            "四、典型经验做法", "五、随附材料");

    /** Shown for an estimate the engineer has not filled in. */
    public static final String NOT_FILLED = "未填写";
    public static final String TOTAL = "合计";

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
    private record Item(DiagnosisProject project, Enterprise e, int baseYear, OptionalDouble tce, OptionalDouble tco2) {
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
        Objects.requireNonNull(evaluations, "evaluations");
        Objects.requireNonNull(date, "date");
        List<Item> items = new ArrayList<>();
        for (var ev : evaluations) {
            DiagnosisProject p = ev.project();
            ProjectAnalysis a = ev.analysis();
            int year = p.energy().baseYear();
            items.add(new Item(p, p.enterprise(), year, baseYearTce(a.energy(), year), baseYearTco2(a.carbon(), year)));
        }
        Totals t = totals(items);
        String sub = submitter == null ? "" : submitter.trim();
        List<Section> sections = List.of(
                new Section(HEADINGS.get(0), completion(items, t, sub)),
                new Section(HEADINGS.get(1), results(items, t)),
                new Section(HEADINGS.get(2), reports(items)),
                new Section(HEADINGS.get(3), experience()),
                new Section(HEADINGS.get(4), attachments(items)));
        String dateText = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        return new Model(TITLE, SUBTITLE, "报送单位：" + (sub.isEmpty() ? "　　　　　　　　（盖章）" : sub), dateText,
                sections, t);
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
            b.add(new Paragraph("本年度尚无诊断项目数据，被服务企业数量、区域及行业分布、能源消费及碳排放情况无法汇总。"));
            b.add(new Paragraph("【待补充：开展的主要工作、任务完成情况。】", true));
            return b;
        }
        List<String> agencies = items.stream().map(i -> i.e().agencyName().trim()).filter(s -> !s.isEmpty())
                .distinct().toList();
        b.add(new Paragraph("本年度" + (submitter.isEmpty() ? "" : submitter) + "共组织对 " + t.projects()
                + " 家企业开展工业节能降碳诊断服务，其中重点行业领域企业节能降碳诊断 " + t.keySectorProjects()
                + " 家、重点工业产品设备节能降碳诊断 " + t.productProjects() + " 家。"
                + (agencies.isEmpty() ? "各项目未填写诊断服务机构名称。"
                        : "承担诊断服务的机构共 " + agencies.size() + " 家：" + String.join("、", agencies) + "。")
                + "被诊断企业分布在 " + t.byProvince().size() + " 个省份、" + t.bySector().size()
                + " 个行业领域，分布情况见表1、表2。"));
        b.add(distribution("表1 被诊断企业行业分布", "所属行业领域", items, Item::sector));
        b.add(distribution("表2 被诊断企业区域分布", "省份", items, Item::province));
        StringBuilder energy = new StringBuilder("按各企业近一年（基准年）数据汇总，");
        if (t.withoutEnergy() == t.projects()) {
            energy.append("各项目均未填写能源消费数据，能源消费量无法汇总；");
        } else {
            energy.append("被诊断企业综合能源消费量合计 ").append(wan(t.energyTce())).append(" 万吨标准煤（当量值）");
            if (t.withoutEnergy() > 0) {
                energy.append("（").append(t.withoutEnergy()).append(" 家企业未填写，未计入）");
            }
            energy.append("；");
        }
        if (t.withoutEmissions() == t.projects()) {
            energy.append("各项目均未核算碳排放，碳排放量无法汇总。");
        } else {
            energy.append("碳排放量合计 ").append(wan(t.emissionsTco2())).append(" 万吨二氧化碳");
            if (t.withoutEmissions() > 0) {
                energy.append("（").append(t.withoutEmissions()).append(" 家企业未核算，未计入）");
            }
            energy.append("。");
        }
        energy.append("各企业情况见表3。");
        b.add(new Paragraph(energy.toString()));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Item i : items) {
            rows.add(List.of(Integer.toString(n++), i.name(), i.province(), i.sector(), Integer.toString(i.baseYear()),
                    opt(i.tce(), AnnualSummary::num0), opt(i.tco2(), AnnualSummary::num0)));
        }
        b.add(new Table("表3 被诊断企业能源消费及碳排放情况", List.of("序号", "企业名称", "省份", "所属行业领域", "基准年",
                "综合能源消费量（吨标准煤，当量值）", "碳排放量（吨二氧化碳）"), rows,
                List.of(TOTAL, "", "", "", "", num0(t.energyTce()), num0(t.emissionsTco2())),
                List.of(7, 24, 10, 13, 8, 19, 19)));
        b.add(new Paragraph("【待补充：开展的主要工作（组织对接、现场诊断、技术培训、回访指导等）及任务完成情况。】", true));
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
        return new Table(caption, List.of("序号", what, "企业数量（家）", "综合能源消费量（万吨标准煤）", "碳排放量（万吨二氧化碳）"),
                rows, List.of(TOTAL, "", Integer.toString(items.size()), sumText(items, Item::tce),
                        sumText(items, Item::tco2)), List.of(7, 25, 14, 27, 27));
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
            b.add(new Paragraph("各项目尚未采纳节能降碳改造任务，分行业领域的改造措施建议无法汇总。"));
        } else {
            b.add(new Paragraph("各被诊断企业共采纳节能降碳改造任务 " + t.tasks() + " 项，分行业领域的改造措施建议见表4。"));
            Map<String, List<Item>> bySector = new LinkedHashMap<>();
            items.forEach(i -> bySector.computeIfAbsent(i.sector(), k -> new ArrayList<>()).add(i));
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (var g : bySector.entrySet()) {
                Map<TaskCategory, Integer> cats = new EnumMap<>(TaskCategory.class);
                g.getValue().forEach(i -> i.tasks().forEach(x -> cats.merge(x.category(), 1, Integer::sum)));
                List<String> names = new ArrayList<>();
                g.getValue().forEach(i -> i.tasks().forEach(x -> names.add(x.name())));
                String catText = String.join("；", cats.entrySet().stream()
                        .map(e -> e.getKey().label() + "任务 " + e.getValue() + " 项").toList());
                rows.add(List.of(Integer.toString(n++), g.getKey(), Integer.toString(g.getValue().size()),
                        Integer.toString(names.size()), names.isEmpty() ? "无" : catText,
                        names.isEmpty() ? "无" : String.join("；", names.stream().distinct().toList())));
            }
            b.add(new Table("表4 分行业领域节能降碳改造措施建议", List.of("序号", "所属行业领域", "企业数量（家）",
                    "改造任务（项）", "任务类别", "主要措施"), rows, List.of(), List.of(7, 13, 10, 10, 22, 38)));
        }
        if (t.keyProjects() == 0) {
            b.add(new Paragraph("各项目尚未填写拟实施的节能降碳改造重点项目，投资估算、预期节能降碳效果和经济效益无法汇总。"));
            return b;
        }
        b.add(new Paragraph("拟实施节能降碳改造重点项目 " + t.keyProjects() + " 项，预计总投资 "
                + figure(t.investmentWanYuan(), t.withoutInvestment(), t.keyProjects(), AnnualSummary::num2) + " 万元；"
                + "预期年节能量 " + figure(t.savingTce(), t.withoutSaving(), t.keyProjects(), AnnualSummary::num0)
                + " 吨标准煤，年减少二氧化碳排放 " + figure(t.reductionTco2(), t.withoutReduction(), t.keyProjects(),
                AnnualSummary::num0) + " 吨，年节约能源费用 " + figure(t.costSavingWanYuan(), t.withoutCostSaving(),
                t.keyProjects(), AnnualSummary::num2) + " 万元"
                + (t.withoutInvestment() + t.withoutSaving() + t.withoutReduction() + t.withoutCostSaving() > 0
                        ? "（部分项目未填写相应估算，合计只含已填写的项目）" : "")
                + "。各项目见表5。"));
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
        b.add(new Table("表5 拟实施节能降碳改造重点项目及预期效果", List.of("序号", "企业名称", "项目名称", "项目阶段",
                "预计总投资（万元）", "预期节能量（吨标准煤/年）", "预期减排量（吨二氧化碳/年）", "预期节约费用（万元/年）"), rows,
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
            b.add(new Paragraph("本年度尚无诊断项目数据，报告编制情况无法汇总。"));
            return b;
        }
        int plans = 0;
        int carbon = 0;
        int footprint = 0;
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (Item i : items) {
            boolean plan = !i.tasks().isEmpty() || !i.keyProjects().isEmpty();
            plans += plan ? 1 : 0;
            carbon += i.tco2().isPresent() ? 1 : 0;
            boolean product = i.e().kind() == DiagnosisKind.PRODUCT_EQUIPMENT;
            footprint += product ? 1 : 0;
            rows.add(List.of(Integer.toString(n++), i.name(),
                    plan ? "已形成（改造任务 " + i.tasks().size() + " 项、重点项目 " + i.keyProjects().size() + " 项）" : "未形成",
                    i.tco2().isPresent() ? "已核算（" + i.baseYear() + "年）" : "未核算",
                    product ? "需编制（" + (i.e().carbonFootprintProducts().isBlank() ? "产品类型未填写"
                            : i.e().carbonFootprintProducts()) + "）" : "不适用"));
        }
        b.add(new Paragraph("在节能降碳诊断服务的基础上，为 " + items.size() + " 家企业编制节能降碳诊断报告；其中 " + plans
                + " 家企业已形成节能降碳改造具体方案（已确定改造任务或重点项目），" + carbon + " 家企业已完成碳排放核算，"
                + footprint + " 家重点工业产品设备诊断企业需编制重点工业产品碳足迹核算报告。各企业情况见表6。"));
        b.add(new Table("表6 报告编制情况", List.of("序号", "企业名称", "节能降碳改造具体方案", "企业碳排放核算报告",
                "产品碳足迹核算报告"), rows, List.of(), List.of(7, 25, 25, 18, 25)));
        return b;
    }

    // 四、典型经验做法
    private static List<Block> experience() {
        return List.of(
                new Paragraph("本节内容无法由项目数据汇总，请结合本地区（企业集团）实际情况填写。"),
                new Paragraph("【待补充：组织实施节能降碳诊断服务、推动节能降碳改造具体方案和诊断结果应用的经验做法及效果。】", true),
                new Paragraph("【待补充：面临的问题困难。】", true),
                new Paragraph("【待补充：工作建议。】", true));
    }

    // 五、随附材料
    private static List<Block> attachments(List<Item> items) {
        if (items.isEmpty()) {
            return List.of(new Paragraph("本年度尚无诊断项目，暂无随附材料。"));
        }
        long plans = items.stream().filter(i -> !i.tasks().isEmpty() || !i.keyProjects().isEmpty()).count();
        long carbon = items.stream().filter(i -> i.tco2().isPresent()).count();
        long footprint = items.stream().filter(i -> i.e().kind() == DiagnosisKind.PRODUCT_EQUIPMENT).count();
        return List.of(
                new Paragraph("1. 节能降碳诊断报告（" + items.size() + " 份）"),
                new Paragraph("2. 节能降碳改造具体方案（" + plans + " 份）"),
                new Paragraph("3. 企业碳排放核算报告（" + carbon + " 份）"),
                new Paragraph("4. 工业产品碳足迹核算报告（" + footprint + " 份）"),
                new Paragraph("5. 企业满意度调查表（" + items.size() + " 份）"));
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
        run(p, "第 ", BODY_FONT, 10.5, false);
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE \\* MERGEFORMAT");
        var fr = field.addNewR();
        fr.addNewT().setStringValue("1");
        XWPFRun after = p.createRun();
        after.setText(" 页");
        after.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
        after.setFontSize(10.5);
    }
}
