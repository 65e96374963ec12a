package org.energydiag.core.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/** The follow-up travels in the project JSON and the strict .edproj reader; a version-8 file reads unchanged. */
class FollowUpJsonTest {

    static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    static FollowUp sample() {
        Implementation done = Implementation.of(SubjectKind.KEY_PROJECT, "kp-1").withWork("更换 2 台高效电机，加装变频器")
                .withInvestment(86.5).withConfirmation("王工（设备部）", LocalDate.of(2026, 10, 20))
                .completed(LocalDate.of(2026, 1, 15));
        Implementation dropped = Implementation.of(SubjectKind.TASK, "t-9")
                .withStatus(ImplementationStatus.ABANDONED, "企业决定并入明年技改计划").withPlannedFinish(LocalDate.of(2026, 9, 30));
        Visit v = Visit.on(LocalDate.of(2026, 10, 20), VisitForm.ON_SITE).withText("张工、王工", "查看改造后电机运行", "运行稳定")
                .withEvidence(List.of("att-1")).withSatisfaction(FeedbackLevel.SATISFIED).withSubjects(List.of("kp-1"));
        VerificationSetup s = new VerificationSetup("mv-1", "全厂用电", List.of("kp-1"), List.of("总进线有功"), PeriodKind.MONTH,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 31), "t",
                List.of(new DriverPeriod(LocalDate.of(2025, 1, 1), 9300.5, 410.0, null),
                        new DriverPeriod(LocalDate.of(2025, 2, 1), 8800.0, null, 0.0)));
        return FollowUp.empty().with(done).with(dropped).with(v).with(s).withNextVisitDate(LocalDate.of(2027, 1, 20));
    }

    static DiagnosisProject project() {
        DiagnosisProject p = DiagnosisProject.create(T);
        return p.withFollowUp(sample(), T);
    }

    @Test
    void roundTripsThroughJsonAndTheStrictFileReader() throws Exception {
        DiagnosisProject p = project();
        assertThat(ProjectJson.fromJson(ProjectJson.toJson(p), ProjectJson.MODEL_VERSION)).isEqualTo(p);
        byte[] bytes = ProjectFile.toBytes(p, "test", T);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\"formatVersion\" : 10").contains("\"plannedFinish\" : \"2026-09-30\"").contains("\"followUp\"").contains("\"status\" : \"COMPLETED\"");
        DiagnosisProject back = ProjectFile.parse(bytes);
        assertThat(back).isEqualTo(p);
        assertThat(back.followUp().implementation("kp-1").orElseThrow().actualInvestmentWanYuan()).isEqualTo(86.5);
        assertThat(back.followUp().implementation("t-9").orElseThrow().plannedFinish()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(back.followUp().visits()).singleElement().satisfies(v -> assertThat(v.evidenceIds()).containsExactly("att-1"));
    }

    @Test
    void aVersion8FileReadsUnchanged() throws Exception {
        DiagnosisProject p = DiagnosisProject.create(T);
        ObjectNode file = (ObjectNode) ProjectJson.mapper().readTree(ProjectFile.toBytes(p, "test", T));
        file.put("formatVersion", 8);
        ((ObjectNode) file.get("project")).remove("followUp");
        byte[] v8 = ProjectJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
        assertThat(new String(v8, StandardCharsets.UTF_8)).doesNotContain("followUp");
        DiagnosisProject back = ProjectFile.parse(v8);
        assertThat(back).isEqualTo(p);
        assertThat(back.followUp()).isEqualTo(FollowUp.empty());
        // the migration alone, on the bare project document
        ObjectNode doc = (ObjectNode) ProjectJson.toTree(p);
        doc.remove("followUp");
        assertThat(ProjectJson.fromTree(doc, 8, "").followUp()).isEqualTo(FollowUp.empty());
    }

    /** Version 10 added each record's agreed completion (plannedFinish); a version-9 file reads with none. */
    @Test
    void aVersion9FileReadsWithoutPlannedCompletions() throws Exception {
        DiagnosisProject p = DiagnosisProject.create(T).withFollowUp(sample(), T);
        ObjectNode file = (ObjectNode) ProjectJson.mapper().readTree(ProjectFile.toBytes(p, "test", T));
        file.put("formatVersion", 9);
        for (var rec : file.get("project").get("followUp").get("implementations")) {
            ((ObjectNode) rec).remove("plannedFinish");
        }
        byte[] v9 = ProjectJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
        assertThat(new String(v9, StandardCharsets.UTF_8)).contains("\"formatVersion\" : 9").doesNotContain("plannedFinish");
        DiagnosisProject back = ProjectFile.parse(v9);
        assertThat(back.followUp().implementations()).isNotEmpty().allSatisfy(i -> assertThat(i.plannedFinish()).isNull());
        FollowUp expected = p.followUp();
        expected = expected.with(expected.implementation("t-9").orElseThrow().withPlannedFinish(null));
        assertThat(back).isEqualTo(p.withFollowUp(expected, T));
        // a current file with a field of no version is refused by its path
        String bad = new String(ProjectFile.toBytes(p, "test", T), StandardCharsets.UTF_8)
                .replace("\"plannedFinish\" : \"2026-09-30\"", "\"plannedFinish\" : \"2026-09-30\", \"plannedStart\" : \"2026-01-01\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectFile.parse(bad.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("followUp.implementations").hasMessageContaining("plannedStart");
    }

    @Test
    void anAbsurdNumberIsRefusedWithItsPath() {
        String json = new String(ProjectFile.toBytes(project(), "test", T), StandardCharsets.UTF_8)
                .replace("\"actualInvestmentWanYuan\" : 86.5", "\"actualInvestmentWanYuan\" : 1e20");
        assertThat(json).contains("1e20");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectFile.parse(json.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("actualInvestmentWanYuan");
    }

    @Test
    void visitIsDueAQuarterAfterTheLastUnlessPlannedOrAllClosed() {
        FollowUp f = sample().withNextVisitDate(null);
        // everything closed (完成, 放弃) and visited after: nothing due
        assertThat(f.visitDue()).isEmpty();
        f = f.with(Implementation.of(SubjectKind.KEY_PROJECT, "kp-2").withStatus(ImplementationStatus.IN_PROGRESS, ""));
        assertThat(f.visitDue()).contains(LocalDate.of(2027, 1, 20));
        assertThat(f.withNextVisitDate(LocalDate.of(2026, 12, 1)).visitDue()).contains(LocalDate.of(2026, 12, 1));
        assertThat(FollowUp.empty().visitDue()).isEmpty();
    }

    /** Before the first 回访: a quarter after the follow-up began (its earliest dated record); nothing dated, nothing due. */
    @Test
    void theFirstVisitIsDueAQuarterAfterTheFollowUpBegan() {
        FollowUp undated = FollowUp.empty().with(Implementation.of(SubjectKind.KEY_PROJECT, "kp-1"));
        assertThat(undated.visitDue()).isEmpty();
        FollowUp started = undated.with(Implementation.of(SubjectKind.KEY_PROJECT, "kp-1")
                .withStatus(ImplementationStatus.IN_PROGRESS, "").withDates(LocalDate.of(2026, 9, 15), null))
                .with(Implementation.of(SubjectKind.TASK, "t-1").withConfirmation("王建国", LocalDate.of(2026, 10, 2)));
        assertThat(started.visits()).isEmpty();
        assertThat(started.visitDue()).contains(LocalDate.of(2026, 9, 15).plusMonths(FollowUp.VISIT_INTERVAL_MONTHS));
    }

    /** A second verification is added beside the first, edited in place and removed alone. */
    @Test
    void verificationsAreAddedEditedAndRemovedOneByOne() {
        FollowUp f = sample();
        VerificationSetup second = VerificationSetup.draft("窑头风机回路", List.of("kp-2"), null, LocalDate.of(2026, 12, 3));
        f = f.with(second);
        assertThat(f.verifications()).extracting(VerificationSetup::id).containsExactly("mv-1", second.id());
        f = f.with(second.withSubjects(List.of("kp-2", "t-3")));
        assertThat(f.verifications()).hasSize(2);
        assertThat(f.verifications().get(1).subjectIds()).containsExactly("kp-2", "t-3");
        f = f.withoutVerification("mv-1");
        assertThat(f.verifications()).extracting(VerificationSetup::id).containsExactly(second.id());
        assertThat(f.withoutVerification("none")).isEqualTo(f);
    }

    /** A draft's periods: the twelve full months before work started, the full months after it was finished until last month. */
    @Test
    void aDraftTakesItsPeriodsFromTheImplementationRecord() {
        Implementation rec = Implementation.of(SubjectKind.KEY_PROJECT, "kp-1").withDates(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 28));
        VerificationSetup d = VerificationSetup.draft("窑系统", List.of("kp-1"), rec, LocalDate.of(2026, 12, 3));
        assertThat(d.baselineFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(d.baselineTo()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(d.reportingFrom()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(d.reportingTo()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(d.period()).isEqualTo(PeriodKind.MONTH);
        assertThat(d.subjectIds()).containsExactly("kp-1");
        // finished last month: no full month after it yet
        VerificationSetup fresh = VerificationSetup.draft("x", List.of(), rec.withDates(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 20)),
                LocalDate.of(2026, 12, 3));
        assertThat(fresh.reportingFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(fresh.reportingTo()).isNull();
        assertThat(VerificationSetup.draft("x", List.of(), null, LocalDate.of(2026, 12, 3)).baselineFrom()).isNull();
    }
}
