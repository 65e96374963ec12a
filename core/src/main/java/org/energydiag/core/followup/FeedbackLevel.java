package org.energydiag.core.followup;

import org.energydiag.core.text.Texts;

/**
 * The enterprise's satisfaction given at a 回访, on the four boxes of 企业满意度调查表 (附件3) (the
 * same words; this package keeps its own type so that the project model does not depend back on it).
 */
public enum FeedbackLevel {
    SATISFIED(Texts.get("project.satisfaction.satisfied")),
    FAIRLY(Texts.get("project.satisfaction.fairly")),
    NEUTRAL(Texts.get("project.satisfaction.neutral")),
    DISSATISFIED(Texts.get("project.satisfaction.dissatisfied"));

    private final String label;

    FeedbackLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
