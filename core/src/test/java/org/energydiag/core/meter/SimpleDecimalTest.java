package org.energydiag.core.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast decimal path gives the very double {@link Double#parseDouble} gives, or steps aside. */
class SimpleDecimalTest {

    @Test
    void sameDoubleAsParseDoubleOrNaN() {
        Random r = new Random(20261202);
        int fast = 0;
        for (int i = 0; i < 200_000; i++) {
            long mant = r.nextLong() % 1_000_000_000_000_000L;
            String t = Long.toString(Math.abs(mant));
            int dec = r.nextInt(14);
            if (dec > 0 && dec < t.length()) {
                t = t.substring(0, t.length() - dec) + "." + t.substring(t.length() - dec);
            }
            String s = (mant < 0 ? "-" : "") + t;
            double f = MeterCsv.simpleDecimal(s, s.length());
            if (!Double.isNaN(f)) {
                fast++;
                assertThat(Double.doubleToLongBits(f) == Double.doubleToLongBits(Double.parseDouble(s)) || f == 0)
                        .as(s).isTrue();
            }
        }
        assertThat(fast).as("most values take the fast path").isGreaterThan(100_000);
        for (String s : new String[] {"0.435000", "3.78", "-7", "+3.25", "00012.5000", "1.", ".5", "0.000000000000000000001"}) {
            assertThat(MeterCsv.simpleDecimal(s, s.length())).as(s).isEqualTo(Double.parseDouble(s));
        }
        for (String s : new String[] {".", "-", "+", "1e5", "1,000", "12.3.4", "1234567890123456"}) {
            assertThat(MeterCsv.simpleDecimal(s, s.length())).as(s).isNaN();
        }
    }

    /** The range check on the digits agrees with the check on the value it stands for (|v| ≤ 10^13). */
    @Test
    void withinMaxAgreesWithTheValue() {
        Random r = new Random(20261205);
        java.util.List<String> cases = new java.util.ArrayList<>(java.util.List.of("10000000000000", "10000000000001",
                "9999999999999.9", "10000000000000.0", "10000000000000.1", "100000000000000", "-10000000000000",
                "-10000000000000.1", "99999999999999.9", "0.000000000000001", "1.", ".5", "0", "-0", "000000000000000000012.5",
                "9999999999999.99", "10000000000000.00", "10000000000000.01"));
        for (int i = 0; i < 200_000; i++) {
            String digits = Long.toString(Math.abs(r.nextLong()) % 1_000_000_000_000_000L);
            int dec = r.nextInt(5);
            String t = dec > 0 && dec < digits.length() ? digits.substring(0, digits.length() - dec) + "." + digits.substring(digits.length() - dec)
                    : digits;
            cases.add((r.nextBoolean() ? "-" : "") + t);
        }
        int checked = 0;
        for (String s : cases) {
            char[] c = s.toCharArray();
            long code = MeterCsv.simpleDecimalCode(c, 0, c.length);
            if (code < 0) {
                assertThat(MeterCsv.simpleDecimal(c, 0, c.length)).as(s).isNaN();
                continue;
            }
            checked++;
            double v = MeterCsv.decimalValue(code);
            assertThat(Double.doubleToLongBits(v)).as(s).isEqualTo(Double.doubleToLongBits(Double.parseDouble(s)));
            assertThat(MeterCsv.withinMax(code)).as(s).isEqualTo(Math.abs(v) <= MeterCsv.MAX_ABS_VALUE);
        }
        assertThat(checked).isGreaterThan(100_000);
    }
}
