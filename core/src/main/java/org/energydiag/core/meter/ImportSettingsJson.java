package org.energydiag.core.meter;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * JSON of import settings (for mapping profiles) and of reports (kept with each import), and the
 * header signature by which a profile is recognised.
 */
public final class ImportSettingsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .findAndRegisterModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Settings with the charset as its name. */
    record Dto(String charset, char delimiter, boolean decimalComma, int headerRecord, int firstDataRecord, Layout layout,
               int timeColumn, int timeColumn2, DateOrder dateOrder, TimestampMeans means, int intervalMinutes,
               int meterColumn, List<ColumnMapping> columns, ColumnMapping longDefault, String zone, Boolean midnightLast,
               List<ColumnMapping> longValues) {
    }

    private ImportSettingsJson() {
    }

    public static String toJson(ImportSettings s) {
        try {
            return MAPPER.writeValueAsString(new Dto(s.charset().name(), s.delimiter(), s.decimalComma(), s.headerRecord(),
                    s.firstDataRecord(), s.layout(), s.timeColumn(), s.timeColumn2(), s.dateOrder(), s.means(),
                    s.intervalMinutes(), s.meterColumn(), s.columns(), s.longDefault(), s.zone().getId(), s.midnightLast(),
                    s.longValues()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportSettings fromJson(String json) {
        try {
            Dto d = MAPPER.readValue(json, Dto.class);
            return new ImportSettings(Charset.forName(d.charset()), d.delimiter(), d.decimalComma(), d.headerRecord(),
                    d.firstDataRecord(), d.layout(), d.timeColumn(), d.timeColumn2(), d.dateOrder(), false, d.means(),
                    d.intervalMinutes(), d.meterColumn(), d.columns(), d.longDefault(),
                    d.zone() == null ? ImportSettings.DEFAULT_ZONE : java.time.ZoneId.of(d.zone()),
                    d.midnightLast() != null && d.midnightLast(), // profiles saved before zones existed read as China time
                    d.longValues()); // null in profiles saved before the long layout had several value columns
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String reportJson(ImportReport r) {
        try {
            return MAPPER.writeValueAsString(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ImportReport report(String json) {
        try {
            return MAPPER.readValue(json, ImportReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signature of a file's shape: the header cells, the delimiter and the layout. */
    public static String headerSignature(List<String> header, char delimiter, Layout layout) {
        return sha256((String.join("\u0001", header) + "\u0002" + delimiter + "\u0002" + layout).getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the files' bytes, to recognise the same data imported twice. */
    public static String contentHash(List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                try (var in = java.nio.file.Files.newInputStream(f)) {
                    byte[] buf = new byte[1 << 16];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        md.update(buf, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Applies a saved profile's column mappings to freshly detected settings: same column index,
     * or the same meter name in the long layout.
     */
    public static ImportSettings applyProfile(ImportSettings detected, ImportSettings profile) {
        List<ColumnMapping> cols = detected.columns().stream().map(m -> profile.columns().stream()
                .filter(p -> detected.layout() == Layout.LONG ? p.meterName().equals(m.meterName()) : p.column() == m.column())
                .findFirst().orElse(m)).toList();
        ImportSettings s = detected.withColumns(cols).withMeans(profile.means()).withZone(profile.zone());
        if (!profile.longValues().isEmpty() && profile.longValues().size() == detected.longValues().size()) {
            s = s.withLongValues(profile.longValues());
        }
        if (profile.longDefault() != null) {
            s = s.withLongDefault(profile.longDefault());
        }
        return detected.dateOrderAmbiguous() ? s.withDateOrder(profile.dateOrder()) : s;
    }
}
