package org.energydiag.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.project.EnterpriseValidator;
import org.junit.jupiter.api.Test;

class ProjectSessionTest {

    private static final org.energydiag.core.reference.EnergyReference REF = org.energydiag.core.reference.EnergyReference.load();

    private static final EnterpriseValidator VALIDATOR =
            new EnterpriseValidator(Divisions.load(), IndustryClassification.load());
    private final InMemoryProjects repo = new InMemoryProjects();
    private final DiagnosisProject start = DiagnosisProject.create(Instant.parse("2026-06-01T00:00:00Z"));

    private ProjectSession session() {
        repo.put(start);
        return new ProjectSession(start, repo, VALIDATOR, REF, Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"), ZoneOffset.UTC), Runnable::run);
    }

    @Test
    void everyEditIsSavedWithoutASaveButton() {
        try (ProjectSession s = session()) {
            s.editEnterprise("修改 企业名称", "name", e -> e.toBuilder().name("甲公司").build());
            assertThat(s.flush()).isTrue();
            assertThat(repo.load(start.id()).orElseThrow().enterprise().name()).isEqualTo("甲公司");
            assertThat(s.saveStatus().state()).isEqualTo(SaveStatus.State.SAVED);
        }
    }

    /** An edit of one part keeps every other part, also those added last (footprint, follow-up). */
    @Test
    void anEditKeepsEveryPartOfTheProject() {
        Instant t = Instant.parse("2026-06-01T00:00:00Z");
        DiagnosisProject cement = org.energydiag.core.demo.DemoProjects.cementPlant(t, "机构");
        DiagnosisProject demo = cement.withFollowUp(org.energydiag.core.followup.FollowUp.empty().with(
                org.energydiag.core.followup.Implementation.of(org.energydiag.core.followup.SubjectKind.KEY_PROJECT, "k1")), t);
        assertThat(demo.footprint().studies()).isNotEmpty();
        assertThat(demo.followUp()).isNotEqualTo(org.energydiag.core.followup.FollowUp.empty());
        repo.put(demo);
        try (ProjectSession s = new ProjectSession(demo, repo, VALIDATOR, REF, Clock.fixed(Instant.parse("2026-06-02T00:00:00Z"),
                ZoneOffset.UTC), Runnable::run)) {
            s.editEnterprise("修改 企业名称", "name", e -> e.toBuilder().name("甲公司").build());
            assertThat(s.flush()).isTrue();
            DiagnosisProject saved = repo.load(demo.id()).orElseThrow();
            assertThat(saved.enterprise().name()).isEqualTo("甲公司");
            assertThat(saved.withEnterprise(demo.enterprise(), demo.updatedAt())).isEqualTo(demo);
        }
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        try (ProjectSession s = session()) {
            s.editEnterprise("修改 企业名称", "name", e -> e.toBuilder().name("甲").build());
            s.editEnterprise("修改 企业名称", "name", e -> e.toBuilder().name("甲公").build());
            s.editEnterprise("修改 企业名称", "name", e -> e.toBuilder().name("甲公司").build());
            s.sealUndo();
            s.editEnterprise("修改 详细地址", "address", e -> e.toBuilder().address("芜湖").build());
            assertThat(s.undoLabel()).isEqualTo("修改 详细地址");
            s.undo();
            assertThat(s.enterprise().address()).isEmpty();
            assertThat(s.enterprise().name()).isEqualTo("甲公司");
            s.undo();
            assertThat(s.enterprise().name()).isEmpty();
            assertThat(s.canUndo()).isFalse();
            s.redo();
            assertThat(s.enterprise().name()).isEqualTo("甲公司");
            s.flush();
            assertThat(repo.load(start.id()).orElseThrow().enterprise().name()).isEqualTo("甲公司");
        }
    }

    @Test
    void noOpEditsAreNotRecorded() {
        try (ProjectSession s = session()) {
            assertThat(s.editEnterprise("x", "name", e -> e)).isFalse();
            assertThat(s.canUndo()).isFalse();
        }
    }

    @Test
    void validationFollowsEdits() {
        try (ProjectSession s = session()) {
            assertThat(s.issuesFor("enterprise.name")).isNotEmpty();
            s.editEnterprise("修改 企业名称", "name", e -> e.toBuilder().name("甲公司").build());
            assertThat(s.issuesFor("enterprise.name")).isEmpty();
            assertThat(s.enterpriseComplete()).isFalse();
        }
    }

    @Test
    void failedSaveIsReportedAndRetried() {
        InMemoryProjects failing = new InMemoryProjects() {
            int calls;

            @Override
            public synchronized void save(DiagnosisProject p) {
                if (calls++ == 0) {
                    throw new org.energydiag.core.workspace.StoreException("磁盘已满");
                }
                super.save(p);
            }
        };
        failing.put(start);
        java.util.List<SaveStatus> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (ProjectSession s = new ProjectSession(start, failing, VALIDATOR, REF, Clock.systemUTC(), Runnable::run)) {
            s.addListener(new ProjectSession.Listener() {
                @Override
                public void projectChanged(DiagnosisProject project) {
                }

                @Override
                public void saveStatusChanged(SaveStatus status) {
                    seen.add(status);
                }
            });
            s.editEnterprise("修改 企业名称", "name", e -> e.toBuilder().name("甲公司").build());
            assertThat(s.flush()).isTrue();
            assertThat(failing.load(start.id()).orElseThrow().enterprise().name()).isEqualTo("甲公司");
            assertThat(seen).anySatisfy(st -> assertThat(st.message()).contains("磁盘已满").contains("自动重试"));
            assertThat(seen.get(seen.size() - 1).state()).isEqualTo(SaveStatus.State.SAVED);
        }
    }
}
