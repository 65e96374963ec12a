package org.energydiag.core.meter;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Units found in meter exports, with the base unit the importer stores (kWh, kvarh, m³, t, GJ) and
 * the factor to it; power units (kW, MW) are turned into energy with the interval length.
 */
public enum MeterUnit {
    WH("Wh", Quantity.ENERGY, 0.001, "wh", "瓦时"),
    KWH("kWh", Quantity.ENERGY, 1, "kwh", "千瓦时", "kw·h", "kw.h", "kw*h", "度", "kw-h"),
    MWH("MWh", Quantity.ENERGY, 1000, "mwh", "兆瓦时", "mw·h"),
    KW("kW", Quantity.POWER, 1, "kw", "千瓦"),
    MW("MW", Quantity.POWER, 1000, "mw", "兆瓦"),
    KVARH("kvarh", Quantity.REACTIVE, 1, "kvarh", "kvar·h", "千乏时", "kvarh（无功）"),
    M3("m³", Quantity.VOLUME, 1, "m3", "nm3", "nm³", "立方米", "方", "立方"),
    T("t", Quantity.MASS, 1, "吨", "ton", "tons"),
    GJ("GJ", Quantity.HEAT, 1, "gj", "吉焦", "百万千焦");

    /** What a unit measures. */
    public enum Quantity {
        ENERGY("kWh"), POWER("kWh"), REACTIVE("kvarh"), VOLUME("m³"), MASS("t"), HEAT("GJ");

        private final String storedUnit;

        Quantity(String storedUnit) {
            this.storedUnit = storedUnit;
        }

        /** Unit of the stored interval values. */
        public String storedUnit() {
            return storedUnit;
        }
    }

    private static final int MAX_HEADER_CHARS = 200;
    private static final Map<String, MeterUnit> ALIASES = new LinkedHashMap<>();
    /** Text in brackets, or a unit after _ - / or a space at the end of a header. */
    private static final Pattern BRACKETED = Pattern.compile("[（(\\[【]\\s*([^）)\\]】]+?)\\s*[）)\\]】]");
    private static final Pattern SUFFIX = Pattern.compile("(?:^|[_\\-/\\s:：])([A-Za-z³·.*\\-]+\\d?)\\s*$");
    private static final Pattern TRAILING = Pattern.compile("(kwh|mwh|wh|kvarh|kw|mw|m3|m³|gj)$", Pattern.CASE_INSENSITIVE);

    static {
        for (MeterUnit u : values()) {
            ALIASES.put(key(u.symbol), u);
            for (String a : u.aliases) {
                ALIASES.put(key(a), u);
            }
        }
    }

    private final String symbol;
    private final Quantity quantity;
    private final double toStored;
    private final String[] aliases;

    MeterUnit(String symbol, Quantity quantity, double toStored, String... aliases) {
        this.symbol = symbol;
        this.quantity = quantity;
        this.toStored = toStored;
        this.aliases = aliases;
    }

    static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    public String symbol() {
        return symbol;
    }

    public Quantity quantity() {
        return quantity;
    }

    /** Factor to the stored unit (for power: to kW, before multiplying by the interval in hours). */
    public double toStored() {
        return toStored;
    }

    public static Optional<MeterUnit> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(ALIASES.get(key(text)));
    }

    /** The unit a header states, e.g. "1#变压器（kw）", "Usage_kWh", "电量(千瓦时)", "有功功率kW". */
    public static Optional<MeterUnit> fromHeader(String header) {
        if (header == null) {
            return Optional.empty();
        }
        // a real header is short; on a long one (a broken file) the patterns below would take quadratic time
        String h = Normalizer.normalize(header.length() > MAX_HEADER_CHARS ? header.substring(header.length() - MAX_HEADER_CHARS)
                : header, Normalizer.Form.NFKC).trim();
        Matcher m = BRACKETED.matcher(h);
        while (m.find()) {
            Optional<MeterUnit> u = parse(m.group(1));
            if (u.isPresent()) {
                return u;
            }
        }
        m = SUFFIX.matcher(h);
        if (m.find()) {
            Optional<MeterUnit> u = parse(m.group(1));
            if (u.isPresent()) {
                return u;
            }
        }
        m = TRAILING.matcher(h);
        if (m.find()) {
            return parse(m.group(1));
        }
        String words = h.toLowerCase(Locale.ROOT).replace('-', ' ');
        if (words.contains("kilowatt hours") || words.contains("kilowatt hour")) {
            return Optional.of(KWH); // "Usage Delivered(Real energy in kilowatt-hours)"
        }
        if (words.contains("megawatt hours") || words.contains("megawatt hour")) {
            return Optional.of(MWH);
        }
        if (words.contains("kilovar hours") || words.contains("kilovar hour")) {
            return Optional.of(KVARH);
        }
        if (words.contains("kilowatts") || words.endsWith("kilowatt")) {
            return Optional.of(KW);
        }
        for (String zh : new String[] {"千瓦时", "千乏时", "立方米", "吉焦", "兆瓦时"}) {
            if (h.endsWith(zh)) {
                return parse(zh);
            }
        }
        return Optional.empty();
    }
}
