package org.energydiag.core.equipment.rating;

import org.energydiag.core.text.Texts;

/**
 * The class-specific part of a rating, before the obsolete check.
 *
 * @param rule (Chinese) the rule that chose or derived the limits when the item is not a row of the
 *             table as it stands (e.g. the interpolation between two listed powers); empty otherwise
 */
record Outcome(Grade grade, GradeTables.Source source, String basis, String missing, java.util.List<Double> grade1,
               String rule) {

    Outcome {
        rule = rule == null ? "" : rule;
    }

    static Outcome graded(Grade grade, GradeTables.Source source, String basis) {
        return new Outcome(grade, source, basis, "", java.util.List.of(), "");
    }

    static Outcome cannot(GradeTables.Source source, String missing) {
        return new Outcome(Grade.CANNOT_RATE, source, "", missing, java.util.List.of(), "");
    }

    static Outcome cannot(GradeTables.Source source, String missing, String basis) {
        return new Outcome(Grade.CANNOT_RATE, source, basis, missing, java.util.List.of(), "");
    }

    /** The same outcome with the 1级 limits of the compared quantities (for savings estimates). */
    Outcome withGrade1(java.math.BigDecimal... limits) {
        java.util.List<Double> l = new java.util.ArrayList<>();
        for (java.math.BigDecimal b : limits) {
            if (b == null) {
                return this;
            }
            l.add(b.doubleValue());
        }
        return new Outcome(grade, source, basis, missing, java.util.List.copyOf(l), rule);
    }

    /** The same outcome citing the rule that derived its limits. */
    Outcome withRule(String citation) {
        return new Outcome(grade, source, basis, missing, grade1, citation);
    }

    /** "无法评级：" + reason. */
    static Outcome cannotBecause(GradeTables.Source source, String reason) {
        return cannot(source, Texts.get("equipment.cannotPrefix") + reason);
    }
}
