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
import org.energydiag.core.text.Texts;

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

    private static final String UNSAFE = Texts.get("submission.unsafe");
    private static final String DAMAGED = Texts.get("submission.damaged");
    private static final String NOT_OURS = Texts.get("submission.notOurs");

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
                throw new IllegalStateException(Texts.format("submission.partMissing", s.key(), p.name(),
                        p.kind().label()));
            }
            if (bytes.length != p.size() || !Hashes.sha256(bytes).equals(p.sha256())) {
                throw new IllegalStateException(Texts.format("submission.partMismatch", s.key(), p.name(),
                        p.kind().label(), p.size(), bytes.length));
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
            throw new IllegalArgumentException(Texts.format("submission.keyNotUuid", s.key()));
        }
        if (s.parts().isEmpty()) {
            throw new IllegalArgumentException(Texts.format("submission.noParts", s.key()));
        }
        if (s.sourceHash() == null || !HEX64.matcher(s.sourceHash()).matches()) {
            throw new IllegalArgumentException(Texts.format("submission.noSourceHash", s.key()));
        }
        if (!SubmissionPart.contentHash(s.parts()).equals(s.contentHash())) {
            throw new IllegalArgumentException(Texts.format("submission.contentHashMismatch", s.key()));
        }
        if (s.totalBytes() > MAX_TOTAL_BYTES) {
            throw new IllegalArgumentException(Texts.format("submission.tooLargeToWrite", s.key(), size(s.totalBytes()),
                    size(MAX_TOTAL_BYTES)));
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
            throw new PackageException(Texts.format("submission.fileNotFound", zip.toString()), null, e);
        } catch (IOException e) {
            throw new PackageException(Texts.format("submission.fileUnreadable", zip.toString(), e.getMessage()), null, e);
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
        Read r = new Reader(maxTotalBytes, null).read(buffered);
        Map<String, byte[]> files = new LinkedHashMap<>();
        r.parts().forEach((name, got) -> files.put(name, got.bytes()));
        return new SubmissionBuilder.Prepared(r.submission(), Collections.unmodifiableMap(files));
    }

    /**
     * A package read with its parts in files (never whole in memory): the submission and, by part
     * name, the file holding the part's checked bytes. Closing it deletes the files.
     */
    public record Spooled(Submission submission, Map<String, Path> files) implements AutoCloseable {
        @Override
        public void close() {
            for (Path f : files.values()) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a temporary file left in the spool folder: swept with it
                }
            }
        }
    }

    /**
     * Reads a package streaming: each part is written to a temporary file in {@code spoolDir} with
     * its size and SHA-256 counted on the way, so memory holds a buffer, not the package. Checked
     * as {@link #read(Path)}; on refusal every file written is deleted.
     */
    public static Spooled readToFiles(Path zip, Path spoolDir) throws PackageException {
        return readToFiles(zip, spoolDir, MAX_TOTAL_BYTES);
    }

    static Spooled readToFiles(Path zip, Path spoolDir, long maxTotalBytes) throws PackageException {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(spoolDir, "spoolDir");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(zip), 64 * 1024)) {
            BufferedInputStream buffered = (BufferedInputStream) in;
            checkSignature(buffered);
            Files.createDirectories(spoolDir);
            Read r = new Reader(maxTotalBytes, spoolDir).read(buffered);
            Map<String, Path> files = new LinkedHashMap<>();
            r.parts().forEach((name, got) -> files.put(name, got.file()));
            return new Spooled(r.submission(), Collections.unmodifiableMap(files));
        } catch (NoSuchFileException e) {
            throw new PackageException(Texts.format("submission.fileNotFound", zip.toString()), null, e);
        } catch (IOException e) {
            throw new PackageException(Texts.format("submission.fileUnreadable", zip.toString(), e.getMessage()), null, e);
        }
    }

    /** One entry as read: its size and SHA-256 counted while reading, its bytes in memory or in a file. */
    private record Got(long size, String sha256, byte[] bytes, Path file) {
        InputStream open() throws IOException {
            return bytes != null ? new java.io.ByteArrayInputStream(bytes) : Files.newInputStream(file);
        }

        void discard() {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // left in the spool folder
                }
            }
        }
    }

    private record Read(Submission submission, Map<String, Got> parts) {
    }

    /** Refuses at once what is not a zip at all (ZipInputStream would just report no entries). */
    private static void checkSignature(BufferedInputStream in) throws PackageException {
        byte[] sig;
        try {
            in.mark(4);
            sig = in.readNBytes(4);
            in.reset();
        } catch (IOException e) {
            throw new PackageException(Texts.format("submission.unreadable", e.getMessage()), null, e);
        }
        if (sig.length == 0) {
            throw new PackageException(Texts.get("submission.emptyFile") + NOT_OURS, null);
        }
        boolean local = sig.length == 4 && sig[0] == 'P' && sig[1] == 'K' && sig[2] == 3 && sig[3] == 4;
        boolean empty = sig.length == 4 && sig[0] == 'P' && sig[1] == 'K' && sig[2] == 5 && sig[3] == 6;
        if (empty) {
            throw new PackageException(Texts.format("submission.emptyZip", MANIFEST) + NOT_OURS, null);
        }
        if (!local) {
            throw new PackageException(Texts.get("submission.notZip") + NOT_OURS, null);
        }
    }

    /** The manifest, checked on its own. */
    private record Manifest(Submission submission, Map<String, SubmissionPart> parts) {
    }

    /** One reading: counts every uncompressed byte against the limit. */
    private static final class Reader {
        private final long limit;
        private final Path spoolDir;
        private long total;
        private final Map<String, Got> found = new LinkedHashMap<>();

        /** @param spoolDir where parts are written (null: kept in memory) */
        Reader(long limit, Path spoolDir) {
            this.limit = limit;
            this.spoolDir = spoolDir;
        }

        Read read(InputStream in) throws PackageException {
            try {
                return readAll(in);
            } catch (PackageException | RuntimeException e) {
                found.values().forEach(Got::discard);
                throw e;
            }
        }

        private Read readAll(InputStream in) throws PackageException {
            Manifest manifest = null;
            Set<String> seen = new HashSet<>();
            try (ZipInputStream zip = new ZipInputStream(new KeepOpenInput(in), StandardCharsets.UTF_8)) {
                for (ZipEntry e; (e = next(zip)) != null; ) {
                    String entry = e.getName();
                    checkName(entry);
                    if (!seen.add(entry)) {
                        throw new PackageException(Texts.format("submission.duplicateEntry", entry) + UNSAFE, entry);
                    }
                    if (entry.equals(MANIFEST)) {
                        byte[] bytes = readEntry(zip, entry, -1, MAX_MANIFEST_BYTES, false).bytes();
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
                        found.put(name, readEntry(zip, entry, declared, Long.MAX_VALUE, spoolDir != null));
                    }
                }
            } catch (IOException e) {
                // only from closing: everything read has been read
                throw damaged(null, Texts.format("submission.zipUnreadable", e.getMessage()), e);
            }
            if (manifest == null) {
                throw new PackageException(Texts.format("submission.noManifest", MANIFEST) + NOT_OURS, MANIFEST);
            }
            Map<String, Got> files = new LinkedHashMap<>();
            for (SubmissionPart p : manifest.parts().values()) {
                String entry = PARTS_DIR + p.name();
                Got got = found.get(p.name());
                if (got == null) {
                    throw damaged(entry, Texts.format("submission.partNotInPackage", entry, p.kind().label()), null);
                }
                if (got.size() > p.size()) {
                    throw tooLarge(entry, p.size());
                }
                if (got.size() < p.size()) {
                    throw damaged(entry, Texts.format("submission.partIncomplete", entry, p.size(), got.size()), null);
                }
                if (!got.sha256().equals(p.sha256())) {
                    throw damaged(entry, Texts.format("submission.partChecksum", entry), null);
                }
                files.put(p.name(), got);
            }
            crossCheck(manifest.submission(), manifest.parts(), files);
            return new Read(manifest.submission(), Collections.unmodifiableMap(files));
        }

        private static ZipEntry next(ZipInputStream zip) throws PackageException {
            try {
                return zip.getNextEntry();
            } catch (IllegalArgumentException e) {
                throw new PackageException(Texts.get("submission.badEntryName") + UNSAFE, null, e);
            } catch (IOException e) {
                throw damaged(null, Texts.format("submission.zipDamaged", e.getMessage()), e);
            }
        }

        /**
         * The bytes of the current entry, stopping at {@code declared + 1} (when the size is
         * declared), at {@code cap + 1}, or as soon as the package would exceed the limit.
         */
        private Got readEntry(ZipInputStream zip, String entry, long declared, long cap, boolean toFile) throws PackageException {
            long max = declared >= 0 ? declared + 1 : cap == Long.MAX_VALUE ? Long.MAX_VALUE : cap + 1;
            Path file = null;
            OutputStream out;
            ByteArrayOutputStream memory = null;
            try {
                if (toFile) {
                    file = Files.createTempFile(spoolDir, ".package-part-", ".tmp");
                    out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
                } else {
                    memory = new ByteArrayOutputStream();
                    out = memory;
                }
            } catch (IOException e) {
                throw new PackageException(Texts.format("submission.spoolFailed", spoolDir, e.getMessage()), entry, e);
            }
            java.security.MessageDigest sha = Hashes.sha256();
            byte[] buf = new byte[64 * 1024];
            long count = 0;
            boolean ok = false;
            try (OutputStream o = out) {
                while (count < max) {
                    long room = Math.min(max - count, limit - total + 1);
                    int n = zip.read(buf, 0, (int) Math.min(buf.length, room));
                    if (n < 0) {
                        break;
                    }
                    count += n;
                    total += n;
                    if (total > limit) {
                        throw new PackageException(Texts.format("submission.zipBomb", size(limit), entry) + UNSAFE, entry);
                    }
                    sha.update(buf, 0, n);
                    try {
                        o.write(buf, 0, n);
                    } catch (IOException e) {
                        throw new PackageException(Texts.format("submission.spoolFailed", spoolDir, e.getMessage()), entry, e);
                    }
                }
                ok = true;
            } catch (ZipException | java.io.EOFException e) {
                throw damaged(entry, Texts.format("submission.entryDamaged", entry, e.getMessage()), e);
            } catch (IOException e) {
                throw damaged(entry, Texts.format("submission.entryReadError", entry, e.getMessage()), e);
            } finally {
                if (!ok && file != null) {
                    new Got(0, "", null, file).discard();
                }
            }
            Got got = new Got(count, java.util.HexFormat.of().formatHex(sha.digest()), memory == null ? null : memory.toByteArray(), file);
            if (declared >= 0 && count > declared) {
                got.discard();
                throw tooLarge(entry, declared);
            }
            if (declared < 0 && count > cap) {
                got.discard();
                throw new PackageException(Texts.format("submission.manifestTooLarge", entry, size(cap)) + NOT_OURS,
                        entry);
            }
            return got;
        }
    }

    /**
     * The manifest's project id, enterprise name and credit code must be those of the project file
     * it carries: read streaming from that part (its attachments are skipped, never held).
     */
    private static void crossCheck(Submission s, Map<String, SubmissionPart> parts, Map<String, Got> files)
            throws PackageException {
        SubmissionPart project = parts.values().stream().filter(p -> p.kind() == SubmissionPart.Kind.PROJECT)
                .findFirst().orElse(null);
        if (project == null && s.kind() == Submission.Kind.FOLLOW_UP) {
            crossCheckFollowUp(s, parts, files);
            return;
        }
        if (project == null) {
            throw new PackageException(Texts.format("submission.noProjectPart", MANIFEST) + NOT_OURS, MANIFEST);
        }
        String entry = PARTS_DIR + project.name();
        String[] found = {null, null, null}; // id, enterprise name, credit code
        try (InputStream in = files.get(project.name()).open();
             JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(in)) {
            if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                throw new PackageException(Texts.format("submission.projectUnreadable", entry) + DAMAGED, entry);
            }
            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("project") && p.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                        String f = p.currentName();
                        p.nextToken();
                        if (f.equals("id") && p.currentToken().isScalarValue()) {
                            found[0] = p.getValueAsString();
                        } else if (f.equals("enterprise") && p.currentToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                            while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                                String g = p.currentName();
                                p.nextToken();
                                if (g.equals("name") && p.currentToken().isScalarValue()) {
                                    found[1] = p.getValueAsString();
                                } else if (g.equals("creditCode") && p.currentToken().isScalarValue()) {
                                    found[2] = p.getValueAsString();
                                } else {
                                    p.skipChildren();
                                }
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren(); // the attachments' base64 among them: skipped, not held
                }
            }
        } catch (IOException e) {
            throw new PackageException(Texts.format("submission.projectUnreadable", entry) + DAMAGED, entry, e);
        }
        mismatch(entry, Texts.get("submission.field.projectId"), s.projectId(), found[0]);
        mismatch(entry, Texts.get("submission.field.enterpriseName"), s.title(), found[1]);
        mismatch(entry, Texts.get("submission.field.creditCode"), s.creditCode(), found[2]);
    }

    /** A follow-up submission: the manifest's ids must be those its follow-up part names (a small JSON). */
    private static void crossCheckFollowUp(Submission s, Map<String, SubmissionPart> parts, Map<String, Got> files)
            throws PackageException {
        SubmissionPart f = parts.values().stream().filter(p -> p.kind() == SubmissionPart.Kind.FOLLOW_UP).findFirst().orElseThrow();
        String entry = PARTS_DIR + f.name();
        com.fasterxml.jackson.databind.JsonNode n;
        try (InputStream in = files.get(f.name()).open()) {
            n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new PackageException(Texts.format("submission.projectUnreadable", entry) + DAMAGED, entry, e);
        }
        if (n == null || !n.isObject()) {
            throw new PackageException(Texts.format("submission.projectUnreadable", entry) + DAMAGED, entry);
        }
        mismatch(entry, Texts.get("submission.field.projectId"), s.projectId(), n.path("projectId").asText(null));
        mismatch(entry, Texts.get("submission.field.enterpriseName"), s.title(), n.path("enterpriseName").asText(null));
        mismatch(entry, Texts.get("submission.field.creditCode"), s.creditCode(), n.path("creditCode").asText(null));
    }

    private static void mismatch(String entry, String label, String manifest, String project) throws PackageException {
        String inProject = project == null ? "" : project;
        if (!Objects.equals(manifest, inProject)) {
            throw new PackageException(Texts.format("submission.manifestMismatch", MANIFEST, label, printable(manifest),
                    entry, printable(inProject)) + UNSAFE, MANIFEST);
        }
    }

    private static SubmissionPart checkListed(Manifest manifest, String name) throws PackageException {
        SubmissionPart p = manifest.parts().get(name);
        if (p == null) {
            String entry = PARTS_DIR + name;
            throw new PackageException(Texts.format("submission.entryNotListed", entry, MANIFEST) + UNSAFE, entry);
        }
        return p;
    }

    private static PackageException tooLarge(String entry, long declared) {
        return damaged(entry, Texts.format("submission.partTooLarge", entry, declared), null);
    }

    /** {@code problem}: a whole sentence, ending with 。 */
    private static PackageException damaged(String entry, String problem, Throwable cause) {
        return new PackageException(problem + DAMAGED, entry, cause);
    }

    /** Refuses unsafe names first (with the reason), then anything but the manifest and parts. */
    private static void checkName(String entry) throws PackageException {
        String reason = null;
        if (entry.isEmpty()) {
            reason = Texts.get("submission.name.empty");
        } else if (entry.startsWith("/") || entry.startsWith("\\")) {
            reason = Texts.get("submission.name.absolute");
        } else if (DRIVE.matcher(entry).matches()) {
            reason = Texts.get("submission.name.drive");
        } else if (entry.contains("\\")) {
            reason = Texts.get("submission.name.backslash");
        } else if (entry.contains("..")) {
            reason = Texts.get("submission.name.dotDot");
        }
        if (reason != null) {
            throw new PackageException(Texts.format("submission.unsafeEntry", printable(entry), reason) + UNSAFE, entry);
        }
        boolean part = entry.startsWith(PARTS_DIR) && SubmissionPart.isSafeName(entry.substring(PARTS_DIR.length()));
        if (!entry.equals(MANIFEST) && !part) {
            throw new PackageException(Texts.format("submission.unexpectedEntry", printable(entry), MANIFEST, PARTS_DIR)
                    + UNSAFE, entry);
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
            throw new PackageException(Texts.format("submission.manifestNotJson", MANIFEST, e.getOriginalMessage())
                    + DAMAGED, MANIFEST, e);
        } catch (IOException e) {
            throw new PackageException(Texts.format("submission.manifestUnreadable", MANIFEST, e.getMessage()) + DAMAGED,
                    MANIFEST, e);
        }
        if (root == null || !root.isObject()) {
            throw new PackageException(Texts.format("submission.manifestNotObject", MANIFEST) + DAMAGED, MANIFEST);
        }
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !FORMAT.equals(format.asText())) {
            throw new PackageException(Texts.format("submission.wrongFormat", MANIFEST, FORMAT,
                    format == null ? Texts.get("submission.formatMissing") : printable(format.toString())) + NOT_OURS,
                    MANIFEST);
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.intValue() < 1) {
            throw invalid("formatVersion", Texts.get("submission.field.notPositiveInteger"));
        }
        if (version.intValue() > FORMAT_VERSION) {
            throw new PackageException(Texts.format("submission.newerVersion", MANIFEST, version.intValue(),
                    FORMAT_VERSION), MANIFEST);
        }
        JsonNode sub = root.get("submission");
        if (sub == null || !sub.isObject()) {
            throw invalid("submission", Texts.get("submission.field.notObject"));
        }
        String key = text(sub, "key", false);
        if (!UUID_TEXT.matcher(key).matches()) {
            throw invalid("submission.key", Texts.get("submission.field.notUuid"));
        }
        String projectId = text(sub, "projectId", false);
        if (projectId.isBlank()) {
            throw invalid("submission.projectId", Texts.get("submission.field.empty"));
        }
        String enterpriseName = text(sub, "enterpriseName", true);
        String creditCode = text(sub, "creditCode", true);
        Instant createdAt = instant(sub, "createdAt", false);
        Instant projectUpdatedAt = instant(sub, "projectUpdatedAt", true);
        String sourceHash = hex(sub, "sourceHash", "submission.sourceHash");
        String contentHash = hex(sub, "contentHash", "submission.contentHash");

        JsonNode array = sub.get("parts");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw invalid("submission.parts", Texts.get("submission.field.notArray"));
        }
        Map<String, SubmissionPart> parts = new LinkedHashMap<>();
        long declaredTotal = 0;
        for (int i = 0; i < array.size(); i++) {
            SubmissionPart p = part(array.get(i), "submission.parts[" + i + "]");
            if (parts.putIfAbsent(p.name(), p) != null) {
                throw new PackageException(Texts.format("submission.partListedTwice", MANIFEST, p.name()) + DAMAGED,
                        MANIFEST);
            }
            declaredTotal += p.size();
            if (declaredTotal > limit) {
                throw new PackageException(Texts.format("submission.declaredTooLarge", MANIFEST, size(limit)) + UNSAFE,
                        MANIFEST);
            }
        }
        List<SubmissionPart> list = new ArrayList<>(parts.values());
        if (!SubmissionPart.contentHash(list).equals(contentHash)) {
            throw new PackageException(Texts.format("submission.contentHashTampered", MANIFEST) + DAMAGED, MANIFEST);
        }
        Submission s;
        try {
            s = new Submission(key, projectId, enterpriseName, creditCode, createdAt, projectUpdatedAt, sourceHash,
                    contentHash, list, SubmissionStatus.PENDING, 0, "", true, null, null, "");
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PackageException(Texts.format("submission.invalidSubmission", MANIFEST, e.getMessage()) + DAMAGED,
                    MANIFEST, e);
        }
        return new Manifest(s, Collections.unmodifiableMap(parts));
    }

    private static SubmissionPart part(JsonNode node, String where) throws PackageException {
        if (node == null || !node.isObject()) {
            throw invalid(where, Texts.get("submission.field.partNotObject"));
        }
        String name = text(node, "name", false, where + ".name");
        if (!SubmissionPart.isSafeName(name)) {
            throw invalid(where + ".name", Texts.format("submission.field.unsafeName", printable(name)));
        }
        String kindText = text(node, "kind", false, where + ".kind");
        SubmissionPart.Kind kind;
        try {
            kind = SubmissionPart.Kind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw invalid(where + ".kind", Texts.format("submission.field.unknownKind", printable(kindText)));
        }
        String mediaType = text(node, "mediaType", false, where + ".mediaType");
        if (mediaType.isBlank()) {
            throw invalid(where + ".mediaType", Texts.get("submission.field.empty"));
        }
        JsonNode size = node.get("size");
        if (size == null || !size.isIntegralNumber() || !size.canConvertToLong() || size.longValue() < 0) {
            throw invalid(where + ".size", Texts.get("submission.field.notNonNegativeInteger"));
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
            throw invalid(where, Texts.get("submission.field.notText"));
        }
        if (!mayBeEmpty && v.asText().isEmpty()) {
            throw invalid(where, Texts.get("submission.field.empty"));
        }
        return v.asText();
    }

    /** An ISO-8601 instant; when {@code nullable}, JSON null (the field must still be present). */
    private static Instant instant(JsonNode node, String field, boolean nullable) throws PackageException {
        String where = "submission." + field;
        JsonNode v = node.get(field);
        if (v == null) {
            throw invalid(where, Texts.get("submission.field.missing"));
        }
        if (v.isNull() && nullable) {
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(where, Texts.get("submission.field.notInstant"));
        }
        try {
            return Instant.parse(v.asText());
        } catch (DateTimeParseException e) {
            throw invalid(where, Texts.format("submission.field.badInstant", printable(v.asText())));
        }
    }

    private static String hex(JsonNode node, String field, String where) throws PackageException {
        String v = text(node, field, false, where);
        if (!HEX64.matcher(v).matches()) {
            throw invalid(where, Texts.get("submission.field.notSha256"));
        }
        return v;
    }

    private static PackageException invalid(String field, String problem) {
        return new PackageException(Texts.format("submission.invalidField", MANIFEST, field, problem) + DAMAGED, MANIFEST);
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return Texts.format("submission.sizeGib", bytes >> 30);
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, Texts.get("submission.sizeMib"), bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, Texts.get("submission.sizeKib"), bytes / (double) (1L << 10));
        }
        return Texts.format("submission.sizeBytes", bytes);
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
