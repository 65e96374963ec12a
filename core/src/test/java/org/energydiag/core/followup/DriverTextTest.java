package org.energydiag.core.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periodic production pasted from a spreadsheet: months in the usual spellings, degree-days optional, errors by line. */
class DriverTextTest {

    @Test
    void readsMonthsDaysAndDegreeDaysAndWritesThemBack() throws Exception {
        List<DriverPeriod> d = DriverText.parse("# 月份 产量\n2025-01\t9300\n2025/2, 8800.5\n2025年3月 9100 410 -\n\n2025-04-07 2100");
        assertThat(d).containsExactly(new DriverPeriod(LocalDate.of(2025, 1, 1), 9300.0, null, null),
                new DriverPeriod(LocalDate.of(2025, 2, 1), 8800.5, null, null),
                new DriverPeriod(LocalDate.of(2025, 3, 1), 9100.0, 410.0, null),
                new DriverPeriod(LocalDate.of(2025, 4, 7), 2100.0, null, null));
        assertThat(DriverText.parse(DriverText.format(d))).isEqualTo(d);
    }

    @Test
    void aBadLineIsNamed() {
        assertThatThrownBy(() -> DriverText.parse("2025-01 9300\n2025-13 1")).hasMessageContaining("第 2 行");
        assertThatThrownBy(() -> DriverText.parse("2025-01 九千")).hasMessageContaining("不是数字");
        assertThatThrownBy(() -> DriverText.parse("2025-01 -5")).hasMessageContaining("不能为负");
    }
}
