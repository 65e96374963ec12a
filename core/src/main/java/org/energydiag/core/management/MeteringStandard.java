package org.energydiag.core.management;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The bundled 配备率 table (resource {@code metering-requirements.json}) with its source and how far
 * its numbers were verified ({@code trust}, {@code note}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MeteringStandard(String pack, String version, String title, String source, String trust,
                               String note, List<MeteringRequirement> rows) {

    public MeteringStandard {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** Short citation used in results and report text. */
    public static final String CITATION = "GB 17167-2006";

    /**
     * The label shown beside the 配备率 requirements in the window and on the command line: they are GB 17167-2006
     * 表3's values, kept until the table of GB 17167-2025 (in force since 2026-02-01, replacing the 2006 edition) is
     * verified. Not for the plan and the lists, which cite the table plainly.
     */
    public static String editionNote() {
        return org.energydiag.core.text.Texts.get("management.meteringEdition");
    }

    private static final class Holder {
        static final MeteringStandard BUNDLED = read();
    }

    /** The bundled table. */
    public static MeteringStandard bundled() {
        return Holder.BUNDLED;
    }

    /** The row for an energy kind (exact name after trimming), if the standard lists it. */
    public Optional<MeteringRequirement> find(String energyKind) {
        String k = energyKind == null ? "" : energyKind.trim();
        return rows.stream().filter(r -> r.energyKind().equals(k)).findFirst();
    }

    private static MeteringStandard read() {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = MeteringStandard.class.getResourceAsStream("metering-requirements.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource metering-requirements.json");
            }
            return mapper.readValue(in, MeteringStandard.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
