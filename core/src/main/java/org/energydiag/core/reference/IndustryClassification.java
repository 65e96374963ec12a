package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB/T 4754-2017 国民经济行业分类: the 门类 (A–T) and 大类 (two-digit codes), bundled as
 * {@code industry-gbt4754-2017.json} with its source. Codes finer than 大类 (中类, 小类) are
 * checked for form and for their 大类 only.
 */
public final class IndustryClassification {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Division(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String code, String name, List<Division> divisions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pack(String source, List<Section> sections) {
    }

    /** Accepted forms: "C", "C30", "C301", "C3011", or the same without the letter. */
    private static final Pattern CODE = Pattern.compile("([A-T])?(\\d{2})(\\d{1,2})?");

    private final String source;
    private final List<Section> sections;
    private final Map<String, Section> sectionOfDivision = new LinkedHashMap<>();
    private final Map<String, Division> divisions = new LinkedHashMap<>();

    private IndustryClassification(Pack pack) {
        this.source = pack.source();
        this.sections = List.copyOf(pack.sections());
        for (Section s : sections) {
            for (Division d : s.divisions()) {
                divisions.put(d.code(), d);
                sectionOfDivision.put(d.code(), s);
            }
        }
    }

    public static IndustryClassification load() {
        try (InputStream in = IndustryClassification.class.getResourceAsStream("industry-gbt4754-2017.json")) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: industry-gbt4754-2017.json");
            }
            return new IndustryClassification(new ObjectMapper().readValue(in, Pack.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String source() {
        return source;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Outcome of checking an entered code. */
    public enum CodeCheck { VALID, MALFORMED, UNKNOWN_DIVISION, SECTION_MISMATCH }

    public CodeCheck check(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher m = CODE.matcher(c);
        if (!m.matches()) {
            return CodeCheck.MALFORMED;
        }
        String div = m.group(2);
        Section s = sectionOfDivision.get(div);
        if (s == null) {
            return CodeCheck.UNKNOWN_DIVISION;
        }
        if (m.group(1) != null && !m.group(1).equals(s.code())) {
            return CodeCheck.SECTION_MISMATCH;
        }
        return CodeCheck.VALID;
    }

    /** The 大类 of a code such as "C3011" or "3011". */
    public Optional<Division> division(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        Matcher m = CODE.matcher(c);
        return m.matches() ? Optional.ofNullable(divisions.get(m.group(2))) : Optional.empty();
    }

    public Optional<Section> sectionOf(String code) {
        return division(code).map(d -> sectionOfDivision.get(d.code()));
    }
}
