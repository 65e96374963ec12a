package org.energydiag.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.followup.ImplementationStatus;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.followup.TrackingWorkbook;
import org.energydiag.core.report.followup.VisitRecord;
import org.energydiag.core.verification.FollowUpEvaluation;
import org.energydiag.core.verification.SavingsVerification;

/**
 * {@code follow-up FILE.edproj [--json] [--tracking OUT.xlsx] [--visits OUT.docx]}: the follow-up after
 * the plan (诊断—建议—实施—反馈): each task's and key project's implementation status, the 回访 due,
 * the plan's expected saving beside the saving verified from the data folder's meter data, with the
 * model statistics; optionally the 实施跟踪表 and the 回访记录. Bad input: a message and exit 2.
 */
final class FollowUpCommand implements Command {

    @Override
    public String name() {
        return "follow-up";
    }

    @Override
    public String usage() {
        return Texts.get("cli.followUp.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        List<String> files = new ArrayList<>();
        boolean json = false;
        Path tracking = null;
        Path visits = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--json" -> json = true;
                case "--tracking", "--visits" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new CliException(Texts.format("cli.followUp.missingValue", a) + Texts.get("cli.followUp.usageError"));
                    }
                    Path p = Path.of(args.get(++i));
                    String want = a.equals("--tracking") ? ".xlsx" : ".docx";
                    if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(want)) {
                        throw new CliException(Texts.format("cli.followUp.extension", a, want));
                    }
                    if (a.equals("--tracking")) {
                        tracking = p;
                    } else {
                        visits = p;
                    }
                }
                default -> {
                    if (a.startsWith("--")) {
                        throw new CliException(Texts.format("cli.followUp.unknownOption", a) + Texts.get("cli.followUp.usageError"));
                    }
                    files.add(a);
                }
            }
        }
        if (files.size() != 1) {
            throw new CliException(Texts.get("cli.followUp.usageError"));
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.followUp.failed", e.getMessage()));
        }
        ProjectEvaluation ev = s.evaluate(p);
        LocalDate today = LocalDate.now(s.clock());
        FollowUpEvaluation f = followUps(List.of(ev), s, today).get(0);
        if (tracking != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                TrackingWorkbook.write(List.of(f), today, bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ExportWorkplanCommand.write(tracking, bytes.toByteArray(), "Excel/WPS");
        }
        if (visits != null) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try {
                VisitRecord.write(f, today, bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            ExportWorkplanCommand.write(visits, bytes.toByteArray(), "Word/WPS");
        }
        if (json) {
            try {
                out.println(BalanceCommand.mapper().writeValueAsString(json(f)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            print(f, out);
            if (tracking != null) {
                out.println(Texts.format("cli.followUp.written", tracking.toAbsolutePath()));
            }
            if (visits != null) {
                out.println(Texts.format("cli.followUp.written", visits.toAbsolutePath()));
            }
        }
        return 0;
    }

    /** The follow-up of each evaluation with the data folder's meter data (none with --no-meters). */
    static List<FollowUpEvaluation> followUps(List<ProjectEvaluation> evaluations, CliServices s, LocalDate today) {
        var store = s.meterStore().orElse(null);
        return evaluations.stream().map(ev -> FollowUpEvaluation.of(ev, store, today, NullProgressMonitor.INSTANCE)).toList();
    }

    static Map<String, Object> json(FollowUpEvaluation f) {
        Map<String, Object> root = new LinkedHashMap<>();
        DiagnosisProject p = f.evaluation().project();
        root.put("project", p.displayName());
        root.put("date", f.date().toString());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (ImplementationStatus st : ImplementationStatus.values()) {
            counts.put(st.name(), f.count(st));
        }
        root.put("statuses", counts);
        root.put("visits", p.followUp().visits().size());
        root.put("visitDue", f.visitDue().map(LocalDate::toString).orElse(null));
        root.put("visitOverdue", f.visitOverdue());
        List<Map<String, Object>> subjects = new ArrayList<>();
        for (FollowUpEvaluation.Row r : f.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", r.kind().name());
            m.put("id", r.id());
            m.put("name", r.name());
            m.put("status", r.status().name());
            m.put("statusLabel", r.status().label());
            m.put("reason", r.record().reason());
            m.put("plannedTime", r.plannedTime());
            m.put("startDate", str(r.record().startDate()));
            m.put("finishDate", str(r.record().finishDate()));
            m.put("plannedFinish", str(r.plannedFinish()));
            m.put("plannedFinishFromPlan", r.plannedFinishFromPlan());
            m.put("late", r.late());
            m.put("plannedInvestmentWanYuan", r.plannedInvestment());
            m.put("actualInvestmentWanYuan", r.record().actualInvestmentWanYuan());
            m.put("expectedSavingTce", r.expectedTce());
            m.put("verifications", r.verificationIds());
            subjects.add(m);
        }
        root.put("subjects", subjects);
        List<Map<String, Object>> vs = new ArrayList<>();
        for (SavingsVerification.Result r : f.verifications()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.setup().id());
            m.put("name", r.setup().name());
            m.put("outcome", r.outcome().name());
            m.put("verified", r.verified());
            m.put("reason", r.reason());
            m.put("subjects", r.setup().subjectIds());
            m.put("unit", r.unit());
            m.put("period", r.setup().period().name());
            m.put("baselinePeriods", r.baseline().size());
            m.put("reportingPeriods", r.reporting().size());
            if (r.model() != null) {
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("r2", r.model().r2());
                st.put("cvRmse", r.model().cvRmse());
                st.put("rmsePerDay", r.model().rmse());
                st.put("n", r.model().n());
                st.put("parameters", r.model().p());
                st.put("autocorrelation", r.model().autocorrelation());
                st.put("intercept", r.intercept());
                List<Map<String, Object>> ds = new ArrayList<>();
                for (var d : r.drivers()) {
                    Map<String, Object> dm = new LinkedHashMap<>();
                    dm.put("name", d.name());
                    dm.put("coefficient", d.coefficient());
                    dm.put("standardError", d.standardError());
                    dm.put("t", d.t());
                    ds.add(dm);
                }
                st.put("drivers", ds);
                st.put("criteria", Map.of("maxCvRmse", SavingsVerification.MAX_CV_RMSE, "minR2", SavingsVerification.MIN_R2,
                        "minBaselinePeriods", SavingsVerification.MIN_BASELINE_PERIODS));
                m.put("model", st);
            }
            m.put("adjustedBaseline", r.adjustedBaseline());
            m.put("actual", r.actual());
            m.put("avoided", r.avoided());
            m.put("uncertainty", r.uncertainty());
            m.put("confidence", SavingsVerification.CONFIDENCE);
            m.put("uncertainty68Fraction", r.uncertainty68());
            m.put("reportingDays", r.reportingDays());
            m.put("avoidedTce", r.avoidedTce());
            m.put("annualTce", r.annualTce());
            m.put("annualUncertaintyTce", r.annualUncertaintyTce());
            m.put("expectedTce", r.expectedTce());
            m.put("coefficient", r.coefficientSource());
            m.put("notes", r.notes());
            vs.add(m);
        }
        root.put("verifications", vs);
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("expectedTce", f.expectedTce());
        totals.put("expectedOfVerifiedTce", f.expectedOfVerifiedTce());
        totals.put("verifiedTce", f.verifiedTce());
        totals.put("plannedInvestmentWanYuan", f.plannedInvestment());
        totals.put("actualInvestmentWanYuan", f.actualInvestment());
        root.put("totals", totals);
        return root;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static void print(FollowUpEvaluation f, PrintStream out) {
        out.println(Texts.format("cli.followUp.heading", f.evaluation().project().displayName(), f.count(ImplementationStatus.COMPLETED),
                f.count(ImplementationStatus.IN_PROGRESS), f.count(ImplementationStatus.NOT_STARTED),
                f.count(ImplementationStatus.ABANDONED)));
        for (FollowUpEvaluation.Row r : f.rows()) {
            out.println("  " + Texts.format("cli.followUp.row", r.kind().label(), r.name(), r.status().label(),
                    r.expectedTce() == null ? "—" : String.format(java.util.Locale.ROOT, "%,.1f", r.expectedTce()),
                    r.late() ? Texts.format("cli.followUp.late", r.plannedFinish()) : ""));
        }
        out.println("  " + f.visitDue().map(d -> Texts.format(f.visitOverdue() ? "cli.followUp.visitOverdue" : "cli.followUp.visitDue", d))
                .orElse(Texts.get("cli.followUp.noVisitDue")));
        for (SavingsVerification.Result r : f.verifications()) {
            if (r.verified()) {
                out.println("  " + Texts.format("cli.followUp.verified", r.setup().name(),
                        String.format(java.util.Locale.ROOT, "%,.0f", r.avoided()), String.format(java.util.Locale.ROOT, "%,.0f", r.uncertainty()),
                        r.unit(), Math.round(SavingsVerification.CONFIDENCE * 100),
                        String.format(java.util.Locale.ROOT, "%,.1f", r.annualTce()),
                        r.expectedTce() == null ? "—" : String.format(java.util.Locale.ROOT, "%,.1f", r.expectedTce()), r.statistics()));
            } else {
                out.println("  " + Texts.format("cli.followUp.refused", r.setup().name(), r.reason()));
            }
        }
        out.println("  " + Texts.format("cli.followUp.totals", String.format(java.util.Locale.ROOT, "%,.1f", f.verifiedTce()),
                String.format(java.util.Locale.ROOT, "%,.1f", f.expectedOfVerifiedTce())));
    }
}
