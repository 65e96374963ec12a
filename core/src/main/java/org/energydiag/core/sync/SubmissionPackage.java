package org.energydiag.core.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.energydiag.core.io.Hashes;

/**
 * The offline package of a submission (docs/sync-api.md, "Offline package (.zip)"), for upload
 * from another computer or by USB: a zip holding {@code manifest.json} and one entry
 * {@code parts/<name>} per part, nothing else.
 *
 * <p>Reading is defensive: the archive is streamed with {@link ZipInputStream}, bytes are counted
 * here (the sizes an entry claims are never trusted), and any doubt — an unsafe or unexpected
 * entry name, a duplicate, a missing or oversized part, a checksum that does not match, an
 * archive that would expand beyond {@link #MAX_TOTAL_BYTES} — refuses the whole package with a
 * {@link PackageException}. Nothing is returned, so nothing is imported. Checksums detect damage
 * and casual edits, not a forger who recomputes them.
 */
public final class SubmissionPackage {

    public static final String FORMAT = "energydiag-submission";
    public static final int FORMAT_VERSION = 1;
    public static final String MANIFEST = "manifest.json";
    public static final String PARTS_DIR = "parts/";

    /** The most a package may expand to (all entries, manifest included): 1 GiB. */
    static final long MAX_TOTAL_BYTES = 1L << 30;
    /** A manifest is a few KB; beyond this it is not one of ours. */
    static final int MAX_MANIFEST_BYTES = 1 << 20;

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);

    private static final String UNSAFE = "为安全起见已拒绝导入，没有做任何改动。请勿导入来历不明的文件，"
            + "并请发送方用 EnergyDiag 重新导出提交包。";
    private static final String DAMAGED = "提交包可能在复制或传输中损坏，或被改动过，已拒绝导入，没有做任何改动。"
            + "请重新复制该文件，或请发送方用 EnergyDiag 重新导出提交包。";
    private static final String NOT_OURS = "请选择由 EnergyDiag 导出的提交包（.zip 文件）。";

    private SubmissionPackage() {
    }

    // ---------------------------------------------------------------------------------- writing

    /**
     * Writes the package of {@code s} to {@code out} (which is left open). The bytes of every
     * part, given by {@code content}, are checked against the part's size and SHA-256 before
     * anything is written.
     *
     * @throws IllegalStateException    when the bytes of a part are missing or do not match it
     * @throws IllegalArgumentException when the submission could not be read back (a key that is
     *                                  not a UUID, a content hash that does not match its parts …)
     */
    public static void write(Submission s, Function<String, byte[]> content, OutputStream out) throws IOException {
        Objects.requireNonNull(s, "submission");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(out, "out");
        checkWritable(s);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (SubmissionPart p : s.parts()) {
            byte[] bytes = content.apply(p.name());
            if (bytes == null) {
                throw new IllegalStateException("提交 " + s.key() + " 缺少文件 " + p.name() + "（" + p.kind().label()
                        + "）的内容，无法导出提交包。");
            }
            if (bytes.length != p.size() || !Hashes.sha256(bytes).equals(p.sha256())) {
                throw new IllegalStateException("提交 " + s.key() + " 中文件 " + p.name() + "（" + p.kind().label()
                        + "）的内容与登记的大小或 SHA-256 校验值不符（登记 " + p.size() + " 字节，实际 " + bytes.length
                        + " 字节），可能已损坏，未导出提交包。请删除该提交后重新提交。");
            }
            files.put(p.name(), bytes);
        }
        long time = s.createdAt().toEpochMilli();
        try (ZipOutputStream zip = new ZipOutputStream(new KeepOpen(out), StandardCharsets.UTF_8)) {
            put(zip, MANIFEST, manifest(s), time);
            for (var f : files.entrySet()) {
                put(zip, PARTS_DIR + f.getKey(), f.getValue(), time);
            }
        }
        out.flush();
    }

    /**
     * Writes the package of {@code s} to {@code target}, atomically: into a temporary file in the
     * same folder, synced, then moved over {@code target}. On any failure the temporary file is
     * deleted and an existing {@code target} is left as it was.
     */
    public static void write(Submission s, Function<String, byte[]> content, Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = Files.createTempFile(dir, "." + FORMAT + "-", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream os = new BufferedOutputStream(Channels.newOutputStream(ch), 64 * 1024)) {
                write(s, content, os);
                os.flush();
                ch.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void checkWritable(Submission s) {
        if (!UUID_TEXT.matcher(s.key()).matches()) {
            throw new IllegalArgumentException("提交的标识 " + s.key() + " 不是 UUID，无法导出提交包。");
        }
        if (s.parts().isEmpty()) {
            throw new IllegalArgumentException("提交 " + s.key() + " 中没有任何文件，无法导出提交包。");
        }
        if (s.sourceHash() == null || !HEX64.matcher(s.sourceHash()).matches()) {
            throw new IllegalArgumentException("提交 " + s.key() + " 缺少数据校验值（sourceHash），无法导出提交包。");
        }
        if (!SubmissionPart.contentHash(s.parts()).equals(s.contentHash())) {
            throw new IllegalArgumentException("提交 " + s.key() + " 的内容校验值（contentHash）与其文件清单不符，无法导出提交包。");
        }
        if (s.totalBytes() > MAX_TOTAL_BYTES) {
            throw new IllegalArgumentException("提交 " + s.key() + " 的文件共 " + size(s.totalBytes()) + "，超过提交包上限 "
                    + size(MAX_TOTAL_BYTES) + "。");
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, long time) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(time);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** The manifest: format, version and the submission as in the open request. */
    static byte[] manifest(Submission s) throws IOException {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        ObjectNode sub = root.putObject("submission");
        sub.put("key", s.key());
        sub.put("projectId", s.projectId());
        sub.put("enterpriseName", s.title());
        sub.put("creditCode", s.creditCode());
        sub.put("createdAt", s.createdAt().toString());
        if (s.projectUpdatedAt() == null) {
            sub.putNull("projectUpdatedAt");
        } else {
            sub.put("projectUpdatedAt", s.projectUpdatedAt().toString());
        }
        sub.put("sourceHash", s.sourceHash());
        sub.put("contentHash", s.contentHash());
        ArrayNode parts = sub.putArray("parts");
        for (SubmissionPart p : s.parts()) {
            ObjectNode o = parts.addObject();
            o.put("name", p.name());
            o.put("kind", p.kind().name());
            o.put("mediaType", p.mediaType());
            o.put("size", p.size());
            o.put("sha256", p.sha256());
        }
        return m.writeValueAsBytes(root);
    }

    // ---------------------------------------------------------------------------------- reading

    /**
     * Reads a package: the submission (待上传, no attempts, no error, no receipt — as if just
     * queued here, with the key, hashes and parts of the manifest) and the bytes of its parts.
     *
     * @throws PackageException when the package is refused; the message says why, in Chinese
     */
    public static SubmissionBuilder.Prepared read(Path zip) throws PackageException {
        Objects.requireNonNull(zip, "zip");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(zip), 64 * 1024)) {
            return read(in, MAX_TOTAL_BYTES);
        } catch (NoSuchFileException e) {
            throw new PackageException("找不到文件：" + zip, null, e);
        } catch (IOException e) {
            throw new PackageException("无法读取文件 " + zip + "：" + e.getMessage(), null, e);
        }
    }

    /**
     * Reads a package from a stream, as {@link #read(Path)}. The stream is not closed.
     *
     * @throws PackageException when the package is refused; the message says why, in Chinese
     */
    public static SubmissionBuilder.Prepared read(InputStream in) throws PackageException {
        return read(in, MAX_TOTAL_BYTES);
    }

    /** As {@link #read(InputStream)}, with the expansion limit given (tests lower it). */
    static SubmissionBuilder.Prepared read(InputStream in, long maxTotalBytes) throws PackageException {
        Objects.requireNonNull(in, "in");
        BufferedInputStream buffered = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in);
        checkSignature(buffered);
        return new Reader(maxTotalBytes).read(buffered);
    }

    /** Refuses at once what is not a zip at all (ZipInputStream would just report no entries). */
    private static void checkSignature(BufferedInputStream in) throws PackageException {
        byte[] sig;
        try {
            in.mark(4);
            sig = in.readNBytes(4);
            in.reset();
        } catch (IOException e) {
            throw new PackageException("无法读取提交包：" + e.getMessage(), null, e);
        }
        if (sig.length == 0) {
            throw new PackageException("文件是空的，不是 EnergyDiag 提交包。" + NOT_OURS, null);
        }
        boolean local = sig.length == 4 && sig[0] == 'P' && sig[1] == 'K' && sig[2] == 3 && sig[3] == 4;
        boolean empty = sig.length == 4 && sig[0] == 'P' && sig[1] == 'K' && sig[2] == 5 && sig[3] == 6;
        if (empty) {
            throw new PackageException("压缩包中没有任何文件（缺少 " + MANIFEST + "），不是 EnergyDiag 提交包。" + NOT_OURS, null);
        }
        if (!local) {
            throw new PackageException("文件不是 zip 压缩包（或已损坏），不是 EnergyDiag 提交包。" + NOT_OURS, null);
        }
    }

    /** The manifest, checked on its own. */
    private record Manifest(Submission submission, Map<String, SubmissionPart> parts) {
    }

    /** One reading: counts every uncompressed byte against the limit. */
    private static final class Reader {
        private final long limit;
        private long total;

        Reader(long limit) {
            this.limit = limit;
        }

        SubmissionBuilder.Prepared read(InputStream in) throws PackageException {
            Manifest manifest = null;
            Map<String, byte[]> found = new LinkedHashMap<>();
            Set<String> seen = new HashSet<>();
            try (ZipInputStream zip = new ZipInputStream(new KeepOpenInput(in), StandardCharsets.UTF_8)) {
                for (ZipEntry e; (e = next(zip)) != null; ) {
                    String entry = e.getName();
                    checkName(entry);
                    if (!seen.add(entry)) {
                        throw new PackageException("提交包中的条目 “" + entry + "” 出现了两次，无法确定以哪一个为准。" + UNSAFE,
                                entry);
                    }
                    if (entry.equals(MANIFEST)) {
                        byte[] bytes = readEntry(zip, entry, -1, MAX_MANIFEST_BYTES);
                        manifest = parseManifest(bytes, limit);
                        for (String name : found.keySet()) {
                            checkListed(manifest, name);
                        }
                    } else {
                        String name = entry.substring(PARTS_DIR.length());
                        long declared = -1;
                        if (manifest != null) {
                            declared = checkListed(manifest, name).size();
                        }
                        found.put(name, readEntry(zip, entry, declared, Long.MAX_VALUE));
                    }
                }
            } catch (IOException e) {
                // only from closing: everything read has been read
                throw damaged(null, "压缩包无法读取（" + e.getMessage() + "）", e);
            }
            if (manifest == null) {
                throw new PackageException("提交包中缺少清单 " + MANIFEST + "，不是 EnergyDiag 提交包。" + NOT_OURS, MANIFEST);
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (SubmissionPart p : manifest.parts().values()) {
                String entry = PARTS_DIR + p.name();
                byte[] bytes = found.get(p.name());
                if (bytes == null) {
                    throw damaged(entry, "提交包中缺少清单列出的文件 “" + entry + "”（" + p.kind().label() + "）", null);
                }
                if (bytes.length > p.size()) {
                    throw tooLarge(entry, p.size());
                }
                if (bytes.length < p.size()) {
                    throw damaged(entry, "提交包中的文件 “" + entry + "” 不完整：清单声明 " + p.size() + " 字节，实际只有 "
                            + bytes.length + " 字节", null);
                }
                if (!Hashes.sha256(bytes).equals(p.sha256())) {
                    throw damaged(entry, "提交包中的文件 “" + entry + "” 的 SHA-256 校验值与清单不符，内容已被改动或损坏", null);
                }
                files.put(p.name(), bytes);
            }
            return new SubmissionBuilder.Prepared(manifest.submission(), Collections.unmodifiableMap(files));
        }

        private static ZipEntry next(ZipInputStream zip) throws PackageException {
            try {
                return zip.getNextEntry();
            } catch (IllegalArgumentException e) {
                throw new PackageException("提交包中有条目名无法识别（不是 UTF-8 编码）。" + UNSAFE, null, e);
            } catch (IOException e) {
                throw damaged(null, "压缩包已损坏或不完整（" + e.getMessage() + "）", e);
            }
        }

        /**
         * The bytes of the current entry, stopping at {@code declared + 1} (when the size is
         * declared), at {@code cap + 1}, or as soon as the package would exceed the limit.
         */
        private byte[] readEntry(ZipInputStream zip, String entry, long declared, long cap) throws PackageException {
            long max = declared >= 0 ? declared + 1 : cap == Long.MAX_VALUE ? Long.MAX_VALUE : cap + 1;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long count = 0;
            try {
                while (count < max) {
                    long room = Math.min(max - count, limit - total + 1);
                    int n = zip.read(buf, 0, (int) Math.min(buf.length, room));
                    if (n < 0) {
                        break;
                    }
                    count += n;
                    total += n;
                    if (total > limit) {
                        throw new PackageException("提交包解压后超过 " + size(limit) + " 的上限（读到条目 “" + entry
                                + "” 时），可能是恶意构造的压缩包（“zip 炸弹”）。" + UNSAFE, entry);
                    }
                    out.write(buf, 0, n);
                }
            } catch (ZipException | java.io.EOFException e) {
                throw damaged(entry, "压缩包中的条目 “" + entry + "” 已损坏或不完整（" + e.getMessage() + "）", e);
            } catch (IOException e) {
                throw damaged(entry, "读取条目 “" + entry + "” 时出错（" + e.getMessage() + "）", e);
            }
            if (declared >= 0 && count > declared) {
                throw tooLarge(entry, declared);
            }
            if (declared < 0 && count > cap) {
                throw new PackageException("提交包中的清单 “" + entry + "” 过大（超过 " + size(cap) + "），不是 EnergyDiag 提交包。"
                        + NOT_OURS, entry);
            }
            return out.toByteArray();
        }
    }

    private static SubmissionPart checkListed(Manifest manifest, String name) throws PackageException {
        SubmissionPart p = manifest.parts().get(name);
        if (p == null) {
            String entry = PARTS_DIR + name;
            throw new PackageException("提交包中的条目 “" + entry + "” 不在清单 " + MANIFEST + " 中，来历不明。" + UNSAFE, entry);
        }
        return p;
    }

    private static PackageException tooLarge(String entry, long declared) {
        return damaged(entry, "提交包中的文件 “" + entry + "” 大于清单声明的 " + declared + " 字节", null);
    }

    private static PackageException damaged(String entry, String problem, Throwable cause) {
        return new PackageException(problem + "。" + DAMAGED, entry, cause);
    }

    /** Refuses unsafe names first (with the reason), then anything but the manifest and parts. */
    private static void checkName(String entry) throws PackageException {
        String reason = null;
        if (entry.isEmpty()) {
            reason = "名称为空";
        } else if (entry.startsWith("/") || entry.startsWith("\\")) {
            reason = "是绝对路径";
        } else if (DRIVE.matcher(entry).matches()) {
            reason = "带有盘符（如 C:），是绝对路径";
        } else if (entry.contains("\\")) {
            reason = "含有反斜杠 “\\”";
        } else if (entry.contains("..")) {
            reason = "含有 “..”，可能试图写到提交包以外的位置";
        }
        if (reason != null) {
            throw new PackageException("提交包中的条目 “" + printable(entry) + "” " + reason + "。" + UNSAFE, entry);
        }
        boolean part = entry.startsWith(PARTS_DIR) && SubmissionPart.isSafeName(entry.substring(PARTS_DIR.length()));
        if (!entry.equals(MANIFEST) && !part) {
            throw new PackageException("提交包中的条目 “" + printable(entry) + "” 不是 " + MANIFEST + " 或 " + PARTS_DIR
                    + "<文件名>（文件名只允许字母、数字、汉字、点、横线、下划线），提交包中不应有其他内容。" + UNSAFE, entry);
        }
    }

    /** The name with control characters made visible, for messages. */
    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(200).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return s.codePointCount(0, s.length()) > 200 ? sb + "…" : sb.toString();
    }

    // --------------------------------------------------------------------------------- manifest

    private static Manifest parseManifest(byte[] bytes, long limit) throws PackageException {
        ObjectMapper m = new ObjectMapper()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        JsonNode root;
        try {
            root = m.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new PackageException("提交包中的清单 " + MANIFEST + " 不是有效的 JSON（" + e.getOriginalMessage() + "）。"
                    + DAMAGED, MANIFEST, e);
        } catch (IOException e) {
            throw new PackageException("提交包中的清单 " + MANIFEST + " 无法读取（" + e.getMessage() + "）。" + DAMAGED,
                    MANIFEST, e);
        }
        if (root == null || !root.isObject()) {
            throw new PackageException("提交包中的清单 " + MANIFEST + " 不是 JSON 对象。" + DAMAGED, MANIFEST);
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            throw new PackageException("清单 " + MANIFEST + " 的 format 不是 “" + FORMAT + "”（而是 "
                    + (format == null ? "空" : printable(format.toString())) + "），这不是 EnergyDiag 提交包。" + NOT_OURS,
                    MANIFEST);
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw invalid("formatVersion", "应为正整数");
        }
        if (version.intValue() > FORMAT_VERSION) {
            throw new PackageException("该提交包由较新版本的 EnergyDiag 导出（清单 " + MANIFEST + " 中的格式版本为 " + version.intValue() + "，本程序只支持 "
                    + FORMAT_VERSION + "）。请将 EnergyDiag 升级到最新版本后再导入。", MANIFEST);
        }
        JsonNode sub = root.get("submission");
        if (sub == null || !sub.isObject()) {
            throw invalid("submission", "缺少或不是 JSON 对象");
        }
        String key = text(sub, "key", false);
        if (!UUID_TEXT.matcher(key).matches()) {
            throw invalid("submission.key", "不是 UUID");
        }
        String projectId = text(sub, "projectId", false);
        if (projectId.isBlank()) {
            throw invalid("submission.projectId", "为空");
        }
        String enterpriseName = text(sub, "enterpriseName", true);
        String creditCode = text(sub, "creditCode", true);
        Instant createdAt = instant(sub, "createdAt", false);
        Instant projectUpdatedAt = instant(sub, "projectUpdatedAt", true);
        String sourceHash = hex(sub, "sourceHash", "submission.sourceHash");
        String contentHash = hex(sub, "contentHash", "submission.contentHash");

        JsonNode array = sub.get("parts");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw invalid("submission.parts", "缺少、不是数组或为空");
        }
        Map<String, SubmissionPart> parts = new LinkedHashMap<>();
        long declaredTotal = 0;
        for (int i = 0; i < array.size(); i++) {
            SubmissionPart p = part(array.get(i), "submission.parts[" + i + "]");
            if (parts.putIfAbsent(p.name(), p) != null) {
                throw new PackageException("清单 " + MANIFEST + " 中文件 “" + p.name() + "” 出现了两次。" + DAMAGED, MANIFEST);
            }
            declaredTotal += p.size();
            if (declaredTotal > limit) {
                throw new PackageException("清单 " + MANIFEST + " 声明的文件总大小超过 " + size(limit) + " 的上限，"
                        + "可能是恶意构造的压缩包。" + UNSAFE, MANIFEST);
            }
        }
        List<SubmissionPart> list = new ArrayList<>(parts.values());
        if (!SubmissionPart.contentHash(list).equals(contentHash)) {
            throw new PackageException("清单 " + MANIFEST + " 中的内容校验值（contentHash）与其列出的文件校验值不符，"
                    + "清单已被改动或损坏。" + DAMAGED, MANIFEST);
        }
        Submission s;
        try {
            s = new Submission(key, projectId, enterpriseName, creditCode, createdAt, projectUpdatedAt, sourceHash,
                    contentHash, list, SubmissionStatus.PENDING, 0, "", true, null, null, "");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PackageException("清单 " + MANIFEST + " 中的提交信息无效：" + e.getMessage() + "。" + DAMAGED, MANIFEST, e);
        }
        return new Manifest(s, Collections.unmodifiableMap(parts));
    }

    private static SubmissionPart part(JsonNode node, String where) throws PackageException {
        if (node == null || !node.isObject()) {
            throw invalid(where, "不是 JSON 对象");
        }
        String name = text(node, "name", false, where + ".name");
        if (!SubmissionPart.isSafeName(name)) {
            throw invalid(where + ".name", "文件名 “" + printable(name) + "” 不合规（只允许字母、数字、汉字、点、横线、下划线，不能包含路径）");
        }
        String kindText = text(node, "kind", false, where + ".kind");
        SubmissionPart.Kind kind;
        try {
            kind = SubmissionPart.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw invalid(where + ".kind", "“" + printable(kindText) + "” 不是已知的文件类型");
        }
        String mediaType = text(node, "mediaType", false, where + ".mediaType");
        if (mediaType.isBlank()) {
            throw invalid(where + ".mediaType", "为空");
        }
        JsonNode size = node.get("size");
        if (size == null || !size.isIntegralNumber() || !size.canConvertToLong() || size.longValue() < 0) {
            throw invalid(where + ".size", "缺少或不是非负整数");
        }
        String sha = hex(node, "sha256", where + ".sha256");
        return new SubmissionPart(name, kind, mediaType, size.longValue(), sha);
    }

    private static String text(JsonNode node, String field, boolean mayBeEmpty) throws PackageException {
        return text(node, field, mayBeEmpty, "submission." + field);
    }

    private static String text(JsonNode node, String field, boolean mayBeEmpty, String where) throws PackageException {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw invalid(where, "缺少或不是文本");
        }
        if (!mayBeEmpty && v.asText().isEmpty()) {
            throw invalid(where, "为空");
        }
        return v.asText();
    }

    /** An ISO-8601 instant; when {@code nullable}, JSON null (the field must still be present). */
    private static Instant instant(JsonNode node, String field, boolean nullable) throws PackageException {
        String where = "submission." + field;
        JsonNode v = node.get(field);
        if (v == null) {
            throw invalid(where, "缺少");
        }
        if (v.isNull() && nullable) {
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(where, "不是 ISO-8601 时间");
        }
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw invalid(where, "“" + printable(v.asText()) + "” 不是 ISO-8601 时间（如 2026-11-21T08:00:00Z）");
        }
    }

    private static String hex(JsonNode node, String field, String where) throws PackageException {
        String v = text(node, field, false, where);
        if (!HEX64.matcher(v).matches()) {
            throw invalid(where, "不是 64 位小写十六进制 SHA-256");
        }
        return v;
    }

    private static PackageException invalid(String field, String problem) {
        return new PackageException("清单 " + MANIFEST + " 中的字段 " + field + "：" + problem + "。" + DAMAGED, MANIFEST);
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return (bytes >> 30) + " GiB";
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1L << 10));
        }
        return bytes + " 字节";
    }

    /** Lets the zip stream be closed (ending its deflater) without closing the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /** Lets the zip stream be closed (ending its inflater) without closing the caller's stream. */
    private static final class KeepOpenInput extends FilterInputStream {
        KeepOpenInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller's stream stays open
        }
    }
}
