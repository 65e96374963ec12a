package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.progress.ProgressMonitor;
import org.energydiag.core.workspace.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups are written beside the target, checked, then renamed; a damaged one never counts. */
class BackupsTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).put(DemoProjects.cementPlant(T, "测试机构"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBackupIsCheckedAndReplacesTheTargetWhole() throws Exception {
        Path out = dir.resolve("out/备份.zip");
        Files.createDirectories(out.getParent());
        Files.write(out, new byte[] {1, 2, 3}); // an older file of that name
        List<Integer> worked = new ArrayList<>();
        Backups.write(db, out, new ProgressMonitor() {
            @Override
            public void begin(String taskName, int totalWork) {
                assertThat(totalWork).isPositive();
            }

            @Override
            public void worked(int units) {
                worked.add(units);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void done() {
            }
        });
        Backups.check(out);
        assertThat(worked.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
        assertThat(names(out.getParent())).containsExactly("备份.zip"); // no partial file left
    }

    @Test
    void aCancelledBackupLeavesThePreviousOneAndNothingElse() throws Exception {
        Path out = dir.resolve("备份.zip");
        db.backupTo(out);
        byte[] before = Files.readAllBytes(out);
        assertThatThrownBy(() -> Backups.write(db, out, new ProgressMonitor() {
            private boolean started;

            @Override
            public void begin(String taskName, int totalWork) {
            }

            @Override
            public void worked(int units) {
                started = true;
            }

            @Override
            public boolean isCancelled() {
                return started; // cancelled while the copy is being written
            }

            @Override
            public void done() {
            }
        })).isInstanceOf(ProgressMonitor.CancelledException.class);
        assertThat(out).hasBinaryContent(before);
        assertThat(names(dir)).containsExactly("data", "备份.zip");
    }

    @Test
    void aTruncatedOrForeignZipIsReportedAsDamaged() throws Exception {
        Path good = dir.resolve("good.zip");
        db.backupTo(good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> Backups.check(cut)).isInstanceOf(StoreException.class).hasMessageContaining("cut.zip 已损坏");
        Path flipped = dir.resolve("flipped.zip");
        byte[] f = bytes.clone();
        f[f.length / 2] ^= 0x55;
        Files.write(flipped, f);
        assertThatThrownBy(() -> Backups.check(flipped)).isInstanceOf(StoreException.class);
        Path other = dir.resolve("other.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(other))) {
            z.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            z.write(1);
        }
        assertThatThrownBy(() -> Backups.check(other)).isInstanceOf(StoreException.class).hasMessageContaining("energydiag.mv.db");
    }

    @Test
    void aTruncatedStartUpBackupIsNotCountedAndIsRenamed() throws Exception {
        Path backups = dir.resolve("data/backups");
        Path good = db.backup();
        Instant goodTime = Instant.parse("2026-04-30T08:00:00Z");
        Files.setLastModifiedTime(good, FileTime.from(goodTime));
        byte[] bytes = Files.readAllBytes(good);
        Path cut = backups.resolve("energydiag-20260501-080000.zip"); // the newest: cut short by a kill
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(backups.resolve(".energydiag-20260501-090000.zip.0a1b2c3d.part"), new byte[] {1}); // a killed write
        List<Path> damaged = new ArrayList<>();
        assertThat(db.lastBackupTime(damaged::add)).isEqualTo(goodTime);
        assertThat(damaged).containsExactly(backups.resolve("energydiag-20260501-080000.zip.damaged"));
        assertThat(names(backups)).containsExactlyInAnyOrder(good.getFileName().toString(), "energydiag-20260501-080000.zip.damaged");

        Files.delete(good);
        assertThat(db.lastBackupTime(damaged::add)).isNull();
    }

    @Test
    void theDailyBackupIsReadable() {
        Backups.check(db.backup());
        assertThat(NullProgressMonitor.INSTANCE.isCancelled()).isFalse();
    }
}
