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
        p = DemoProjects.withDecisions(p, ProjectEvaluation.of(p, REFS, List.of(), LocalDate.of(2026, 12, 3)).report(), NOW);
        p = DemoFollowUp.withFollowUp(p, NOW);
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
        assertThat(f.count(ImplementationStatus.IN_PROGRESS)).isEqualTo(1);
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
}
