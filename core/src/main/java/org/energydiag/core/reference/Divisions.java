package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GB/T 2260 administrative divisions (province → city → district), bundled as
 * {@code divisions.json} with the source and version it was taken from.
 */
public final class Divisions {

    /** One division with its children. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Division(String code, String name, List<Division> cities, List<Division> districts) {
        public Region region() {
            return new Region(code, name);
        }

        /** Children: the cities of a province or the districts of a city. */
        public List<Division> children() {
            if (cities != null) {
                return cities;
            }
            return districts == null ? List.of() : districts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Pack(String source, String version, List<Division> provinces) {
    }

    private static final String RESOURCE = "divisions.json";

    private final String source;
    private final String version;
    private final List<Division> provinces;
    // One map per level: a few cities without districts carry one district of the same code.
    private final Map<String, Division> provinceByCode = new HashMap<>();
    private final Map<String, Division> cityByCode = new HashMap<>();
    private final Map<String, Division> districtByCode = new HashMap<>();

    private Divisions(Pack pack) {
        this.source = pack.source();
        this.version = pack.version();
        this.provinces = Collections.unmodifiableList(new ArrayList<>(pack.provinces()));
        for (Division p : provinces) {
            provinceByCode.put(p.code(), p);
            for (Division c : p.children()) {
                cityByCode.put(c.code(), c);
                for (Division d : c.children()) {
                    districtByCode.put(d.code(), d);
                }
            }
        }
    }

    /** Loads the bundled list. */
    public static Divisions load() {
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + RESOURCE);
            }
            return new Divisions(new ObjectMapper().readValue(in, Pack.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String source() {
        return source;
    }

    public String version() {
        return version;
    }

    public List<Division> provinces() {
        return provinces;
    }

    public List<Division> cities(String provinceCode) {
        Division p = provinceByCode.get(provinceCode);
        return p == null ? List.of() : p.children();
    }

    public List<Division> districts(String cityCode) {
        Division c = cityByCode.get(cityCode);
        return c == null ? List.of() : c.children();
    }

    /** Any division with this code, the highest level first. */
    public Optional<Division> find(String code) {
        Division d = provinceByCode.get(code);
        if (d == null) {
            d = cityByCode.get(code);
        }
        if (d == null) {
            d = districtByCode.get(code);
        }
        return Optional.ofNullable(d);
    }

    public boolean isCityOf(String cityCode, String provinceCode) {
        return cities(provinceCode).stream().anyMatch(c -> c.code().equals(cityCode));
    }

    public boolean isDistrictOf(String districtCode, String cityCode) {
        return districts(cityCode).stream().anyMatch(c -> c.code().equals(districtCode));
    }

    /**
     * Whether a six-digit code names a known division at any level; a credit code's region part
     * may also name a province or city (xx0000, xxxx00).
     */
    public boolean isKnown(String code) {
        return find(code).isPresent();
    }
}
