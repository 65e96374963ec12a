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
import org.energydiag.core.project.DiagnosisProject;

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

    /** Serialises the project with the file envelope. */
    public static byte[] toBytes(DiagnosisProject project, String generator, Instant exportedAt) {
        ObjectMapper m = ProjectJson.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", ProjectJson.MODEL_VERSION);
        root.put("generator", generator);
        root.put("exportedAt", exportedAt.toString());
        root.set("project", ProjectJson.toTree(project));
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
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProjectFileException("文件 " + file.getFileName() + " 过大（超过 512 MB），不是有效的项目文件。");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException("找不到文件：" + file, e);
        } catch (IOException e) {
            throw new ProjectFileException("无法读取文件 " + file + "：" + e.getMessage(), e);
        }
        try {
            return parse(bytes);
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
        if (!isUtf8(bytes)) {
            throw new ProjectFileException("不是 EnergyDiag 项目文件（内容不是 UTF-8 文本，可能是其他格式或已损坏）。");
        }
        JsonNode root;
        try {
            root = ProjectJson.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(ProjectJson.describeSyntax(e), e);
        } catch (IOException e) {
            throw new ProjectFileException("无法读取：" + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new ProjectFileException("不是 EnergyDiag 项目文件（缺少 \"format\": \"" + FORMAT + "\"）。");
        }
        JsonNode v = root.get("formatVersion");
        if (v == null || !v.canConvertToInt()) {
            throw new ProjectFileException("缺少格式版本（formatVersion），文件可能已损坏。");
        }
        int version = v.asInt();
        if (version > ProjectJson.MODEL_VERSION) {
            throw new ProjectFileException("该文件由较新版本的 EnergyDiag 导出（格式版本 " + version
                    + "），本程序只支持到版本 " + ProjectJson.MODEL_VERSION + "。请升级 EnergyDiag 后再导入；"
                    + "现有数据未做任何改动。");
        }
        return ProjectJson.fromTree(root.get("project"), version, "project.");
    }
}
