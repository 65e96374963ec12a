package org.energydiag.core.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.energy.Coefficients;
import org.energydiag.core.evaluation.ImplementationTime;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.followup.FollowUp;
import org.energydiag.core.followup.Implementation;
import org.energydiag.core.followup.ImplementationStatus;
import org.energydiag.core.followup.SubjectKind;
import org.energydiag.core.followup.VerificationSetup;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.ProgressMonitor;
import org.energydiag.core.reference.CarrierId;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.unit.UnitException;

/**
 * The follow-up of one project as every surface shows it (the 跟踪 view, {@code follow-up --json},
 * 实施跟踪表, 回访记录, 附件4): each followed subject with the plan's figures read from the
 * project's one {@link ProjectEvaluation} and its implementation record, the 回访 due, and each
 * savings verification with the plan's expected saving beside the verified one. Totals are
 * computed here once.
 *
 * @param evaluation    the project's one evaluation (the plan's figures)
 * @param date          the day the follow-up is looked at (for late projects and due 回访)
 * @param rows          key projects, then accepted tasks that are not part of a key project
 * @param verifications one result per verification set-up, in the set-ups' order
 */
public record FollowUpEvaluation(ProjectEvaluation evaluation, LocalDate date, List<Row> rows,
                                 List<SavingsVerification.Result> verifications) {

    /**
     * One followed subject.
     *
     * @param expectedTce        the plan's annual saving (tce/a), null when not stated
     * @param plannedInvestment  the plan's investment (万元), null when not stated
     * @param plannedTime        the plan's 实施时间 as written (key projects), or empty
     * @param record             the implementation record (a fresh 未启动 one when none is kept)
     * @param plannedFinish      when the subject is due complete: the record's agreed date, else the last
     *                           day of a key project's 实施时间; null when neither is known
     * @param late               not closed (已完成 or 已放弃) although its planned completion has passed
     * @param verificationIds    the verifications the subject's saving is credited to
     */
    public record Row(SubjectKind kind, String id, String name, Double expectedTce, Double plannedInvestment,
                      String plannedTime, Implementation record, LocalDate plannedFinish, boolean late,
                      List<String> verificationIds) {
        public ImplementationStatus status() {
            return record.status();
        }

        /** Whether the planned completion is the plan's (not agreed in the record). */
        public boolean plannedFinishFromPlan() {
            return plannedFinish != null && record.plannedFinish() == null;
        }
    }

    public FollowUpEvaluation {
        rows = List.copyOf(rows);
        verifications = List.copyOf(verifications);
    }

    /**
     * The follow-up of {@code ev}'s project, the meter data read from {@code store} (none when null:
     * every verification is then refused for want of data).
     */
    public static FollowUpEvaluation of(ProjectEvaluation ev, MeterStore store, LocalDate date, ProgressMonitor monitor) {
        return of(ev, s -> meters(store, ev.project().id(), s, monitor), date);
    }

    /** As {@link #of(ProjectEvaluation, MeterStore, LocalDate, ProgressMonitor)} with the meters of each set-up given. */
    public static FollowUpEvaluation of(ProjectEvaluation ev, Function<VerificationSetup, List<MeterSeries>> meters,
                                        LocalDate date) {
        FollowUp f = ev.project().followUp();
        RetrofitReport r = ev.report();
        List<Row> rows = new ArrayList<>();
        Set<String> inKeyProjects = new HashSet<>();
        for (RetrofitReport.ProjectResult pr : r.keyProjects()) {
            KeyProject k = pr.project();
            inKeyProjects.addAll(k.taskIds());
            Implementation rec = f.implementation(k.id()).orElse(Implementation.of(SubjectKind.KEY_PROJECT, k.id()));
            LocalDate due = rec.plannedFinish() != null ? rec.plannedFinish() : planned(k).orElse(null);
            rows.add(new Row(SubjectKind.KEY_PROJECT, k.id(), k.name(), k.savingTce(), k.investmentWanYuan(),
                    k.implementationTime(), rec, due, late(rec, due, date), credited(f, k.id())));
        }
        for (RetrofitTask t : r.tasks()) {
            if (inKeyProjects.contains(t.id())) {
                continue;
            }
            Implementation rec = f.implementation(t.id()).orElse(Implementation.of(SubjectKind.TASK, t.id()));
            rows.add(new Row(SubjectKind.TASK, t.id(), t.name(), t.savingTce(), t.investmentWanYuan(), "", rec,
                    rec.plannedFinish(), late(rec, rec.plannedFinish(), date), credited(f, t.id())));
        }
        List<SavingsVerification.Result> results = new ArrayList<>();
        for (VerificationSetup s : f.verifications()) {
            List<MeterSeries> series = meters.apply(s);
            results.add(SavingsVerification.verify(s, series, conversion(ev, series), expected(rows, s)));
        }
        return new FollowUpEvaluation(ev, date, rows, results);
    }

    /** The last day of a key project's 实施时间 in the plan, when it can be read. */
    public static Optional<LocalDate> planned(KeyProject k) {
        return ImplementationTime.parse(k.implementationTime()).map(t -> t.end().atEndOfMonth());
    }

    /** Late: neither completed nor abandoned although its planned completion lies before {@code date}. */
    static boolean late(Implementation rec, LocalDate due, LocalDate date) {
        return !rec.status().closed() && due != null && due.isBefore(date);
    }

    private static List<String> credited(FollowUp f, String subjectId) {
        return f.verifications().stream().filter(v -> v.subjectIds().contains(subjectId)).map(VerificationSetup::id).toList();
    }

    /** The plan's annual saving of the subjects a verification is credited to; null when none states one. */
    private static Double expected(List<Row> rows, VerificationSetup s) {
        List<Double> v = rows.stream().filter(r -> s.subjectIds().contains(r.id()) && r.expectedTce() != null)
                .map(Row::expectedTce).toList();
        return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * The meters of a set-up as stored: the named ones, or every kWh meter of the project when none
     * is named. Slow for big meters: call off the user interface's thread.
     */
    public static List<MeterSeries> meters(MeterStore store, String projectId, VerificationSetup s, ProgressMonitor monitor) {
        if (store == null) {
            return List.of();
        }
        List<MeterSeries> out = new ArrayList<>();
        for (MeterStore.MeterInfo m : store.meters(projectId)) {
            boolean chosen = s.meterNames().isEmpty() ? "kWh".equalsIgnoreCase(m.unit()) : s.meterNames().contains(m.name());
            if (chosen) {
                monitor.checkCancelled();
                store.load(projectId, m.name()).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The tce per unit of the meters' carrier with the project's coefficients (the same chain of
     * reference, the project's own coefficients and measured heat values as its consumption);
     * null when the carrier or unit is not known.
     */
    static SavingsVerification.Conversion conversion(ProjectEvaluation ev, List<MeterSeries> series) {
        if (series.isEmpty()) {
            return null;
        }
        MeterSeries first = series.get(0);
        CarrierId carrier = first.carrierId() != null && !first.carrierId().toString().isBlank() ? first.carrierId()
                : "kWh".equalsIgnoreCase(first.unit()) ? CarrierId.ELECTRICITY : null;
        if (carrier == null) {
            return null;
        }
        try {
            Coefficients k = new Coefficients(ev.references().energy(), ev.project().energy(),
                    ev.project().carbon().measuredNcv());
            return new SavingsVerification.Conversion(k.tce(carrier, 1.0, first.unit()), k.equivalentValue(carrier).source());
        } catch (UnitException e) {
            return null;
        }
    }

    /** The verification of a set-up. */
    public Optional<SavingsVerification.Result> verification(String setupId) {
        return verifications.stream().filter(v -> v.setup().id().equals(setupId)).findFirst();
    }

    /** Subjects not closed although their planned time has ended. */
    public List<Row> late() {
        return rows.stream().filter(Row::late).toList();
    }

    public long count(ImplementationStatus s) {
        return rows.stream().filter(r -> r.status() == s).count();
    }

    /** When the next 回访 is due, see {@link FollowUp#visitDue()}. */
    public Optional<LocalDate> visitDue() {
        return evaluation.project().followUp().visitDue();
    }

    /** Whether a 回访 is due on or before {@link #date}. */
    public boolean visitOverdue() {
        return visitDue().map(d -> !d.isAfter(date)).orElse(false);
    }

    /** The plan's annual saving of the subjects whose saving was verified (tce/a): compare with {@link #verifiedTce}. */
    public double expectedOfVerifiedTce() {
        return verifications.stream().filter(SavingsVerification.Result::verified).filter(v -> v.expectedTce() != null)
                .mapToDouble(SavingsVerification.Result::expectedTce).sum();
    }

    /** The verified annual savings in tce/a (each verification's avoided consumption scaled to a year). */
    public double verifiedTce() {
        return verifications.stream().filter(SavingsVerification.Result::verified).filter(v -> !Double.isNaN(v.annualTce()))
                .mapToDouble(SavingsVerification.Result::annualTce).sum();
    }

    /** The plan's annual saving of all followed subjects that state one (tce/a). */
    public double expectedTce() {
        return rows.stream().filter(r -> r.expectedTce() != null).mapToDouble(Row::expectedTce).sum();
    }

    /** The plan's saving of the subjects marked 已完成 (tce/a). */
    public double completedExpectedTce() {
        return rows.stream().filter(r -> r.status() == ImplementationStatus.COMPLETED && r.expectedTce() != null)
                .mapToDouble(Row::expectedTce).sum();
    }

    /** Actual investment recorded over the subjects (万元). */
    public double actualInvestment() {
        return rows.stream().filter(r -> r.record().actualInvestmentWanYuan() != null)
                .mapToDouble(r -> r.record().actualInvestmentWanYuan()).sum();
    }

    /** The planned investment of the followed subjects (万元). */
    public double plannedInvestment() {
        return rows.stream().filter(r -> r.plannedInvestment() != null).mapToDouble(Row::plannedInvestment).sum();
    }
}
