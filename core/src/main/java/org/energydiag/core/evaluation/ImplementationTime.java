package org.energydiag.core.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energydiag.core.text.Texts;

/**
 * 实施时间 of a key project as written in 表3-1 ("2026年3月—2026年10月", "2027年", "2026.3-2027.6"):
 * the first and the last month named. A year without a month starts in January and ends in
 * December.
 */
public record ImplementationTime(YearMonth start, YearMonth end) {

    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*(?:年|[.\\-/])?\\s*(?:(\\d{1,2})\\s*月?)?");

    public static Optional<ImplementationTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = YEAR_MONTH.matcher(text);
        List<int[]> found = new ArrayList<>();
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (month > 12) {
                month = 0;
            }
            found.add(new int[] {year, month});
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int[] a = found.get(0);
        int[] b = found.get(found.size() - 1);
        YearMonth start = YearMonth.of(a[0], a[1] == 0 ? 1 : a[1]);
        YearMonth end = YearMonth.of(b[0], b[1] == 0 ? 12 : b[1]);
        return end.isBefore(start) ? Optional.empty() : Optional.of(new ImplementationTime(start, end));
    }

    static String text(YearMonth ym) {
        return Texts.format("check.yearMonth", ym.getYear(), ym.getMonthValue());
    }
}
