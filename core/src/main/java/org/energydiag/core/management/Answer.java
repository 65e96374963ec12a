package org.energydiag.core.management;

/** The answer to one checklist question. */
public enum Answer {
    YES("是"),
    PARTIAL("部分"),
    NO("否"),
    NOT_APPLICABLE("不适用");

    private final String label;

    Answer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
