package org.energydiag.core.equipment.rating;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.text.Texts;

/**
 * The efficiency grade tables (motors GB 18613-2020 with the IEC 60034-30-1 interpolation between
 * listed powers, transformers GB 20052-2024, air compressors GB 19153-2019 表1, 表2, 表4 and part of
 * 表3, fans GB 19761-2020, centrifugal pumps GB 19762-2025, industrial boilers GB 24500-2020) and the
 * elimination-catalogue excerpt, read from two versioned JSON packs.
 * Every limit comes from the packs with its standard, table and edition; nothing is built in.
 * The bundled packs live beside this package's parent in the jar; a verified pack of the same
 * form can replace them through {@link #load(InputStream, InputStream)}.
 */
public final class GradeTables {

    static final String GRADES_RESOURCE = "/org/energydiag/core/equipment/efficiency-grades.json";
    static final String OBSOLETE_RESOURCE = "/org/energydiag/core/equipment/obsolete-equipment.json";
    static final String GRADES_PACK = "efficiency-grades";
    static final String OBSOLETE_PACK = "obsolete-equipment";

    static final String MOTOR = "gb18613_2020_motor_efficiency";
    static final String OIL_10KV = "gb20052_2024_10kv_oil_distribution";
    static final String DRY_10KV = "gb20052_2024_10kv_dry_distribution";
    static final String POWER_35KV = "gb20052_2024_35kv_oil_power";
    static final String COMPRESSOR = "gb19153_2019_air_compressor";
    static final String FAN = "gb19761_2020_fan_efficiency";
    static final String PUMP = "gb19762_2025_centrifugal_pump";
    static final String BOILER = "gb24500_2020_industrial_boiler";

    /** Where a table comes from: standard with edition, table number, trust. */
    record Source(String standard, String table, String edition, String title, String trust, String trustNote,
                  String url) {
        /** "medium-high：第三方机器转录…" for {@link Rating#trust()}. */
        String trustText() {
            return trustNote.isEmpty() ? trust : trust + "：" + trustNote;
        }

        Source withTable(String otherTable, String otherTitle) {
            return new Source(standard, otherTable, edition, otherTitle, trust, trustNote, url);
        }
    }

    /** One power row of GB 18613 表1: poles → limits [1级, 2级, 3级] in %. */
    record MotorRow(BigDecimal kw, Map<Integer, BigDecimal[]> limitsByPoles) {
    }

    /**
     * @param betweenRows     "iec_interpolation", "next_lower" or "exact": how a power between two rows is rated
     * @param interpolation   the interpolation formula's coefficients; null unless betweenRows is "iec_interpolation"
     */
    record Motor(Source source, List<MotorRow> rows, String betweenRows, String betweenRowsNote, Interpolation interpolation) {
    }

    /**
     * The IEC 60034-30-1 interpolation of efficiency limits between listed powers:
     * η = A·x³ + B·x² + C·x + D with x = log10(P / 1 kW), rounded to {@code decimals}.
     *
     * @param citation     how the rule is cited beside a result, e.g. "IEC 60034-30-1 插值公式"
     * @param gradeClasses grade (1–3) → IE class whose coefficients give that grade's limit; a grade
     *                     without a class takes the next higher listed power
     * @param ranges       power ranges with coefficients; outside them every grade takes the next higher listed power
     */
    record Interpolation(String citation, String formula, int decimals, Map<Integer, String> gradeClasses,
                         List<InterpolationRange> ranges, String sourceTitle, String sourceUrl, String trust, String trustNote) {

        InterpolationRange range(BigDecimal kw) {
            for (InterpolationRange r : ranges) {
                if (kw.compareTo(r.minKw()) >= 0 && kw.compareTo(r.maxKw()) <= 0) {
                    return r;
                }
            }
            return null;
        }
    }

    /** coefficients: IE class → poles → [A, B, C, D]. */
    record InterpolationRange(BigDecimal minKw, BigDecimal maxKw, String table, Map<String, Map<Integer, double[]>> coefficients) {

        /** The interpolated limit in %, rounded to {@code decimals}; null when the class or poles have no coefficients. */
        BigDecimal limit(String ieClass, int poles, BigDecimal kw, int decimals) {
            Map<Integer, double[]> byPoles = coefficients.get(ieClass);
            double[] c = byPoles == null ? null : byPoles.get(poles);
            if (c == null) {
                return null;
            }
            double x = Math.log10(kw.doubleValue());
            double eta = c[0] * x * x * x + c[1] * x * x + c[2] * x + c[3];
            return BigDecimal.valueOf(eta).setScale(decimals, java.math.RoundingMode.HALF_UP);
        }
    }

    /** One row of GB 20052 表1: losses [1级, 2级, 3级] in kW. */
    record OilRow(BigDecimal kva, String core, List<String> connections, BigDecimal[] noLoad, BigDecimal[] load) {
    }

    /** One row of GB 20052 表2: no-load losses by core material, load losses by insulation class. */
    record DryRow(BigDecimal kva, Map<String, BigDecimal[]> noLoadByCore, Map<String, BigDecimal[]> loadByClass) {
    }

    record PowerRow(BigDecimal kva, BigDecimal[] noLoad, BigDecimal[] load) {
    }

    record PowerTable(Source source, String partial, List<PowerRow> rows) {
    }

    record Transformer(Source oil10, List<OilRow> oilRows, Source dry10, Map<String, String> dryCoreKeys,
                       List<DryRow> dryRows, PowerTable nltc35, PowerTable oltc35) {
    }

    /** A cell of a GB 19153 table: a value, '—' (not applicable in the standard) or not read. */
    record Cell(BigDecimal value, boolean notApplicable, boolean notRead) {
        boolean known() {
            return value != null;
        }
    }

    /** Rows the reference data did not read: a power range (above, below) or listed powers. */
    record NotRead(BigDecimal above, BigDecimal below, List<BigDecimal> powers, String text) {
        boolean contains(BigDecimal kw) {
            if (!powers.isEmpty()) {
                return powers.stream().anyMatch(p -> p.compareTo(kw) == 0);
            }
            return kw.compareTo(above) > 0 && (below == null || kw.compareTo(below) < 0);
        }
    }

    /** Cooling key of the tables without cooling columns (GB 19153 表3, 表4). */
    static final String ANY_COOLING = "any";

    /**
     * One table of GB 19153: which compressors it covers and its cells.
     *
     * @param type           "回转式" or "活塞式" (the choices of the compressor-type field)
     * @param coolingColumns true when the table has 风冷/液冷 columns; else the rows use {@link #ANY_COOLING}
     * @param rows           kW → grade (1–3) → cooling ("air"/"liquid"/"any") → pressure MPa → cell
     * @param coverage       (Chinese) which rows the reference data holds
     * @param measurementNote (Chinese) how the compared value is to be measured, when the data says so; else empty
     */
    record CompressorTable(Source source, String scope, String type, boolean oilFree, boolean variableSpeed,
                           boolean coolingColumns, List<BigDecimal> pressures,
                           Map<BigDecimal, Map<Integer, Map<String, Map<BigDecimal, Cell>>>> rows, List<NotRead> notRead,
                           String coverage, String measurementNote) {

        boolean covers(String compressorType, boolean oilFreeUnit, boolean variableSpeedUnit) {
            return type.equals(compressorType) && oilFree == oilFreeUnit && variableSpeed == variableSpeedUnit;
        }
    }

    record Compressor(Source source, List<CompressorTable> tables, String betweenRowsNote, String pressureRuleNote) {
    }

    /** limits: [band][grade − 1], null where the standard has '—'. */
    record FanRow(Interval coefficient, Interval ns, BigDecimal[][] limits) {
    }

    record FanTable(Source source, String fanType, String selector, List<Interval> bands, List<FanRow> rows,
                    String partial) {
    }

    record CiRow(String type, BigDecimal qMin, BigDecimal qMax, boolean minInclusive, boolean maxInclusive,
                 BigDecimal[] ci) {
        boolean contains(BigDecimal q) {
            int lo = q.compareTo(qMin);
            int hi = q.compareTo(qMax);
            return (lo > 0 || (lo == 0 && minInclusive)) && (hi < 0 || (hi == 0 && maxInclusive));
        }
    }

    /**
     * coefficients: "单级"/"多级" → a…e; ns = nsConstant · n · √(Q · factor) / H^nsHeadExponent with Q in
     * m³/s, factor = doubleSuctionFactor for double suction, else 1.
     */
    record Pump(Source source, String formula, Map<String, Map<String, BigDecimal>> coefficients, List<CiRow> ci,
                BigDecimal nsConstant, BigDecimal doubleSuctionFactor, BigDecimal nsHeadExponent) {
    }

    /** limitsByBand: per capacity band [1级, 2级, 3级] in %. */
    record BoilerRow(String fuel, String kind, String heatingValue, String volatiles, List<BigDecimal[]> limitsByBand) {
    }

    record BoilerTable(Source source, List<String> bands, List<BoilerRow> rows) {
    }

    record Boiler(Source source, Map<String, BoilerTable> tables, BigDecimal electricLimit, String electricClause) {
    }

    /** A [min, max] range; either end may be null. */
    public record Range(BigDecimal min, BigDecimal max) {
        public boolean contains(BigDecimal v) {
            return (min == null || v.compareTo(min) >= 0) && (max == null || v.compareTo(max) <= 0);
        }
    }

    /**
     * One entry of the elimination-catalogue excerpt.
     *
     * @param listed        the series/models as the catalogue lists them
     * @param patterns      regular expressions matched against the normalised SERIES and MODEL text
     * @param ratedPowerKw  when not null, items with a known rated power outside it do not match
     * @param capacityKva   when not null, items with a known capacity outside it do not match
     * @param verifyNote    when not empty, the match is by series only and the model should be checked
     */
    public record ObsoleteEntry(String batch, String item, EquipmentClass equipmentClass, String product,
                                String listed, String reason, String deadline, List<Pattern> patterns,
                                Range ratedPowerKw, Range capacityKva, String verifyNote) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final String version;
    private final String title;
    private final List<String> editionNotes;
    private final Motor motor;
    private final Transformer transformer;
    private final Compressor compressor;
    private final List<FanTable> fans;
    private final Pump pump;
    private final Boiler boiler;
    private final String obsoleteVersion;
    private final String obsoleteTitle;
    private final String obsoleteCitationTitle;
    private final String obsoleteProvenance;
    private final String obsoleteCoverage;
    private final List<ObsoleteEntry> obsoleteEntries;

    private GradeTables(JsonNode grades, JsonNode obsolete) {
        requirePack(grades, GRADES_PACK);
        requirePack(obsolete, OBSOLETE_PACK);
        this.version = grades.path("version").asText();
        this.title = grades.path("title").asText("");
        List<String> notes = new ArrayList<>();
        grades.path("edition_notes").forEach(n -> notes.add(n.asText()));
        this.editionNotes = List.copyOf(notes);
        JsonNode t = grades.path("tables");
        this.motor = readMotor(table(t, MOTOR));
        this.transformer = readTransformer(table(t, OIL_10KV), table(t, DRY_10KV), table(t, POWER_35KV));
        this.compressor = readCompressor(table(t, COMPRESSOR));
        this.fans = readFans(table(t, FAN));
        this.pump = readPump(table(t, PUMP));
        this.boiler = readBoiler(table(t, BOILER));
        this.obsoleteVersion = obsolete.path("version").asText();
        this.obsoleteTitle = obsolete.path("title").asText("");
        this.obsoleteCitationTitle = obsolete.path("citation_title").asText(obsoleteTitle);
        this.obsoleteProvenance = obsoleteSourceText(obsolete);
        this.obsoleteCoverage = obsolete.path("coverage").asText("");
        this.obsoleteEntries = readObsolete(obsolete);
    }

    /** The packs bundled in the jar. */
    public static GradeTables loadBundled() {
        try (InputStream g = GradeTables.class.getResourceAsStream(GRADES_RESOURCE);
             InputStream o = GradeTables.class.getResourceAsStream(OBSOLETE_RESOURCE)) {
            if (g == null || o == null) {
                throw new IllegalStateException("bundled resource missing: " + (g == null ? GRADES_RESOURCE : OBSOLETE_RESOURCE));
            }
            return load(g, o);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a grade pack ({@code "pack":"efficiency-grades"}) and an obsolete-equipment pack
     * ({@code "pack":"obsolete-equipment"}), e.g. verified replacements of the bundled ones. The
     * streams are not closed.
     *
     * @throws IllegalArgumentException when a pack is not of the expected form
     * @throws UncheckedIOException     when a stream cannot be read
     */
    public static GradeTables load(InputStream grades, InputStream obsolete) {
        try {
            return new GradeTables(MAPPER.readTree(grades), MAPPER.readTree(obsolete));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Version of the grade pack, e.g. "2026.1". */
    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    /** Edition remarks of the pack (e.g. that the transformer tables are GB 20052-2024). */
    public List<String> editionNotes() {
        return editionNotes;
    }

    /** Version of the obsolete-equipment pack. */
    public String obsoleteVersion() {
        return obsoleteVersion;
    }

    public String obsoleteTitle() {
        return obsoleteTitle;
    }

    /** What the obsolete-equipment excerpt covers and what it does not (Chinese). */
    public String obsoleteCoverage() {
        return obsoleteCoverage;
    }

    /**
     * Where the obsolete-equipment entries come from (Chinese, with repository, commit and trust):
     * for the window and the command line, never for a document.
     */
    public String obsoleteProvenance() {
        return obsoleteProvenance;
    }

    /** The catalogue's official title as documents cite it, e.g. 高耗能落后机电设备（产品）淘汰目录. */
    public String obsoleteCitationTitle() {
        return obsoleteCitationTitle;
    }

    public List<ObsoleteEntry> obsoleteEntries() {
        return obsoleteEntries;
    }

    Motor motor() {
        return motor;
    }

    Transformer transformer() {
        return transformer;
    }

    Compressor compressor() {
        return compressor;
    }

    List<FanTable> fans() {
        return fans;
    }

    Pump pump() {
        return pump;
    }

    Boiler boiler() {
        return boiler;
    }

    // ---- reading ---------------------------------------------------------------------------

    private static void requirePack(JsonNode root, String name) {
        if (root == null || !name.equals(root.path("pack").asText())) {
            throw new IllegalArgumentException("not a '" + name + "' pack");
        }
        if (root.path("version").asText().isBlank()) {
            throw new IllegalArgumentException("pack '" + name + "' has no version");
        }
    }

    private static JsonNode table(JsonNode tables, String key) {
        JsonNode n = tables.get(key);
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("efficiency-grades pack lacks table '" + key + "'");
        }
        return n;
    }

    private static JsonNode need(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            throw new IllegalArgumentException(where + ": missing '" + field + "'");
        }
        return v;
    }

    private static Source source(JsonNode t, String key) {
        JsonNode src = t.path("source");
        String url = src.isArray() ? joinUrls(src) : src.path("url").asText("");
        return new Source(need(t, "standard", key).asText(), t.path("table").asText(""), t.path("edition").asText(""),
                t.path("title").asText(""), need(t, "trust", key).asText(), t.path("trust_note").asText(""), url);
    }

    private static String joinUrls(JsonNode array) {
        List<String> urls = new ArrayList<>();
        array.forEach(s -> urls.add(s.path("url").asText()));
        return String.join(" ; ", urls);
    }

    private static BigDecimal[] triple(JsonNode array, String where) {
        if (array == null || !array.isArray() || array.size() != 3) {
            throw new IllegalArgumentException(where + ": expected three values [1级, 2级, 3级]");
        }
        BigDecimal[] v = new BigDecimal[3];
        for (int i = 0; i < 3; i++) {
            v[i] = array.get(i).isNull() ? null : array.get(i).decimalValue();
        }
        return v;
    }

    private static Motor readMotor(JsonNode t) {
        List<MotorRow> rows = new ArrayList<>();
        for (JsonNode r : need(t, "rows", MOTOR)) {
            Map<Integer, BigDecimal[]> byPoles = new TreeMap<>();
            for (int g = 1; g <= 3; g++) {
                JsonNode grade = need(r, "grade" + g, MOTOR);
                Iterator<Map.Entry<String, JsonNode>> it = grade.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    int poles = Integer.parseInt(e.getKey().replace("p", ""));
                    byPoles.computeIfAbsent(poles, k -> new BigDecimal[3])[g - 1] = e.getValue().decimalValue();
                }
            }
            rows.add(new MotorRow(need(r, "kw", MOTOR).decimalValue(), Collections.unmodifiableMap(byPoles)));
        }
        rows.sort((a, b) -> a.kw().compareTo(b.kw()));
        String betweenRows = t.path("between_rows").asText("next_lower");
        Interpolation interpolation = "iec_interpolation".equals(betweenRows)
                ? readInterpolation(need(t, "interpolation", MOTOR)) : null;
        return new Motor(source(t, MOTOR), List.copyOf(rows), betweenRows, t.path("between_rows_note").asText(""),
                interpolation);
    }

    private static Interpolation readInterpolation(JsonNode n) {
        String where = MOTOR + ".interpolation";
        Map<Integer, String> classes = new TreeMap<>();
        need(n, "grade_classes", where).fields().forEachRemaining(e -> classes.put(
                Integer.parseInt(e.getKey().replace("grade", "")), e.getValue().asText()));
        List<InterpolationRange> ranges = new ArrayList<>();
        for (JsonNode r : need(n, "ranges", where)) {
            Map<String, Map<Integer, double[]>> coefficients = new LinkedHashMap<>();
            need(r, "coefficients", where).fields().forEachRemaining(ie -> {
                Map<Integer, double[]> byPoles = new TreeMap<>();
                ie.getValue().fields().forEachRemaining(p -> {
                    JsonNode abcd = p.getValue();
                    if (!abcd.isArray() || abcd.size() != 4) {
                        throw new IllegalArgumentException(where + ": " + ie.getKey() + " " + p.getKey() + " needs [A, B, C, D]");
                    }
                    double[] c = new double[4];
                    for (int i = 0; i < 4; i++) {
                        c[i] = abcd.get(i).doubleValue();
                    }
                    byPoles.put(Integer.parseInt(p.getKey().replace("p", "")), c);
                });
                coefficients.put(ie.getKey(), Collections.unmodifiableMap(byPoles));
            });
            ranges.add(new InterpolationRange(need(r, "min_kw", where).decimalValue(), need(r, "max_kw", where).decimalValue(),
                    r.path("table").asText(""), Collections.unmodifiableMap(coefficients)));
        }
        JsonNode src = n.path("source");
        return new Interpolation(need(n, "citation", where).asText(), n.path("formula").asText(""), n.path("decimals").asInt(1),
                Collections.unmodifiableMap(classes), List.copyOf(ranges), src.path("title").asText(""), src.path("url").asText(""),
                n.path("trust").asText(""), n.path("trust_note").asText(""));
    }

    private static Transformer readTransformer(JsonNode oil, JsonNode dry, JsonNode power) {
        List<OilRow> oilRows = new ArrayList<>();
        for (JsonNode r : need(oil, "rows", OIL_10KV)) {
            oilRows.add(new OilRow(need(r, "kva", OIL_10KV).decimalValue(), need(r, "core", OIL_10KV).asText(),
                    List.of(need(r, "connection", OIL_10KV).asText().split("/")),
                    triple(r.get("no_load_kw"), OIL_10KV), triple(r.get("load_kw"), OIL_10KV)));
        }
        // Dry type: no-load columns by core material, load-loss columns by insulation class (ll_B100 → B).
        Map<String, String> coreKeys = new LinkedHashMap<>();
        coreKeys.put("电工钢带", "nl_steel");
        coreKeys.put("非晶合金", "nl_amorphous");
        List<DryRow> dryRows = new ArrayList<>();
        for (JsonNode r : need(dry, "rows", DRY_10KV)) {
            Map<String, BigDecimal[]> nl = new LinkedHashMap<>();
            coreKeys.forEach((core, key) -> nl.put(core, triple(r.get(key), DRY_10KV)));
            Map<String, BigDecimal[]> ll = new LinkedHashMap<>();
            r.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("ll_")) {
                    ll.put(e.getKey().substring(3, 4), triple(e.getValue(), DRY_10KV));
                }
            });
            dryRows.add(new DryRow(need(r, "kva", DRY_10KV).decimalValue(), nl, ll));
        }
        Source p = source(power, POWER_35KV);
        JsonNode subs = need(power, "sub_tables", POWER_35KV);
        return new Transformer(source(oil, OIL_10KV), List.copyOf(oilRows), source(dry, DRY_10KV),
                Collections.unmodifiableMap(coreKeys), List.copyOf(dryRows),
                powerTable(power, subs, "table3_nltc", p), powerTable(power, subs, "table4_oltc_partial", p));
    }

    private static PowerTable powerTable(JsonNode power, JsonNode subs, String key, Source base) {
        JsonNode sub = need(subs, key, POWER_35KV);
        List<PowerRow> rows = new ArrayList<>();
        need(power, key, POWER_35KV).fields().forEachRemaining(e -> rows.add(new PowerRow(new BigDecimal(e.getKey()),
                triple(e.getValue().get("no_load_kw"), POWER_35KV), triple(e.getValue().get("load_kw"), POWER_35KV))));
        rows.sort((a, b) -> a.kva().compareTo(b.kva()));
        return new PowerTable(base.withTable(need(sub, "table", POWER_35KV).asText(), sub.path("title").asText("")),
                sub.path("partial").asText(""), List.copyOf(rows));
    }

    private static Compressor readCompressor(JsonNode t) {
        Source base = source(t, COMPRESSOR);
        List<CompressorTable> tables = new ArrayList<>();
        need(t, "tables", COMPRESSOR).fields().forEachRemaining(e -> tables.add(readCompressorTable(e.getValue(),
                COMPRESSOR + "." + e.getKey(), base)));
        if (tables.isEmpty()) {
            throw new IllegalArgumentException(COMPRESSOR + ": no tables");
        }
        return new Compressor(base, List.copyOf(tables), t.path("between_rows_note").asText(""),
                t.path("pressure_rule_note").asText(""));
    }

    private static CompressorTable readCompressorTable(JsonNode t, String where, Source base) {
        List<BigDecimal> pressures = new ArrayList<>();
        need(t, "pressures_mpa", where).forEach(p -> pressures.add(p.decimalValue()));
        pressures.sort(BigDecimal::compareTo);
        boolean coolingColumns = need(t, "cooling_columns", where).asBoolean();
        Map<BigDecimal, Map<Integer, Map<String, Map<BigDecimal, Cell>>>> rows = new TreeMap<>();
        need(t, "rows", where).fields().forEachRemaining(kw -> {
            Map<Integer, Map<String, Map<BigDecimal, Cell>>> grades = new TreeMap<>();
            kw.getValue().fields().forEachRemaining(g -> {
                int grade = Integer.parseInt(g.getKey().replace("grade", ""));
                Map<String, Map<BigDecimal, Cell>> coolings = new LinkedHashMap<>();
                if (coolingColumns) {
                    g.getValue().fields().forEachRemaining(c -> coolings.put(c.getKey(), cells(c.getValue())));
                } else {
                    coolings.put(ANY_COOLING, cells(g.getValue()));
                }
                grades.put(grade, coolings);
            });
            rows.put(new BigDecimal(kw.getKey()), grades);
        });
        List<NotRead> notRead = new ArrayList<>();
        t.path("not_read_power_kw").forEach(n -> {
            List<BigDecimal> powers = new ArrayList<>();
            n.path("powers").forEach(p -> powers.add(p.decimalValue()));
            BigDecimal above = powers.isEmpty() ? need(n, "above", where).decimalValue() : null;
            BigDecimal below = n.path("below").isNull() || n.path("below").isMissingNode() ? null : n.get("below").decimalValue();
            notRead.add(new NotRead(above, below, List.copyOf(powers), n.path("text").asText()));
        });
        String lubrication = need(t, "lubrication", where).asText();
        String drive = need(t, "drive", where).asText();
        if (!List.of("oil", "oil_free").contains(lubrication) || !List.of("fixed", "variable").contains(drive)) {
            throw new IllegalArgumentException(where + ": lubrication must be oil/oil_free and drive fixed/variable");
        }
        return new CompressorTable(base.withTable(need(t, "table", where).asText(), base.title()), t.path("scope").asText(""),
                need(t, "type", where).asText(), "oil_free".equals(lubrication), "variable".equals(drive), coolingColumns,
                List.copyOf(pressures), rows, List.copyOf(notRead), t.path("coverage").asText(""),
                t.path("measurement_note").asText(""));
    }

    private static Map<BigDecimal, Cell> cells(JsonNode byPressure) {
        Map<BigDecimal, Cell> cells = new TreeMap<>();
        byPressure.fields().forEachRemaining(p -> cells.put(new BigDecimal(p.getKey()), cell(p.getValue())));
        return cells;
    }

    private static Cell cell(JsonNode v) {
        if (v == null || v.isNull()) {
            return new Cell(null, true, false);
        }
        if (v.isNumber()) {
            return new Cell(v.decimalValue(), false, false);
        }
        return new Cell(null, false, true); // "NR": not read
    }

    private static List<FanTable> readFans(JsonNode t) {
        Source base = source(t, FAN);
        List<Integer> order = new ArrayList<>();
        need(t, "grade_order_within_band", FAN).forEach(g -> order.add(g.asInt()));
        if (order.size() != 3) {
            throw new IllegalArgumentException(FAN + ": grade_order_within_band must list three grades");
        }
        List<FanTable> tables = new ArrayList<>();
        need(t, "tables", FAN).fields().forEachRemaining(e -> {
            JsonNode sub = e.getValue();
            String where = FAN + "." + e.getKey();
            String selector = need(sub, "row_selector", where).asText();
            String variable = "hub_ratio".equals(selector) ? "γ" : "ψ";
            List<Interval> bands = new ArrayList<>();
            need(sub, "no_ranges", where).forEach(b -> bands.add(Interval.parse(b.asText(), "机号")));
            List<FanRow> rows = new ArrayList<>();
            for (JsonNode r : need(sub, "rows", where)) {
                Interval coef = Interval.parse(r.get(0).asText(), variable);
                String nsText = r.get(1).asText("");
                Interval ns = nsText.isBlank() ? null : Interval.parse(nsText, "ns");
                JsonNode values = r.get(2);
                if (values.size() != bands.size() * 3) {
                    throw new IllegalArgumentException(where + ": row '" + r.get(0).asText() + "' has " + values.size()
                            + " values for " + bands.size() + " bands");
                }
                BigDecimal[][] limits = new BigDecimal[bands.size()][3];
                for (int b = 0; b < bands.size(); b++) {
                    for (int i = 0; i < 3; i++) {
                        JsonNode v = values.get(b * 3 + i);
                        limits[b][order.get(i) - 1] = v.isNull() ? null : v.decimalValue();
                    }
                }
                rows.add(new FanRow(coef, ns, limits));
            }
            tables.add(new FanTable(base.withTable(need(sub, "table", where).asText(), base.title()),
                    need(sub, "fan_type", where).asText(), selector, List.copyOf(bands), List.copyOf(rows),
                    sub.path("partial").asText("")));
        });
        return List.copyOf(tables);
    }

    private static Pump readPump(JsonNode t) {
        Map<String, Map<String, BigDecimal>> coefficients = new LinkedHashMap<>();
        need(t, "coefficients", PUMP).fields().forEachRemaining(e -> {
            Map<String, BigDecimal> c = new LinkedHashMap<>();
            for (String k : List.of("a", "b", "c", "d", "e")) {
                c.put(k, need(e.getValue(), k, PUMP).decimalValue());
            }
            coefficients.put(e.getKey(), Collections.unmodifiableMap(c));
        });
        List<CiRow> ci = new ArrayList<>();
        for (JsonNode r : need(t, "ci", PUMP)) {
            if (r.size() != 6) {
                throw new IllegalArgumentException(PUMP + ": a Ci row must have six columns");
            }
            ci.add(new CiRow(r.get(0).asText(), r.get(1).decimalValue(), r.get(2).decimalValue(), r.get(3).asBoolean(),
                    r.get(4).asBoolean(), triple(r.get(5), PUMP)));
        }
        return new Pump(source(t, PUMP), t.path("formula").asText(""), Collections.unmodifiableMap(coefficients),
                List.copyOf(ci), need(t, "ns_constant", PUMP).decimalValue(),
                need(t, "double_suction_flow_factor", PUMP).decimalValue(), need(t, "ns_head_exponent", PUMP).decimalValue());
    }

    private static Boiler readBoiler(JsonNode t) {
        Source base = source(t, BOILER);
        Map<String, BoilerTable> tables = new LinkedHashMap<>();
        t.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("table") || !e.getValue().isObject()) {
                return;
            }
            JsonNode sub = e.getValue();
            String where = BOILER + "." + e.getKey();
            List<String> bands = new ArrayList<>();
            need(sub, "capacity_bands", where).forEach(b -> bands.add(b.asText()));
            List<BoilerRow> rows = new ArrayList<>();
            for (JsonNode r : need(sub, "rows", where)) {
                List<BigDecimal[]> byBand = new ArrayList<>();
                r.get(4).forEach(b -> byBand.add(triple(b, where)));
                if (byBand.size() != bands.size()) {
                    throw new IllegalArgumentException(where + ": row values do not match the capacity bands");
                }
                rows.add(new BoilerRow(r.get(0).asText(), r.get(1).asText(""), r.get(2).asText(""), r.get(3).asText(""),
                        List.copyOf(byBand)));
            }
            tables.put(e.getKey(), new BoilerTable(base.withTable(need(sub, "table", where).asText(), base.title()),
                    List.copyOf(bands), List.copyOf(rows)));
        });
        return new Boiler(base, Collections.unmodifiableMap(tables), need(t, "electric_boiler_limit_pct", BOILER).decimalValue(),
                t.path("electric_boiler_clause").asText(""));
    }

    private static String obsoleteSourceText(JsonNode o) {
        JsonNode s = o.path("source");
        String commit = s.path("commit").asText("");
        return Texts.format("equipment.obsoleteProvenance", o.path("title").asText(""), o.path("issuer").asText(""),
                s.path("repository").asText("") + "/" + s.path("path").asText("")
                        + (commit.isEmpty() ? "" : "@" + commit.substring(0, Math.min(8, commit.length()))),
                o.path("trust").asText(""), o.path("trust_note").asText("").replaceAll("[。；]+$", ""));
    }

    private static List<ObsoleteEntry> readObsolete(JsonNode o) {
        List<ObsoleteEntry> entries = new ArrayList<>();
        for (JsonNode e : need(o, "entries", OBSOLETE_PACK)) {
            List<Pattern> patterns = new ArrayList<>();
            need(e, "patterns", OBSOLETE_PACK).forEach(p -> patterns.add(Pattern.compile(p.asText())));
            entries.add(new ObsoleteEntry(need(e, "batch", OBSOLETE_PACK).asText(), need(e, "item", OBSOLETE_PACK).asText(),
                    EquipmentClass.valueOf(need(e, "equipment_class", OBSOLETE_PACK).asText()),
                    e.path("product").asText(""), e.path("listed").asText(""), e.path("reason").asText(""),
                    e.path("deadline").asText(""), List.copyOf(patterns), range(e.get("rated_power_kw")),
                    range(e.get("capacity_kva")), e.path("verify_model").asText("")));
        }
        return List.copyOf(entries);
    }

    private static Range range(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        return new Range(n.hasNonNull("min") ? n.get("min").decimalValue() : null,
                n.hasNonNull("max") ? n.get("max").decimalValue() : null);
    }
}
