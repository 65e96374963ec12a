package org.energydiag.app.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.energydiag.app.controller.HomeController.Conflict;
import org.energydiag.app.controller.HomeController.ConflictChoice;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeControllerTest {

    @TempDir
    Path dir;
    final InMemoryProjects repo = new InMemoryProjects();
    final HomeController home = new HomeController(repo, Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC),
            () -> new Settings("某诊断机构", "张工", Settings.Theme.LIGHT), "test");

    @Test
    void newProjectsCarryTheAgencyFromTheSettings() {
        DiagnosisProject p = home.create();
        assertThat(p.enterprise().agencyName()).isEqualTo("某诊断机构");
        assertThat(home.list()).hasSize(1);
    }

    @Test
    void deleteGoesToTheBinAndCanBeUndone() {
        DiagnosisProject p = home.create();
        home.delete(p.id());
        assertThat(home.list()).isEmpty();
        assertThat(home.recycleBin()).hasSize(1);
        home.undoDelete();
        assertThat(home.list()).hasSize(1);
        assertThat(home.lastDeleted()).isEmpty();
    }

    @Test
    void duplicateIsANewProject() {
        DiagnosisProject p = home.create();
        DiagnosisProject c = home.duplicate(p.id());
        assertThat(c.id()).isNotEqualTo(p.id());
        assertThat(c.enterprise().name()).endsWith("（副本）");
    }

    @Test
    void importOfAnExistingProjectAsksAndCopyKeepsBoth() throws Exception {
        DiagnosisProject p = home.create();
        Path f = dir.resolve("p.edproj");
        home.exportProject(p.id(), f);
        var check = home.checkImport(f);
        assertThat(check).isInstanceOf(Conflict.class);
        home.commitImport(check, ConflictChoice.COPY);
        assertThat(home.list()).hasSize(2);
        home.commitImport(home.checkImport(f), ConflictChoice.REPLACE);
        assertThat(home.list()).hasSize(2);
    }

    @Test
    void corruptImportChangesNothing() throws Exception {
        home.create();
        Path f = dir.resolve("bad.edproj");
        Files.writeString(f, "{\"format\":\"energydiag-project\",\"formatVersion\":2");
        assertThatThrownBy(() -> home.checkImport(f)).isInstanceOf(ProjectFileException.class);
        Files.writeString(f, "{\"format\":\"energydiag-project\",\"formatVersion\":99,\"project\":{}}");
        assertThatThrownBy(() -> home.checkImport(f)).hasMessageContaining("较新版本");
        assertThat(home.list()).hasSize(1);
        assertThat(repo.saves).isZero();
    }

    @Test
    void searchMatchesNameCodeAndRegion() {
        var s = new org.energydiag.core.workspace.ProjectSummary("1", "芜湖江岸水泥", "91340202MA2T8Q6K7Q", "安徽省芜湖市", "水泥",
                Instant.now(), Instant.now(), null);
        assertThat(HomeController.matches(s, "江岸")).isTrue();
        assertThat(HomeController.matches(s, "ma2t")).isTrue();
        assertThat(HomeController.matches(s, "芜湖市")).isTrue();
        assertThat(HomeController.matches(s, "钢铁")).isFalse();
        assertThat(HomeController.matches(s, " ")).isTrue();
    }
}
