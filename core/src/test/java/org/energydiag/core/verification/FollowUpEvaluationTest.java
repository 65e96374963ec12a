package org.energydiag.core.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.demo.DemoFollowUp;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.followup.ImplementationStatus;
import org.energydiag.core.followup.SubjectKind;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.CarrierId;
import org.energydiag.core.reference.EnergyReference;
import org.junit.jupiter.api.Test;

/**
 * The demo's follow-up read with its one evaluation: the plan's figures are the evaluation's, the
 * saving is verified from the demo meter and converted with the project's electricity coefficient.
 */
class FollowUpEvaluationTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    static final References REFS = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
            Catalogue.loadBundled(), List.of());

    /** The demo with its decisions and follow-up, and its evaluation. */
    static ProjectEvaluation demo() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "某诊断机构");
        p = DemoFollowUp.decidedAndFollowedUp(p, ProjectEvaluation.of(p, REFS, List.of(), LocalDate.of(2026, 12, 3)).report(), NOW);
        return ProjectEvaluation.of(p, REFS, List.of(), LocalDate.of(2026, 12, 3));
    }

    static FollowUpEvaluation followUp(ProjectEvaluation ev) {
        var meter = DemoFollowUp.meter(ev.project(), NOW);
        return FollowUpEvaluation.of(ev, s -> s.meterNames().contains(meter.name()) ? List.of(meter) : List.of(), LocalDate.of(2026, 12, 3));
    }

    @Test
    void theDemoSavingIsVerifiedAndComparedWithTheEvaluationsFigure() {
        ProjectEvaluation ev = demo();
        FollowUpEvaluation f = followUp(ev);
        assertThat(f.rows()).hasSize(ev.report().keyProjects().size() + (int) ev.report().tasks().stream()
                .filter(t -> ev.report().keyProjects().stream().noneMatch(k -> k.project().taskIds().contains(t.id()))).count());
        var done = f.rows().stream().filter(r -> r.status() == ImplementationStatus.COMPLETED).toList();
        assertThat(done).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(SubjectKind.KEY_PROJECT);
            // the expected saving is the very figure of the evaluation's key project
            var kp = ev.report().keyProjects().stream().filter(k -> k.project().id().equals(r.id())).findFirst().orElseThrow();
            assertThat(r.expectedTce()).isSameAs(kp.project().savingTce());
        });
        // the medium-term key project and the task behind its agreed completion
        assertThat(f.count(ImplementationStatus.IN_PROGRESS)).isEqualTo(2);
        var v = f.verifications().get(0);
        assertThat(v.verified()).as(v.reason()).isTrue();
        assertThat(v.expectedTce()).isEqualTo(done.get(0).expectedTce());
        // kWh → tce with the project's electricity 当量值 coefficient, as its consumption is converted
        var k = new org.energydiag.core.energy.Coefficients(REFS.energy(), ev.project().energy(), ev.project().carbon().measuredNcv());
        assertThat(v.avoidedTce()).isCloseTo(v.avoided() * k.equivalentValue(CarrierId.ELECTRICITY).kgcePerUnit() / 1000, within(1e-6));
        assertThat(v.coefficientSource()).contains("kgce/kWh");
        // the demo meter was built with 90 % of the expected saving; the verification finds it within its uncertainty
        assertThat(v.annualTce()).isCloseTo(0.9 * v.expectedTce(), within(v.annualUncertaintyTce()));
        assertThat(f.verifiedTce()).isEqualTo(v.annualTce());
        assertThat(f.expectedOfVerifiedTce()).isEqualTo(v.expectedTce());
        assertThat(f.visitDue()).isPresent();
    }

    @Test
    void withoutMeterDataTheVerificationIsRefusedNotGuessed() {
        ProjectEvaluation ev = demo();
        FollowUpEvaluation f = FollowUpEvaluation.of(ev, (org.energydiag.core.meter.MeterStore) null, LocalDate.of(2026, 12, 3),
                org.energydiag.core.progress.NullProgressMonitor.INSTANCE);
        assertThat(f.verifications()).singleElement().satisfies(v -> {
            assertThat(v.outcome()).isEqualTo(SavingsVerification.Outcome.REFUSED_NO_DATA);
            assertThat(v.reason()).contains("没有可用的计量数据");
        });
        assertThat(f.verifiedTce()).isZero();
    }

    /**
     * Any accepted task or key project is 逾期 once its planned completion has passed and it is neither
     * 已完成 nor 已放弃: a key project's completion is the end of its 实施时间 unless the record agrees
     * another date; a task's is the record's date (none: never late).
     */
    @Test
    void anyTaskOrKeyProjectIsLateOncePastItsPlannedCompletion() {
        ProjectEvaluation ev = demo();
        DiagnosisProject p = ev.project();
        LocalDate day = LocalDate.of(2026, 12, 3);
        var report = ev.report();
        var inProjects = report.keyProjects().stream().flatMap(k -> k.project().taskIds().stream()).toList();
        var task = report.tasks().stream().filter(t -> !inProjects.contains(t.id())).skip(1).findFirst().orElseThrow();
        var key = report.keyProjects().stream().map(k -> k.project()).filter(k -> k.phase() == org.energydiag.core.retrofit.Phase.MEDIUM)
                .findFirst().orElseThrow();
        LocalDate keyEnd = FollowUpEvaluation.planned(key).orElseThrow();
        assertThat(keyEnd).isAfter(day); // the demo's medium-term project is not late today

        var f = p.followUp();
        // no date agreed for the task: not late whatever its status
        assertThat(row(of(p, f, day), task.id())).satisfies(r -> {
            assertThat(r.plannedFinish()).isNull();
            assertThat(r.late()).isFalse();
        });
        // agreed for yesterday, 未启动 → late; 实施中 → late; 已完成 / 已放弃 → not late; due today → not late yet
        var rec = org.energydiag.core.followup.Implementation.of(SubjectKind.TASK, task.id()).withPlannedFinish(day.minusDays(1));
        assertThat(row(of(p, f.with(rec), day), task.id()).late()).isTrue();
        assertThat(row(of(p, f.with(rec.withStatus(ImplementationStatus.IN_PROGRESS, "")), day), task.id()).late()).isTrue();
        assertThat(row(of(p, f.with(rec.completed(day.minusDays(3))), day), task.id()).late()).isFalse();
        assertThat(row(of(p, f.with(rec.withStatus(ImplementationStatus.ABANDONED, "企业停产")), day), task.id()).late()).isFalse();
        assertThat(row(of(p, f.with(rec.withPlannedFinish(day)), day), task.id()).late()).isFalse();
        assertThat(of(p, f.with(rec), day).late()).extracting(FollowUpEvaluation.Row::id).contains(task.id());

        // the key project: the plan's end of 实施时间 unless the record agrees an earlier date
        var keyRow = row(of(p, f, day), key.id());
        assertThat(keyRow.plannedFinish()).isEqualTo(keyEnd);
        assertThat(keyRow.plannedFinishFromPlan()).isTrue();
        assertThat(keyRow.late()).isFalse();
        assertThat(row(of(p, f, keyEnd.plusDays(1)), key.id()).late()).isTrue();
        var agreed = f.implementation(key.id()).orElseThrow().withPlannedFinish(day.minusMonths(1));
        var k2 = row(of(p, f.with(agreed), day), key.id());
        assertThat(k2.plannedFinish()).isEqualTo(day.minusMonths(1));
        assertThat(k2.plannedFinishFromPlan()).isFalse();
        assertThat(k2.late()).isTrue();
    }

    /**
     * The demo's dates follow its plan: handed in {@link DemoFollowUp#PLAN_MONTHS} months before today, every
     * implementation and 回访 date after the hand-in and not after today, the key projects' 实施时间 start
     * after the hand-in, the next 回访 due in the coming months, one accepted task shown 逾期.
     */
    @Test
    void theDemosFollowUpLiesAfterItsPlan() {
        ProjectEvaluation ev = demo();
        DiagnosisProject p = ev.project();
        LocalDate today = LocalDate.of(2026, 12, 3);
        LocalDate handedIn = LocalDate.ofInstant(DemoFollowUp.planDate(NOW), java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(handedIn).isEqualTo(LocalDate.of(2026, 2, 3));
        for (var k : p.plan().keyProjects()) {
            var t = org.energydiag.core.evaluation.ImplementationTime.parse(k.implementationTime()).orElseThrow();
            assertThat(t.start().atDay(1)).as(k.name()).isAfter(handedIn);
        }
        var f = p.followUp();
        List<LocalDate> dates = new java.util.ArrayList<>();
        for (var i : f.implementations()) {
            java.util.stream.Stream.of(i.startDate(), i.finishDate(), i.confirmedDate()).filter(d -> d != null).forEach(dates::add);
        }
        f.visits().forEach(v -> dates.add(v.date()));
        assertThat(dates).isNotEmpty().allSatisfy(d -> assertThat(d).isAfter(handedIn).isBeforeOrEqualTo(today));
        assertThat(f.visitDue()).hasValueSatisfying(d -> assertThat(d).isAfter(today).isBefore(today.plusMonths(4)));
        // the completed project was built within its planned 实施时间
        var done = f.implementations().stream().filter(i -> i.status() == ImplementationStatus.COMPLETED).findFirst().orElseThrow();
        var kp = p.plan().keyProjects().stream().filter(k -> k.id().equals(done.subjectId())).findFirst().orElseThrow();
        assertThat(done.finishDate()).isBeforeOrEqualTo(FollowUpEvaluation.planned(kp).orElseThrow());
        // the verification's reporting period starts after the project was finished
        var setup = f.verifications().get(0);
        assertThat(setup.reportingFrom()).isAfter(done.finishDate());
        assertThat(setup.baselineTo()).isBefore(done.startDate());
        // one accepted task behind its agreed completion
        assertThat(followUp(ev).late()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(SubjectKind.TASK);
            assertThat(r.plannedFinish()).isBefore(today);
            assertThat(r.record().reason()).isNotBlank();
        });
    }

    /**
     * The plan check of the demo in follow-up: its 实施时间 lie partly in the past, which is no error once the
     * plan is being implemented (the same plan without its follow-up, checked as a draft today, is told so).
     */
    @Test
    void aPlanInFollowUpIsNotToldItsTimesLieInThePast() {
        ProjectEvaluation ev = demo();
        assertThat(ev.checks().stream().filter(c -> c.rule().equals("phase-date")).toList()).as(ev.checks().toString()).isEmpty();
        assertThat(ev.errors()).as(ev.checks().toString()).isEmpty();
        ProjectEvaluation draft = ProjectEvaluation.of(ev.project().withFollowUp(org.energydiag.core.followup.FollowUp.empty(), NOW),
                REFS, List.of(), LocalDate.of(2026, 12, 3));
        assertThat(draft.checks().stream().filter(c -> c.rule().equals("phase-date") && c.level()
                == org.energydiag.core.evaluation.CheckIssue.Level.ERROR).toList()).isNotEmpty();
    }

    private static FollowUpEvaluation of(DiagnosisProject p, org.energydiag.core.followup.FollowUp f, LocalDate day) {
        ProjectEvaluation ev = ProjectEvaluation.of(p.withFollowUp(f, NOW), REFS, List.of(), day);
        return FollowUpEvaluation.of(ev, s -> List.of(), day);
    }

    private static FollowUpEvaluation.Row row(FollowUpEvaluation f, String id) {
        return f.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
