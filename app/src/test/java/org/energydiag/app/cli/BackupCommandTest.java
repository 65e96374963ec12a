package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.energydiag.app.AppContext;
import org.energydiag.app.MainTestAccess;
import org.energydiag.app.store.Backups;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * {@code backup --out}: killed (SIGKILL) while it writes, the previous backup of the same name is
 * left whole and readable; with the window holding the data folder, it says in Chinese to use
 * 工具 → 立即备份 or to close the window, and writes nothing.
 */
class BackupCommandTest extends CliHarness {

    @Test
    void withTheWindowHoldingTheFolderItExplainsAndWritesNothing() {
        AppContext window = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.systemUTC());
        try {
            window.projects(); // the window's start: lock and database
            Path zip = dir.resolve("b.zip");
            assertThat(run("backup", "--out", zip.toString())).isEqualTo(2);
            assertThat(err()).contains("正由 EnergyDiag 窗口使用", "工具 → 立即备份", "关闭窗口后再运行 backup");
            assertThat(zip).doesNotExist();
        } finally {
            window.close();
        }
    }

    @Test
    void aBackupIsCheckedBeforeItIsRestored() throws Exception {
        ctx.projects().put(DemoProjects.cementPlant(now(), "测试机构"));
        Path zip = dir.resolve("备份.zip");
        assertThat(run("backup", "--out", zip.toString())).isZero();
        assertThat(out()).contains("已备份到", "已检查");
        assertThat(run("backup", "--check", zip.toString())).isZero();
        assertThat(out()).contains("备份完好");
        byte[] bytes = Files.readAllBytes(zip);
        Path cut = dir.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(run("backup", "--check", cut.toString())).isEqualTo(2);
        assertThat(err()).contains("cut.zip 已损坏");
        assertThat(run("backup", "--check", dir.resolve("无.zip").toString())).isEqualTo(2);
        assertThat(err()).contains("找不到备份文件");
    }

    @Test
    void aKillDuringTheBackupLeavesThePreviousOneIntact() throws Exception {
        // about 48 MB of incompressible attachments: the child's copy takes long enough to be caught in the middle
        DiagnosisProject p = DemoProjects.cementPlant(now(), "测试机构");
        ctx.projects().put(p);
        Random random = new Random(19);
        for (int i = 0; i < 4; i++) {
            byte[] bytes = new byte[12 * 1024 * 1024];
            random.nextBytes(bytes);
            ctx.attachments().put(p.id(), "blob-" + i, Map.of(Attachment.Blob.STORED, bytes));
            assertThat(Hashes.sha256(bytes)).hasSize(64);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        Path same = out.resolve("same.zip");
        assertThat(run("backup", "--out", same.toString())).isZero();
        byte[] previous = Files.readAllBytes(same);
        Backups.check(same);
        ctx.close(); // the child takes the data folder

        Process child;
        Path part;
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            out.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Duser.home=" + dir.resolve("home"), "-cp", System.getProperty("java.class.path"),
                    "org.energydiag.app.Main", "--data-dir", dir.resolve("data").toString(), "backup", "--out", same.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            part = awaitPartialFile(watch, out, child, dir.resolve("child.log"));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        assertThat(part).as("the kill came while the copy was written").exists();
        assertThat(same).hasBinaryContent(previous);
        Backups.check(same);

        // the next backup sweeps what the killed one left and replaces the old one
        ctx = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.fixed(now(), ZoneOffset.UTC));
        services = MainTestAccess.services(ctx);
        assertThat(run("backup", "--out", same.toString())).isZero();
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(f -> f.getFileName().toString())).containsExactly("same.zip");
        }
        Backups.check(same);
    }

    /** Waits (on file-system events, up to two minutes) until the child has started writing its partial file. */
    private static Path awaitPartialFile(WatchService watch, Path out, Process child, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Optional<Path> part;
            try (Stream<Path> s = Files.list(out)) {
                part = s.filter(f -> f.getFileName().toString().startsWith(".same.zip.")).findFirst();
            }
            if (part.isPresent() && Files.size(part.get()) > 0) {
                return part.get();
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child ended before writing its backup: " + Files.readString(log));
            }
            var key = watch.poll(200, TimeUnit.MILLISECONDS); // returns at the next event in the folder
            if (key != null) {
                key.pollEvents();
                key.reset();
            }
        }
        throw new AssertionError("the child never started writing its backup: " + List.of(out.toFile().list()));
    }
}
