package org.energydiag.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bundled holiday calendar against the State Council General Office's notices, read back from the verbatim item
 * texts the pack keeps (新华社 full texts: 国办发明电〔2023〕7号 for 2024, 国办发明电〔2024〕12号 for 2025, 国办发明电〔2025〕7号
 * for 2026): each block's first and last day, its count of days and its 调休 working days are parsed again from the
 * notice's own words, and every weekday the notice writes beside a date ("1月1日（周四）") is checked against the
 * Gregorian calendar, so a mistyped date cannot pass.
 */
class PublicHolidaysTest {

    private static final PublicHolidays BUNDLED = PublicHolidays.loadBundled();

    /** "1月28日（农历除夕、周二）", "至3日（周六）", "2月4日（星期日）": month (optional), day, the bracket. */
    private static final Pattern DATE = Pattern.compile("(?:(\\d{1,2})月)?(\\d{1,2})日（([^）]*)）");
    private static final Pattern WEEKDAY = Pattern.compile("(?:周|星期)([一二三四五六日])");
    private static final Pattern TOTAL = Pattern.compile("共(\\d+)天");

    @Test
    void theNoticesOf2024To2026AreBundledWithTheirNumbers() {
        assertThat(BUNDLED.years()).extracting(PublicHolidays.Year::year).containsExactly(2024, 2025, 2026);
        assertThat(BUNDLED.year(2024).orElseThrow().document()).isEqualTo("国办发明电〔2023〕7号");
        assertThat(BUNDLED.year(2025).orElseThrow().document()).isEqualTo("国办发明电〔2024〕12号");
        assertThat(BUNDLED.year(2026).orElseThrow().document()).isEqualTo("国办发明电〔2025〕7号");
        assertThat(BUNDLED.knows(2027)).isFalse();
        for (PublicHolidays.Year y : BUNDLED.years()) {
            assertThat(y.title()).isEqualTo("国务院办公厅关于" + y.year() + "年部分节假日安排的通知");
            assertThat(y.source()).isNotBlank();
            assertThat(y.trust()).isNotBlank();
        }
        assertThat(BUNDLED.year(2026).orElseThrow().holidays()).extracting(PublicHolidays.Holiday::name)
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
        assertThat(BUNDLED.year(2025).orElseThrow().holidays()).extracting(PublicHolidays.Holiday::name)
                .containsExactly("元旦", "春节", "清明节", "劳动节", "端午节", "国庆节、中秋节");
    }

    @Test
    void everyBlockAgreesWithTheNoticesOwnWords() {
        int checkedWeekdays = 0;
        for (PublicHolidays.Year y : BUNDLED.years()) {
            for (PublicHolidays.Holiday h : y.holidays()) {
                String text = h.text();
                int off = text.indexOf("放假");
                assertThat(off).as(text).isPositive();
                List<LocalDate> before = dates(text.substring(0, off), y.year());
                List<LocalDate> workdays = new ArrayList<>();
                for (String sentence : text.substring(off).split("。")) {
                    if (sentence.contains("上班")) {
                        workdays.addAll(dates(sentence, y.year()));
                    }
                }
                assertThat(h.workdays()).as(text).containsExactlyElementsOf(workdays);
                if (h.note().isBlank()) {
                    // the notice names the days off itself: first (and last) before 放假, the count after 共
                    assertThat(h.first()).as(text).isEqualTo(before.get(0));
                    assertThat(h.last()).as(text).isEqualTo(before.get(before.size() - 1));
                    Matcher total = TOTAL.matcher(text);
                    int days = total.find() ? Integer.parseInt(total.group(1)) : text.contains("放假1天") ? 1 : -1;
                    assertThat(h.days()).as(text).isEqualTo(days);
                } else {
                    // "1月1日放假，与周末连休": the named day is the block's last, the weekend before it joins
                    assertThat(before).as(text).containsExactly(h.last());
                    assertThat(h.first().getDayOfWeek()).as(text).isEqualTo(DayOfWeek.SATURDAY);
                    assertThat(h.last().minusDays(1).getDayOfWeek()).isIn(DayOfWeek.SUNDAY);
                }
                Matcher m = DATE.matcher(text);
                int month = 0;
                while (m.find()) {
                    month = m.group(1) != null ? Integer.parseInt(m.group(1)) : month;
                    Matcher w = WEEKDAY.matcher(m.group(3));
                    if (w.find()) {
                        LocalDate d = LocalDate.of(y.year(), month, Integer.parseInt(m.group(2)));
                        assertThat(d.getDayOfWeek()).as(text + " → " + d).isEqualTo(weekday(w.group(1)));
                        checkedWeekdays++;
                    }
                }
            }
        }
        // 2024: 8 (its items write 星期 only beside working days), 2025: 16, 2026: 20
        assertThat(checkedWeekdays).isGreaterThanOrEqualTo(40);
    }

    @Test
    void blocksAreFoundByDateAcrossTheTurnOfTheYear() {
        assertThat(BUNDLED.blocksOn(LocalDate.of(2025, 10, 5))).singleElement()
                .satisfies(h -> assertThat(h.festivals()).containsExactly("国庆节", "中秋节"));
        assertThat(BUNDLED.blocksOn(LocalDate.of(2023, 12, 31))).singleElement()
                .satisfies(h -> assertThat(h.name()).isEqualTo("元旦"));
        assertThat(BUNDLED.blocksOn(LocalDate.of(2026, 10, 8))).isEmpty();
        PublicHolidays.Holiday national = BUNDLED.blocksOn(LocalDate.of(2026, 10, 3)).get(0);
        assertThat(national.dayOf(LocalDate.of(2026, 10, 3))).isEqualTo(3);
        assertThat(national.dayOf(LocalDate.of(2026, 10, 10))).isZero();
        assertThat(BUNDLED.yearOf(national).orElseThrow().document()).isEqualTo("国办发明电〔2025〕7号");
    }

    @Test
    void aPackWhoseDaysDisagreeWithItsDatesIsRefused() {
        String json = """
                {"years": [{"year": 2026, "document": "x", "holidays": [
                  {"name": "国庆节", "first": "2026-10-01", "last": "2026-10-07", "days": 8, "workdays": []}]}]}
                """;
        assertThatThrownBy(() -> PublicHolidays.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not 8 days");
        String inside = """
                {"years": [{"year": 2026, "document": "x", "holidays": [
                  {"name": "国庆节", "first": "2026-10-01", "last": "2026-10-07", "days": 7, "workdays": ["2026-10-03"]}]}]}
                """;
        assertThatThrownBy(() -> PublicHolidays.load(new ByteArrayInputStream(inside.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("working day");
    }

    private static List<LocalDate> dates(String s, int year) {
        List<LocalDate> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?:(\\d{1,2})月)?(\\d{1,2})日").matcher(s);
        int month = 0;
        while (m.find()) {
            month = m.group(1) != null ? Integer.parseInt(m.group(1)) : month;
            out.add(LocalDate.of(year, month, Integer.parseInt(m.group(2))));
        }
        return out;
    }

    private static DayOfWeek weekday(String c) {
        return DayOfWeek.of("一二三四五六日".indexOf(c) + 1);
    }
}
