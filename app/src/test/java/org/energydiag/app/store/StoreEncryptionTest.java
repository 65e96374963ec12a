package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.energydiag.app.sync.SyncSettings;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder encrypted with a password (H2 AES), the conversion and the sync token inside it. */
class StoreEncryptionTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");
    private static final String PASSWORD = "Laptop-2026";
    private static final String TOKEN = "tok-3f9a61c2d7e84b05";

    @TempDir
    Path dir;

    private static boolean fileContains(Path f, String text) throws Exception {
        byte[] hay = Files.readAllBytes(f);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Test
    void anEncryptedFolderOpensOnlyWithItsPasswordAndHoldsNoReadableProjectText() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "");
        String name = p.enterprise().name();
        Path file = dir.resolve(Database.FILE_NAME + ".mv.db");
        try (Database db = Database.open(dir)) {
            new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).put(p);
            new SyncSettingsStore(db).save(new SyncSettings("https://platform.example.cn", TOKEN));
        }
        assertThat(fileContains(file, name)).as("plain file holds the name").isTrue();
        assertThat(fileContains(file, TOKEN)).as("plain file holds the token").isTrue();
        assertThat(dir.resolve("sync.properties")).doesNotExist(); // the token is never in a plain properties file

        try (Database db = Database.open(dir)) {
            StoreEncryption.convert(db, PASSWORD, NullProgressMonitor.INSTANCE);
            assertThat(db.encrypted()).isTrue();
            // the same Database keeps working after the swap
            assertThat(new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).load(p.id())).contains(p);
            new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).save(p.withEnterprise(p.enterprise(), T.plusSeconds(5)));
        }
        assertThat(StoreEncryption.isEncrypted(dir)).isTrue();
        assertThat(fileContains(file, name)).as("encrypted file holds the name").isFalse();
        assertThat(fileContains(file, TOKEN)).as("encrypted file holds the token").isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.contains("converting") || n.contains("previous") || n.endsWith(".tmp"));
        }

        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(Database.PasswordException.class,
                e -> {
                    assertThat(e.wrong()).isFalse();
                    assertThat(e.getMessage()).contains("已加密").contains("ENERGYDIAG_PASSWORD");
                });
        assertThatThrownBy(() -> Database.open(dir, new Database.Options(false, "wrong-password")))
                .isInstanceOfSatisfying(Database.PasswordException.class, e -> {
                    assertThat(e.wrong()).isTrue();
                    assertThat(e.getMessage()).contains("密码不正确").doesNotContain("org.h2").doesNotContain("Exception");
                });
        try (Database db = Database.open(dir, new Database.Options(false, PASSWORD))) {
            assertThat(new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).load(p.id()).orElseThrow().enterprise().name())
                    .isEqualTo(name);
            assertThat(new SyncSettingsStore(db).load().token()).isEqualTo(TOKEN);
            // a backup of the encrypted folder stays encrypted: it passes the check with the password, and
            // the start-up backup counts it (it is not taken for a damaged one)
            java.nio.file.Path backup = db.backup();
            assertThat(Backups.isEncrypted(backup)).isTrue();
            Backups.check(backup, PASSWORD);
            assertThatThrownBy(() -> Backups.check(backup)).hasMessageContaining("已加密");
            java.util.List<java.nio.file.Path> damaged = new java.util.ArrayList<>();
            assertThat(db.lastBackupTime(damaged::add)).isNotNull();
            assertThat(damaged).isEmpty();
            StoreEncryption.convert(db, null, NullProgressMonitor.INSTANCE); // and back to a plain file
        }
        assertThat(StoreEncryption.isEncrypted(dir)).isFalse();
        try (Database db = Database.open(dir)) {
            assertThat(new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).load(p.id())).isPresent();
        }
    }

    @Test
    void anInterruptedConversionLeavesTheDatabaseAsBefore() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "");
        try (Database db = Database.open(dir)) {
            new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).put(p);
        }
        Path current = dir.resolve(Database.FILE_NAME + ".mv.db");
        // killed between the two renames: the old file moved aside, the new one not yet in place
        Files.write(dir.resolve(StoreEncryption.CONVERTING + ".mv.db"), new byte[] {1, 2, 3});
        Files.move(current, dir.resolve(StoreEncryption.PREVIOUS + ".mv.db"));
        Files.write(dir.resolve(StoreEncryption.SCRIPT), new byte[] {4});
        try (Database db = Database.open(dir)) {
            assertThat(new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).load(p.id())).contains(p);
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.contains("converting") || n.contains("previous") || n.endsWith(".tmp"));
        }
    }

    @Test
    void aPasswordMustBeLongEnoughAndWithoutSpaces() {
        assertThat(StoreEncryption.problem("short")).contains("8");
        assertThat(StoreEncryption.problem("with space 123")).contains("空格");
        assertThat(StoreEncryption.problem(PASSWORD)).isNull();
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> StoreEncryption.convert(db, "short", NullProgressMonitor.INSTANCE))
                    .isInstanceOf(StoreException.class);
            assertThat(db.encrypted()).isFalse();
        }
    }
}
