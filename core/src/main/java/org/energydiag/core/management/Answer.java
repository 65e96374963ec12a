package org.energydiag.core.management;

import org.energydiag.core.text.Texts;

/** The answer to one checklist question. */
public enum Answer {
    YES,
    PARTIAL,
    NO,
    NOT_APPLICABLE;

    public String label() {
        return switch (this) {
            case YES -> Texts.get("management.answerYes");
            case PARTIAL -> Texts.get("management.answerPartial");
            case NO -> Texts.get("management.answerNo");
            case NOT_APPLICABLE -> Texts.get("management.answerNotApplicable");
        };
    }

    /**
     * Points earned for an item worth {@code maxScore}: all for YES, half for PARTIAL (a multiple
     * of 0.5 for whole-number maxima), none for NO and NOT_APPLICABLE (which is also left out of
     * the maximum, see {@link #counts()}).
     */
    public double score(int maxScore) {
        return switch (this) {
            case YES -> maxScore;
            case PARTIAL -> Math.floor(maxScore) / 2.0;
            case NO, NOT_APPLICABLE -> 0;
        };
    }

    /** Whether the item counts towards the maximum score. */
    public boolean counts() {
        return this != NOT_APPLICABLE;
    }
}
