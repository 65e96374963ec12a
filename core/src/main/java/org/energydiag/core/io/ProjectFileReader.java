package org.energydiag.core.io;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.evidence.EvidenceFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.text.Texts;

/**
 * Reads one {@code .edproj} stream strictly, token by token (the limits are those of
 * {@link ProjectFileLimits}): exactly one JSON object and nothing after it, no duplicate keys, every
 * number finite and in its field's range, ids and attachment metadata checked, unknown fields
 * reported by path (refused in a file of this program's format version). Attachment bytes are
 * base64-decoded straight into temporary files while their SHA-256 is computed, so neither the
 * file nor an attachment is ever held as one string.
 */
final class ProjectFileReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ProjectFileLimits.MAX_DEPTH)
                    .maxNumberLength(ProjectFileLimits.MAX_NUMBER_CHARS)
                    .maxStringLength(ProjectFileLimits.MAX_STRING_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final JsonParser p;
    /** The path of the value being read: field names (String) and array indexes (Integer). */
    private final List<Object> path = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final Map<String, Map<Attachment.Blob, ProjectFile.BlobFile>> blobs = new LinkedHashMap<>();
    private final Map<String, String> blobPaths = new LinkedHashMap<>();
    private Path tempDir;

    /** The temporary folders of attachments being read (see {@link OwnedTempDirs}). */
    static final String TEMP_PREFIX = "energydiag-import-";
    private long projectStart = -1;
    private int nodes;
    private int entries;

    private ProjectFileReader(JsonParser p) {
        this.p = p;
    }

    /** Reads a whole stream; on failure every temporary file is gone again. */
    static ProjectFile.Contents read(InputStream in) throws ProjectFileException {
        ProjectFileReader r = null;
        try (JsonParser parser = FACTORY.createParser(in)) {
            r = new ProjectFileReader(parser);
            ProjectFile.Contents c = r.readFile();
            r = null; // the contents own the temporary files now
            return c;
        } catch (IOException e) { // closing the parser
            throw new ProjectFileException(Texts.format("io.cannotRead", e.getMessage()), e);
        } finally {
            if (r != null) {
                OwnedTempDirs.delete(r.tempDir);
            }
        }
    }

    private ProjectFile.Contents readFile() throws ProjectFileException {
        String format = null;
        Integer version = null;
        ObjectNode project = null;
        try {
            JsonToken t;
            try {
                t = p.nextToken();
            } catch (JsonProcessingException e) {
                throw new ProjectFileException(Texts.format("io.notProjectFile", ProjectFile.FORMAT), e);
            }
            if (t != JsonToken.START_OBJECT) {
                throw new ProjectFileException(Texts.format("io.notProjectFile", ProjectFile.FORMAT));
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                path.add(name);
                JsonToken v = p.nextToken();
                switch (name) {
                    case "format" -> format = text(v);
                    case "formatVersion" -> {
                        if (v != JsonToken.VALUE_NUMBER_INT) {
                            throw new ProjectFileException(Texts.get("io.noFormatVersion"));
                        }
                        BigDecimal d = p.getDecimalValue();
                        if (d.compareTo(BigDecimal.valueOf(ProjectJson.MODEL_VERSION)) > 0) {
                            throw new ProjectFileException(Texts.format("io.fileTooNew", d.toPlainString(), ProjectJson.MODEL_VERSION));
                        }
                        if (d.signum() <= 0) {
                            throw new ProjectFileException(Texts.format("io.numberOutOfRange", "formatVersion", d.toPlainString(),
                                    "1 ~ " + ProjectJson.MODEL_VERSION));
                        }
                        version = d.intValue();
                    }
                    case "generator", "exportedAt" -> text(v);
                    case "project" -> {
                        if (v != JsonToken.START_OBJECT) {
                            throw new ProjectFileException(Texts.format("io.noProject", "project"));
                        }
                        projectStart = p.currentTokenLocation().getByteOffset();
                        project = (ObjectNode) value(v);
                        projectStart = -1;
                    }
                    case "attachments" -> attachments(v);
                    default -> {
                        unknown.add(pathText());
                        p.skipChildren();
                    }
                }
                path.remove(path.size() - 1);
            }
            if (t != JsonToken.END_OBJECT) {
                throw truncated(null);
            }
            trailing();
        } catch (StreamConstraintsException e) {
            throw new ProjectFileException(constraint(e), e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(syntax(e), e);
        } catch (IOException e) {
            throw new ProjectFileException(Texts.format("io.cannotRead", e.getMessage()), e);
        }
        if (!ProjectFile.FORMAT.equals(format)) {
            throw new ProjectFileException(Texts.format("io.notProjectFile", ProjectFile.FORMAT));
        }
        if (version == null) {
            throw new ProjectFileException(Texts.get("io.noFormatVersion"));
        }
        if (project == null) {
            throw new ProjectFileException(Texts.format("io.noProject", "project"));
        }
        List<String> notices = new ArrayList<>();
        boolean strict = version == ProjectJson.MODEL_VERSION;
        DiagnosisProject dp = ProjectJson.fromTreeReporting(project, version, "project.", unknown);
        if (!unknown.isEmpty()) {
            String list = String.join("、", unknown.subList(0, Math.min(10, unknown.size())))
                    + (unknown.size() > 10 ? Texts.format("io.andMore", unknown.size() - 10) : "");
            if (strict) {
                throw new ProjectFileException(Texts.format("io.unknownField", list));
            }
            notices.add(Texts.format("io.unknownFieldNotice", list));
        }
        if (!ProjectFileLimits.safeId(dp.id())) {
            throw new ProjectFileException(Texts.format("io.safeIdInvalid", "project.id", shown(dp.id()), ProjectFileLimits.MAX_SAFE_ID_CHARS));
        }
        checkAttachments(dp);
        return new ProjectFile.Contents(dp, blobs, notices, tempDir);
    }

    /** After the root object: only white space. */
    private void trailing() throws ProjectFileException {
        JsonLocation end = p.currentLocation();
        JsonToken extra;
        try {
            extra = p.nextToken();
        } catch (IOException e) {
            extra = JsonToken.NOT_AVAILABLE;
        }
        if (extra != null) {
            throw new ProjectFileException(Texts.format("io.trailingData",
                    Texts.format("io.syntaxPosition", end.getLineNr(), end.getColumnNr())));
        }
    }

    private String text(JsonToken v) throws IOException, ProjectFileException {
        if (v != JsonToken.VALUE_STRING) {
            if (v == JsonToken.START_ARRAY || v == JsonToken.START_OBJECT) {
                p.skipChildren();
            }
            throw new ProjectFileException(Texts.format("io.fieldType", pathText(), Texts.get("io.typeText")));
        }
        return p.getText();
    }

    /** One value as a tree node, checking it on the way; {@code t} is its first token. */
    private JsonNode value(JsonToken t) throws IOException, ProjectFileException {
        if (t == null) {
            throw truncated(null);
        }
        if (++nodes > ProjectFileLimits.MAX_PROJECT_NODES
                || p.currentTokenLocation().getByteOffset() - projectStart > ProjectFileLimits.MAX_PROJECT_BYTES) {
            throw new ProjectFileException(Texts.format("io.projectTooLarge", ProjectFileLimits.MAX_PROJECT_BYTES / (1024 * 1024),
                    ProjectFileLimits.MAX_PROJECT_NODES));
        }
        switch (t) {
            case START_OBJECT -> {
                ObjectNode o = NODES.objectNode();
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    path.add(name);
                    o.set(name, value(p.nextToken()));
                    path.remove(path.size() - 1);
                }
                if (k != JsonToken.END_OBJECT) {
                    throw truncated(k);
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                JsonToken k;
                int i = 0;
                while ((k = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (k == null) {
                        throw truncated(null);
                    }
                    path.add(i++);
                    a.add(value(k));
                    path.remove(path.size() - 1);
                }
                return a;
            }
            case VALUE_STRING -> {
                String s = p.getText();
                String field = fieldName();
                if (ProjectFileLimits.isIdField(field) && !ProjectFileLimits.validId(field, s)) {
                    throw new ProjectFileException(Texts.format("io.idInvalid", pathText(), shown(s), ProjectFileLimits.MAX_ID_CHARS));
                }
                return NODES.textNode(s);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                BigDecimal d = p.getDecimalValue();
                var range = ProjectFileLimits.rangeOf(fieldName());
                if (!range.contains(d)) {
                    throw new ProjectFileException(Texts.format("io.numberOutOfRange", pathText(), shown(p.getText()), range.describe()));
                }
                if (d.toPlainString().length() > ProjectFileLimits.MAX_NUMBER_CHARS) { // e.g. 1e-400: written back in full
                    throw new ProjectFileException(Texts.format("io.numberTooLong", pathText(), ProjectFileLimits.MAX_NUMBER_CHARS));
                }
                if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                    return NODES.numberNode(d);
                }
                return switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw truncated(t);
        }
    }

    /** The {@code attachments} array: each entry's bytes go to a temporary file, hashed on the way. */
    private void attachments(JsonToken v) throws IOException, ProjectFileException {
        if (v != JsonToken.START_ARRAY) {
            throw new ProjectFileException(Texts.format("io.fieldType", pathText(), Texts.get("io.typeList")));
        }
        int i = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw truncated(null);
            }
            path.add(i++);
            if (t != JsonToken.START_OBJECT) {
                throw new ProjectFileException(Texts.format("io.attachmentFormat", pathText()));
            }
            if (++entries > ProjectFileLimits.MAX_ATTACHMENT_ENTRIES) {
                throw new ProjectFileException(Texts.format("io.attachmentTooMany", ProjectFileLimits.MAX_ATTACHMENT_ENTRIES));
            }
            entry();
            path.remove(path.size() - 1);
        }
    }

    private void entry() throws IOException, ProjectFileException {
        String where = pathText();
        String id = null;
        String kind = null;
        String sha = null;
        ProjectFile.BlobFile data = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            path.add(name);
            JsonToken v = p.nextToken();
            switch (name) {
                case "id" -> id = text(v);
                case "kind" -> kind = text(v);
                case "sha256" -> sha = text(v);
                case "data" -> {
                    if (v != JsonToken.VALUE_STRING) {
                        throw new ProjectFileException(Texts.format("io.attachmentFormat", pathText()));
                    }
                    data = decode();
                }
                default -> {
                    unknown.add(pathText());
                    p.skipChildren();
                }
            }
            path.remove(path.size() - 1);
        }
        if (t != JsonToken.END_OBJECT) {
            throw truncated(t);
        }
        if (id == null || !ProjectFileLimits.safeId(id)) {
            throw new ProjectFileException(Texts.format("io.safeIdInvalid", where + ".id", shown(String.valueOf(id)),
                    ProjectFileLimits.MAX_SAFE_ID_CHARS));
        }
        Attachment.Blob k;
        try {
            k = Attachment.Blob.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw new ProjectFileException(Texts.format("io.fieldFormat", where + ".kind", shown(String.valueOf(kind)),
                    Texts.get("io.typeOneOf") + "STORED、ORIGINAL"), e);
        }
        if (data == null) {
            throw new ProjectFileException(Texts.format("io.attachmentFormat", where + ".data"));
        }
        if (sha == null || !SHA256.matcher(sha).matches()) {
            throw new ProjectFileException(Texts.format("io.attachmentHashFormat", where + ".sha256"));
        }
        if (!sha.equals(data.sha256())) {
            throw new ProjectFileException(Texts.format("io.attachmentChecksum", where, id));
        }
        var kinds = blobs.computeIfAbsent(id, x -> new EnumMap<>(Attachment.Blob.class));
        if (kinds.containsKey(k)) {
            throw new ProjectFileException(Texts.format("io.attachmentDuplicate", where, id));
        }
        kinds.put(k, data);
        blobPaths.put(id, where);
    }

    /** Decodes the current base64 string into a new temporary file, at most the attachment limit. */
    private ProjectFile.BlobFile decode() throws IOException, ProjectFileException {
        if (tempDir == null) {
            try {
                tempDir = OwnedTempDirs.create(null, TEMP_PREFIX);
            } catch (IOException e) {
                throw new ProjectFileException(Texts.format("io.tempFailed", e.getMessage()), e);
            }
        }
        Path file = tempDir.resolve("blob-" + entries);
        MessageDigest digest = Hashes.sha256();
        long size;
        try (LimitedDigestStream out = new LimitedDigestStream(Files.newOutputStream(file), digest,
                ProjectFileLimits.MAX_ATTACHMENT_BYTES)) {
            p.readBinaryValue(Base64Variants.MIME_NO_LINEFEEDS, out);
            size = out.count;
        } catch (LimitExceeded e) {
            throw new ProjectFileException(Texts.format("io.attachmentTooLarge", pathText(),
                    ProjectFileLimits.MAX_ATTACHMENT_BYTES / (1024 * 1024)), e);
        } catch (JsonProcessingException e) {
            if (e instanceof StreamConstraintsException) {
                throw e;
            }
            throw new ProjectFileException(Texts.format("io.attachmentFormat", pathText()), e);
        } catch (IllegalArgumentException e) { // a character that is not base64
            throw new ProjectFileException(Texts.format("io.attachmentFormat", pathText()), e);
        }
        return new ProjectFile.BlobFile(file, size, HexFormat.of().formatHex(digest.digest()));
    }

    /** The attachments the project lists against the bytes the file carries. */
    private void checkAttachments(DiagnosisProject project) throws ProjectFileException {
        var listed = project.site().attachments();
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < listed.size(); i++) {
            Attachment a = listed.get(i);
            String where = "project.site.attachments[" + i + "]";
            if (!ProjectFileLimits.safeId(a.id())) {
                throw new ProjectFileException(Texts.format("io.safeIdInvalid", where + ".id", shown(a.id()),
                        ProjectFileLimits.MAX_SAFE_ID_CHARS));
            }
            if (!seen.add(a.id())) {
                throw new ProjectFileException(Texts.format("io.attachmentIdDuplicate", where + ".id", a.id()));
            }
            if (!ProjectFileLimits.validFileName(a.fileName())) {
                throw new ProjectFileException(Texts.format("io.fileNameInvalid", where + ".fileName", shown(a.fileName()),
                        ProjectFileLimits.MAX_FILE_NAME_CHARS));
            }
            EvidenceFile.Type type = null;
            for (EvidenceFile.Type x : EvidenceFile.Type.values()) {
                if (x.mediaType().equals(a.mediaType())) {
                    type = x;
                }
            }
            if (type == null) {
                StringBuilder accepted = new StringBuilder();
                for (EvidenceFile.Type x : EvidenceFile.Type.values()) {
                    accepted.append(accepted.length() == 0 ? "" : "、").append(x.label());
                }
                throw new ProjectFileException(Texts.format("io.mediaTypeInvalid", where + ".mediaType", shown(a.mediaType()), accepted));
            }
            if (!SHA256.matcher(a.sha256()).matches()) {
                throw new ProjectFileException(Texts.format("io.attachmentHashFormat", where + ".sha256"));
            }
            var b = blobs.get(a.id());
            ProjectFile.BlobFile stored = b == null ? null : b.get(Attachment.Blob.STORED);
            if (stored == null) {
                throw new ProjectFileException(Texts.format("io.attachmentMissing", shown(a.fileName()), where));
            }
            if (!stored.sha256().equals(a.sha256())) {
                throw new ProjectFileException(Texts.format("io.attachmentMismatch", shown(a.fileName()), where));
            }
            if (a.size() != stored.size()) {
                throw new ProjectFileException(Texts.format("io.attachmentSize", where + ".size", a.size(), stored.size()));
            }
            if (!ContentCheck.matches(type, stored.file())) {
                throw new ProjectFileException(Texts.format("io.attachmentContent", where, shown(a.fileName()), type.label()));
            }
            ProjectFile.BlobFile original = b.get(Attachment.Blob.ORIGINAL);
            if (original != null && !(type.isImage() && (ContentCheck.matches(EvidenceFile.Type.JPEG, original.file())
                    || ContentCheck.matches(EvidenceFile.Type.PNG, original.file())))) {
                throw new ProjectFileException(Texts.format("io.attachmentContent", blobPaths.get(a.id()), shown(a.fileName()),
                        type.label()));
            }
        }
        for (var e : blobs.keySet()) {
            if (!seen.contains(e)) {
                throw new ProjectFileException(Texts.format("io.attachmentOrphan", blobPaths.get(e), e));
            }
        }
    }

    private String fieldName() {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String s) {
                return s;
            }
        }
        return null;
    }

    /** The path being read, e.g. {@code project.site.attachments[2].fileName}. */
    private String pathText() {
        StringBuilder sb = new StringBuilder();
        for (Object o : path) {
            if (o instanceof Integer i) {
                sb.append('[').append(i).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(o);
            }
        }
        return sb.length() == 0 ? Texts.get("io.pathRoot") : sb.toString();
    }

    /**
     * The path where the parser stopped: the parser reads a field's value together with its name,
     * so a value refused there belongs to a name not yet on {@link #path}.
     */
    private String errorPath() {
        var ctx = p.getParsingContext();
        String name = ctx == null || !ctx.inObject() ? null : ctx.getCurrentName();
        Object last = path.isEmpty() ? null : path.get(path.size() - 1);
        if (name != null && !name.equals(last)) {
            path.add(name);
            String s = pathText();
            path.remove(path.size() - 1);
            return s;
        }
        return pathText();
    }

    private ProjectFileException truncated(JsonToken t) {
        JsonLocation loc = p.currentLocation();
        return new ProjectFileException(Texts.format("io.damaged", Texts.get("io.syntaxError"),
                Texts.format("io.syntaxWhere", Texts.format("io.syntaxPosition", loc.getLineNr(), loc.getColumnNr())
                        + Texts.format("io.syntaxField", pathText()))));
    }

    private String syntax(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        JsonLocation loc = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        String where = Texts.format("io.syntaxPosition", loc.getLineNr(), loc.getColumnNr());
        if (m.startsWith("Duplicate field")) {
            var dup = java.util.regex.Pattern.compile("Duplicate field '(.*)'").matcher(m);
            String name = dup.find() ? dup.group(1) : "";
            return Texts.format("io.duplicateKey", path.isEmpty() ? name : pathText() + "." + name, where);
        }
        if (m.contains("UTF-8") || m.contains("UTF8")) {
            return Texts.format("io.notUtf8At", where);
        }
        return Texts.format("io.damaged", Texts.get("io.syntaxError"),
                Texts.format("io.syntaxWhere", where + Texts.format("io.syntaxField", errorPath())));
    }

    private String constraint(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Number value length")) {
            return Texts.format("io.numberTooLong", errorPath(), ProjectFileLimits.MAX_NUMBER_CHARS);
        }
        if (m.contains("String value length")) {
            return Texts.format("io.stringTooLong", errorPath(), ProjectFileLimits.MAX_STRING_CHARS);
        }
        if (m.contains("nesting depth")) {
            return Texts.format("io.tooDeep", errorPath(), ProjectFileLimits.MAX_DEPTH);
        }
        return Texts.format("io.projectTooLarge", ProjectFileLimits.MAX_PROJECT_BYTES / (1024 * 1024), ProjectFileLimits.MAX_PROJECT_NODES);
    }

    /** A value for a message: at most 40 characters, unsafe characters as '?'. */
    static String shown(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(40).forEach(cp -> sb.appendCodePoint(ProjectFileLimits.unsafeChar(cp) ? '?' : cp));
        return s.codePointCount(0, s.length()) > 40 ? sb + "…" : sb.toString();
    }

    private static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts and hashes what passes; refuses the byte after {@code limit}. */
    private static final class LimitedDigestStream extends FilterOutputStream {
        private final MessageDigest digest;
        private final long limit;
        long count;

        LimitedDigestStream(OutputStream out, MessageDigest digest, long limit) {
            super(new java.io.BufferedOutputStream(out, 64 * 1024));
            this.digest = digest;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > limit) {
                throw new LimitExceeded();
            }
            digest.update(b, off, len);
            out.write(b, off, len);
        }
    }

    /** The first bytes of a stored attachment against its type (as {@link EvidenceFile} checks a new file). */
    static final class ContentCheck {
        private ContentCheck() {
        }

        static boolean matches(EvidenceFile.Type type, Path file) throws ProjectFileException {
            byte[] head = new byte[1024];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                throw new ProjectFileException(Texts.format("io.tempFailed", e.getMessage()), e);
            }
            return switch (type) {
                case JPEG -> startsWith(head, n, 0xFF, 0xD8, 0xFF);
                case PNG -> startsWith(head, n, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
                case PDF -> new String(head, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF-");
                case XLSX, DOCX -> startsWith(head, n, 'P', 'K', 3, 4);
            };
        }

        private static boolean startsWith(byte[] b, int n, int... magic) {
            if (n < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((b[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
