package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.energydiag.app.AppContext;
import org.energydiag.app.MainTestAccess;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evidence.Attachment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder on a full disk and on read-only media, through the command line. Where the
 * machine allows it (root with CAP_SYS_ADMIN) the folder is on a real small tmpfs, remounted
 * read-only for the read-only case; the full disk is also simulated on every machine (the
 * database on a file system that runs out of space, {@code SimulatedFullDisk}), and where no mount
 * is allowed the read-only case is simulated (the folder reported not writable, the database still
 * opened with H2's read-only mode on a writable disk) — {@link #realMounts} says which ran.
 */
class DataFolderSafetyCliTest {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @TempDir
    Path dir;
    private Path mount;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static boolean sh(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Mounts a tmpfs of {@code size} at dir/mnt; false when the machine does not allow it. */
    private boolean tmpfs(String size) throws Exception {
        Path m = Files.createTempDirectory("energydiag-mnt");
        if (!sh("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", m.toString())) {
            Files.delete(m);
            return false;
        }
        mount = m;
        return true;
    }

    /** Whether this machine allows the real mounts (printed in the test report). */
    static boolean realMounts;

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            releaseLogFiles();
            // a database that stopped on the full disk may keep its file open until the JVM ends: then a lazy unmount
            assertThat(sh("umount", mount.toString()) || sh("umount", "-l", mount.toString())).as("unmount " + mount).isTrue();
            Files.delete(mount);
        }
    }

    /** The data folder's log file stays open in the JVM's logging after a context closes; a mount with an open file cannot change. */
    private static void releaseLogFiles() {
        java.util.logging.LogManager.getLogManager().reset();
    }

    private int run(AppContext ctx, String... args) {
        out.reset();
        err.reset();
        return new Cli().run(List.of(args), MainTestAccess.services(ctx), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static AppContext ctx(Path data, Path home) {
        return new AppContext(data, home, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A data folder with the demo project stored; its id. */
    private String seed(Path data) throws Exception {
        Path file = dir.resolve("demo.edproj");
        try (AppContext c = ctx(data, dir.resolve("home"))) {
            assertThat(run(c, "demo", "--out", file.toString())).isZero();
            assertThat(run(c, "import", file.toString())).as(err()).isZero();
            return run(c, "list") == 0 ? out().split("\\s+")[0] : null;
        }
    }

    private void checkReadOnly(AppContext c, String id) {
        Path outside = dir.resolve("out");
        assertThat(run(c, "list")).as(err()).isZero();
        assertThat(out()).contains(id);
        assertThat(run(c, "export", id, "--out", outside.resolve("p.edproj").toString())).as(err()).isZero();
        assertThat(outside.resolve("p.edproj")).isNotEmptyFile();
        assertThat(run(c, "validate", outside.resolve("p.edproj").toString())).isIn(0, 2);
        assertThat(err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run(c, "export-plan", outside.resolve("p.edproj").toString(), "--out", outside.resolve("plan.docx").toString()))
                .as(err()).isZero();
        assertThat(outside.resolve("plan.docx")).isNotEmptyFile();
        assertThat(run(c, "import", outside.resolve("p.edproj").toString(), "--copy")).isEqualTo(2);
        assertThat(err()).contains("只读").contains("不能导入项目").doesNotContain("org.h2").doesNotContain("Exception");
        assertThat(run(c, "backup")).isEqualTo(2);
        assertThat(err()).contains("只读");
    }

    @Test
    void aReadOnlyDataFolderListsExportsAndChecksButRefusesWrites() throws Exception {
        realMounts = tmpfs("64m");
        Path data = (realMounts ? mount : dir).resolve("data");
        String id = seed(data);
        assertThat(id).isNotNull();
        if (realMounts) {
            releaseLogFiles();
            assertThat(sh("mount", "-o", "remount,ro", mount.toString())).isTrue();
            assertThat(Files.isWritable(data)).as("root sees a read-only mount as not writable").isFalse();
            try (AppContext c = ctx(data, dir.resolve("home"))) {
                assertThat(c.readOnly()).isTrue();
                checkReadOnly(c, id);
            }
        } else { // simulated: the folder said not writable, the database opened read-only on a writable disk
            try (AppContext c = new AppContext(data, dir.resolve("home"), Clock.fixed(NOW, ZoneOffset.UTC), d -> false)) {
                checkReadOnly(c, id);
            }
        }
    }

    /** Runs everywhere (also where no mount is allowed): H2's read-only mode and the refusals, on a folder reported not writable. */
    @Test
    void aFolderReportedNotWritableOpensReadOnly() throws Exception {
        Path data = dir.resolve("data");
        String id = seed(data);
        try (AppContext c = new AppContext(data, dir.resolve("home"), Clock.fixed(NOW, ZoneOffset.UTC), d -> false)) {
            checkReadOnly(c, id);
            assertThat(c.database().readOnly()).isTrue();
        }
    }

    /** A real small volume: where the machine allows a tmpfs mount (root, as on CI). */
    @Test
    void aFullDiskSaysSoAndLeavesNoHalfWrittenAttachment() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(tmpfs("12m"), "no tmpfs mount allowed here: the simulated full disk below runs instead");
        Path data = mount.resolve("data");
        String id = seed(data);
        // fill the disk, leaving about 2 MB
        long free = Files.getFileStore(mount).getUsableSpace();
        Files.write(mount.resolve("filler.bin"), new byte[(int) Math.max(0, free - (2L << 20))]);
        importRefusedForLackOfSpace(data, id, org.energydiag.app.store.DataFolderAccess.FILE_SYSTEM, () -> {
            releaseLogFiles();
            Files.delete(mount.resolve("filler.bin"));
        });
    }

    /**
     * The same on a simulated volume, on every machine (also where no mount is allowed): the database is
     * opened on a file system whose writes fail with the operating system's "No space left on device" once
     * the data folder would hold 2 MB more than it does.
     */
    @Test
    void aSimulatedFullDiskSaysSoAndLeavesNoHalfWrittenAttachment() throws Exception {
        Path data = dir.resolve("data");
        String id = seed(data);
        org.energydiag.app.store.SimulatedFullDisk.limit(data, org.energydiag.app.store.SimulatedFullDisk.used(data) + (2L << 20));
        try {
            importRefusedForLackOfSpace(data, id, org.energydiag.app.store.SimulatedFullDisk.access(),
                    () -> org.energydiag.app.store.SimulatedFullDisk.lift(data));
        } finally {
            org.energydiag.app.store.SimulatedFullDisk.lift(data);
        }
    }

    interface Step {
        void run() throws Exception;
    }

    /**
     * Imports a project with a 6 MB attachment (more than the 2 MB left) into {@code data}, which holds the
     * project {@code id}: refused with "磁盘空间不足"; once {@code makeRoom} ran, the folder opens with the
     * project it had and no byte of the refused one.
     */
    private void importRefusedForLackOfSpace(Path data, String id, org.energydiag.app.store.DataFolderAccess access,
            Step makeRoom) throws Exception {
        // a project with a 6 MB attachment of random bytes (incompressible)
        var project = DemoProjects.cementPlant(NOW, "").copyAsNew(NOW);
        byte[] big = new byte[6 << 20];
        new java.util.Random(19).nextBytes(big);
        // a PDF by its content (the reader checks an attachment's bytes against its type)
        byte[] pdf = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        Attachment a = new Attachment(null, "report.pdf", "application/pdf", "", null, null, null, big.length,
                org.energydiag.core.io.Hashes.sha256(big), 0, 0, false, false);
        Path file = dir.resolve("big.edproj");
        org.energydiag.core.io.ProjectFile.write(project.withSite(project.site().withAttachments(List.of(a)), NOW), file, "test", NOW,
                (aid, kind) -> kind == Attachment.Blob.STORED ? java.util.Optional.of(big) : java.util.Optional.empty());
        try (AppContext c = new AppContext(data, dir.resolve("home"), Clock.fixed(NOW, ZoneOffset.UTC), access)) {
            assertThat(run(c, "import", file.toString())).as(err()).isEqualTo(2);
            assertThat(err()).contains("磁盘空间不足").contains("可用").doesNotContain("org.h2").doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
        makeRoom.run();
        try (AppContext c = ctx(data, dir.resolve("home"))) {
            assertThat(run(c, "list")).isZero();
            assertThat(out()).contains(id).doesNotContain(project.id());
            try (var conn = c.database().connection(); ResultSet rs = conn.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM attachment_blob WHERE project_id = '" + project.id() + "'")) {
                rs.next();
                assertThat(rs.getLong(1)).as("attachment bytes of the refused import").isZero();
            }
        }
    }

    @Test
    void anEncryptedFolderNeedsItsPasswordOnTheCommandLine() throws Exception {
        Path data = dir.resolve("data");
        String id = seed(data);
        try (var db = org.energydiag.app.store.Database.open(data)) {
            org.energydiag.app.store.StoreEncryption.convert(db, "Laptop-2026", org.energydiag.core.progress.NullProgressMonitor.INSTANCE);
        }
        try (AppContext c = ctx(data, dir.resolve("home"))) { // no ENERGYDIAG_PASSWORD
            assertThat(run(c, "list")).isEqualTo(2);
            assertThat(err()).contains("已加密").contains("ENERGYDIAG_PASSWORD").doesNotContain("Exception");
        }
        try (AppContext c = ctx(data, dir.resolve("home"))) {
            c.usePassword("wrong-password");
            assertThat(run(c, "list")).isEqualTo(2);
            assertThat(err()).contains("密码不正确").doesNotContain("org.h2");
        }
        try (AppContext c = ctx(data, dir.resolve("home"))) {
            c.usePassword("Laptop-2026");
            assertThat(run(c, "list")).isZero();
            assertThat(out()).contains(id);
        }
        assertThat(org.energydiag.app.MainTestAccess.commandLinePassword(Map.of("ENERGYDIAG_PASSWORD", "Laptop-2026")))
                .isEqualTo("Laptop-2026");
    }

    @Test
    void orphansAreSweptAtTheStartOfEveryWritingCommand() throws Exception {
        Path data = dir.resolve("data");
        seed(data);
        Path tmp = data.resolve(".settings.properties123456.tmp");
        try (AppContext c = ctx(data, dir.resolve("home"))) {
            c.attachments().put("no-such-project", "a1", Map.of(Attachment.Blob.STORED, new byte[] {1, 2, 3}));
            Files.write(tmp, new byte[] {1});
            assertThat(run(c, "list")).isZero(); // a reader leaves them
            assertThat(tmp).exists();
        }
        try (AppContext c = ctx(data, dir.resolve("home"))) {
            Path file = dir.resolve("again.edproj");
            assertThat(run(c, "demo", "--out", file.toString())).isZero();
            assertThat(run(c, "import", file.toString(), "--copy")).as(err()).isZero();
            assertThat(tmp).doesNotExist();
            assertThat(c.attachments().get("no-such-project", "a1", Attachment.Blob.STORED)).isEmpty();
        }
    }
}
