package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups taken before the data folder was encrypted: found, re-written encrypted with the folder's
 * password (each checked before it replaces the plain one), or deleted; after a password change or
 * when encryption is removed they follow the folder, so the start-up check never takes them for damaged.
 */
class BackupEncryptionTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");
    private static final String PASSWORD = "Laptop-2026";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path backups() {
        return data().resolve(Backups.FOLDER);
    }

    /** A plain data folder with the demo project and two plain backups of it; the project. */
    private DiagnosisProject seed() {
        DiagnosisProject p = DemoProjects.cementPlant(T, "");
        try (Database db = Database.open(data())) {
            new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).put(p);
            db.backupTo(backups().resolve("energydiag-20260501-080000.zip"));
            db.backupTo(backups().resolve("energydiag-20260502-080000.zip"));
        }
        return p;
    }

    /** The project's enterprise name as read from the backup's database (opened inside its zip). */
    private static String nameIn(Path zip, String password, String projectId) throws Exception {
        boolean enc = Backups.isEncrypted(zip);
        String url = "jdbc:h2:zip:" + zip.toAbsolutePath() + "!/" + Database.FILE_NAME + ";ACCESS_MODE_DATA=r" + (enc ? ";CIPHER=AES" : "");
        try (var c = DriverManager.getConnection(url, "sa", Database.h2Password(enc ? password : null));
             var ps = c.prepareStatement("SELECT COUNT(*) FROM project WHERE id = ?")) {
            ps.setString(1, projectId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 1 ? projectId : null;
            }
        }
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(backups())) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void plainBackupsAreFoundAndEncryptedWithTheFoldersPassword() throws Exception {
        DiagnosisProject p = seed();
        try (Database db = Database.open(data())) {
            StoreEncryption.convert(db, PASSWORD, NullProgressMonitor.INSTANCE);
        }
        List<Path> plain = Backups.plain(backups());
        assertThat(plain).extracting(z -> z.getFileName().toString())
                .containsExactly("energydiag-20260501-080000.zip", "energydiag-20260502-080000.zip");
        assertThat(nameIn(plain.get(0), null, p.id())).as("a plain backup reads without any password").isEqualTo(p.id());

        Backups.Conversion done = Backups.convertAll(plain, null, PASSWORD, NullProgressMonitor.INSTANCE);

        assertThat(done.failed()).isEmpty();
        assertThat(done.converted()).containsExactlyElementsOf(plain);
        assertThat(Backups.plain(backups())).isEmpty();
        for (Path z : Backups.backups(backups())) {
            assertThat(Backups.isEncrypted(z)).isTrue();
            assertThatThrownBy(() -> Backups.check(z)).as(z + " without the password").hasMessageContaining("已加密");
            assertThatThrownBy(() -> nameIn(z, "wrong-password", p.id())).as(z + " with a wrong password").isInstanceOf(java.sql.SQLException.class);
            Backups.check(z, PASSWORD);
            assertThat(nameIn(z, PASSWORD, p.id())).as("the project is in the encrypted backup").isEqualTo(p.id());
        }
        // no partial file, no temporary folder left; the start-up check counts them
        assertThat(names()).containsExactly("energydiag-20260501-080000.zip", "energydiag-20260502-080000.zip");
        try (Database db = Database.open(data(), new Database.Options(false, PASSWORD))) {
            List<Path> damaged = new java.util.ArrayList<>();
            assertThat(db.lastBackupTime(damaged::add)).isNotNull();
            assertThat(damaged).isEmpty();
        }
    }

    @Test
    void aDamagedPlainBackupIsListedCannotBeConvertedAndIsLeftAsItWas() throws Exception {
        seed();
        Path good = backups().resolve("energydiag-20260502-080000.zip");
        Path cut = backups().resolve("energydiag-20260503-080000.zip.damaged");
        byte[] whole = Files.readAllBytes(good);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2)); // a backup cut short by a kill
        List<Path> plain = Backups.plain(backups());
        assertThat(plain).contains(cut).hasSize(3);

        Backups.Conversion done = Backups.convertAll(plain, null, PASSWORD, NullProgressMonitor.INSTANCE);

        assertThat(done.converted()).hasSize(2).doesNotContain(cut);
        assertThat(done.failed()).containsOnlyKeys(cut);
        assertThat(done.failed().get(cut)).contains(cut.getFileName().toString()).contains("没有被改动")
                .doesNotContain("Exception").doesNotContain("org.h2");
        assertThat(Files.readAllBytes(cut)).isEqualTo(java.util.Arrays.copyOf(whole, whole.length / 2));
        // deleting is the other way to deal with it
        assertThat(Backups.delete(List.of(cut))).isEmpty();
        assertThat(Backups.plain(backups())).isEmpty();
        assertThat(names()).containsExactly("energydiag-20260501-080000.zip", "energydiag-20260502-080000.zip");
    }

    @Test
    void backupsFollowAPasswordChangeAndTheRemovalOfEncryption() throws Exception {
        DiagnosisProject p = seed();
        Backups.convertAll(Backups.backups(backups()), null, PASSWORD, NullProgressMonitor.INSTANCE);
        Backups.Conversion changed = Backups.convertAll(Backups.backups(backups()), PASSWORD, "Another-2027", NullProgressMonitor.INSTANCE);
        assertThat(changed.failed()).isEmpty();
        for (Path z : Backups.backups(backups())) {
            Backups.check(z, "Another-2027");
            assertThatThrownBy(() -> Backups.check(z, PASSWORD)).as("the old password no longer opens " + z)
                    .hasMessageContaining(z.getFileName().toString());
        }
        Backups.Conversion off = Backups.convertAll(Backups.backups(backups()), "Another-2027", null, NullProgressMonitor.INSTANCE);
        assertThat(off.failed()).isEmpty();
        for (Path z : Backups.backups(backups())) {
            assertThat(Backups.isEncrypted(z)).isFalse();
            Backups.check(z);
            assertThat(nameIn(z, null, p.id())).isEqualTo(p.id());
        }
    }
}
