package org.energydiag.core.report.plan;

import java.util.Locale;
import org.energydiag.core.text.Texts;

/**
 * How many digits the documents print, one rule per kind of quantity, so that a figure is shown
 * with the precision it has and not more (339 704 tce, not 339,703.94): standard coal, CO2 and
 * physical quantities as integers from 1 000 up, one decimal from 100, two below; money in 万元
 * as integers from 1 000, else two decimals; percentages with one decimal from 10 %, else two;
 * intensities (per unit of product or of value) with three significant figures; years with one
 * decimal. Large physical quantities move to a larger unit (kg → t from 100 t, t → 万t, kWh →
 * 万kWh → 亿kWh, m³ → 万m³) so that no table cell holds more than six digits before the point. An absent value
 * (NaN, null) prints as "—".
 */
public final class NumberStyle {

    private NumberStyle() {
    }

    /** Tonnes of standard coal, tonnes of CO2, and physical quantities in their (chosen) unit. */
    public static String amount(Double v) {
        if (absent(v)) {
            return "—";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 1000 ? "%,.0f" : a >= 100 ? "%,.1f" : "%,.2f", v);
    }

    /** 万元. */
    public static String money(Double v) {
        if (absent(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%,.0f" : "%,.2f", v);
    }

    /** A percentage (the value is already ×100). */
    public static String percent(Double v) {
        if (absent(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%,.1f" : "%,.2f", v);
    }

    /** Three significant figures (integers from 1 000 up): unit consumption, emission intensity. */
    public static String intensity(Double v) {
        if (absent(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a == 0) {
            return "0";
        }
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(a)));
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * A coefficient as it is published (0.5777, 0.078, 32.8, 20.908): up to six significant figures,
     * no trailing zeros — a factor is quoted, never rounded to the precision of a result.
     */
    public static String factor(Double v) {
        if (absent(v)) {
            return "—";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** Years (payback period). */
    public static String years(Double v) {
        if (absent(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** A quantity in a unit chosen for it: the unit and the factor to divide by. */
    public record Scale(String unit, double divisor) {
        public String format(Double v) {
            return absent(v) ? "—" : amount(v / divisor);
        }
    }

    /**
     * The unit a row of quantities is printed in: {@code unit} as given, or a larger one when the
     * largest value would need more than six digits (kg → t → 万t, t → 万t, kWh → 万kWh → 亿kWh,
     * m³ → 万m³, GJ → 万GJ).
     */
    public static Scale scale(String unit, double largest) {
        double a = Math.abs(largest);
        if (Double.isNaN(a)) {
            return new Scale(unit, 1);
        }
        switch (unit == null ? "" : unit) {
            case "kg":
                if (a >= 1e10) {
                    return new Scale(Texts.get("plan.unitWanT"), 1e7);
                }
                return a >= 1e5 ? new Scale("t", 1e3) : new Scale(unit, 1);
            case "t":
                return a >= 1e6 ? new Scale(Texts.get("plan.unitWanT"), 1e4) : new Scale(unit, 1);
            case "kWh":
                if (a >= 1e10) {
                    return new Scale(Texts.get("plan.unitYiKwh"), 1e8);
                }
                return a >= 1e6 ? new Scale(Texts.get("plan.unitWanKwh"), 1e4) : new Scale(unit, 1);
            case "m³":
            case "m3":
                return a >= 1e6 ? new Scale(Texts.get("plan.unitWanM3"), 1e4) : new Scale(unit, 1);
            case "GJ":
                return a >= 1e6 ? new Scale(Texts.get("plan.unitWanGj"), 1e4) : new Scale(unit, 1);
            default:
                return new Scale(unit, 1);
        }
    }

    private static boolean absent(Double v) {
        return v == null || Double.isNaN(v) || Double.isInfinite(v);
    }
}
