package org.energydiag.core.equipment.rating;

import java.math.BigDecimal;

/**
 * A range of one variable as the reference tables write it: "1.35≤ψ<1.55", "45<ns≤65", "ns>50",
 * "γ<0.3", "No2<机号≤No2.5", "机号≥No10". Bounds may be open or missing.
 */
record Interval(String text, BigDecimal lower, boolean lowerInclusive, BigDecimal upper, boolean upperInclusive) {

    /**
     * Reads {@code text} around the variable symbol {@code variable} (e.g. "ψ", "ns", "γ", "机号").
     * "No" prefixes of fan numbers are ignored.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    static Interval parse(String text, String variable) {
        String s = text.replace("No", "").replace(" ", "");
        int i = s.indexOf(variable);
        if (i < 0) {
            throw new IllegalArgumentException("no '" + variable + "' in range '" + text + "'");
        }
        String left = s.substring(0, i);
        String right = s.substring(i + variable.length());
        BigDecimal lower = null;
        boolean lowerInc = false;
        BigDecimal upper = null;
        boolean upperInc = false;
        try {
            if (!left.isEmpty()) {
                char op = left.charAt(left.length() - 1);
                if (op != '<' && op != '≤') {
                    throw new IllegalArgumentException("cannot read range '" + text + "'");
                }
                lower = new BigDecimal(left.substring(0, left.length() - 1));
                lowerInc = op == '≤';
            }
            if (!right.isEmpty()) {
                char op = right.charAt(0);
                BigDecimal v = new BigDecimal(right.substring(1));
                if (op == '<' || op == '≤') {
                    upper = v;
                    upperInc = op == '≤';
                } else if ((op == '>' || op == '≥') && lower == null) {
                    lower = v;
                    lowerInc = op == '≥';
                } else {
                    throw new IllegalArgumentException("cannot read range '" + text + "'");
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read range '" + text + "'", e);
        }
        if (lower == null && upper == null) {
            throw new IllegalArgumentException("range '" + text + "' has no bound");
        }
        return new Interval(text, lower, lowerInc, upper, upperInc);
    }

    boolean contains(BigDecimal v) {
        if (lower != null) {
            int c = v.compareTo(lower);
            if (c < 0 || (c == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int c = v.compareTo(upper);
            return c < 0 || (c == 0 && upperInclusive);
        }
        return true;
    }

    /** True when {@code v} is the shared, excluded bound of this range and the {@code next} one. */
    boolean excludedBoundaryWith(Interval next, BigDecimal v) {
        return upper != null && !upperInclusive && next.lower != null && !next.lowerInclusive
                && upper.compareTo(v) == 0 && next.lower.compareTo(v) == 0;
    }
}
