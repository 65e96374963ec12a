package org.energydiag.core.report.plan;

import org.energydiag.core.reference.CarrierId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.project.Chapter;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Table31;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * Writes 节能降碳改造具体方案 (附件2) as .docx: every heading of the template in order with its
 * numbering, filled from the project; a section without data says so. The layout comes from a
 * template (the bundled one or an agency's) with these placeholders, each alone in a paragraph
 * or inside text: {@code {{企业名称}}}, {@code {{诊断服务机构}}}, {@code {{编制日期}}} (anywhere,
 * also in headers and footers), {@code {{目录}}} (replaced by the table of contents) and
 * {@code {{正文}}} (replaced by the chapters). Styles used: Heading1–3, BodyText, Caption.
 */
public final class PlanDocxWriter {

    /** A chart or diagram at print resolution, with its caption text (without the number). */
    public record Figure(byte[] png, int widthPx, int heightPx, String caption) {
    }

    /** Figure keys the writer places, when given. */
    public static final String FIG_STRUCTURE = "energy.structure";
    public static final String FIG_TREND = "energy.trend";
    public static final String FIG_SANKEY = "energy.sankey";
    public static final String FIG_EMISSIONS = "carbon.sources";
    public static final String FIG_PROCESS = "process.flow";

    public static final String BUNDLED_TEMPLATE = "/org/energydiag/core/report/plan/plan-template.docx";

    private final ProjectEvaluation evaluation;
    private final DiagnosisProject project;
    private final ProjectAnalysis analysis;
    private final RetrofitReport report;
    private final List<Rating> ratings;
    private final Map<String, Figure> figures;
    private final LocalDate date;
    private Docx w;
    private final List<String[]> toc = new ArrayList<>();
    private int tableNo;
    private int figureNo;
    private int chapter;

    /** The plan of one evaluation: every figure it prints is read from {@code ev}, none computed here. */
    public PlanDocxWriter(ProjectEvaluation ev, Map<String, Figure> figures) {
        this.evaluation = ev;
        this.project = ev.project();
        this.analysis = ev.analysis();
        this.report = ev.report();
        this.ratings = ev.ratings();
        this.figures = figures == null ? Map.of() : figures;
        this.date = ev.date();
    }

    /**
     * Writes the plan.
     *
     * @param template an agency's template, or null for the bundled one
     * @throws IllegalArgumentException (Chinese message) when the template is not a .docx or lacks {{正文}}
     */
    public void write(InputStream template, OutputStream out) throws IOException {
        try (InputStream in = template != null ? template : PlanDocxWriter.class.getResourceAsStream(BUNDLED_TEMPLATE);
             XWPFDocument doc = open(in)) {
            XWPFParagraph body = find(doc, "{{正文}}");
            if (body == null) {
                throw new IllegalArgumentException("模板中没有 {{正文}} 占位符：请在模板中单独一段写入 {{正文}}，方案各章将插入该处。");
            }
            w = new Docx(doc, body);
            chapters();
            doc.removeBodyElement(doc.getPosOfParagraph(body));
            XWPFParagraph tocAnchor = find(doc, "{{目录}}");
            if (tocAnchor != null) {
                Docx t = new Docx(doc, tocAnchor);
                XWPFParagraph p = t.paragraph();
                StringBuilder shown = new StringBuilder();
                for (String[] e : toc) {
                    shown.append(shown.length() == 0 ? "" : "\n").append("1".equals(e[0]) ? "" : "    ").append(e[1]);
                }
                Docx.field(p, "TOC \\o \"1-3\" \\h \\z \\u", shown.toString());
                doc.removeBodyElement(doc.getPosOfParagraph(tocAnchor));
            }
            Map<String, String> values = new LinkedHashMap<>();
            values.put("{{企业名称}}", project.displayName());
            values.put("{{诊断服务机构}}", project.enterprise().agencyName().isBlank() ? Docx.TO_COMPLETE : project.enterprise().agencyName());
            values.put("{{编制日期}}", date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
            replaceAll(doc, values);
            doc.enforceUpdateFields();
            doc.write(out);
        }
    }

    private static XWPFDocument open(InputStream in) throws IOException {
        if (in == null) {
            throw new IllegalStateException("程序包中缺少方案模板 " + BUNDLED_TEMPLATE);
        }
        try {
            return new XWPFDocument(in);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IllegalArgumentException("模板不是有效的 Word（.docx）文件：请用 Word 或 WPS 另存为 .docx 后重试。");
        }
    }

    // ------------------------------------------------------------------ chapters

    /** Each chapter's section of the document, registered once per {@link Chapter} (a test checks all are). */
    static final Map<Chapter, java.util.function.Consumer<PlanDocxWriter>> SECTIONS = new java.util.EnumMap<>(Chapter.class);

    static {
        SECTIONS.put(Chapter.ENTERPRISE, PlanDocxWriter::enterpriseSection);
        SECTIONS.put(Chapter.PROCESS, PlanDocxWriter::processSection);
        SECTIONS.put(Chapter.EQUIPMENT, PlanDocxWriter::equipmentSection);
        SECTIONS.put(Chapter.ENERGY, PlanDocxWriter::energySection);
        SECTIONS.put(Chapter.MANAGEMENT, PlanDocxWriter::managementSection);
        SECTIONS.put(Chapter.CARBON, PlanDocxWriter::carbonSection);
        SECTIONS.put(Chapter.DIAGNOSIS, PlanDocxWriter::diagnosisSection);
        SECTIONS.put(Chapter.TARGETS, PlanDocxWriter::targetsSection);
        SECTIONS.put(Chapter.TASKS, PlanDocxWriter::tasksSection);
        SECTIONS.put(Chapter.KEY_PROJECTS, PlanDocxWriter::keyProjectsSection);
        SECTIONS.put(Chapter.SAFEGUARDS, PlanDocxWriter::safeguardsSection);
        SECTIONS.put(Chapter.ATTACHMENTS, PlanDocxWriter::attachmentsSection);
    }

    /** The chapters in the template's order, each part's heading before its first chapter. */
    private void chapters() {
        int part = 0;
        for (Chapter c : Chapter.values()) {
            if (c.part() != part) {
                part = c.part();
                h1(part, c.partTitle());
            }
            SECTIONS.get(c).accept(this);
        }
    }

    /** 一（一）基本情况. */
    private void enterpriseSection() {
        Enterprise e = project.enterprise();
        h2("（一）基本情况");
        w.text(e.profile().introduction().isBlank() ? "" : e.profile().introduction());
        w.labelled("组织结构", e.profile().organization());
        w.labelled("生产规模", e.profile().productionScale());
        w.labelled("行业地位", e.profile().industryPosition());
        w.labelled("所属行业", (e.sector() == null ? "" : e.sector().label()) + (e.industryName().isBlank() ? "" : "（" + e.industryCode() + " " + e.industryName() + "）"));
        w.labelled("地址", e.address());
        if (e.products().isEmpty()) {
            w.missing("（未填写主要产品。）");
        } else {
            table("主要产品", List.of("序号", "产品名称", "年产量", "单位", "设计产能"), e.products().stream().map(pr -> List.of(
                    String.valueOf(e.products().indexOf(pr) + 1), pr.name(), plain(pr.annualOutput()), pr.unit(),
                    plain(pr.capacity()))).toList(), null);
        }
    }

    /** 一（二）1 生产工艺流程 (under the heading of 一（二）). */
    private void processSection() {
        h2("（二）生产工艺流程及主要用能设备");
        h3("1. 生产工艺流程");
        process();
    }

    /** 一（二）2 主要用能设备清单. */
    private void equipmentSection() {
        h3("2. 主要用能设备清单");
        equipment();
    }

    /** 一（三）能源消费情况. */
    private void energySection() {
        int year = project.energy().baseYear();
        h2("（三）能源消费情况");
        energy(year);
    }

    /** 一（四）能源管理情况. */
    private void managementSection() {
        h2("（四）能源管理情况");
        management();
    }

    /** 一（五）企业碳排放情况. */
    private void carbonSection() {
        int year = project.energy().baseYear();
        h2("（五）企业碳排放情况");
        carbon(year);
    }

    /** 二 诊断内容及结果分析. */
    private void diagnosisSection() {
        h2("（一）诊断内容说明");
        List<Finding> all = report.findings();
        java.util.Map<org.energydiag.core.retrofit.Severity, Long> bySeverity = new java.util.EnumMap<>(org.energydiag.core.retrofit.Severity.class);
        all.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        StringBuilder counts = new StringBuilder();
        for (var e : bySeverity.entrySet()) {
            if (e.getKey() != org.energydiag.core.retrofit.Severity.INFO) {
                counts.append(counts.length() == 0 ? "" : "、").append(e.getKey().label()).append(" ").append(e.getValue()).append(" 项");
            }
        }
        long problemCount = all.stream().filter(f -> f.severity() != org.energydiag.core.retrofit.Severity.INFO).count();
        w.text("本次诊断按能源管理、能源消费结构、用能情况及能源流程、能源计量及统计、用能设备运行效率、产品综合能耗、能源成本、"
                + "节能技改项目、主要碳排放环节、温室气体排放核算、降碳措施等 " + DiagnosisItem.values().length + " 个方面逐项进行，"
                + (problemCount == 0 ? "未发现需要整改的问题" : "发现问题 " + problemCount + " 项（" + counts + "）")
                + (bySeverity.containsKey(org.energydiag.core.retrofit.Severity.INFO)
                        ? "，另有提示 " + bySeverity.get(org.energydiag.core.retrofit.Severity.INFO) + " 项" : "")
                + "。各方面的诊断结果如下" + (problemCount == 0 ? "。" : "，问题及依据汇总于表" + chapter + "-" + (tableNo + 1) + "。"));
        // one short line per finding here; the problems with their evidence once, in 表2-1 (the
        // same rows as 诊断问题清单.xlsx); a 提示 is not a problem and keeps its evidence here
        List<Finding> problems = ListsWorkbook.problems(report);
        String problemTable = chapter + "-" + (this.tableNo + 1);
        int n = 1;
        for (DiagnosisItem item : DiagnosisItem.values()) {
            List<Finding> fs = report.findingsOf(item);
            h3(n++ + ". " + item.label());
            if (fs.isEmpty()) {
                w.missing("（本项未发现问题或缺少诊断数据。）");
            }
            for (Finding f : fs) {
                int row = problems.indexOf(f);
                w.labelled("【" + f.severity().label() + "】" + f.title(), row >= 0 ? "见表" + problemTable + "第 " + (row + 1) + " 项。"
                        : f.evidence() + (f.source().isBlank() ? "" : "（对照：" + f.source() + "）"));
            }
        }
        if (!problems.isEmpty()) {
            table("节能降碳诊断问题清单", List.of("序号", "诊断内容", "问题", "依据", "严重程度"),
                    numbered(problems, f -> List.of(f.item().label(), f.title(), f.evidence()
                            + (f.source().isBlank() ? "" : "（对照：" + f.source() + "）"), f.severity().label())),
                    null);
        }
        h2("（二）诊断综合评价");
        w.labelled("综合评价等级", report.evaluationLevel());
        w.text(report.evaluationText());
    }

    /** 三（一）节能降碳改造目标. */
    private void targetsSection() {
        h2("（一）节能降碳改造目标");
        h3("1. 总体目标");
        if (report.tasks().isEmpty()) {
            w.missing("（尚未采纳改造任务，总体目标待定。）");
        } else {
            w.text(report.targets().overallText(project.displayName()) + evaluation.targetsReconciliation());
        }
        h3("2. 分项目标");
        if (report.targets().subTargets().isBlank()) {
            w.missing("（尚未采纳改造任务，分项目标待定。）");
        } else {
            w.text(report.targets().subTargets());
        }
    }

    /** 三（二）节能降碳改造任务. */
    private void tasksSection() {
        h2("（二）节能降碳改造任务");
        int c = 1;
        for (TaskCategory cat : TaskCategory.values()) {
            h3(c++ + ". " + cat.label() + "任务");
            List<RetrofitTask> ts = report.tasksOf(cat);
            if (ts.isEmpty()) {
                w.missing("（本类无改造任务。）");
            }
            int i = 1;
            for (RetrofitTask t : ts) {
                w.labelled("（" + i++ + "）" + t.name(), t.content()
                        + (t.findingSummary().isBlank() ? "" : "。针对问题：" + t.findingSummary())
                        + (t.catalogueRefs().isEmpty() ? "" : "。参考：" + String.join("；", t.catalogueRefs()))
                        + estimates(t));
            }
        }
    }

    /** 三（三）重点改造项目方案 and 表3-1. */
    private void keyProjectsSection() {
        h2("（三）重点改造项目方案");
        if (report.keyProjects().isEmpty()) {
            w.missing("（尚未确定重点改造项目。）");
        }
        int k = 1;
        // in the order of 表3-1: by phase (短期, 中期, 长期), as entered within a phase
        List<RetrofitReport.ProjectResult> byPhase = report.keyProjects().stream()
                .sorted(java.util.Comparator.comparingInt(pr -> pr.project().phase().ordinal())).toList();
        for (RetrofitReport.ProjectResult pr : byPhase) {
            KeyProject kp = pr.project();
            h3("项目" + chineseNumber(k++) + "：" + kp.name());
            w.labelled("原系统主要情况", kp.originalSystem());
            w.labelled("技术路线", kp.technicalRoute());
            w.labelled("建设内容", kp.content());
            w.labelled("投资测算", kp.investmentWanYuan() == null ? "" : "预计总投资 " + NumberStyle.money(kp.investmentWanYuan()) + " 万元");
            w.labelled("经济及社会效益", economics(pr) + (kp.benefits().isBlank() ? "" : kp.benefits()));
            w.labelled("安全性", kp.safety());
            w.labelled("可行性", kp.feasibility());
            w.labelled("参照标准", kp.standards());
            w.labelled("实施阶段及时间", kp.phase().label() + "（" + kp.phase().span() + "）"
                    + (kp.implementationTime().isBlank() ? "" : "，" + kp.implementationTime()));
        }
        List<Table31.Row> rows31 = report.table31();
        if (!rows31.isEmpty()) {
            StringBuilder phases = new StringBuilder();
            for (org.energydiag.core.retrofit.Phase ph : org.energydiag.core.retrofit.Phase.values()) {
                long count = rows31.stream().filter(r -> r.phase() == ph).count();
                phases.append(phases.length() == 0 ? "" : "、").append(ph.label()).append("（").append(ph.span()).append("）")
                        .append(count).append(" 项");
            }
            w.text("节能降碳改造重点任务按实施阶段汇总于表" + chapter + "-" + (tableNo + 1) + "：" + phases + "。");
        }
        table31();
    }

    /** 三（四）实施保障措施. */
    private void safeguardsSection() {
        h2("（四）实施保障措施");
        var s = report.safeguards();
        w.labelled("1. 组织保障", s.organization());
        w.labelled("2. 技术保障", s.technical());
        w.labelled("3. 资金保障", s.funding());
        w.labelled("4. 制度保障", s.institutional());
    }

    /** 四 随附材料. */
    private void attachmentsSection() {
        var attachments = project.site().attachments();
        w.text("本方案随附以下材料：");
        w.text("1. 节能降碳诊断问题清单（见表2-1，另附 Excel 文件）；\n2. 节能降碳改造项目清单（见表3-1，另附 Excel 文件）；\n3. 相关证明材料"
                + (attachments.isEmpty() ? "（能源统计报表、计量器具台账、设备铭牌及测试记录等，由企业提供）。" : "（见表4-1）。"));
        if (!attachments.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (var a : attachments) {
                rows.add(List.of(String.valueOf(++i), a.caption().isBlank() ? Docx.TO_COMPLETE : a.caption(),
                        a.target().label() + targetName(a), a.date() == null ? "" : a.date().toString()));
            }
            table("相关证明材料清单", List.of("序号", "材料名称", "对应", "日期"), rows, null);
            for (var a : attachments) {
                String key = EVIDENCE_PREFIX + a.id();
                if (a.inPlan() && figures.containsKey(key)) {
                    figure(key);
                }
            }
        }
    }

    /** Figure keys of photos placed in 随附材料: this prefix + the attachment id. */
    public static final String EVIDENCE_PREFIX = "evidence.";

    private String targetName(org.energydiag.core.evidence.Attachment a) {
        return switch (a.target()) {
            case EQUIPMENT -> project.equipment().items().stream().filter(i -> i.id().equals(a.targetId())).findFirst()
                    .map(i -> "：" + i.name()).orElse("");
            case PROCESS -> project.site().process().unit(a.targetId()).map(u -> "：" + u.name()).orElse("");
            case FINDING -> report.findings().stream().filter(f -> f.id().equals(a.targetId())).findFirst()
                    .map(f -> "：" + f.title()).orElse("");
            case PROJECT -> "";
        };
    }

    /** 一（二）1: the units with their principle, products, key equipment, control points; then the diagram. */
    private void process() {
        var flow = project.site().process();
        if (flow.isEmpty() && !figures.containsKey(FIG_PROCESS)) {
            w.missing("（生产工艺流程尚未填写：请在“生产工艺流程”步骤中录入各工序，或附企业工艺流程图。）");
            return;
        }
        if (!flow.isEmpty()) {
            String names = String.join("→", flow.units().stream().map(org.energydiag.core.process.ProcessUnit::name).toList());
            w.text(project.displayName() + "主要生产系统包括" + flow.units().size() + "个工序（" + names
                    + "），各工序的工艺原理、主要产品、关键设备和控制点见下表"
                    + (figures.containsKey(FIG_PROCESS) ? "，工艺流程见图" + chapter + "-" + (figureNo + 1) : "") + "。");
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (var u : flow.units()) {
                String equipment = String.join("、", u.equipmentIds().stream().map(id -> project.equipment().items().stream()
                        .filter(it -> it.id().equals(id)).findFirst().map(EquipmentItem::name).orElse("")).filter(n -> !n.isBlank())
                        .distinct().toList());
                String carriers = String.join("、", u.carriers().stream().map(this::carrierName).toList());
                rows.add(List.of(String.valueOf(++i), u.name(), u.principle(), u.outputs(), equipment, u.controlPoints(), carriers));
            }
            table("生产工序及关键设备", List.of("序号", "工序", "工艺原理", "主要产品", "关键设备", "关键控制点", "能源品种"), rows, null);
        }
        if (figures.containsKey(FIG_PROCESS)) {
            figure(FIG_PROCESS);
        }
    }

    /** The carrier's name as the energy table prints it, else as the reference pack names it. */
    private String carrierName(CarrierId id) {
        return analysis.energy().carriers().stream().filter(c -> id.equals(c.carrierId())).findFirst()
                .map(c -> c.name()).or(() -> evaluation.references().energy().carrier(id).map(c -> c.name()))
                .map(n -> n.replaceAll("[（(].*", "")).orElse(id.value());
    }

    private void equipment() {
        List<EquipmentItem> items = project.equipment().items();
        if (items.isEmpty()) {
            w.missing("（主要用能设备清单尚未填写。）");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            EquipmentItem it = items.get(i);
            Rating r = i < ratings.size() ? ratings.get(i) : null;
            String size = it.text(it.equipmentClass() == org.energydiag.core.equipment.EquipmentClass.TRANSFORMER
                    ? EquipmentField.CAPACITY_KVA : EquipmentField.RATED_POWER);
            rows.add(List.of(String.valueOf(i + 1), it.name(), it.equipmentClass().label(), it.text(EquipmentField.MODEL),
                    String.valueOf(it.quantity()), size, r == null ? "" : r.grade().label() + (r.obsolete() ? "（淘汰类）" : ""),
                    r == null ? "" : r.reference()));
        }
        table("主要用能设备清单", List.of("序号", "设备名称", "类别", "型号", "台数", "功率kW/容量kVA", "能效等级", "对照标准"), rows,
                new int[] {500, 1800, 900, 1500, 500, 1100, 1100, 1500});
        long below = ratings.stream().filter(r -> r.grade() == org.energydiag.core.equipment.rating.Grade.BELOW).count();
        long obsolete = ratings.stream().filter(Rating::obsolete).count();
        w.text("主要用能设备共 " + items.size() + " 项（" + items.stream().mapToInt(EquipmentItem::quantity).sum() + " 台），其中能效低于限定值 "
                + below + " 项，列入淘汰目录 " + obsolete + " 项。能效等级按 GB 18613、GB 20052、GB 19761、GB 19762、GB 19153、GB 24500 等标准评定。");
    }

    private void energy(int year) {
        EnergySummary s = analysis.energy();
        var totals = s.totals().stream().filter(t -> t.year() == year).findFirst();
        if (totals.isEmpty() || totals.get().tce() <= 0) {
            w.missing("（能源消费数据尚未填写。）");
            return;
        }
        var t = totals.get();
        w.text(year + "年企业综合能源消费量 " + NumberStyle.amount(t.tce()) + " 吨标准煤（当量值）" + (t.tceEqualComplete() ? "、" + NumberStyle.amount(t.tceEqual())
                + " 吨标准煤（等价值）" : "") + "，能源费用 " + NumberStyle.money(t.costWanYuan()) + " 万元；非化石能源消费比重 " + NumberStyle.percent(t.nonFossilShare() * 100)
                + "%，绿色电力占用电量 " + NumberStyle.percent(t.greenElectricityShare() * 100) + "%" + (Double.isNaN(t.yoyPercent()) ? "" : "，比上年"
                + (t.yoyPercent() >= 0 ? "增加 " : "下降 ") + NumberStyle.percent(Math.abs(t.yoyPercent())) + "%") + "。");
        List<String> header = new ArrayList<>(List.of("能源品种", "单位"));
        for (int y : s.years()) {
            header.add(y + "年实物量");
            header.add(y + "年折标准煤 tce");
        }
        List<List<String>> rows = new ArrayList<>();
        for (EnergySummary.CarrierLine c : s.carriers()) {
            // one unit per row, larger where the quantities are large (431 000 000 kg → 43.1 万t)
            double largest = c.quantity().values().stream().filter(v -> v != null && !Double.isNaN(v))
                    .mapToDouble(Math::abs).max().orElse(Double.NaN);
            NumberStyle.Scale unit = NumberStyle.scale(c.unit(), largest);
            List<String> row = new ArrayList<>(List.of(c.name(), unit.unit()));
            for (int y : s.years()) {
                row.add(unit.format(c.quantity().getOrDefault(y, Double.NaN)));
                row.add(NumberStyle.amount(c.tce().getOrDefault(y, Double.NaN)));
            }
            rows.add(row);
        }
        List<String> total = new ArrayList<>(List.of("合计（当量值）", "tce"));
        for (int y : s.years()) {
            total.add("");
            total.add(NumberStyle.amount(s.totalsOf(y).tce()));
        }
        rows.add(total);
        table("近三年能源消费量及构成", header, rows, null);
        figure(FIG_STRUCTURE);
        figure(FIG_TREND);
        if (!s.unitConsumption().isEmpty()) {
            List<List<String>> uc = new ArrayList<>();
            for (EnergySummary.UnitConsumption u : s.unitConsumption().stream().filter(u -> u.year() == year).toList()) {
                BenchmarkComparison.Result b = analysis.benchmarks().stream().filter(x -> x.product().equals(u.product()))
                        .findFirst().orElse(null);
                uc.add(List.of(u.product(), NumberStyle.amount(u.output()) + " " + u.unit(), NumberStyle.intensity(u.value()) + " " + u.indicatorUnit(),
                        b == null ? "未对标" : b.positionText() + "（" + b.benchmark().standard() + "）"));
            }
            table(year + "年单位产品综合能耗及对标", List.of("产品", "产量", "单位产品综合能耗", "对标结果"), uc, null);
        }
        var bal = analysis.balance();
        if (bal != null && !bal.nodes().isEmpty()) {
            w.text(bal.year() + "年能量平衡：供入能量 " + NumberStyle.amount(bal.supplyTce()) + " tce，有效利用 " + NumberStyle.amount(bal.effectiveTce()) + " tce，损失 "
                    + NumberStyle.amount(bal.lossTce()) + " tce，能源利用率 " + NumberStyle.percent(bal.utilizationPercent()) + "%" + (bal.closes() ? "，平衡闭合。" : "，平衡差额 "
                    + NumberStyle.percent(bal.differencePercent()) + "%，超出允许偏差。"));
            figure(FIG_SANKEY);
        }
    }

    private void management() {
        var answers = project.plan().management();
        ManagementAssessment a = ManagementAssessment.of(answers);
        if (a.maxScore() <= 0 && answers.paragraph().isBlank()) {
            w.missing("（能源管理情况检查表尚未填写。）");
            return;
        }
        w.text(answers.paragraph().isBlank() ? a.generatedParagraph() : answers.paragraph());
    }

    private void carbon(int year) {
        CarbonResult c = analysis.carbon();
        var y = c.years().stream().filter(x -> x.year() == year).findFirst();
        if (y.isEmpty() || y.get().sources().isEmpty()) {
            w.missing("（碳排放核算数据尚未填写。）");
            return;
        }
        var e = y.get();
        w.text(year + "年企业二氧化碳排放总量 " + NumberStyle.amount(e.totalTco2()) + " 吨" + (Double.isNaN(e.perWanYuan()) ? "" : "，单位产值排放 "
                + NumberStyle.intensity(e.perWanYuan()) + " tCO2/万元") + "。主要排放源见下表。");
        table(year + "年碳排放构成", List.of("排放源", "类别", "活动水平", "排放因子/计算", "排放量 tCO2", "占比"),
                e.ranked().stream().map(s -> List.of(s.name(), s.categoryLabel(), s.activity(), s.factor(), NumberStyle.amount(s.tco2()),
                        NumberStyle.percent(s.tco2() / e.totalTco2() * 100) + "%")).toList(), new int[] {1700, 900, 1900, 2100, 1200, 800});
        figure(FIG_EMISSIONS);
    }


    private void table31() {
        List<Table31.Row> rows = report.table31();
        List<List<String>> cells = new ArrayList<>();
        org.energydiag.core.retrofit.Phase last = null;
        for (Table31.Row r : rows) {
            cells.add(List.of(r.phase() == last ? "" : r.phase().label(), String.valueOf(r.number()), r.name(), r.content(),
                    r.investmentWanYuan() == null ? "" : NumberStyle.money(r.investmentWanYuan()), r.effect(), r.time()));
            last = r.phase();
        }
        if (cells.isEmpty()) {
            for (org.energydiag.core.retrofit.Phase p : org.energydiag.core.retrofit.Phase.values()) {
                cells.add(List.of(p.label(), "", "（无）", "", "", "", ""));
            }
        }
        // the template numbers this table 3-1 whatever precedes it
        w.caption("表3-1 节能降碳改造重点任务清单");
        w.grid(Table31.COLUMNS, cells, new int[] {800, 500, 1500, 2300, 1300, 1800, 1200});
    }

    // ------------------------------------------------------------------ helpers

    private void h1(int chapterNo, String text) {
        chapter = chapterNo;
        tableNo = 0;
        figureNo = 0;
        w.heading(1, text);
        toc.add(new String[] {"1", text});
    }

    private void h2(String text) {
        w.heading(2, text);
        toc.add(new String[] {"2", text});
    }

    private void h3(String text) {
        w.heading(3, text);
    }

    private void table(String title, List<String> header, List<List<String>> rows, int[] widths) {
        w.caption("表" + chapter + "-" + ++tableNo + " " + title);
        w.grid(header, rows, widths);
    }

    private void figure(String key) {
        Figure f = figures.get(key);
        if (f == null) {
            return;
        }
        w.image(f.png(), f.widthPx(), f.heightPx(), key + ".png");
        w.caption("图" + chapter + "-" + ++figureNo + " " + f.caption());
    }

    private static <T> List<List<String>> numbered(List<T> items, java.util.function.Function<T, List<String>> f) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(i + 1));
            row.addAll(f.apply(items.get(i)));
            out.add(row);
        }
        return out;
    }

    private static String estimates(RetrofitTask t) {
        List<String> parts = new ArrayList<>();
        if (t.savingTce() != null) {
            parts.add("预计年节能 " + NumberStyle.amount(t.savingTce()) + " tce");
        }
        if (t.savingTco2() != null) {
            parts.add("年减排二氧化碳 " + NumberStyle.amount(t.savingTco2()) + " t");
        }
        if (t.costSavingWanYuan() != null) {
            parts.add("年节约费用 " + NumberStyle.money(t.costSavingWanYuan()) + " 万元");
        }
        if (t.investmentWanYuan() != null) {
            parts.add("投资约 " + NumberStyle.money(t.investmentWanYuan()) + " 万元");
        }
        return parts.isEmpty() ? "。" : "。" + String.join("，", parts) + "。";
    }

    private static String economics(RetrofitReport.ProjectResult pr) {
        KeyProject k = pr.project();
        StringBuilder sb = new StringBuilder();
        if (k.savingTce() != null) {
            sb.append("年节能 ").append(NumberStyle.amount(k.savingTce())).append(" tce；");
        }
        if (k.reductionTco2() != null) {
            sb.append("年减排二氧化碳 ").append(NumberStyle.amount(k.reductionTco2())).append(" t；");
        }
        if (k.costSavingWanYuan() != null) {
            sb.append("年节约费用 ").append(NumberStyle.money(k.costSavingWanYuan())).append(" 万元；");
        }
        var e = pr.economics();
        if (e != null) {
            sb.append("按 ").append(pr.lifeYears()).append(" 年寿命期、折现率 ").append(NumberStyle.percent(pr.discountRate() * 100)).append("% 计算，静态投资回收期 ")
                    .append(NumberStyle.years(e.paybackYears())).append(" 年，财务净现值 ").append(NumberStyle.money(e.npv())).append(" 万元，内部收益率 ")
                    .append(e.irr().isPresent() ? NumberStyle.percent(e.irr().getAsDouble() * 100) + "%" : "无解（收益不足以收回投资）").append("。");
        } else if (!pr.note().isBlank()) {
            sb.append(pr.note()).append("。");
        }
        return sb.toString();
    }

    /** Evidence shortened for the document body; the full text is in the 诊断问题清单 workbook. */
    static String chineseNumber(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return d[n];
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : d[n % 10]);
        }
        return d[n / 10] + "十" + (n % 10 == 0 ? "" : d[n % 10]);
    }

    static String num(Double v) {
        if (v == null || Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    // ------------------------------------------------------------------ placeholders

    private static XWPFParagraph find(XWPFDocument doc, String placeholder) {
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getText().contains(placeholder)) {
                return p;
            }
        }
        return null;
    }

    private static void replaceAll(XWPFDocument doc, Map<String, String> values) {
        List<XWPFParagraph> ps = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            collect(t, ps);
        }
        for (XWPFHeader h : doc.getHeaderList()) {
            ps.addAll(h.getParagraphs());
            h.getTables().forEach(t -> collect(t, ps));
        }
        for (XWPFFooter f : doc.getFooterList()) {
            ps.addAll(f.getParagraphs());
            f.getTables().forEach(t -> collect(t, ps));
        }
        for (XWPFParagraph p : ps) {
            replace(p, values);
        }
    }

    private static void collect(XWPFTable t, List<XWPFParagraph> out) {
        for (XWPFTableRow r : t.getRows()) {
            for (XWPFTableCell c : r.getTableCells()) {
                out.addAll(c.getParagraphs());
                c.getTables().forEach(x -> collect(x, out));
            }
        }
    }

    /** Replaces placeholders even when Word split them over several runs (the text moves to the first run). */
    private static void replace(XWPFParagraph p, Map<String, String> values) {
        String text = p.getText();
        if (values.keySet().stream().noneMatch(text::contains)) {
            return;
        }
        List<XWPFRun> runs = p.getRuns();
        boolean single = runs.stream().anyMatch(r -> {
            String t = r.getText(0);
            return t != null && values.keySet().stream().anyMatch(t::contains);
        });
        if (single) {
            for (XWPFRun r : runs) {
                String t = r.getText(0);
                if (t != null) {
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        t = t.replace(e.getKey(), e.getValue());
                    }
                    r.setText(t, 0);
                }
            }
            return;
        }
        String replaced = text;
        for (Map.Entry<String, String> e : values.entrySet()) {
            replaced = replaced.replace(e.getKey(), e.getValue());
        }
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        if (runs.isEmpty()) {
            Docx.run(p, replaced, Docx.SONG, false, 0);
        } else {
            p.getRuns().get(0).setText(replaced, 0);
        }
    }
}
