package org.energydiag.core.equipment.rating;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The best grade an item meets, from a test per grade (1级 hardest … 3级 = 能效限定值, easiest).
 * A test answers null when the reference data lacks that grade's limit; then the grade is decided
 * only if the known limits settle it, never guessed.
 */
final class GradeScale {

    /**
     * @param grade    the grade, or null when the missing limits leave it open
     * @param atLeast  when open: the best grade known to be met (0 if none)
     * @param unknown  the grades whose limits are missing
     * @param failedBest when open and nothing known is met: the easiest known grade that is failed (0 if none)
     */
    record Decision(Grade grade, int atLeast, List<Integer> unknown, int failedBest) {
        boolean decided() {
            return grade != null;
        }
    }

    private GradeScale() {
    }

    static Decision decide(IntFunction<Boolean> meets) {
        List<Integer> unknown = new ArrayList<>();
        int failed = 0;
        for (int k = 1; k <= 3; k++) {
            Boolean m = meets.apply(k);
            if (m == null) {
                unknown.add(k);
            } else if (m) {
                return unknown.isEmpty() ? new Decision(Grade.ofNumber(k), k, List.of(), 0)
                        : new Decision(null, k, List.copyOf(unknown), 0);
            } else {
                failed = k;
            }
        }
        // Nothing met. Failing the easiest grade (3级) means failing all harder ones too.
        if (meets.apply(3) != null) {
            return new Decision(Grade.BELOW, 0, List.copyOf(unknown), 3);
        }
        return new Decision(null, 0, List.copyOf(unknown), failed);
    }

    /** A test of one value against per-grade limits (null limit = not in the data). */
    static IntFunction<Boolean> against(BigDecimal value, BigDecimal[] limits, boolean higherIsBetter) {
        return k -> {
            BigDecimal l = limits[k - 1];
            if (l == null) {
                return null;
            }
            int c = value.compareTo(l);
            return higherIsBetter ? c >= 0 : c <= 0;
        };
    }

    /** "1级、2级" for a basis or missing text. */
    static String gradeList(List<Integer> grades) {
        List<String> s = new ArrayList<>();
        grades.forEach(g -> s.add(Grade.ofNumber(g).label()));
        return String.join("、", s);
    }
}
