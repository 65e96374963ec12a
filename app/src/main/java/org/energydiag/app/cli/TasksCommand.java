package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.energydiag.app.text.Texts;
import org.energydiag.core.diagnosis.EquipmentFindings;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.retrofit.Finance;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.diagnosis.RuleStatus;
import org.energydiag.core.retrofit.Table31;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * {@code tasks FILE.edproj [--json]}: findings (item, evidence, severity; for an equipment finding the
 * item's id and the standard, table and edition of its rating), rule statuses, tasks by
 * the template's eight categories (accepted and open candidates), targets, key projects with their
 * economics and the rows of 表3-1. Meter data is not part of a project file, so the load rule is
 * reported inactive here.
 */
final class TasksCommand implements Command {

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public String usage() {
        return Texts.get("cli.tasks.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1) {
            throw new CliException(Texts.get("cli.tasks.usageError"));
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.tasks.failed", e.getMessage()));
        }
        ProjectEvaluation ev = s.evaluate(p);
        RetrofitReport r = ev.report();
        Map<String, Object> root = toMap(p, r, ratingsById(ev));
        if (args.contains("--json")) {
            try {
                out.println(BalanceCommand.mapper().writeValueAsString(root));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return 0;
        }
        out.println(Texts.format("cli.tasks.heading", p.displayName(), r.evaluationLevel()));
        out.println(Texts.format("cli.tasks.findings", r.findings().size()));
        for (Finding f : r.findings()) {
            out.println("  " + Texts.format("cli.tasks.finding", f.severity().label(), f.item().label(), f.title(), f.evidence()));
        }
        for (RuleStatus rs : r.rules()) {
            if (!rs.active()) {
                out.println("  " + Texts.format("cli.tasks.ruleInactive", rs.name(), rs.reason()));
            }
        }
        out.println(Texts.get("cli.tasks.tasksHeading"));
        for (TaskCategory c : TaskCategory.values()) {
            List<RetrofitTask> acc = r.tasksOf(c);
            List<RetrofitTask> cand = r.candidates().stream().filter(t -> t.category() == c).toList();
            out.println("  " + Texts.format("cli.tasks.category", c.label(), acc.size(), cand.size()));
            acc.forEach(t -> out.println("    ✔ " + t.name()));
            cand.forEach(t -> out.println("    ? " + t.name()));
        }
        if (!r.keyProjects().isEmpty()) {
            out.println(Texts.get("cli.tasks.keyProjectsHeading"));
        }
        for (RetrofitReport.ProjectResult k : r.keyProjects()) {
            out.println("  " + keyProjectLine(k));
        }
        out.println(Texts.get("cli.tasks.table31Heading"));
        out.println("  " + String.join(" | ", Table31.COLUMNS));
        for (Table31.Row row : r.table31()) {
            out.println("  " + row.phase().label() + " | " + row.number() + " | " + row.name() + " | " + row.content() + " | "
                    + (row.investmentWanYuan() == null ? "" : num(row.investmentWanYuan())) + " | " + row.effect() + " | "
                    + row.time());
        }
        return 0;
    }

    /** The rating of each equipment item by the item's id. */
    static Map<String, Rating> ratingsById(ProjectEvaluation ev) {
        Map<String, Rating> byId = new LinkedHashMap<>();
        ev.ratings().forEach(rt -> byId.put(rt.itemId(), rt));
        return byId;
    }

    /**
     * @param ratings the equipment ratings by item id: a finding about an equipment item carries the item's
     *                id and the standard, table and edition its rating used; a task the ids of its items
     */
    static Map<String, Object> toMap(DiagnosisProject p, RetrofitReport r, Map<String, Rating> ratings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("project", p.displayName());
        root.put("findings", r.findings().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("item", f.item().label());
            m.put("title", f.title());
            m.put("evidence", f.evidence());
            m.put("source", f.source());
            m.put("severity", f.severity().label());
            m.put("origin", f.manual() ? Texts.get("cli.tasks.addedByEngineer") : f.ruleId());
            EquipmentFindings.itemId(f.id()).ifPresent(itemId -> {
                m.put("equipmentId", itemId);
                Rating rt = ratings.get(itemId);
                if (rt != null) {
                    m.put("standard", rt.standard());
                    m.put("table", rt.table());
                    m.put("edition", rt.edition());
                    m.put("rule", rt.rule());
                }
            });
            return m;
        }).toList());
        root.put("rules", r.rules().stream().map(rs -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", rs.ruleId());
            m.put("name", rs.name());
            m.put("active", rs.active());
            m.put("reason", rs.reason());
            m.put("findings", rs.findings());
            return m;
        }).toList());
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("level", r.evaluationLevel());
        ev.put("justification", r.evaluation().justification());
        ev.put("text", r.evaluationText());
        root.put("evaluation", ev);
        List<Map<String, Object>> cats = new ArrayList<>();
        for (TaskCategory c : TaskCategory.values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("category", c.label());
            m.put("accepted", r.tasksOf(c).stream().map(TasksCommand::task).toList());
            m.put("candidates", r.candidates().stream().filter(t -> t.category() == c).map(TasksCommand::task).toList());
            cats.add(m);
        }
        root.put("tasksByCategory", cats);
        Map<String, Object> tg = new LinkedHashMap<>();
        var t = r.targets();
        tg.put("baseYear", t.baseYear());
        tg.put("targetYear", t.targetYear());
        tg.put("energySavingTce", t.savingTce());
        tg.put("energyIntensityDropPercent", t.energyIntensityDrop());
        tg.put("carbonReductionTco2", t.reductionTco2());
        tg.put("carbonIntensityDropPercent", t.carbonIntensityDrop());
        tg.put("tasksWithoutEstimate", t.tasksWithoutEstimate());
        tg.put("subTargets", t.subTargets());
        root.put("targets", tg);
        root.put("keyProjects", r.keyProjects().stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            var kp = k.project();
            m.put("name", kp.name());
            m.put("phase", kp.phase().label());
            m.put("originalSystem", kp.originalSystem());
            m.put("technicalRoute", kp.technicalRoute());
            m.put("investmentWanYuan", kp.investmentWanYuan());
            m.put("savingTce", kp.savingTce());
            m.put("reductionTco2", kp.reductionTco2());
            m.put("costSavingWanYuan", kp.costSavingWanYuan());
            m.put("lifeYears", k.lifeYears());
            m.put("discountRate", k.discountRate());
            m.put("discountRateSource", Finance.discountRateSource(k.discountRate()));
            if (k.economics() != null) {
                var e = k.economics();
                var pb = e.payback();
                // the static payback of the convention in force; "payback" says which and how
                m.put("paybackYears", e.paybackYears());
                Map<String, Object> payback = new LinkedHashMap<>();
                payback.put("convention", pb.convention().name());
                payback.put("conventionLabel", pb.convention().label());
                payback.put("constructionYears", pb.constructionYears());
                payback.put("staticYears", pb.staticYears());
                payback.put("dynamicYears", pb.dynamicYears());
                payback.put("basis", pb.basis(k.discountRate()));
                m.put("payback", payback);
                m.put("npvWanYuan", e.npv());
                m.put("irr", e.irr().isPresent() ? e.irr().getAsDouble() : null);
                m.put("irrStatus", e.irrStatus().name());
                m.put("irrNote", e.irr().isPresent() ? "" : e.irrStatus().text());
                m.put("npvIrrBasis", e.npvBasis());
            } else {
                m.put("economicsNote", k.note());
            }
            m.put("benefits", kp.benefits());
            m.put("safety", kp.safety());
            m.put("feasibility", kp.feasibility());
            m.put("standards", kp.standards());
            m.put("implementationTime", kp.implementationTime());
            return m;
        }).toList());
        root.put("table31Columns", Table31.COLUMNS);
        root.put("table31", r.table31().stream().map(row -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("项目阶段", row.phase().label());
            m.put("序号", row.number());
            m.put("项目名称", row.name());
            m.put("建设内容", row.content());
            m.put("预计总投资（万元）", row.investmentWanYuan());
            m.put("预期实施效果", row.effect());
            m.put("实施时间", row.time());
            return m;
        }).toList());
        return root;
    }

    /** One key project's economics, each payback with the convention it is counted in. */
    static String keyProjectLine(RetrofitReport.ProjectResult k) {
        var e = k.economics();
        if (e == null) {
            return Texts.format("cli.tasks.keyProjectNoEconomics", k.project().name(), k.note());
        }
        var pb = e.payback();
        String payback = pb.convention() == org.energydiag.core.retrofit.PaybackConvention.FROM_CONSTRUCTION_START
                ? Texts.format("cli.tasks.paybackFromConstruction", pb.constructionYears(), years(pb.staticYears()),
                        years(pb.dynamicYears()), num(k.discountRate() * 100))
                : Texts.format("cli.tasks.paybackFromCommissioning", years(pb.staticYears()));
        String irr = e.irr().isPresent() ? num(e.irr().getAsDouble() * 100) + "%" : e.irrStatus().text();
        return Texts.format("cli.tasks.keyProject", k.project().name(), k.lifeYears(), num(k.discountRate() * 100), payback,
                num(e.npv()), irr);
    }

    private static String years(double v) {
        return Double.isNaN(v) ? Texts.get("cli.tasks.paybackNone") : num(v);
    }

    static Map<String, Object> task(RetrofitTask t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("content", t.content());
        m.put("finding", t.findingSummary());
        m.put("findingIds", t.findingIds());
        m.put("equipmentIds", t.findingIds().stream().map(EquipmentFindings::itemId).flatMap(java.util.Optional::stream)
                .distinct().toList());
        m.put("catalogue", t.catalogueRefs());
        m.put("catalogueConfirmed", t.confirmedRefs());
        m.put("savingTce", t.savingTce());
        m.put("savingTco2", t.savingTco2());
        m.put("costSavingWanYuan", t.costSavingWanYuan());
        m.put("investmentWanYuan", t.investmentWanYuan());
        m.put("basis", t.basis());
        return m;
    }

    static String num(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
