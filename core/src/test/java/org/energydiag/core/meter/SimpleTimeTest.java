package org.energydiag.core.meter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The timestamp read straight from the characters ({@link Timestamps#parseSimple}) is the value
 * {@link Timestamps#parse} gives for the same text, or it steps aside ({@link Timestamps#NONE}).
 */
class SimpleTimeTest {

    static long simple(String s) {
        char[] c = ("##" + s + "#").toCharArray(); // not at the start of the array: the offsets count
        return Timestamps.parseSimple(c, 2, 2 + s.length());
    }

    @Test
    void sameValueAsTheFullReaderOrStepsAside() {
        Random rnd = new Random(20261204);
        int fast = 0;
        for (int i = 0; i < 100_000; i++) {
            int y = 1890 + rnd.nextInt(330);
            int m = rnd.nextInt(14);
            int d = rnd.nextInt(33);
            int hh = rnd.nextInt(26);
            int mm = rnd.nextInt(61);
            int ss = rnd.nextInt(61);
            char ds = rnd.nextBoolean() ? '-' : '/';
            char ts = rnd.nextInt(4) == 0 ? 'T' : ' ';
            String s = String.format("%04d%c%02d%c%02d%c%02d:%02d", y, ds, m, ds, d, ts, hh, mm)
                    + (rnd.nextBoolean() ? String.format(":%02d", ss) : "");
            long got = simple(s);
            long full = Timestamps.parse(s, DateOrder.YMD);
            if (got != Timestamps.NONE) {
                fast++;
                assertThat(got).as(s).isEqualTo(full);
                assertThat(Timestamps.hasZone(s)).as(s).isFalse();
            } else {
                assertThat(full).as("a valid time of the common form is read directly: %s", s).isEqualTo(Timestamps.NONE);
            }
        }
        assertThat(fast).isGreaterThan(30_000);
        // a worked value: 2025-01-01 00:15 is 1 735 690 500 s after 1970-01-01 00:00 (wall time, UTC)
        assertThat(simple("2025-01-01 00:15")).isEqualTo(LocalDateTime.of(2025, 1, 1, 0, 15).toEpochSecond(ZoneOffset.UTC))
                .isEqualTo(1_735_690_500L);
        assertThat(simple("2024-02-29 24:00:00")).isEqualTo(Timestamps.parse("2024-02-29 24:00:00", DateOrder.YMD));
        for (String other : new String[] {"2025-1-1 0:15", "2025-01-01", "2025-01-01 00:15Z", "2025-01-01 00:15+08",
            "２０２５-01-01 00:15", "2025-01-01 00:15:00.5", "2025.01.01 00:15", "2025-01/01 00:15", "01/02/2025 00:15",
            "2025-01-01 00-15", "x025-01-01 00:15", "2025-01-01 00:15:0x", "2025-01-01_00:15"}) {
            assertThat(simple(other)).as(other).isEqualTo(Timestamps.NONE);
        }
    }
}
