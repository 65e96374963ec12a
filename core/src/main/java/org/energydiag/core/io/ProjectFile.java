package org.energydiag.core.io;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.text.Texts;

/**
 * The {@code .edproj} exchange file: UTF-8 JSON
 * {@code {"format":"energydiag-project","formatVersion":1,"generator":…,"exportedAt":…,"project":{…}}}.
 * Writing is atomic (temporary file, fsync, rename), so an interrupted export never leaves a
 * half-written file under the target name, and streams (one attachment's bytes in memory at a
 * time). Reading is strict and streaming ({@link ProjectFileReader}, limits in
 * {@link ProjectFileLimits}) and checks everything before returning, so a caller that stores the
 * result only after {@link #read} returns never stores a partial project.
 */
public final class ProjectFile {

    public static final String FORMAT = "energydiag-project";
    public static final String EXTENSION = ".edproj";
    /** Largest file accepted: see {@link ProjectFileLimits}. */
    static final long MAX_BYTES = ProjectFileLimits.MAX_FILE_BYTES;

    private ProjectFile() {
    }

    /** Where the bytes of a project's attachments come from when writing a file (one at a time). */
    @FunctionalInterface
    public interface Blobs {
        Optional<byte[]> get(String attachmentId, Attachment.Blob blob);

        Blobs NONE = (id, b) -> java.util.Optional.empty();
    }

    /** The bytes of one attachment read from a file: a temporary file, its length and SHA-256. */
    public record BlobFile(Path file, long size, String sha256) {
        public byte[] bytes() throws IOException {
            return Files.readAllBytes(file);
        }
    }

    /**
     * A project file's content: the project, the bytes of its attachments (id → kind → temporary
     * file, each checked against its SHA-256 and the project's record) and notices for the user
     * (fields of an older format this program does not know, ignored). Close it to delete the
     * temporary files.
     */
    public record Contents(DiagnosisProject project, Map<String, Map<Attachment.Blob, BlobFile>> blobs,
                           List<String> notices, Path tempDir) implements AutoCloseable {

        public Contents {
            blobs = Collections.unmodifiableMap(blobs);
            notices = List.copyOf(notices);
        }

        /** The bytes of one attachment, read from its temporary file. */
        public Optional<byte[]> bytes(String attachmentId, Attachment.Blob kind) {
            BlobFile f = blobs.getOrDefault(attachmentId, Map.of()).get(kind);
            if (f == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(f.bytes());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** The temporary files of the attachments: id → kind → file. */
        public Map<String, Map<Attachment.Blob, Path>> files() {
            Map<String, Map<Attachment.Blob, Path>> out = new java.util.LinkedHashMap<>();
            blobs.forEach((id, kinds) -> {
                Map<Attachment.Blob, Path> m = new java.util.EnumMap<>(Attachment.Blob.class);
                kinds.forEach((k, f) -> m.put(k, f.file()));
                out.put(id, m);
            });
            return out;
        }

        /** These bytes as the source of a written file or a document. */
        public Blobs asBlobs() {
            return this::bytes;
        }

        @Override
        public void close() {
            deleteTree(tempDir);
        }
    }

    static void deleteTree(Path dir) {
        OwnedTempDirs.delete(dir);
    }

    /**
     * Removes the temporary folders of project files read by processes that have ended (a reader
     * killed while it decoded attachments leaves its folder behind); folders of live readers stay.
     * Run at the start of every writer.
     *
     * @return how many were removed
     */
    public static int sweepStaleReads(java.time.Instant now) {
        return OwnedTempDirs.sweepStale(null, ProjectFileReader.TEMP_PREFIX, now);
    }

    /** Serialises the project with the file envelope (without attachment bytes). */
    public static byte[] toBytes(DiagnosisProject project, String generator, Instant exportedAt) {
        return toBytes(project, generator, exportedAt, Blobs.NONE);
    }

    /**
     * Serialises the project and the bytes of its attachments (base64, each with its SHA-256), so
     * the photos and documents travel with the project. For files use {@link #write}, which
     * streams to disk.
     *
     * @throws IllegalStateException when the bytes of a listed attachment are missing
     */
    public static byte[] toBytes(DiagnosisProject project, String generator, Instant exportedAt, Blobs blobs) {
        var buf = new java.io.ByteArrayOutputStream();
        try {
            writeTo(buf, project, generator, exportedAt, blobs);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toByteArray();
    }

    /**
     * Writes the file's JSON to {@code out} as it goes: the project, then each attachment's bytes
     * (fetched one at a time from {@code blobs}) as base64 with its SHA-256.
     *
     * @throws IllegalStateException when the bytes of a listed attachment are missing
     */
    public static void writeTo(OutputStream out, DiagnosisProject project, String generator, Instant exportedAt, Blobs blobs)
            throws IOException {
        ObjectMapper m = ProjectJson.mapper();
        try (JsonGenerator g = m.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setCodec(m);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("formatVersion", ProjectJson.MODEL_VERSION);
            g.writeStringField("generator", generator);
            g.writeStringField("exportedAt", exportedAt.toString());
            g.writeFieldName("project");
            m.writeTree(g, ProjectJson.toTree(project));
            var attachments = project.site().attachments();
            if (!attachments.isEmpty()) {
                g.writeArrayFieldStart("attachments");
                for (var a : attachments) {
                    for (var kind : Attachment.Blob.values()) {
                        var bytes = blobs.get(a.id(), kind);
                        if (bytes.isEmpty()) {
                            if (kind == Attachment.Blob.STORED) {
                                throw new IllegalStateException(Texts.format("io.exportBlobMissing", a.fileName()));
                            }
                            continue;
                        }
                        g.writeStartObject();
                        g.writeStringField("id", a.id());
                        g.writeStringField("kind", kind.name());
                        g.writeStringField("sha256", Hashes.sha256(bytes.get()));
                        g.writeFieldName("data");
                        g.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, bytes.get(), 0, bytes.get().length);
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    public static void write(DiagnosisProject project, Path target, String generator, Instant exportedAt)
            throws IOException {
        write(project, target, generator, exportedAt, Blobs.NONE);
    }

    /** Writes the file atomically, streaming: no more than one attachment's bytes in memory at a time. */
    public static void write(DiagnosisProject project, Path target, String generator, Instant exportedAt, Blobs blobs)
            throws IOException {
        writeAtomically(target, out -> writeTo(out, project, generator, exportedAt, blobs));
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes bytes to a temporary sibling, forces them to disk, then renames over the target. */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        writeAtomically(target, out -> out.write(bytes));
    }

    /** Streams content to a temporary sibling, forces it to disk, then renames over the target. */
    public static void writeAtomically(Path target, Writer content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch), 64 * 1024)) {
                content.writeTo(out);
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
        try (Contents c = readContents(file)) {
            return c.project();
        }
    }

    /**
     * Reads a project file strictly and streaming ({@link ProjectFileLimits}) with the bytes of its
     * attachments in temporary files, each checked against its SHA-256; close the result.
     */
    public static Contents readContents(Path file) throws ProjectFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ProjectFileException(Texts.format("io.tooLarge", file.getFileName(), MAX_BYTES / (1024 * 1024)));
            }
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(Texts.format("io.notFound", file), e);
        } catch (IOException e) {
            throw new ProjectFileException(Texts.format("io.cannotReadFile", file, e.getMessage()), e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(Texts.format("io.notFound", file), e);
        } catch (IOException e) {
            throw new ProjectFileException(Texts.format("io.cannotReadFile", file, e.getMessage()), e);
        } catch (ProjectFileException e) {
            throw new ProjectFileException(file.getFileName() + "：" + e.getMessage(), e);
        }
    }

    /** Reads a project file's content from a stream (read once, to its end); close the result. */
    public static Contents read(InputStream in) throws ProjectFileException {
        return ProjectFileReader.read(in);
    }

    public static DiagnosisProject parse(byte[] bytes) throws ProjectFileException {
        try (Contents c = parseContents(bytes)) {
            return c.project();
        }
    }

    public static Contents parseContents(byte[] bytes) throws ProjectFileException {
        return read(new java.io.ByteArrayInputStream(bytes));
    }
}
