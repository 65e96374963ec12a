package org.energydiag.core.equipment.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.stream.Collectors;
import org.energydiag.core.text.Texts;

/** Number formatting for basis texts: plain, without trailing zeros. */
final class Fmt {

    private Fmt() {
    }

    static String n(BigDecimal v) {
        if (v == null) {
            return Texts.get("equipment.valueNotRead");
        }
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    static BigDecimal round(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
    }

    /** "95.2%", "7.3 kW/(m³/min)", "0.37 kW". */
    static String u(BigDecimal v, String unit) {
        return u(n(v), unit);
    }

    static String u(String number, String unit) {
        if (unit == null || unit.isEmpty()) {
            return number;
        }
        return "%".equals(unit) ? number + unit : number + " " + unit;
    }

    static String list(Collection<BigDecimal> values) {
        return values.stream().map(Fmt::n).collect(Collectors.joining("、"));
    }
}
