package org.energydiag.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.text.Texts;

/**
 * The {@code .edproj} exchange file: UTF-8 JSON
 * {@code {"format":"energydiag-project","formatVersion":1,"generator":…,"exportedAt":…,"project":{…}}}.
 * Writing is atomic (temporary file, fsync, rename), so an interrupted export never leaves a
 * half-written file under the target name. Reading checks everything before returning, so a
 * caller that stores the result only after {@link #read} returns never stores a partial project.
 */
public final class ProjectFile {

    public static final String FORMAT = "energydiag-project";
    public static final String EXTENSION = ".edproj";
    /** Largest file accepted; a project without meter data is a few hundred kB. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    private ProjectFile() {
    }

    /** Where the bytes of a project's attachments come from when writing a file. */
    @FunctionalInterface
    public interface Blobs {
        Optional<byte[]> get(String attachmentId, Attachment.Blob blob);

        Blobs NONE = (id, b) -> java.util.Optional.empty();
    }

    /** A project file's content: the project and the bytes of its attachments (id → kind → bytes). */
    public record Contents(DiagnosisProject project,
                           Map<String, Map<Attachment.Blob, byte[]>> blobs) {
    }

    /** Serialises the project with the file envelope (without attachment bytes). */
    public static byte[] toBytes(DiagnosisProject project, String generator, Instant exportedAt) {
        return toBytes(project, generator, exportedAt, Blobs.NONE);
    }

    /**
     * Serialises the project and the bytes of its attachments (base64, each with its SHA-256), so
     * the photos and documents travel with the project.
     *
     * @throws IllegalStateException when the bytes of a listed attachment are missing
     */
    public static byte[] toBytes(DiagnosisProject project, String generator, Instant exportedAt, Blobs blobs) {
        ObjectMapper m = ProjectJson.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", ProjectJson.MODEL_VERSION);
        root.put("generator", generator);
        root.put("exportedAt", exportedAt.toString());
        root.set("project", ProjectJson.toTree(project));
        var attachments = project.site().attachments();
        if (!attachments.isEmpty()) {
            var arr = root.putArray("attachments");
            Base64.Encoder b64 = Base64.getEncoder();
            for (var a : attachments) {
                for (var kind : Attachment.Blob.values()) {
                    var bytes = blobs.get(a.id(), kind);
                    if (bytes.isEmpty()) {
                        if (kind == Attachment.Blob.STORED) {
                            throw new IllegalStateException(Texts.format("io.exportBlobMissing", a.fileName()));
                        }
                        continue;
                    }
                    var o = arr.addObject();
                    o.put("id", a.id());
                    o.put("kind", kind.name());
                    o.put("sha256", Hashes.sha256(bytes.get()));
                    o.put("data", b64.encodeToString(bytes.get()));
                }
            }
        }
        try {
            return m.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(DiagnosisProject project, Path target, String generator, Instant exportedAt)
            throws IOException {
        writeAtomically(target, toBytes(project, generator, exportedAt));
    }

    public static void write(DiagnosisProject project, Path target, String generator, Instant exportedAt, Blobs blobs)
            throws IOException {
        writeAtomically(target, toBytes(project, generator, exportedAt, blobs));
    }

    /** Writes bytes to a temporary sibling, forces them to disk, then renames over the target. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                out.write(bytes);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Reads and checks a project file; the message of the exception is for the user. */
    public static DiagnosisProject read(Path file) throws ProjectFileException {
        return readContents(file).project();
    }

    /** Reads a project file with the bytes of its attachments, each checked against its SHA-256. */
    public static Contents readContents(Path file) throws ProjectFileException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProjectFileException(Texts.format("io.tooLarge", file.getFileName()));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(Texts.format("io.notFound", file), e);
        } catch (IOException e) {
            throw new ProjectFileException(Texts.format("io.cannotReadFile", file, e.getMessage()), e);
        }
        try {
            return parseContents(bytes);
        } catch (ProjectFileException e) {
            throw new ProjectFileException(file.getFileName() + "：" + e.getMessage(), e);
        }
    }

    /**
     * True for UTF-8 text; a file cut inside its last character still counts (it is reported as
     * truncated JSON with the position, which is what happened to it).
     */
    static boolean isUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return true;
        }
        return result.isMalformed() && in.position() + result.length() >= bytes.length && bytes.length - in.position() <= 3;
    }

    public static DiagnosisProject parse(byte[] bytes) throws ProjectFileException {
        return parseContents(bytes).project();
    }

    public static Contents parseContents(byte[] bytes) throws ProjectFileException {
        if (!isUtf8(bytes)) {
            throw new ProjectFileException(Texts.get("io.notUtf8"));
        }
        JsonNode root;
        try {
            root = ProjectJson.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(ProjectJson.describeSyntax(e), e);
        } catch (IOException e) {
            throw new ProjectFileException(Texts.format("io.cannotRead", e.getMessage()), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new ProjectFileException(Texts.format("io.notProjectFile", FORMAT));
        }
        JsonNode v = root.get("formatVersion");
        if (v == null || !v.canConvertToInt()) {
            throw new ProjectFileException(Texts.get("io.noFormatVersion"));
        }
        int version = v.asInt();
        if (version > ProjectJson.MODEL_VERSION) {
            throw new ProjectFileException(Texts.format("io.fileTooNew", version, ProjectJson.MODEL_VERSION));
        }
        DiagnosisProject project = ProjectJson.fromTree(root.get("project"), version, "project.");
        return new Contents(project, blobs(root.get("attachments"), project));
    }

    private static Map<String, Map<Attachment.Blob, byte[]>> blobs(
            JsonNode arr, DiagnosisProject project) throws ProjectFileException {
        var out = new HashMap<String, Map<Attachment.Blob, byte[]>>();
        if (arr != null && arr.isArray()) {
            Base64.Decoder b64 = Base64.getDecoder();
            int i = 0;
            for (JsonNode o : arr) {
                String where = "attachments[" + i++ + "]";
                Attachment.Blob kind;
                byte[] data;
                try {
                    kind = Attachment.Blob.valueOf(o.path("kind").asText());
                    data = b64.decode(o.path("data").asText(""));
                } catch (IllegalArgumentException e) {
                    throw new ProjectFileException(Texts.format("io.attachmentFormat", where), e);
                }
                if (!Hashes.sha256(data).equals(o.path("sha256").asText())) {
                    throw new ProjectFileException(Texts.format("io.attachmentChecksum", where, o.path("id").asText()));
                }
                out.computeIfAbsent(o.path("id").asText(), k -> new EnumMap<>(Attachment.Blob.class))
                        .put(kind, data);
            }
        }
        for (var a : project.site().attachments()) {
            var b = out.get(a.id());
            byte[] stored = b == null ? null : b.get(Attachment.Blob.STORED);
            if (stored == null) {
                throw new ProjectFileException(Texts.format("io.attachmentMissing", a.fileName()));
            }
            if (!Hashes.sha256(stored).equals(a.sha256())) {
                throw new ProjectFileException(Texts.format("io.attachmentMismatch", a.fileName()));
            }
        }
        return out;
    }
}
