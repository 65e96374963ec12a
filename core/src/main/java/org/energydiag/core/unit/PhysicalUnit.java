package org.energydiag.core.unit;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.text.Texts;

/**
 * The units energy quantities are entered in, each with its dimension and its size in the
 * dimension's base unit (kg, m³, kWh, MJ). Conversions are exact decimal factors by definition
 * of the units (SI prefixes, 万 = 10⁴); electricity and heat are kept apart on purpose.
 */
public enum PhysicalUnit {
    KG("kg", Dimension.MASS, "1", "千克", "公斤"),
    T("t", Dimension.MASS, "1000", "吨"),
    WAN_T("万t", Dimension.MASS, "10000000", "万吨"),
    M3("m³", Dimension.VOLUME, "1", "m3", "nm3", "nm³", "立方米", "方", "标立方米", "标方"),
    WAN_M3("万m³", Dimension.VOLUME, "10000", "万m3", "万nm3", "万nm³", "万立方米", "万方", "万标立方米", "万标方"),
    KWH("kWh", Dimension.ELECTRICITY, "1", "千瓦时", "度", "kw·h", "kw.h", "kw*h"),
    WAN_KWH("万kWh", Dimension.ELECTRICITY, "10000", "万千瓦时", "万度", "万kw·h"),
    MWH("MWh", Dimension.ELECTRICITY, "1000", "兆瓦时", "mw·h"),
    GWH("GWh", Dimension.ELECTRICITY, "1000000", "吉瓦时", "百万千瓦时"),
    MJ("MJ", Dimension.HEAT, "1", "兆焦", "百万焦耳"),
    GJ("GJ", Dimension.HEAT, "1000", "吉焦", "百万千焦"),
    TJ("TJ", Dimension.HEAT, "1000000", "太焦");

    private static final Map<String, PhysicalUnit> BY_ALIAS = new HashMap<>();

    static {
        for (PhysicalUnit u : values()) {
            BY_ALIAS.put(key(u.symbol), u);
            for (String a : u.aliases) {
                BY_ALIAS.put(key(a), u);
            }
        }
    }

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal toBase;
    private final String[] aliases;

    PhysicalUnit(String symbol, Dimension dimension, String toBase, String... aliases) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toBase = new BigDecimal(toBase);
        this.aliases = aliases;
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).trim().toLowerCase(Locale.ROOT).replace(" ", "")
                .replace("（", "(").replace("）", ")");
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Size of one of this unit in the dimension's base unit. */
    public BigDecimal toBase() {
        return toBase;
    }

    /** Parses a unit as written (symbol or Chinese name, any case, full-width allowed). */
    public static Optional<PhysicalUnit> parse(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(BY_ALIAS.get(key(text)));
    }

    /** Units of one dimension, for choosers. */
    public static PhysicalUnit[] of(Dimension d) {
        return java.util.Arrays.stream(values()).filter(u -> u.dimension == d).toArray(PhysicalUnit[]::new);
    }

    /**
     * Converts {@code value} from this unit to {@code target}.
     *
     * @throws UnitException when the dimensions differ (never converted silently)
     */
    public double convert(double value, PhysicalUnit target) {
        if (target.dimension != dimension) {
            throw new UnitException(Texts.format("unit.notConvertible", symbol, dimension.label(), target.symbol,
                    target.dimension.label()));
        }
        return value * toBase.doubleValue() / target.toBase.doubleValue();
    }
}
