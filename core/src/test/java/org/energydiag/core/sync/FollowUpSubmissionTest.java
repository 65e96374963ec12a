package org.energydiag.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.followup.FeedbackLevel;
import org.energydiag.core.followup.FollowUp;
import org.energydiag.core.followup.Implementation;
import org.energydiag.core.followup.SubjectKind;
import org.energydiag.core.followup.Visit;
import org.energydiag.core.followup.VisitForm;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/** A 回访 goes up as a submission of its own kind: the follow-up and its photo, without the plan. */
class FollowUpSubmissionTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");
    static final byte[] PNG = png();

    static byte[] png() {
        byte[] b = new byte[200];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }

    static DiagnosisProject project() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "示例节能诊断机构");
        Attachment photo = new Attachment("att-visit-1", "IMG_0001.png", "image/png", "改造后电机运行", LocalDate.of(2026, 11, 20),
                Attachment.Target.PROJECT, "", PNG.length, Hashes.sha256(PNG), 10, 10, false, false);
        p = p.withSite(p.site().withAttachments(List.of(photo)), NOW);
        FollowUp f = FollowUp.empty().with(Implementation.of(SubjectKind.KEY_PROJECT, "kp-1").completed(LocalDate.of(2026, 10, 1)))
                .with(Visit.on(LocalDate.of(2026, 11, 20), VisitForm.ON_SITE).withText("张工", "查看运行", "满意")
                        .withEvidence(List.of("att-visit-1")).withSatisfaction(FeedbackLevel.SATISFIED));
        return p.withFollowUp(f, NOW);
    }

    @Test
    void aVisitIsUploadedAsAFollowUpSubmissionWithItsPhotoAndWithoutThePlan() throws Exception {
        DiagnosisProject p = project();
        var prepared = FollowUpSubmission.build(p, (id, kind) -> id.equals("att-visit-1") ? Optional.of(PNG) : Optional.empty(),
                "EnergyDiag test", NOW, "6c1f3a52-9d0e-4b7a-8f21-0c5d7e9a1b01");
        Submission s = prepared.submission();
        assertThat(s.kind()).isEqualTo(Submission.Kind.FOLLOW_UP);
        assertThat(s.parts()).extracting(SubmissionPart::name).containsExactly("followup.json", "evidence-1.png");
        assertThat(s.parts()).extracting(SubmissionPart::kind).containsExactly(SubmissionPart.Kind.FOLLOW_UP,
                SubmissionPart.Kind.EVIDENCE);
        assertThat(s.projectId()).isEqualTo(p.id());
        JsonNode json = ProjectJson.mapper().readTree(prepared.files().get("followup.json"));
        assertThat(json.get("projectId").asText()).isEqualTo(p.id());
        // the records in the project file's JSON form: they read back as the project's
        assertThat(ProjectJson.mapper().treeToValue(json.get("followUp"), FollowUp.class)).isEqualTo(p.followUp());
        assertThat(json.get("evidence").get(0).get("part").asText()).isEqualTo("evidence-1.png");
        assertThat(json.get("evidence").get(0).get("caption").asText()).isEqualTo("改造后电机运行");
        assertThat(prepared.files().get("evidence-1.png")).isEqualTo(PNG);

        // through the offline package and back, checked against its own part
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        SubmissionPackage.write(s, prepared.files()::get, zip);
        var back = SubmissionPackage.read(new ByteArrayInputStream(zip.toByteArray()));
        assertThat(back.submission()).isEqualTo(s);
        assertThat(back.submission().kind()).isEqualTo(Submission.Kind.FOLLOW_UP);
        assertThat(back.files().get("evidence-1.png")).isEqualTo(PNG);

        // the plan's submission stays of its kind
        var plan = SubmissionBuilder.build(p, (id, kind) -> Optional.of(PNG), "PK fake".getBytes(), null, "g", NOW, "6c1f3a52-9d0e-4b7a-8f21-0c5d7e9a1b02");
        assertThat(plan.submission().kind()).isEqualTo(Submission.Kind.PLAN);
    }

    @Test
    void aFollowUpPackageWhoseManifestNamesAnotherProjectIsRefused() throws Exception {
        DiagnosisProject p = project();
        var prepared = FollowUpSubmission.build(p, (id, kind) -> Optional.of(PNG), "g", NOW, "6c1f3a52-9d0e-4b7a-8f21-0c5d7e9a1b03");
        Submission s = prepared.submission();
        Submission other = new Submission(s.key(), "another-project", s.title(), s.creditCode(), s.createdAt(), s.projectUpdatedAt(),
                s.sourceHash(), s.contentHash(), s.parts(), s.status(), 0, "", true, null, null, "");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        SubmissionPackage.write(other, prepared.files()::get, zip);
        assertThatThrownBy(() -> SubmissionPackage.read(new ByteArrayInputStream(zip.toByteArray())))
                .isInstanceOf(PackageException.class).hasMessageContaining("another-project");
    }

    @Test
    void nothingToSubmitOrEvidenceMissingIsSaid() {
        DiagnosisProject empty = DemoProjects.cementPlant(NOW, "x");
        assertThatThrownBy(() -> FollowUpSubmission.build(empty, (id, kind) -> Optional.empty(), "g", NOW, null))
                .hasMessageContaining("没有改造实施或回访记录");
        assertThatThrownBy(() -> FollowUpSubmission.build(project(), (id, kind) -> Optional.empty(), "g", NOW, null))
                .hasMessageContaining("佐证材料找不到");
    }
}
