package org.energydiag.core.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.energydiag.core.text.Texts;

/**
 * Checks a file the engineer attaches as evidence (a photo of a nameplate or meter, a scanned
 * document, a spreadsheet) before it is stored: the extension must be one we accept and the content
 * must really be of that kind, so that a renamed, empty, oversized, truncated or damaged file is
 * refused at once with a message the engineer can act on, instead of failing later in a report.
 */
public final class EvidenceFile {

    /** Largest accepted file: 50 MiB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** How far into a PDF the {@code %PDF-} header may start (PDF readers tolerate leading junk). */
    static final int PDF_HEADER_WINDOW = 1024;

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] ZIP_END_MAGIC = {'P', 'K', 5, 6};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private EvidenceFile() {
    }

    /** The kinds of evidence file accepted, with their media type and the extension they are stored under. */
    public enum Type {
        /** JPEG photo ({@code .jpg} or {@code .jpeg}). */
        JPEG("image/jpeg", "jpg", Texts.get("evidence.typeJpeg")),
        /** PNG image, e.g. a screenshot. */
        PNG("image/png", "png", Texts.get("evidence.typePng")),
        /** PDF document, e.g. a scanned bill or certificate. */
        PDF("application/pdf", "pdf", Texts.get("evidence.typePdf")),
        /** Excel 2007+ workbook. */
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", Texts.get("evidence.typeXlsx")),
        /** Word 2007+ document. */
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", Texts.get("evidence.typeDocx"));

        private final String mediaType;
        private final String extension;
        private final String label;

        Type(String mediaType, String extension, String label) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.label = label;
        }

        /** The IANA media type, e.g. {@code image/jpeg}. */
        public String mediaType() {
            return mediaType;
        }

        /** The canonical extension without the dot, lower case, e.g. {@code jpg}. */
        public String extension() {
            return extension;
        }

        /** What the engineer calls it, in Chinese, e.g. {@code PNG 图片}. */
        public String label() {
            return label;
        }

        /** True for photos and images (JPEG, PNG), which are normalized and shown as thumbnails. */
        public boolean isImage() {
            return this == JPEG || this == PNG;
        }
    }

    /**
     * The type of an evidence file, from its extension, after checking that the content matches.
     *
     * @param fileName the name the engineer chose (a path is allowed; only the last part is used)
     * @param bytes the whole content
     * @throws EvidenceException, with a Chinese message naming the file, when the extension is not
     *     accepted, the file is empty or larger than {@link #MAX_BYTES}, the content is not of the
     *     kind the extension says, or the document is truncated or damaged
     */
    public static Type detect(String fileName, byte[] bytes) throws EvidenceException {
        String name = baseName(fileName);
        Type type = byExtension(name);
        requireSize(name, bytes == null ? 0 : bytes.length);
        switch (type) {
            case JPEG -> requireMagic(name, bytes, type, JPEG_MAGIC);
            case PNG -> requireMagic(name, bytes, type, PNG_MAGIC);
            case PDF -> {
                if (indexOf(bytes, PDF_MAGIC, 0, Math.min(bytes.length, PDF_HEADER_WINDOW)) < 0) {
                    throw mismatch(name, bytes, type);
                }
            }
            case XLSX -> requireOfficeZip(name, bytes, type, "xl/workbook.xml");
            case DOCX -> requireOfficeZip(name, bytes, type, "word/document.xml");
            default -> throw new IllegalStateException(type.name());
        }
        return type;
    }

    /**
     * Checks the size alone, so a caller can refuse a file before reading it into memory.
     *
     * @throws EvidenceException when the file is empty or larger than {@link #MAX_BYTES}
     */
    public static void requireSize(String fileName, long size) throws EvidenceException {
        String name = baseName(fileName);
        if (size <= 0) {
            throw new EvidenceException(Texts.format("evidence.empty", name));
        }
        if (size > MAX_BYTES) {
            throw new EvidenceException(String.format(Locale.ROOT, Texts.get("evidence.tooLarge"), name,
                    size / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
        }
    }

    private static Type byExtension(String name) throws EvidenceException {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        switch (ext) {
            case "jpg", "jpeg" -> {
                return Type.JPEG;
            }
            case "png" -> {
                return Type.PNG;
            }
            case "pdf" -> {
                return Type.PDF;
            }
            case "xlsx" -> {
                return Type.XLSX;
            }
            case "docx" -> {
                return Type.DOCX;
            }
            default -> {
                String what = ext.isEmpty() ? Texts.get("evidence.noExtension") : Texts.format("evidence.extensionRefused", ext);
                String hint = switch (ext) {
                    case "heic", "heif" -> Texts.get("evidence.hintHeic");
                    case "xls", "doc" -> Texts.get("evidence.hintOldOffice");
                    default -> Texts.get("evidence.hintConvert");
                };
                throw new EvidenceException(Texts.format("evidence.unsupported", name, what, hint));
            }
        }
    }

    private static void requireMagic(String name, byte[] bytes, Type type, byte[] magic) throws EvidenceException {
        if (!startsWith(bytes, magic)) {
            throw mismatch(name, bytes, type);
        }
    }

    private static void requireOfficeZip(String name, byte[] bytes, Type type, String mainPart) throws EvidenceException {
        if (!startsWith(bytes, ZIP_MAGIC)) {
            if (startsWith(bytes, OLE2_MAGIC)) {
                throw new EvidenceException(Texts.format("evidence.oldOfficeOrPassword", name, type.label(), type.extension()));
            }
            throw mismatch(name, bytes, type);
        }
        if (!hasEndOfCentralDirectory(bytes)) {
            throw truncated(name);
        }
        boolean contentTypes = false;
        boolean main = false;
        boolean otherOffice = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buffer = new byte[8192];
            ZipEntry entry;
            while (!(contentTypes && main) && (entry = zip.getNextEntry()) != null) {
                String n = entry.getName();
                contentTypes |= n.equals(CONTENT_TYPES);
                main |= n.equals(mainPart);
                otherOffice |= n.equals("xl/workbook.xml") || n.equals("word/document.xml");
                drain(zip, buffer); // reads (and so checks) the entry's data
            }
        } catch (IOException e) {
            throw truncated(name, e);
        }
        if (!(contentTypes && main)) {
            String seems = otherOffice && contentTypes
                    ? Texts.format("evidence.seemsOtherOffice", (type == Type.XLSX ? Type.DOCX : Type.XLSX).label()) : "";
            throw new EvidenceException(Texts.format("evidence.notOfficeType", name, type.label(), seems, type.extension()));
        }
    }

    private static void drain(InputStream in, byte[] buffer) throws IOException {
        while (in.read(buffer) >= 0) {
            // discard
        }
    }

    /** A zip always ends with its end-of-central-directory record (22 bytes plus a comment of at most 64 KiB). */
    private static boolean hasEndOfCentralDirectory(byte[] bytes) {
        int from = Math.max(0, bytes.length - 22 - 0xFFFF);
        for (int i = bytes.length - 22; i >= from; i--) {
            if (bytes[i] == 'P' && regionMatches(bytes, i, ZIP_END_MAGIC)) {
                return true;
            }
        }
        return false;
    }

    private static EvidenceException truncated(String name) {
        return new EvidenceException(Texts.format("evidence.truncated", name));
    }

    private static EvidenceException truncated(String name, IOException cause) {
        return new EvidenceException(Texts.format("evidence.damaged", name), cause);
    }

    private static EvidenceException mismatch(String name, byte[] bytes, Type expected) {
        Type actual = sniff(bytes);
        String seems = actual != null && actual != expected
                ? Texts.format("evidence.seemsOther", actual.label(), actual.extension()) : "";
        return new EvidenceException(Texts.format("evidence.mismatch", name, expected.label(), seems,
                seems.isEmpty() ? Texts.get("evidence.mismatchHint") : ""));
    }

    /** A guess from the first bytes, for the message only; xlsx and docx are not told apart here. */
    private static Type sniff(byte[] bytes) {
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Type.JPEG;
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Type.PNG;
        }
        if (indexOf(bytes, PDF_MAGIC, 0, Math.min(bytes.length, PDF_HEADER_WINDOW)) >= 0) {
            return Type.PDF;
        }
        return null;
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Texts.get("evidence.unnamed");
        }
        String n = fileName.strip();
        int slash = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return slash >= 0 && slash < n.length() - 1 ? n.substring(slash + 1) : n;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && regionMatches(bytes, 0, prefix);
    }

    private static boolean regionMatches(byte[] bytes, int at, byte[] what) {
        return Arrays.equals(bytes, at, at + what.length, what, 0, what.length);
    }

    /** First index in {@code [from, to)} where {@code what} starts and ends before {@code to}, or -1. */
    private static int indexOf(byte[] bytes, byte[] what, int from, int to) {
        for (int i = from; i + what.length <= to; i++) {
            if (regionMatches(bytes, i, what)) {
                return i;
            }
        }
        return -1;
    }
}
