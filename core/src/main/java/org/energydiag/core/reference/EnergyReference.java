package org.energydiag.core.reference;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.text.Texts;

/**
 * The energy and carbon reference packs: carriers with standard-coal coefficients, fuel emission
 * parameters, emission factors and benchmarks. Each pack is a versioned JSON file with a source
 * per row, bundled in the jar; a newer or verified pack with the same name placed in an override
 * folder (the data folder's {@code reference/}) replaces the bundled one without a new release.
 */
public final class EnergyReference {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CarrierPack(String pack, String version, String title, String source, List<EnergyCarrier> carriers) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FuelPack(String pack, String version, String title, String source, List<FuelParameters> fuels) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FactorPack(String pack, String version, String title, List<EmissionFactor> electricity,
                      List<ElectricityFootprintFactor> electricityFootprint,
                      GridRegions gridRegions, List<EmissionFactor> heat, List<EmissionFactor> clinker,
                      List<EmissionFactor> electricityEquivalent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GridRegions(String source, String trust, String note, Map<String, List<String>> regions) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record BenchmarkPack(String pack, String version, String title, String note, List<Benchmark> rows) {
    }

    /** Name and version of a loaded pack and where it came from, shown to the user. */
    public record PackInfo(String name, String version, String title, String origin) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Map<String, EnergyCarrier> carriers = new LinkedHashMap<>();
    private final Map<String, FuelParameters> fuels = new LinkedHashMap<>();
    private final FactorPack factors;
    private final List<Benchmark> benchmarks;
    private final List<PackInfo> packs;

    private EnergyReference(CarrierPack c, FuelPack f, FactorPack e, BenchmarkPack b, List<PackInfo> packs) {
        c.carriers().forEach(x -> carriers.put(x.id(), x));
        f.fuels().forEach(x -> fuels.put(x.id(), x));
        this.factors = e;
        this.benchmarks = List.copyOf(b.rows());
        this.packs = List.copyOf(packs);
    }

    /** The bundled packs. */
    public static EnergyReference load() {
        return load(null);
    }

    /** The bundled packs, each replaced by a file of the same name in {@code overrideDir} if present. */
    public static EnergyReference load(Path overrideDir) {
        List<PackInfo> infos = new java.util.ArrayList<>();
        CarrierPack c = read("energy-carriers.json", CarrierPack.class, overrideDir, infos);
        FuelPack f = read("fuel-emission-parameters.json", FuelPack.class, overrideDir, infos);
        FactorPack e = read("emission-factors.json", FactorPack.class, overrideDir, infos);
        BenchmarkPack b = read("benchmarks.json", BenchmarkPack.class, overrideDir, infos);
        return new EnergyReference(c, f, e, b, infos);
    }

    private static <T> T read(String name, Class<T> type, Path overrideDir, List<PackInfo> infos) {
        try {
            T pack;
            String origin;
            if (overrideDir != null && Files.isRegularFile(overrideDir.resolve(name))) {
                try (InputStream in = Files.newInputStream(overrideDir.resolve(name))) {
                    pack = MAPPER.readValue(in, type);
                }
                origin = overrideDir.resolve(name).toString();
            } else {
                try (InputStream in = EnergyReference.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("bundled reference pack missing: " + name);
                    }
                    pack = MAPPER.readValue(in, type);
                }
                origin = Texts.get("reference.bundled");
            }
            var node = MAPPER.valueToTree(pack);
            infos.add(new PackInfo(name, node.path("version").asText(""), node.path("title").asText(""), origin));
            return pack;
        } catch (IOException e) {
            throw new UncheckedIOException("reference pack " + name + " unreadable", e);
        }
    }

    /** Serialises a benchmark table in the pack format (to replace the bundled one). */
    public static byte[] benchmarkPack(List<Benchmark> rows, String version, String title) {
        try {
            var root = MAPPER.createObjectNode();
            root.put("pack", "benchmarks");
            root.put("version", version);
            root.put("title", title);
            root.set("rows", MAPPER.valueToTree(rows));
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a benchmark table in the pack format, checking every row.
     *
     * @throws IllegalArgumentException with a Chinese message naming the row and field
     */
    public static List<Benchmark> readBenchmarkPack(byte[] json) {
        BenchmarkPack pack;
        try {
            pack = MAPPER.readValue(json, BenchmarkPack.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(Texts.format("reference.packNotJson",
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (pack.rows() == null || pack.rows().isEmpty()) {
            throw new IllegalArgumentException(Texts.get("reference.packNoRows"));
        }
        for (int i = 0; i < pack.rows().size(); i++) {
            Benchmark b = pack.rows().get(i);
            String where = Texts.format("reference.packRow", i + 1);
            if (b.product() == null || b.product().isBlank() || b.indicator() == null || b.indicator().isBlank()) {
                throw new IllegalArgumentException(Texts.format("reference.packNoProduct", where));
            }
            if (b.unit() == null || b.unit().isBlank()) {
                throw new IllegalArgumentException(Texts.format("reference.packNoUnit", where, b.product()));
            }
            if (b.level1() == null || b.level3() == null) {
                throw new IllegalArgumentException(Texts.format("reference.packNoLevels", where, b.product()));
            }
            if (b.source() == null || b.source().isBlank()) {
                throw new IllegalArgumentException(Texts.format("reference.packNoSource", where, b.product()));
            }
        }
        return List.copyOf(pack.rows());
    }

    public List<PackInfo> packs() {
        return packs;
    }

    public Map<String, EnergyCarrier> carriers() {
        return carriers;
    }

    /** The carrier of the pack with this id. */
    public Optional<EnergyCarrier> carrier(CarrierId id) {
        return id == null ? Optional.empty() : carrier(id.value());
    }

    public Optional<EnergyCarrier> carrier(String id) {
        return Optional.ofNullable(carriers.get(id));
    }

    public Optional<FuelParameters> fuel(String id) {
        return Optional.ofNullable(id == null ? null : fuels.get(id));
    }

    public Map<String, FuelParameters> fuels() {
        return fuels;
    }

    public List<Benchmark> benchmarks() {
        return benchmarks;
    }

    /**
     * The electricity CO2 emission factors (Scope 2) with a value. Never a carbon-footprint factor: a
     * pack of the older shape that still lists them here (kind FOOTPRINT, kgCO2e) has them left out.
     */
    public List<EmissionFactor> electricityFactors() {
        return factors.electricity() == null ? List.of() : factors.electricity().stream()
                .filter(f -> f.value() != null && !isFootprint(f)).toList();
    }

    private static boolean isFootprint(EmissionFactor f) {
        return "FOOTPRINT".equals(f.kind()) || (f.unit() != null && f.unit().contains("CO2e"));
    }

    /**
     * The electricity carbon-footprint factors (product footprints, life-cycle basis) with a value: the
     * pack's own list, and those an older pack still kept among the electricity factors.
     */
    public List<ElectricityFootprintFactor> electricityFootprintFactors() {
        List<ElectricityFootprintFactor> out = new java.util.ArrayList<>();
        if (factors.electricityFootprint() != null) {
            factors.electricityFootprint().stream().filter(f -> f.value() != null).forEach(out::add);
        }
        if (factors.electricity() != null) {
            factors.electricity().stream().filter(f -> f.value() != null && isFootprint(f)).forEach(f -> out.add(
                    new ElectricityFootprintFactor(f.year(), f.scope(), null, f.area(), f.indicator(), f.value(), f.unit(),
                            f.source(), f.trust(), f.note())));
        }
        return List.copyOf(out);
    }

    /**
     * The national average electricity carbon-footprint factor of the newest data year not after
     * {@code year} (the oldest when all are newer): for product carbon footprints only.
     */
    public Optional<ElectricityFootprintFactor> defaultFootprintFactor(int year) {
        List<ElectricityFootprintFactor> national = electricityFootprintFactors().stream()
                .filter(f -> f.year() != null && "NATIONAL".equals(f.scope()) && "AVERAGE".equals(f.kind())).toList();
        Optional<ElectricityFootprintFactor> notAfter = national.stream().filter(f -> f.year() <= year)
                .max(Comparator.comparing(ElectricityFootprintFactor::year));
        return notAfter.isPresent() ? notAfter : national.stream().min(Comparator.comparing(ElectricityFootprintFactor::year));
    }

    public List<EmissionFactor> heatFactors() {
        return factors.heat() == null ? List.of() : factors.heat().stream().filter(f -> f.value() != null).toList();
    }

    /** Clinker factors with a value (rows describing only a method are left out). */
    public List<EmissionFactor> clinkerFactors() {
        return factors.clinker() == null ? List.of() : factors.clinker().stream().filter(f -> f.value() != null).toList();
    }

    /** Electricity 等价值 coefficients with a value. */
    public List<EmissionFactor> electricityEquivalents() {
        return factors.electricityEquivalent() == null ? List.of()
                : factors.electricityEquivalent().stream().filter(f -> f.value() != null).toList();
    }

    /** The regional grid of a province (by its name, e.g. 安徽省 or 安徽), if the pack maps it. */
    public Optional<String> gridRegionOf(String province) {
        if (province == null || factors.gridRegions() == null || factors.gridRegions().regions() == null) {
            return Optional.empty();
        }
        for (var e : factors.gridRegions().regions().entrySet()) {
            for (String p : e.getValue()) {
                if (province.startsWith(p) || p.startsWith(province)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The default grid factor for a reporting year: the national average factor (全国电力平均二氧化碳
     * 排放因子) of the newest data year not after {@code year}, or the oldest one when all are newer.
     * Regional and provincial factors in the pack are offered as alternatives, not defaults.
     */
    public Optional<EmissionFactor> defaultGridFactor(int year) {
        List<EmissionFactor> national = electricityFactors().stream()
                .filter(x -> "NATIONAL".equals(x.scope()) && "AVERAGE".equals(x.kind()) && x.year() != null).toList();
        Optional<EmissionFactor> notAfter = national.stream().filter(x -> x.year() <= year)
                .max(Comparator.comparing(EmissionFactor::year));
        return notAfter.isPresent() ? notAfter : national.stream().min(Comparator.comparing(EmissionFactor::year));
    }

    /** Electricity factors that may apply to a province: national, its regional grid, the province. */
    public List<EmissionFactor> gridFactorsFor(String province) {
        String region = gridRegionOf(province).orElse(null);
        return electricityFactors().stream().filter(x -> "NATIONAL".equals(x.scope())
                || ("REGION".equals(x.scope()) && x.area() != null && x.area().equals(region))
                || ("PROVINCE".equals(x.scope()) && province != null && x.area() != null
                && (province.startsWith(x.area()) || x.area().startsWith(province)))).toList();
    }
}
