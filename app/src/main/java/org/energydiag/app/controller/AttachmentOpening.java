package org.energydiag.app.controller;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.Optional;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.evidence.AttachmentContent;
import org.energydiag.core.evidence.EvidenceFile;
import org.energydiag.core.io.Hashes;

/**
 * How the window opens an attachment (随附材料 → 查看), decided by the bytes, never by the stored
 * name or media type (see {@link AttachmentContent} for the allow-list):
 * <ul>
 * <li>a JPEG or PNG photo is shown by the window itself;
 * <li>a PDF, Word .docx or Excel .xlsx is written into a private folder under a generated name
 *     ({@code 附件-<first 12 hex digits of its SHA-256>.<extension of the kind found>}) and that copy
 *     is handed to the system's program;
 * <li>anything else is only offered to be saved where the engineer chooses (另存为…), under a
 *     suggested name that keeps no extension of the stored one.
 * </ul>
 * The stored name ({@code 审计报告.pdf.exe}, {@code x.hta}, {@code ../../x}) is never used as a file
 * name here.
 */
public final class AttachmentOpening {

    /** What to do with an attachment's bytes. */
    public sealed interface Decision {
    }

    /** A photo: the window shows it. */
    public record ShowImage(byte[] bytes) implements Decision {
    }

    /** A document on the allow-list, written as {@code file}: hand this file to the system's program. */
    public record OpenCopy(Path file, EvidenceFile.Type type) implements Decision {
    }

    /** Not on the allow-list: only 另存为; {@code reason} says what the file seems to be (Chinese). */
    public record SaveOnly(String reason, String suggestedName) implements Decision {
    }

    private final Path folder;

    /** @param folder where opened copies are written (created when needed; a folder of this user only) */
    public AttachmentOpening(Path folder) {
        this.folder = folder;
    }

    /** A private folder under the system's temporary folder, for the copies opened in this session. */
    public static AttachmentOpening inTemporaryFolder() throws IOException {
        Path dir;
        try {
            dir = Files.createTempDirectory("energydiag-open-",
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) { // Windows: the user's own temporary folder is private already
            dir = Files.createTempDirectory("energydiag-open-");
        }
        dir.toFile().deleteOnExit();
        return new AttachmentOpening(dir);
    }

    /**
     * Decides how to open {@code a} whose stored bytes are {@code bytes}; for a document on the
     * allow-list, writes the copy to open.
     */
    public Decision decide(Attachment a, byte[] bytes) throws IOException {
        Optional<EvidenceFile.Type> type = AttachmentContent.openable(bytes);
        if (type.isEmpty()) {
            String what = Texts.get("evidence.open.kind." + AttachmentContent.describe(bytes).name());
            return new SaveOnly(Texts.format("evidence.open.notOpenable", displayName(a), what), suggestedSaveName(a));
        }
        if (type.get().isImage()) {
            return new ShowImage(bytes);
        }
        return new OpenCopy(writeCopy(bytes, type.get()), type.get());
    }

    /** The generated name of the copy of {@code bytes}: {@code 附件-<12 hex digits>.<ext>}. */
    static String generatedName(byte[] bytes, EvidenceFile.Type type) {
        return Texts.get("evidence.open.copyPrefix") + Hashes.sha256(bytes).substring(0, 12) + "." + type.extension();
    }

    private Path writeCopy(byte[] bytes, EvidenceFile.Type type) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(generatedName(bytes, type));
        if (Files.isRegularFile(target) && Hashes.sha256(Files.readAllBytes(target)).equals(Hashes.sha256(bytes))) {
            return target; // opened before and unchanged (it may still be open in its program)
        }
        if (Files.exists(target)) { // opened before and edited there: a fresh copy beside it
            target = folder.resolve(generatedName(bytes, type).replace("." + type.extension(),
                    "-" + HexFormat.of().toHexDigits((int) System.nanoTime()) + "." + type.extension()));
        }
        Path tmp = Files.createTempFile(folder, "part-", ".tmp");
        try {
            Files.write(tmp, bytes, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        target.toFile().deleteOnExit();
        return target;
    }

    /**
     * The name offered in 另存为: the stored name's last part without path, control or reserved
     * characters, its dots turned into {@code _}, with {@code .bin} appended, so that saving it
     * as suggested never makes a program or a script ({@code 审计报告.pdf.exe} → {@code 审计报告_pdf_exe.bin}).
     */
    public static String suggestedSaveName(Attachment a) {
        String n = a.fileName();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        n = n.substring(slash + 1);
        n = clean(n).replaceAll("[<>:\"|?*]", "").replace('.', '_').strip();
        n = n.replaceAll("^_+", "");
        if (n.isEmpty()) {
            n = Texts.get("evidence.open.unnamed");
        }
        if (n.length() > 80) {
            n = n.substring(0, 80);
        }
        return n + ".bin";
    }

    /** Writes {@code bytes} to {@code target}, which the engineer chose in 另存为 (a temporary file there, then renamed). */
    public static void saveAs(byte[] bytes, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".energydiag-", ".part");
        try {
            Files.write(tmp, bytes, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The name as shown in a message: without control and bidirectional-override characters (which can hide an extension). */
    private static String displayName(Attachment a) {
        return a.caption().isBlank() ? clean(a.fileName()) : Texts.format("evidence.open.named", clean(a.caption()), clean(a.fileName()));
    }

    private static String clean(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "");
    }
}
