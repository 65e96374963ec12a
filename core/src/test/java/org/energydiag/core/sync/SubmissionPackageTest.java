package org.energydiag.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.energydiag.core.demo.DemoProjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.energydiag.core.io.Hashes;

class SubmissionPackageTest {

    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final String KEY = "6c1f3a52-9d0e-4b7a-8f21-0c5d7e9a1b34";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SubmissionBuilder.Prepared sample;
    /** The entries of a valid package of {@link #sample}, in order. */
    private static Map<String, byte[]> valid;

    @BeforeAll
    static void buildSample() throws IOException {
        byte[] plan = ("PK\u0003\u0004 fake 节能降碳改造具体方案 " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
        byte[] png = new byte[300];
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(sig, 0, png, 0, sig.length);
        for (int i = sig.length; i < png.length; i++) {
            png[i] = (byte) (i * 31);
        }
        sample = SubmissionBuilder.build(DemoProjects.cementPlant(NOW, "示例节能诊断机构"), org.energydiag.core.io.ProjectFile.Blobs.NONE, plan,
                new SubmissionBuilder.Scan("调查表.PNG", png), "EnergyDiag test", NOW, KEY);
        valid = unzip(pack(sample));
    }

    // ------------------------------------------------------------------------------ round trip

    @Test
    void roundTripThroughAStreamKeepsMetadataAndBytes() throws Exception {
        SubmissionBuilder.Prepared back = SubmissionPackage.read(new ByteArrayInputStream(pack(sample)));

        assertThat(back.submission()).isEqualTo(sample.submission());
        assertThat(back.submission().parts()).extracting(SubmissionPart::name)
                .containsExactly("project.edproj", "plan.docx", "satisfaction.json", "satisfaction-scan.png");
        assertSameFiles(back.files(), sample.files());
    }

    @Test
    void packageHoldsTheManifestAndOneEntryPerPartOnly() throws Exception {
        assertThat(valid.keySet()).containsExactly("manifest.json", "parts/project.edproj", "parts/plan.docx",
                "parts/satisfaction.json", "parts/satisfaction-scan.png");
        ObjectNode m = (ObjectNode) JSON.readTree(valid.get("manifest.json"));
        assertThat(m.get("format").asText()).isEqualTo("energydiag-submission");
        assertThat(m.get("formatVersion").asInt()).isEqualTo(1);
        ObjectNode s = (ObjectNode) m.get("submission");
        assertThat(s.get("key").asText()).isEqualTo(KEY);
        assertThat(s.get("enterpriseName").asText()).isEqualTo(sample.submission().title());
        assertThat(s.get("creditCode").asText()).isEqualTo("91340202MA2T8Q6K7Q");
        assertThat(s.get("createdAt").asText()).isEqualTo("2026-11-21T08:00:00Z");
        assertThat(s.get("contentHash").asText()).isEqualTo(sample.submission().contentHash());
        assertThat(s.get("sourceHash").asText()).isEqualTo(sample.submission().sourceHash());
        assertThat(s.get("parts").get(3).get("kind").asText()).isEqualTo("SCAN");
        assertThat(s.get("parts").get(3).get("mediaType").asText()).isEqualTo("image/png");
    }

    @Test
    void roundTripThroughAFileReplacesAnOldFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("提交包.zip");
        Files.writeString(target, "old");

        SubmissionPackage.write(sample.submission(), sample.files()::get, target);
        SubmissionBuilder.Prepared back = SubmissionPackage.read(target);

        assertThat(back.submission()).isEqualTo(sample.submission());
        assertSameFiles(back.files(), sample.files());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anUploadedSubmissionIsReadBackAsFreshlyQueued() throws Exception {
        Submission uploaded = sample.submission().uploading().failed("网络中断", true, NOW.plusSeconds(60)).uploading()
                .uploaded("ED-2026-000123", NOW.plusSeconds(120));

        Submission back = SubmissionPackage.read(new ByteArrayInputStream(pack(uploaded, sample.files()))).submission();

        assertThat(back.status()).isEqualTo(SubmissionStatus.PENDING);
        assertThat(back.attempts()).isZero();
        assertThat(back.lastError()).isEmpty();
        assertThat(back.retryable()).isTrue();
        assertThat(back.nextAttemptAt()).isNull();
        assertThat(back.uploadedAt()).isNull();
        assertThat(back.receipt()).isEmpty();
        assertThat(back.key()).isEqualTo(KEY);
        assertThat(back.parts()).isEqualTo(uploaded.parts());
    }

    @Test
    void entriesInAnotherOrderAreAccepted() throws Exception {
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        valid.forEach((k, v) -> {
            if (!k.equals("manifest.json")) {
                reordered.put(k, v);
            }
        });
        reordered.put("manifest.json", valid.get("manifest.json"));

        SubmissionBuilder.Prepared back = SubmissionPackage.read(new ByteArrayInputStream(zip(reordered)));

        assertThat(back.submission()).isEqualTo(sample.submission());
        assertSameFiles(back.files(), sample.files());
    }

    // ---------------------------------------------------------------------------------- write

    @Test
    void writeToAFileLeavesNoTemporaryFileAndKeepsTheOldOneWhenContentFails(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("submission.zip");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> SubmissionPackage.write(sample.submission(), name -> {
            if (name.equals("plan.docx")) {
                throw new IllegalStateException("数据库读取失败");
            }
            return sample.files().get(name);
        }, target)).hasMessage("数据库读取失败");

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        assertThat(Files.readString(target)).isEqualTo("old");
    }

    @Test
    void writeToAFileLeavesNothingWhenThereWasNoFileBefore(@TempDir Path dir) {
        Path target = dir.resolve("submission.zip");

        assertThatThrownBy(() -> SubmissionPackage.write(sample.submission(), name -> {
            throw new IllegalStateException("boom");
        }, target)).hasMessage("boom");

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void writeRefusesBytesThatDoNotMatchThePart() {
        Map<String, byte[]> files = new LinkedHashMap<>(sample.files());
        byte[] plan = files.get("plan.docx").clone();
        plan[10] ^= 1;
        files.put("plan.docx", plan);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> SubmissionPackage.write(sample.submission(), files::get, out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plan.docx").hasMessageContaining("改造方案");
        assertThat(out.size()).isZero();

        files.put("plan.docx", Arrays.copyOf(plan, plan.length - 1));
        assertThatThrownBy(() -> SubmissionPackage.write(sample.submission(), files::get, out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plan.docx");

        files.remove("plan.docx");
        assertThatThrownBy(() -> SubmissionPackage.write(sample.submission(), files::get, out))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plan.docx").hasMessageContaining("缺少");
    }

    // ------------------------------------------------------------------------ refusals: names

    @Test
    void refusesPathTraversalInsideParts() {
        assertRefused(with("parts/../../evil", "x"), "parts/../../evil", "..");
    }

    @Test
    void refusesPathTraversalAtTheTop() {
        assertRefused(with("../evil", "x"), "../evil", "..");
    }

    @Test
    void refusesAnAbsolutePath() {
        assertRefused(with("/etc/passwd", "root:x:0:0"), "/etc/passwd", "绝对路径");
    }

    @Test
    void refusesADriveLetter() {
        assertRefused(with("C:\\x", "x"), "C:\\x", "盘符");
        assertRefused(with("c:x", "x"), "c:x", "盘符");
    }

    @Test
    void refusesABackslash() {
        assertRefused(with("parts\\plan.docx", "x"), "parts\\plan.docx", "反斜杠");
    }

    @Test
    void refusesAnEntryOutsideParts() {
        assertRefused(with("readme.txt", "hello"), "readme.txt", "不是 manifest.json 或 parts/");
        assertRefused(with("parts/", ""), "parts/", "不是 manifest.json 或 parts/");
        assertRefused(with("parts/sub/plan.docx", "x"), "parts/sub/plan.docx", "不是 manifest.json 或 parts/");
    }

    @Test
    void refusesAnEntryNotListedInTheManifest() {
        assertRefused(with("parts/extra.exe", "MZ"), "parts/extra.exe", "不在清单");
    }

    @Test
    void refusesAnEntryNotListedInTheManifestWhenItComesBeforeTheManifest() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("parts/extra.exe", "MZ".getBytes(StandardCharsets.UTF_8));
        entries.putAll(valid);
        assertRefused(zip(entries), "parts/extra.exe", "不在清单");
    }

    @Test
    void refusesADuplicatedEntry() {
        // ZipOutputStream refuses duplicate names: write a differently spelled twin, then rename it in the bytes
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put("parts/plan.docX", valid.get("parts/plan.docx"));
        byte[] bytes = replaceAll(zip(entries), "parts/plan.docX", "parts/plan.docx");
        assertRefused(bytes, "parts/plan.docx", "出现了两次");
    }

    // ------------------------------------------------------------------- refusals: contents

    @Test
    void refusesATamperedPartWithAnUnchangedManifest() {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        byte[] plan = entries.get("parts/plan.docx").clone();
        plan[100] ^= 0x20;
        entries.put("parts/plan.docx", plan);
        assertRefused(zip(entries), "parts/plan.docx", "SHA-256");
    }

    @Test
    void refusesATamperedShaInTheManifest() {
        byte[] bytes = withManifest(s -> part(s, "plan.docx").put("sha256", "0".repeat(64)));
        assertRefused(bytes, "manifest.json", "contentHash");
    }

    @Test
    void refusesATamperedShaInTheManifestEvenWithARecomputedContentHash() {
        byte[] bytes = withManifest(s -> {
            part(s, "plan.docx").put("sha256", "0".repeat(64));
            recomputeContentHash(s);
        });
        assertRefused(bytes, "parts/plan.docx", "SHA-256");
    }

    @Test
    void refusesATamperedContentHash() {
        byte[] bytes = withManifest(s -> s.put("contentHash", "a".repeat(64)));
        assertRefused(bytes, "manifest.json", "contentHash");
    }

    @Test
    void refusesAMissingPart() {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.remove("parts/satisfaction.json");
        assertRefused(zip(entries), "parts/satisfaction.json", "缺少");
    }

    @Test
    void refusesAPartLargerThanDeclared() {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        byte[] plan = entries.get("parts/plan.docx");
        byte[] bigger = Arrays.copyOf(plan, plan.length + 1);
        entries.put("parts/plan.docx", bigger);
        assertRefused(zip(entries), "parts/plan.docx", "大于清单声明的 " + plan.length + " 字节");
    }

    @Test
    void refusesAPartSmallerThanDeclared() {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        byte[] plan = entries.get("parts/plan.docx");
        entries.put("parts/plan.docx", Arrays.copyOf(plan, plan.length - 1));
        assertRefused(zip(entries), "parts/plan.docx", "不完整");
    }

    @Test
    void stopsReadingAnOversizedPartJustPastItsDeclaredSize() throws Exception {
        // 64 MiB of zeros deflate to ~64 KB; declared as 10 bytes, reading must stop long before the end
        byte[] huge = new byte[64 << 20];
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put("parts/plan.docx", huge);
        byte[] bytes = zip(entries);
        long[] consumed = {0};
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        };

        assertThatThrownBy(() -> SubmissionPackage.read(counting)).isInstanceOf(PackageException.class)
                .hasMessageContaining("parts/plan.docx").hasMessageContaining("大于清单声明");
        assertThat(consumed[0]).isLessThan(bytes.length / 2);
    }

    @Test
    void refusesAZipBombBeforeTheManifest() {
        // the part comes first, so nothing is declared yet: only the total limit stops it
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("parts/plan.docx", new byte[3 << 20]);
        entries.put("manifest.json", valid.get("manifest.json"));
        byte[] bytes = zip(entries);
        assertThat(bytes.length).isLessThan(64 << 10);

        assertThatThrownBy(() -> SubmissionPackage.read(new ByteArrayInputStream(bytes), 1 << 20))
                .isInstanceOf(PackageException.class).hasMessageContaining("超过 1.0 MiB 的上限")
                .hasMessageContaining("parts/plan.docx").hasMessageContaining("zip 炸弹");
    }

    @Test
    void refusesAManifestDeclaringMoreThanTheLimit() throws Exception {
        byte[] zeros = new byte[3 << 20];
        Map<String, byte[]> files = new LinkedHashMap<>(sample.files());
        files.put("plan.docx", zeros);
        Submission s = withPlan(sample.submission(), zeros);
        byte[] bytes = pack(s, files);

        assertThatThrownBy(() -> SubmissionPackage.read(new ByteArrayInputStream(bytes), 1 << 20))
                .isInstanceOf(PackageException.class).hasMessageContaining("manifest.json")
                .hasMessageContaining("超过 1.0 MiB 的上限");
        assertThat(SubmissionPackage.read(new ByteArrayInputStream(bytes)).files().get("plan.docx")).isEqualTo(zeros);
    }

    @Test
    void refusesBytesThatAreNotAZip() {
        assertRefused("这不是压缩包".getBytes(StandardCharsets.UTF_8), null, "不是 zip");
        assertRefused(new byte[0], null, "空");
        assertRefused(zip(Map.of()), null, "manifest.json");
    }

    @Test
    void refusesACorruptZip() {
        byte[] bytes = zip(valid);
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);
        assertRefused(truncated, null, "损坏");

        byte[] flipped = bytes.clone();
        int at = indexOf(flipped, "parts/plan.docx".getBytes(StandardCharsets.US_ASCII)) + 40;
        flipped[at] ^= 0x55;
        assertRefused(flipped, null, "损坏");
    }

    // ------------------------------------------------------------------- refusals: manifest

    @Test
    void refusesAPackageWithoutManifest() {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.remove("manifest.json");
        assertRefused(zip(entries), "manifest.json", "缺少清单 manifest.json");
    }

    @Test
    void refusesAManifestThatIsNotJson() {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put("manifest.json", "{\"format\": \"energydiag-submission\",".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(entries), "manifest.json", "不是有效的 JSON");
    }

    @Test
    void refusesAManifestWithADuplicatedField() {
        String json = new String(valid.get("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"formatVersion\": 1,");
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put("manifest.json", json.getBytes(StandardCharsets.UTF_8));
        assertRefused(zip(entries), "manifest.json", "不是有效的 JSON");
    }

    @Test
    void refusesAnotherFormat() {
        byte[] bytes = withRoot(r -> r.put("format", "something-else"));
        assertRefused(bytes, "manifest.json", "不是 EnergyDiag 提交包");
    }

    @Test
    void refusesANewerFormatVersionAndSaysToUpgrade() {
        byte[] bytes = withRoot(r -> r.put("formatVersion", 2));
        assertRefused(bytes, "manifest.json", "较新版本的 EnergyDiag");
        assertRefused(bytes, "manifest.json", "升级");
    }

    @Test
    void refusesAnInvalidFormatVersion() {
        assertRefused(withRoot(r -> r.put("formatVersion", "1")), "manifest.json", "formatVersion");
        assertRefused(withRoot(r -> r.put("formatVersion", 0)), "manifest.json", "formatVersion");
    }

    @Test
    void refusesAPartDeclaredTwice() {
        byte[] bytes = withManifest(s -> {
            ArrayNode parts = (ArrayNode) s.get("parts");
            parts.add(parts.get(1).deepCopy());
        });
        assertRefused(bytes, "manifest.json", "“plan.docx” 出现了两次");
    }

    @Test
    void refusesAKeyThatIsNotAUuid() {
        assertRefused(withManifest(s -> s.put("key", "../../etc")), "manifest.json", "submission.key");
    }

    @Test
    void refusesMissingOrInvalidFields() {
        assertRefused(withManifest(s -> s.remove("createdAt")), "manifest.json", "submission.createdAt");
        assertRefused(withManifest(s -> s.put("createdAt", "yesterday")), "manifest.json", "submission.createdAt");
        assertRefused(withManifest(s -> s.remove("projectUpdatedAt")), "manifest.json", "submission.projectUpdatedAt");
        assertRefused(withManifest(s -> s.remove("projectId")), "manifest.json", "submission.projectId");
        assertRefused(withManifest(s -> s.put("sourceHash", "abc")), "manifest.json", "submission.sourceHash");
        assertRefused(withManifest(s -> s.remove("parts")), "manifest.json", "submission.parts");
        assertRefused(withManifest(s -> part(s, "plan.docx").put("kind", "VIRUS")), "manifest.json",
                "submission.parts[1].kind");
        assertRefused(withManifest(s -> part(s, "plan.docx").put("size", -1)), "manifest.json",
                "submission.parts[1].size");
        assertRefused(withManifest(s -> part(s, "plan.docx").put("name", "../plan.docx")), "manifest.json",
                "submission.parts[1].name");
        assertRefused(withRoot(r -> r.remove("submission")), "manifest.json", "submission");
    }

    @Test
    void acceptsANullProjectUpdatedAt() throws Exception {
        byte[] bytes = withManifest(s -> s.putNull("projectUpdatedAt"));
        assertThat(SubmissionPackage.read(new ByteArrayInputStream(bytes)).submission().projectUpdatedAt()).isNull();
    }

    @Test
    void readingAMissingFileSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> SubmissionPackage.read(dir.resolve("nope.zip")))
                .isInstanceOf(PackageException.class).hasMessageContaining("找不到文件");
    }

    // --------------------------------------------------------------------------------- helpers

    private static void assertRefused(byte[] zip, String entry, String problem) {
        assertThatThrownBy(() -> SubmissionPackage.read(new ByteArrayInputStream(zip)))
                .isInstanceOf(PackageException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> {
                    if (entry != null) {
                        assertThat(e.getMessage()).contains(entry);
                        assertThat(((PackageException) e).entry()).isEqualTo(entry);
                    }
                });
    }

    private static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(actual.get(name)).as(name).isEqualTo(bytes));
    }

    private static byte[] pack(SubmissionBuilder.Prepared p) throws IOException {
        return pack(p.submission(), p.files());
    }

    private static byte[] pack(Submission s, Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SubmissionPackage.write(s, files::get, out);
        return out.toByteArray();
    }

    /** The valid package with one more entry. */
    private static byte[] with(String name, String content) {
        Map<String, byte[]> entries = new LinkedHashMap<>(valid);
        entries.put(name, content.getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static byte[] withRoot(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(valid.get("manifest.json"));
            edit.accept(root);
            Map<String, byte[]> entries = new LinkedHashMap<>(valid);
            entries.put("manifest.json", JSON.writeValueAsBytes(root));
            return zip(entries);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] withManifest(Consumer<ObjectNode> editSubmission) {
        return withRoot(r -> editSubmission.accept((ObjectNode) r.get("submission")));
    }

    private static ObjectNode part(ObjectNode submission, String name) {
        for (var p : submission.get("parts")) {
            if (p.get("name").asText().equals(name)) {
                return (ObjectNode) p;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static void recomputeContentHash(ObjectNode submission) {
        List<SubmissionPart> parts = new ArrayList<>();
        for (var p : submission.get("parts")) {
            parts.add(new SubmissionPart(p.get("name").asText(), SubmissionPart.Kind.valueOf(p.get("kind").asText()),
                    p.get("mediaType").asText(), p.get("size").asLong(), p.get("sha256").asText()));
        }
        submission.put("contentHash", SubmissionPart.contentHash(parts));
    }

    private static Submission withPlan(Submission s, byte[] plan) {
        List<SubmissionPart> parts = new ArrayList<>();
        for (SubmissionPart p : s.parts()) {
            parts.add(p.name().equals("plan.docx")
                    ? new SubmissionPart(p.name(), p.kind(), p.mediaType(), plan.length, Hashes.sha256(plan)) : p);
        }
        return new Submission(s.key(), s.projectId(), s.title(), s.creditCode(), s.createdAt(), s.projectUpdatedAt(),
                s.sourceHash(), SubmissionPart.contentHash(parts), parts, s.status(), s.attempts(), s.lastError(), s.retryable(),
                s.nextAttemptAt(), s.uploadedAt(), s.receipt());
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static Map<String, byte[]> unzip(byte[] bytes) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static byte[] replaceAll(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.UTF_8);
        byte[] t = to.getBytes(StandardCharsets.UTF_8);
        assertThat(t).hasSameSizeAs(f);
        byte[] out = bytes.clone();
        int count = 0;
        for (int i = 0; i + f.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
                count++;
            }
        }
        assertThat(count).isPositive();
        return out;
    }

    private static int indexOf(byte[] bytes, byte[] what) {
        for (int i = 0; i + what.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }
}
