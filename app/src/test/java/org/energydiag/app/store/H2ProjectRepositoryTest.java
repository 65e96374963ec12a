package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2ProjectRepositoryTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    Path dir;
    Database db;
    H2ProjectRepository repo;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        repo = new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void putSaveLoadAndListNewestFirst() {
        DiagnosisProject a = DemoProjects.cementPlant(T, "");
        DiagnosisProject b = DiagnosisProject.create(T.plusSeconds(60));
        repo.put(a);
        repo.put(b);
        assertThat(repo.listActive()).extracting(s -> s.id()).containsExactly(b.id(), a.id());
        DiagnosisProject a2 = a.withEnterprise(a.enterprise().toBuilder().name("改名").build(), T.plusSeconds(120));
        repo.save(a2);
        assertThat(repo.listActive()).extracting(s -> s.id()).containsExactly(a.id(), b.id());
        assertThat(repo.load(a.id())).contains(a2);
        assertThat(repo.listActive().get(0).enterpriseName()).isEqualTo("改名");
    }

    @Test
    void recycleBinRestoreAndPurge() {
        DiagnosisProject a = DemoProjects.cementPlant(T, "");
        repo.put(a);
        repo.moveToRecycleBin(a.id());
        assertThat(repo.listActive()).isEmpty();
        assertThat(repo.listDeleted()).singleElement().satisfies(s -> assertThat(s.deletedAt()).isEqualTo(T));
        repo.restore(a.id());
        assertThat(repo.listActive()).hasSize(1);
        repo.purge(a.id()); // only from the bin: nothing happens to an active project
        assertThat(repo.exists(a.id())).isTrue();
        repo.moveToRecycleBin(a.id());
        repo.purge(a.id());
        assertThat(repo.exists(a.id())).isFalse();
    }

    @Test
    void savingAProjectThatIsGoneFailsClearlyAndChangesNothing() {
        assertThatThrownBy(() -> repo.save(DiagnosisProject.create(T)))
                .isInstanceOf(StoreException.class).hasMessageContaining("保存项目失败");
        assertThat(repo.listActive()).isEmpty();
    }

    @Test
    void secondInstanceOnTheSameFolderGetsAChineseMessage() {
        try (DataDirLock first = DataDirLock.acquire(dir.resolve("x"))) {
            assertThatThrownBy(() -> DataDirLock.acquire(dir.resolve("x")))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("正由另一个 EnergyDiag 窗口使用");
        }
        DataDirLock.acquire(dir.resolve("x")).close(); // released
    }

    @Test
    void dataDirPrecedence() {
        Path home = dir.resolve("home");
        assertThat(DataDirectory.resolve(null, java.util.Map.of(), home)).isEqualTo(home.resolve(".energydiag"));
        assertThat(DataDirectory.resolve(null, java.util.Map.of("ENERGYDIAG_HOME", "/e"), home)).isEqualTo(Path.of("/e"));
        assertThat(DataDirectory.resolve("/c", java.util.Map.of("ENERGYDIAG_HOME", "/e"), home)).isEqualTo(Path.of("/c"));
        DataDirectory.writePointer(home, Path.of("/chosen"));
        assertThat(DataDirectory.resolve(null, java.util.Map.of(), home)).isEqualTo(Path.of("/chosen"));
        assertThat(DataDirectory.resolve(null, java.util.Map.of("ENERGYDIAG_HOME", "/e"), home)).isEqualTo(Path.of("/e"));
    }

    @Test
    void onlineBackupIsAZipOfTheDatabase() throws Exception {
        repo.put(DemoProjects.cementPlant(T, ""));
        Path zip = db.backup();
        assertThat(zip).exists().hasFileName(zip.getFileName().toString());
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(z.stream().map(e -> e.getName())).contains("energydiag.mv.db");
        }
    }
}
