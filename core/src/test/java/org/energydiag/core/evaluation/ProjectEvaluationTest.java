package org.energydiag.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/** The one evaluation: no data no verdict, one analysis shared, the second sector's sample. */
class ProjectEvaluationTest {

    @Test
    void anEmptyProjectIsNotEvaluatedAndSaysWhatIsMissing() {
        DiagnosisProject empty = DiagnosisProject.create(Instant.parse("2026-12-01T00:00:00Z"));
        ProjectEvaluation ev = PlanCheckTest.evaluate(empty);
        assertThat(ev.evaluable()).isFalse();
        assertThat(ev.report().evaluationLevel()).isEqualTo("无法评价");
        assertThat(ev.report().evaluation().level()).isEqualTo("无法评价");
        assertThat(ev.report().evaluationText()).contains("无法").contains("能源消费数据").doesNotContain("较好")
                .doesNotContain("未发现明显问题");
        assertThat(ev.missing()).containsExactly("基准年（2025年）能源消费数据", "主要用能设备清单", "能源管理检查表");
        assertThat(ev.errors()).extracting(CheckIssue::rule).contains("not-evaluable", "required-items");
        assertThat(ev.hasErrors()).isTrue();
    }

    @Test
    void anEngineersTypedLevelDoesNotOverrideMissingData() {
        DiagnosisProject empty = DiagnosisProject.create(Instant.parse("2026-12-01T00:00:00Z"));
        empty = empty.withPlan(empty.plan().withEvaluation("较好", "一切良好"), Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(PlanCheckTest.evaluate(empty).report().evaluationLevel()).isEqualTo("无法评价");
    }

    @Test
    void theAnalysisOfAnOpenProjectIsTheOneTheEvaluationReads() {
        DiagnosisProject p = PlanCheckTest.decidedDemo();
        ProjectAnalysis open = ProjectAnalysis.of(p, Fixtures.REFS.energy());
        ProjectEvaluation ev = ProjectEvaluation.of(p, Fixtures.REFS, List.of(), PlanCheckTest.DATE, open);
        assertThat(ev.analysis()).isSameAs(open);
        assertThat(ev.report().targets().baseTce()).isEqualTo(open.energy().totalsOf(2025).tce());
    }

    @Test
    void theMethanolSampleIsEvaluatedAgainstItsOwnSectorsStandard() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        DiagnosisProject p0 = DemoProjects.methanolPlant(now, "");
        DiagnosisProject p = DemoProjects.withDecisions(p0, PlanCheckTest.evaluate(p0).report(), now);
        ProjectEvaluation ev = PlanCheckTest.evaluate(p);
        assertThat(ev.evaluable()).isTrue();
        // worked out by hand in DemoProjects.methanolPlant: 56 800 万m3 × 1.2143 + 9 000 万kWh × 0.1229 (kgce) = 700 783 tce
        assertThat(ev.analysis().energy().totalsOf(2025).tce()).isCloseTo(700_783, org.assertj.core.data.Offset.offset(1.0));
        assertThat(ev.analysis().benchmarks()).singleElement().satisfies(b -> {
            assertThat(b.benchmark().standard()).isEqualTo("GB 29436-2023");
            assertThat(b.value()).isCloseTo(1168.0, org.assertj.core.data.Offset.offset(0.5));
        });
        assertThat(ev.errors()).as(ev.checks().toString()).isEmpty();
        assertThat(ev.report().evaluationLevel()).isIn("较好", "一般", "较差");
    }
}
