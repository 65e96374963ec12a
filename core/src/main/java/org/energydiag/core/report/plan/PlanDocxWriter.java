package org.energydiag.core.report.plan;

import org.energydiag.core.reference.CarrierId;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finance;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.PaybackConvention;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Table31;
import org.energydiag.core.retrofit.TaskCategory;
import org.energydiag.core.text.Texts;

/**
 * Writes 节能降碳改造具体方案 (附件2) as .docx: every heading of the template in order with its
 * numbering, filled from the project; a section without data says so. The layout comes from a
 * template (the bundled one or an agency's) with these placeholders, each alone in a paragraph
 * or inside text: {@code {{企业名称}}}, {@code {{诊断服务机构}}}, {@code {{编制日期}}} (anywhere,
 * also in headers and footers), {@code {{目录}}} (replaced by the table of contents) and
 * {@code {{正文}}} (replaced by the chapters). Styles used: Heading1–3, BodyText, Caption, and TOC1–3 for the
 * table of contents (added when the template lacks them). The contents are written with their page
 * numbers ({@link PageLayout}), so Word is not asked to update fields on opening.
 */
public final class PlanDocxWriter {

    /**
     * A chart or diagram at print resolution, with its caption text (without the number) and,
     * optionally, a table printed right after it (e.g. the flows a diagram has no room to label).
     */
    public record Figure(byte[] png, int widthPx, int heightPx, String caption, FigureTable table) {
        /** The width figures are printed at (unless that would make them too tall). */
        public static final double WIDTH_CM = 15;

        public Figure(byte[] png, int widthPx, int heightPx, String caption) {
            this(png, widthPx, heightPx, caption, null);
        }
    }

    /** A table that belongs to a figure: its title (without the number), header and rows. */
    public record FigureTable(String title, List<String> header, List<List<String>> rows) {
    }

    /** Figure keys the writer places, when given. */
    public static final String FIG_STRUCTURE = "energy.structure";
    public static final String FIG_TREND = "energy.trend";
    public static final String FIG_SANKEY = "energy.sankey";
    public static final String FIG_EMISSIONS = "carbon.sources";
    public static final String FIG_PROCESS = "process.flow";

    public static final String BUNDLED_TEMPLATE = "/org/energydiag/core/report/plan/plan-template.docx";

    /** The template's placeholders (found in the .docx by these words, so they stay as they are). */
    static final String COMPANY = TemplatedDocument.COMPANY;
    static final String AGENCY = TemplatedDocument.AGENCY;
    static final String DATE = TemplatedDocument.DATE;
    static final String CONTENTS = TemplatedDocument.CONTENTS;
    static final String BODY = TemplatedDocument.BODY;

    private final ProjectEvaluation evaluation;
    private final DiagnosisProject project;
    private final ProjectAnalysis analysis;
    private final RetrofitReport report;
    private final List<Rating> ratings;
    private final Map<String, Figure> figures;
    private final LocalDate date;
    private TemplatedDocument d;
    private Docx w;

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
        TemplatedDocument.write(template, BUNDLED_TEMPLATE, TemplatedDocument.placeholders(project, date), project.displayName() + " " + Texts.get("plan.title"),
                project.enterprise().agencyName(), figures, out, doc -> {
                    d = doc;
                    w = doc.docx();
                    chapters();
                });
    }

    // ------------------------------------------------------------------ chapters

    /**
     * The chapters in the template's order, each part's heading before its first chapter. The
     * section methods below are the chapters' own: each {@link Chapter} constant names its method.
     */
    private void chapters() {
        int part = 0;
        for (Chapter c : Chapter.values()) {
            if (!c.inPlan()) {
                continue;
            }
            if (c.part() != part) {
                part = c.part();
                h1(part, c.partTitle());
            }
            c.writeSection(this);
        }
    }

    /** 一（一）基本情况. */
    void enterpriseSection() {
        Enterprise e = project.enterprise();
        h2(Texts.get("plan.headingEnterprise"));
        w.text(e.profile().introduction().isBlank() ? "" : e.profile().introduction());
        w.labelled(Texts.get("plan.labelOrganization"), e.profile().organization());
        w.labelled(Texts.get("plan.labelScale"), e.profile().productionScale());
        w.labelled(Texts.get("plan.labelPosition"), e.profile().industryPosition());
        w.labelled(Texts.get("plan.labelSector"), (e.sector() == null ? "" : e.sector().label())
                + (e.industryName().isBlank() ? "" : Texts.format("plan.industry", e.industryCode(), e.industryName())));
        w.labelled(Texts.get("plan.labelAddress"), e.address());
        if (e.products().isEmpty()) {
            w.missing(Texts.get("plan.missingProducts"));
        } else {
            PlanTables.Table products = PlanTables.products(e);
            table(products.title(), products.header(), products.rows(), products.widths());
        }
    }

    /** 一（二）1 生产工艺流程 (under the heading of 一（二）). */
    void processSection() {
        h2(Texts.get("plan.headingProcessEquipment"));
        h3(Texts.get("plan.headingProcess"));
        process();
    }

    /** 一（二）2 主要用能设备清单. */
    void equipmentSection() {
        h3(Texts.get("plan.headingEquipment"));
        equipment();
    }

    /** 一（三）能源消费情况. */
    void energySection() {
        int year = project.energy().baseYear();
        h2(Texts.get("plan.headingEnergy"));
        energy(year);
    }

    /** 一（四）能源管理情况. */
    void managementSection() {
        h2(Texts.get("plan.headingManagement"));
        management();
    }

    /** 一（五）企业碳排放情况. */
    void carbonSection() {
        int year = project.energy().baseYear();
        h2(Texts.get("plan.headingCarbon"));
        carbon(year);
    }

    /** 二 诊断内容及结果分析. */
    void diagnosisSection() {
        h2(Texts.get("plan.headingDiagnosis"));
        List<Finding> all = report.findings();
        java.util.Map<org.energydiag.core.retrofit.Severity, Long> bySeverity = new java.util.EnumMap<>(org.energydiag.core.retrofit.Severity.class);
        all.forEach(f -> bySeverity.merge(f.severity(), 1L, Long::sum));
        StringBuilder counts = new StringBuilder();
        for (var e : bySeverity.entrySet()) {
            if (e.getKey() != org.energydiag.core.retrofit.Severity.INFO) {
                counts.append(counts.length() == 0 ? "" : "、").append(Texts.format("plan.severityCount", e.getKey().label(), e.getValue()));
            }
        }
        long problemCount = all.stream().filter(f -> f.severity() != org.energydiag.core.retrofit.Severity.INFO).count();
        w.text(Texts.format("plan.diagnosisScope", DiagnosisItem.values().length)
                + (problemCount == 0 ? Texts.get("plan.diagnosisNoProblems") : Texts.format("plan.diagnosisProblems", problemCount, counts))
                + (bySeverity.containsKey(org.energydiag.core.retrofit.Severity.INFO)
                        ? Texts.format("plan.diagnosisHints", bySeverity.get(org.energydiag.core.retrofit.Severity.INFO)) : "")
                + (problemCount == 0 ? Texts.get("plan.diagnosisResults") : Texts.format("plan.diagnosisResultsInTable", d.chapter(), d.nextTable())));
        // one short line per finding here; the problems with their evidence once, in 表2-1 (the
        // same rows as 诊断问题清单.xlsx); a 提示 is not a problem and keeps its evidence here
        List<Finding> problems = ListsWorkbook.problems(report);
        String problemTable = d.chapter() + "-" + d.nextTable();
        int n = 1;
        for (DiagnosisItem item : DiagnosisItem.values()) {
            List<Finding> fs = report.findingsOf(item);
            h3(n++ + ". " + item.label());
            if (fs.isEmpty()) {
                w.missing(Texts.get("plan.missingFindings"));
            }
            for (Finding f : fs) {
                int row = problems.indexOf(f);
                w.labelled("【" + f.severity().label() + "】" + f.title(), row >= 0 ? Texts.format("plan.seeProblemTable", problemTable, row + 1)
                        : f.evidence() + (f.source().isBlank() ? "" : Texts.format("plan.against", f.source())));
            }
        }
        if (!problems.isEmpty()) {
            table(Texts.get("plan.tableProblems"), List.of(Texts.get("plan.colNo"), Texts.get("plan.colDiagnosisItem"),
                            Texts.get("plan.colProblem"), Texts.get("plan.colEvidence"), Texts.get("plan.colSeverity")),
                    numbered(problems, f -> List.of(f.item().label(), f.title(), f.evidence()
                            + (f.source().isBlank() ? "" : Texts.format("plan.against", f.source())), f.severity().label())),
                    null);
        }
        h2(Texts.get("plan.headingEvaluation"));
        w.labelled(Texts.get("plan.labelEvaluationLevel"), report.evaluationLevel());
        w.text(report.evaluationText());
    }

    /** 三（一）节能降碳改造目标. */
    void targetsSection() {
        h2(Texts.get("plan.headingTargets"));
        h3(Texts.get("plan.headingOverallTarget"));
        if (report.tasks().isEmpty()) {
            w.missing(Texts.get("plan.missingOverallTarget"));
        } else {
            w.text(report.targets().overallText(project.displayName()) + evaluation.targetsReconciliation());
        }
        h3(Texts.get("plan.headingSubTargets"));
        if (report.targets().subTargets().isBlank()) {
            w.missing(Texts.get("plan.missingSubTargets"));
        } else {
            w.text(report.targets().subTargets());
        }
    }

    /** 三（二）节能降碳改造任务. */
    void tasksSection() {
        h2(Texts.get("plan.headingTasks"));
        int c = 1;
        for (TaskCategory cat : TaskCategory.values()) {
            h3(Texts.format("plan.headingTaskCategory", c++, cat.label()));
            List<RetrofitTask> ts = report.tasksOf(cat);
            if (ts.isEmpty()) {
                w.missing(Texts.get("plan.missingTasks"));
            }
            int i = 1;
            for (RetrofitTask t : ts) {
                w.labelled("（" + i++ + "）" + t.name(), t.content()
                        + (t.findingSummary().isBlank() ? "" : Texts.format("plan.taskFindings", t.findingSummary()))
                        + (t.confirmedRefs().isEmpty() ? "" : Texts.format("plan.taskReferences", String.join("；", t.confirmedRefs())))
                        + estimates(t));
            }
        }
    }

    /** 三（三）重点改造项目方案 and 表3-1. */
    void keyProjectsSection() {
        h2(Texts.get("plan.headingKeyProjects"));
        if (report.keyProjects().isEmpty()) {
            w.missing(Texts.get("plan.missingKeyProjects"));
        }
        int k = 1;
        // in the order of 表3-1: by phase (短期, 中期, 长期), as entered within a phase
        List<RetrofitReport.ProjectResult> byPhase = report.keyProjects().stream()
                .sorted(java.util.Comparator.comparingInt(pr -> pr.project().phase().ordinal())).toList();
        for (RetrofitReport.ProjectResult pr : byPhase) {
            KeyProject kp = pr.project();
            h3(Texts.format("plan.headingKeyProject", chineseNumber(k++), kp.name()));
            w.labelled(Texts.get("plan.labelOriginalSystem"), kp.originalSystem());
            w.labelled(Texts.get("plan.labelTechnicalRoute"), kp.technicalRoute());
            w.labelled(Texts.get("plan.labelContent"), kp.content());
            w.labelled(Texts.get("plan.labelInvestment"), kp.investmentWanYuan() == null ? ""
                    : Texts.format("plan.totalInvestment", NumberStyle.money(kp.investmentWanYuan())));
            w.labelled(Texts.get("plan.labelBenefits"), economics(pr) + (kp.benefits().isBlank() ? "" : kp.benefits()));
            // a saving is only as good as its basis: the measures' calculation or the engineer's source
            w.labelled(Texts.get("plan.labelSavingBasis"), kp.savingBasis());
            w.labelled(Texts.get("plan.labelSafety"), kp.safety());
            w.labelled(Texts.get("plan.labelFeasibility"), kp.feasibility());
            w.labelled(Texts.get("plan.labelStandards"), kp.standards());
            w.labelled(Texts.get("plan.labelPhaseTime"), kp.phase().label() + "（" + kp.phase().span() + "）"
                    + (kp.implementationTime().isBlank() ? "" : "，" + kp.implementationTime()));
        }
        List<Table31.Row> rows31 = report.table31();
        if (!rows31.isEmpty()) {
            StringBuilder phases = new StringBuilder();
            for (org.energydiag.core.retrofit.Phase ph : org.energydiag.core.retrofit.Phase.values()) {
                long count = rows31.stream().filter(r -> r.phase() == ph).count();
                phases.append(phases.length() == 0 ? "" : "、").append(Texts.format("plan.phaseCount", ph.label(), ph.span(), count));
            }
            w.text(Texts.format("plan.table31Summary", d.chapter(), d.nextTable(), phases));
        }
        table31();
    }

    /** 三（四）实施保障措施. */
    void safeguardsSection() {
        h2(Texts.get("plan.headingSafeguards"));
        var s = report.safeguards();
        w.labelled(Texts.get("plan.labelSafeguardOrganization"), s.organization());
        w.labelled(Texts.get("plan.labelSafeguardTechnical"), s.technical());
        w.labelled(Texts.get("plan.labelSafeguardFunding"), s.funding());
        w.labelled(Texts.get("plan.labelSafeguardInstitutional"), s.institutional());
    }

    /** 四 随附材料. */
    void attachmentsSection() {
        var attachments = project.site().attachments();
        w.text(Texts.get("plan.attachmentsIntro"));
        w.text(Texts.format("plan.attachmentsList",
                attachments.isEmpty() ? Texts.get("plan.evidenceFromEnterprise") : Texts.get("plan.evidenceInTable")));
        if (!attachments.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (var a : attachments) {
                rows.add(List.of(String.valueOf(++i), a.caption().isBlank() ? Docx.TO_COMPLETE : a.caption(),
                        a.target().label() + targetName(a), a.date() == null ? "" : a.date().toString()));
            }
            table(Texts.get("plan.tableEvidence"), List.of(Texts.get("plan.colNo"), Texts.get("plan.colMaterial"),
                    Texts.get("plan.colTarget"), Texts.get("plan.colDate")), rows, null);
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
            w.missing(Texts.get("plan.missingProcess"));
            return;
        }
        if (!flow.isEmpty()) {
            String names = String.join("→", flow.units().stream().map(org.energydiag.core.process.ProcessUnit::name).toList());
            w.text(Texts.format("plan.processIntro", project.displayName(), flow.units().size(), names,
                    figures.containsKey(FIG_PROCESS) ? Texts.format("plan.processFigure", d.chapter(), d.nextFigure()) : ""));
            List<List<String>> rows = new ArrayList<>();
            int i = 0;
            for (var u : flow.units()) {
                String equipment = String.join("、", u.equipmentIds().stream().map(id -> project.equipment().items().stream()
                        .filter(it -> it.id().equals(id)).findFirst().map(EquipmentItem::name).orElse("")).filter(n -> !n.isBlank())
                        .distinct().toList());
                String carriers = String.join("、", u.carriers().stream().map(this::carrierName).toList());
                rows.add(List.of(String.valueOf(++i), u.name(), u.principle(), u.outputs(), equipment, u.controlPoints(), carriers));
            }
            table(Texts.get("plan.tableProcess"), List.of(Texts.get("plan.colNo"), Texts.get("plan.colProcessUnit"),
                    Texts.get("plan.colPrinciple"), Texts.get("plan.colOutputs"), Texts.get("plan.colKeyEquipment"),
                    Texts.get("plan.colControlPoints"), Texts.get("plan.colCarrier")), rows, null);
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
            w.missing(Texts.get("plan.missingEquipment"));
            return;
        }
        PlanTables.Table equipmentTable = PlanTables.equipment(items, ratings);
        table(equipmentTable.title(), equipmentTable.header(), equipmentTable.rows(), equipmentTable.widths());
        w.text(PlanTables.equipmentSummary(items, ratings));
    }

    private void energy(int year) {
        EnergySummary s = analysis.energy();
        var totals = s.totals().stream().filter(t -> t.year() == year).findFirst();
        if (totals.isEmpty() || totals.get().tce() <= 0) {
            w.missing(Texts.get("plan.missingEnergy"));
            return;
        }
        var t = totals.get();
        w.text(PlanTables.energyIntro(t, year));
        PlanTables.Table energyTable = PlanTables.energy(s);
        table(energyTable.title(), energyTable.header(), energyTable.rows(), energyTable.widths());
        figure(FIG_STRUCTURE);
        figure(FIG_TREND);
        PlanTables.Table uc = PlanTables.unitConsumption(analysis, year);
        if (uc != null) {
            table(uc.title(), uc.header(), uc.rows(), uc.widths());
        }
        var bal = analysis.balance();
        if (bal != null && !bal.nodes().isEmpty()) {
            w.text(PlanTables.balanceText(bal));
            figure(FIG_SANKEY);
            Figure sankey = figures.get(FIG_SANKEY);
            if (sankey != null && sankey.table() != null && !sankey.table().rows().isEmpty()) {
                table(sankey.table().title(), sankey.table().header(), sankey.table().rows(), null);
            }
        }
    }

    /**
     * 一（四）: the summary of the checklist, then one paragraph for each aspect the template names
     * (制度建设, 部门架构及职责, 部门运行, 统计与分析 with the metering check, 数字化), each headed by
     * the template's words; an aspect without data says 【待补充】. The engineer's own text, when
     * written, is printed as it is, a line that starts with an aspect and "：" headed the same way.
     */
    private void management() {
        var answers = project.plan().management();
        ManagementAssessment a = ManagementAssessment.of(answers);
        if (!answers.paragraph().isBlank()) {
            for (String line : answers.paragraph().split("\n")) {
                ManagementAssessment.Aspect aspect = java.util.Arrays.stream(ManagementAssessment.Aspect.values())
                        .filter(x -> line.strip().startsWith(x.label() + "：")).findFirst().orElse(null);
                if (aspect == null) {
                    w.text(line);
                } else {
                    String text = line.strip().substring(aspect.label().length() + 1).strip();
                    w.labelled(aspect.label(), text.equals(Docx.TO_COMPLETE) ? "" : text);
                }
            }
            return;
        }
        if (a.maxScore() <= 0 && a.metering().isEmpty()) {
            w.missing(Texts.get("plan.missingManagement"));
        } else {
            w.text(a.summary());
        }
        for (ManagementAssessment.Aspect aspect : ManagementAssessment.Aspect.values()) {
            String[] text = a.aspects().get(aspect).split("\n", 2);
            w.labelled(aspect.label(), text[0]);
            if (text.length > 1) {
                w.text(text[1]);
            }
        }
    }

    private void carbon(int year) {
        CarbonResult c = analysis.carbon();
        var y = c.years().stream().filter(x -> x.year() == year).findFirst();
        if (y.isEmpty() || y.get().sources().isEmpty()) {
            w.missing(Texts.get("plan.missingCarbon"));
            return;
        }
        var e = y.get();
        w.text(PlanTables.carbonIntro(e, year));
        PlanTables.Table carbonTable = PlanTables.carbon(e, year);
        table(carbonTable.title(), carbonTable.header(), carbonTable.rows(), carbonTable.widths());
        figure(FIG_EMISSIONS);
        // the years before the base year, as the template asks for the trend
        List<String> trend = c.years().stream().filter(x -> x.totalTco2() != 0 && x.year() <= year)
                .sorted(java.util.Comparator.comparingInt(CarbonResult.YearEmissions::year))
                .map(x -> Texts.format("plan.carbonYear", x.year(), NumberStyle.amount(x.totalTco2()))).toList();
        if (trend.size() >= 2) {
            w.text(Texts.format("plan.carbonTrend", String.join("、", trend)));
        }
        w.labelled(Texts.get("plan.carbonManagement"), "");
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
                cells.add(List.of(p.label(), "", Texts.get("plan.none"), "", "", "", ""));
            }
        }
        // the template numbers this table 3-1 whatever precedes it
        w.caption(Texts.get("plan.table31Caption"));
        w.grid(Table31.COLUMNS, cells, new int[] {800, 500, 1500, 2300, 1300, 1800, 1200});
    }

    // ------------------------------------------------------------------ helpers

    private void h1(int chapterNo, String text) {
        d.h1(chapterNo, text);
    }

    private void h2(String text) {
        d.h2(text);
    }

    private void h3(String text) {
        d.h3(text);
    }

    private void table(String title, List<String> header, List<List<String>> rows, int[] widths) {
        d.table(title, header, rows, widths);
    }

    private void figure(String key) {
        d.figure(key);
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
            parts.add(Texts.format("plan.estimateSaving", NumberStyle.amount(t.savingTce())));
        }
        if (t.savingTco2() != null) {
            parts.add(Texts.format("plan.estimateCo2", NumberStyle.amount(t.savingTco2())));
        }
        if (t.costSavingWanYuan() != null) {
            parts.add(Texts.format("plan.estimateCost", NumberStyle.money(t.costSavingWanYuan())));
        }
        if (t.investmentWanYuan() != null) {
            parts.add(Texts.format("plan.estimateInvestment", NumberStyle.money(t.investmentWanYuan())));
        }
        return parts.isEmpty() ? "。" : "。" + String.join("，", parts) + "。";
    }

    private static String economics(RetrofitReport.ProjectResult pr) {
        KeyProject k = pr.project();
        StringBuilder sb = new StringBuilder();
        if (k.savingTce() != null) {
            sb.append(Texts.format("plan.economicsSaving", NumberStyle.amount(k.savingTce())));
        }
        if (k.reductionTco2() != null) {
            sb.append(Texts.format("plan.economicsCo2", NumberStyle.amount(k.reductionTco2())));
        }
        if (k.costSavingWanYuan() != null) {
            sb.append(Texts.format("plan.economicsCost", NumberStyle.money(k.costSavingWanYuan())));
        }
        var e = pr.economics();
        if (e != null) {
            sb.append(Texts.format("plan.economics", pr.lifeYears(), NumberStyle.percent(pr.discountRate() * 100),
                    payback(e.payback()), NumberStyle.money(e.npv()), irr(e)));
        } else if (!pr.note().isBlank()) {
            sb.append(pr.note()).append("。");
        }
        return sb.toString();
    }

    /** The payback with the convention it is counted in (every payback the plan prints says which). */
    static String payback(Finance.Payback p) {
        if (p.convention() == PaybackConvention.FROM_CONSTRUCTION_START) {
            return Texts.format("plan.paybackFromConstruction", p.constructionYears(), NumberStyle.years(p.staticYears()),
                    Double.isNaN(p.dynamicYears()) ? Texts.get("plan.paybackNotReached") : NumberStyle.years(p.dynamicYears()));
        }
        return Texts.format("plan.paybackFromCommissioning", NumberStyle.years(p.staticYears()));
    }

    /** The IRR, or why there is none (no root, not conventional, out of range). */
    static String irr(Finance.Economics e) {
        if (e.irr().isEmpty()) {
            return e.irrStatus().text();
        }
        double pct = e.irr().getAsDouble() * 100;
        return pct < 0 ? Texts.format("plan.irrNegative", NumberStyle.percent(pct)) : NumberStyle.percent(pct) + "%";
    }

    /** Evidence shortened for the document body; the full text is in the 诊断问题清单 workbook. */
    static String chineseNumber(int n) {
        String d = Texts.get("plan.chineseDigits");
        String ten = Texts.get("plan.chineseTen");
        if (n < 10) {
            return d.substring(n, n + 1);
        }
        if (n < 20) {
            return ten + (n % 10 == 0 ? "" : d.substring(n % 10, n % 10 + 1));
        }
        return d.substring(n / 10, n / 10 + 1) + ten + (n % 10 == 0 ? "" : d.substring(n % 10, n % 10 + 1));
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
}
