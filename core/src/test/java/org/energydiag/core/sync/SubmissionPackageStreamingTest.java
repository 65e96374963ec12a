package org.energydiag.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.io.ProjectFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offline package read streaming to files, and its manifest checked against its project file. */
class SubmissionPackageStreamingTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final String KEY = "6c1f3a52-9d0e-4b7a-8f21-0c5d7e9a1b34";

    @TempDir
    Path dir;

    private static SubmissionBuilder.Prepared sample(byte[] plan) {
        return SubmissionBuilder.build(DemoProjects.cementPlant(NOW, "示例节能诊断机构"), ProjectFile.Blobs.NONE, plan, null,
                "EnergyDiag test", NOW, KEY);
    }

    /** The same submission with the manifest's enterprise name, credit code or project id changed. */
    private static Submission with(Submission s, String projectId, String title, String creditCode) {
        return new Submission(s.key(), projectId, title, creditCode, s.createdAt(), s.projectUpdatedAt(), s.sourceHash(),
                s.contentHash(), s.parts(), s.status(), s.attempts(), s.lastError(), s.retryable(), s.nextAttemptAt(),
                s.uploadedAt(), s.receipt());
    }

    private Path write(Submission s, Map<String, byte[]> files, String name) throws Exception {
        Path zip = dir.resolve(name);
        SubmissionPackage.write(s, files::get, zip);
        return zip;
    }

    @Test
    void aPackageReadToFilesHoldsTheCheckedPartsAndTheirFilesGoOnClose() throws Exception {
        var p = sample("plan".getBytes(StandardCharsets.UTF_8));
        Path zip = write(p.submission(), p.files(), "ok.zip");
        Path spool = dir.resolve("spool");
        try (SubmissionPackage.Spooled s = SubmissionPackage.readToFiles(zip, spool)) {
            assertThat(s.submission().key()).isEqualTo(KEY);
            for (var e : p.files().entrySet()) {
                assertThat(Files.readAllBytes(s.files().get(e.getKey()))).isEqualTo(e.getValue());
            }
        }
        try (var left = Files.list(spool)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aManifestThatDoesNotMatchItsProjectFileIsRefused() throws Exception {
        var p = sample("plan".getBytes(StandardCharsets.UTF_8));
        Submission s = p.submission();
        Map<String, Submission> forged = new LinkedHashMap<>();
        forged.put("企业名称", with(s, s.projectId(), "另一家企业有限公司", s.creditCode()));
        forged.put("统一社会信用代码", with(s, s.projectId(), s.title(), "91330000000000000X"));
        forged.put("项目编号", with(s, "9a0b7c6d-1111-4222-8333-944455556666", s.title(), s.creditCode()));
        Path spool = dir.resolve("spool");
        for (var e : forged.entrySet()) {
            Path zip = write(e.getValue(), p.files(), "forged.zip");
            assertThatThrownBy(() -> SubmissionPackage.read(zip)).isInstanceOf(PackageException.class)
                    .hasMessageContaining(e.getKey()).hasMessageContaining("不一致").hasMessageContaining("已拒绝导入");
            assertThatThrownBy(() -> SubmissionPackage.readToFiles(zip, spool)).isInstanceOf(PackageException.class)
                    .hasMessageContaining(e.getKey());
            try (var left = Files.list(spool)) {
                assertThat(left).as("nothing left in the spool folder after a refusal").isEmpty();
            }
        }
    }

    /**
     * A package with a 192 MB part, read in a JVM limited to 64 MB of heap: to files it succeeds;
     * whole into memory (the old way) it runs out of memory — so the first does not hold it whole.
     */
    @Test
    void aLargePackageIsReadWithoutHoldingItWhole() throws Exception {
        byte[] plan = new byte[192 << 20]; // zeros: a small zip, a large part
        var p = sample(plan);
        Path zip = dir.resolve("large.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            SubmissionPackage.write(p.submission(), p.files()::get, out);
        }
        plan = null;
        p = null;
        assertThat(child("files", zip.toString(), dir.resolve("spool").toString())).startsWith("OK").contains("plan.docx=" + (192 << 20));
        assertThat(child("memory", zip.toString())).isEqualTo("FAILED OutOfMemoryError");
    }

    private static String child(String... args) throws Exception {
        var cmd = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), PackageReadChild.class.getName()));
        cmd.addAll(java.util.List.of(args));
        Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return out.lines().reduce((a, b) -> b).orElse("");
    }
}
