package org.energydiag.core.followup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.text.Texts;

/**
 * The drivers of a verification as the engineer pastes them, one period a line: the period's first
 * day or month ({@code 2025-01-01}, {@code 2025-01}, {@code 2025/1}, {@code 2025年1月}), its output, and
 * optionally its heating and cooling degree-days, separated by spaces, tabs or commas (as copied
 * from a spreadsheet); an empty cell or {@code -} leaves a value out. Lines starting with {@code #} and
 * blank lines are skipped.
 */
public final class DriverText {

    private DriverText() {
    }

    /** A line that could not be read, with its number (from 1) and why. */
    public static final class Problem extends Exception {
        private static final long serialVersionUID = 1L;

        public Problem(String message) {
            super(message);
        }
    }

    public static List<DriverPeriod> parse(String text) throws Problem {
        List<DriverPeriod> out = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("[\\s,，;；\\t]+");
            LocalDate start = date(f[0]);
            if (start == null) {
                throw new Problem(Texts.format("followup.drivers.badDate", i + 1, f[0]));
            }
            Double[] v = new Double[3];
            for (int k = 0; k < 3 && k + 1 < f.length; k++) {
                String s = f[k + 1];
                if (s.isEmpty() || s.equals("-")) {
                    continue;
                }
                try {
                    v[k] = new BigDecimal(s).doubleValue();
                } catch (NumberFormatException e) {
                    throw new Problem(Texts.format("followup.drivers.badNumber", i + 1, s));
                }
                if (v[k] < 0) {
                    throw new Problem(Texts.format("followup.drivers.negative", i + 1, s));
                }
            }
            out.add(new DriverPeriod(start, v[0], v[1], v[2]));
        }
        return out;
    }

    /** The lines {@link #parse} reads back. */
    public static String format(List<DriverPeriod> drivers) {
        StringBuilder sb = new StringBuilder();
        for (DriverPeriod d : drivers) {
            sb.append(d.start()).append('\t').append(n(d.production()));
            if (d.hdd() != null || d.cdd() != null) {
                sb.append('\t').append(n(d.hdd())).append('\t').append(n(d.cdd()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String n(Double v) {
        return v == null ? "-" : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** 2025-01-01, 2025-01, 2025/1, 2025.1, 2025年1月; null when none of them. */
    static LocalDate date(String s) {
        String t = s.replace('/', '-').replace('.', '-').replace("年", "-").replace("月", "").replace("日", "");
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            // a month
        }
        String[] p = t.split("-");
        try {
            if (p.length == 2) {
                return YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])).atDay(1);
            }
            if (p.length == 3) {
                return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
