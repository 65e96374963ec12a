package org.energydiag.core.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an attachment's bytes are, judged by their content alone: never by the name or the media
 * type stored with it, which come from whoever wrote the project file (a received project may hold
 * {@code 审计报告.pdf.exe} described as {@code application/pdf}).
 *
 * <p>The allow-list of kinds that may be handed to the system's program, each written under a
 * generated name with the extension of the kind found (so that the system chooses the program by
 * what the file is, not by what it is called):
 * <ul>
 * <li>JPEG ({@code FF D8 FF}) and PNG (its 8-byte signature): photos, shown by the window itself;
 * <li>PDF ({@code %PDF-} within the first 1024 bytes, as {@link EvidenceFile} accepts it);
 * <li>Word {@code .docx} and Excel {@code .xlsx}: a zip (local header at 0, a consistent central
 *     directory at the end) whose directory names {@code [Content_Types].xml} and
 *     {@code word/document.xml} or {@code xl/workbook.xml}, and no macro project
 *     ({@code vbaProject.bin}) and no other program inside.
 * </ul>
 * Everything else is only offered to be saved where the engineer chooses (另存为): Windows programs
 * ({@code MZ}), web pages and scripts ({@code .hta}, {@code .js}, {@code .vbs} …, which are text and
 * cannot be told from a harmless note by their bytes), plain text, other zips, Office 97–2003 files
 * (which may carry macros), and anything not recognised. These are the kinds the application itself
 * accepts as attachments ({@link EvidenceFile}); a file of another kind can only come from a
 * project file written elsewhere.
 */
public final class AttachmentContent {

    /** What a file that is not on the allow-list seems to be, for the message. */
    public enum Other {
        /** A Windows program or library ({@code MZ}). */
        PROGRAM,
        /** Text: a web page, a script ({@code .hta}, {@code .js}, {@code .vbs}, {@code .bat}) or a note. */
        TEXT,
        /** A zip that is not a Word or Excel document, or one with a macro project or a program inside. */
        ARCHIVE,
        /** An Office 97–2003 file (OLE2), which may carry macros. */
        OLD_OFFICE,
        /** Not recognised, or empty. */
        UNKNOWN
    }

    static final int PDF_HEADER_WINDOW = EvidenceFile.PDF_HEADER_WINDOW;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final byte[] ZIP_CENTRAL = {'P', 'K', 1, 2};
    private static final byte[] ZIP_END = {'P', 'K', 5, 6};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Inside an Office document, names that would carry code: a macro project or a program. */
    private static final List<String> CODE_SUFFIXES = List.of("vbaproject.bin", ".exe", ".dll", ".com", ".scr", ".bat", ".cmd",
            ".js", ".vbs", ".hta", ".ps1", ".msi", ".lnk");

    private AttachmentContent() {
    }

    /**
     * The kind of {@code bytes} when it is on the allow-list, else empty.
     */
    public static Optional<EvidenceFile.Type> openable(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Optional.empty();
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of(EvidenceFile.Type.JPEG);
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of(EvidenceFile.Type.PNG);
        }
        if (startsWith(bytes, ZIP_LOCAL)) {
            return office(bytes);
        }
        if (startsWith(bytes, "MZ".getBytes(StandardCharsets.ISO_8859_1))) {
            return Optional.empty(); // a program never opens as a document, whatever it holds further on
        }
        if (indexOf(bytes, PDF, Math.min(bytes.length, PDF_HEADER_WINDOW)) >= 0) {
            return Optional.of(EvidenceFile.Type.PDF);
        }
        return Optional.empty();
    }

    /** What {@code bytes} seem to be when they are not on the allow-list (for the message). */
    public static Other describe(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return Other.UNKNOWN;
        }
        if (startsWith(bytes, "MZ".getBytes(StandardCharsets.ISO_8859_1))) {
            return Other.PROGRAM;
        }
        if (startsWith(bytes, ZIP_LOCAL)) {
            return Other.ARCHIVE;
        }
        if (startsWith(bytes, OLE2)) {
            return Other.OLD_OFFICE;
        }
        return looksLikeText(bytes) ? Other.TEXT : Other.UNKNOWN;
    }

    /** No NUL and few control characters in the first 4 KiB: text of some encoding (UTF-8, GBK, UTF-16 has NULs). */
    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != 0x0C && b != 0x1B) {
                control++;
            }
        }
        return control * 20 < n;
    }

    /** A Word or Excel 2007+ document without code inside, read from the zip's central directory (nothing is inflated). */
    private static Optional<EvidenceFile.Type> office(byte[] bytes) {
        List<String> names = centralDirectory(bytes);
        if (names == null) {
            return Optional.empty();
        }
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        for (String n : names) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (CODE_SUFFIXES.stream().anyMatch(lower::endsWith)) {
                return Optional.empty();
            }
            contentTypes |= n.equals("[Content_Types].xml");
            word |= n.equals("word/document.xml");
            excel |= n.equals("xl/workbook.xml");
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? EvidenceFile.Type.DOCX : EvidenceFile.Type.XLSX);
    }

    /**
     * The entry names of the zip's central directory, or null when the directory is missing,
     * points outside the file, uses zip64 or is otherwise inconsistent.
     */
    static List<String> centralDirectory(byte[] b) {
        int end = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xFFFF); i--) {
            if (b[i] == 'P' && Arrays.equals(b, i, i + 4, ZIP_END, 0, 4)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int count = u16(b, end + 10);
        long size = u32(b, end + 12);
        long offset = u32(b, end + 16);
        if (count == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || offset + size > end) {
            return null; // zip64 (an Office file of less than 50 MB never needs it) or a directory outside the file
        }
        List<String> names = new ArrayList<>(count);
        int p = (int) offset;
        for (int i = 0; i < count; i++) {
            if (p + 46 > end || !Arrays.equals(b, p, p + 4, ZIP_CENTRAL, 0, 4)) {
                return null;
            }
            int nameLength = u16(b, p + 28);
            int extra = u16(b, p + 30);
            int comment = u16(b, p + 32);
            if (p + 46 + nameLength > end) {
                return null;
            }
            names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
            p += 46 + nameLength + extra + comment;
        }
        return names;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int at) {
        return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] bytes, byte[] what, int to) {
        for (int i = 0; i + what.length <= to; i++) {
            if (Arrays.equals(bytes, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        return -1;
    }
}
