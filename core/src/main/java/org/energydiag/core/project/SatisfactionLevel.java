package org.energydiag.core.project;

import org.energydiag.core.text.Texts;

/** One answer box of 企业满意度调查表 (附件3). */
public enum SatisfactionLevel {
    SATISFIED(Texts.get("project.satisfaction.satisfied")),
    FAIRLY(Texts.get("project.satisfaction.fairly")),
    NEUTRAL(Texts.get("project.satisfaction.neutral")),
    DISSATISFIED(Texts.get("project.satisfaction.dissatisfied"));

    private final String label;

    SatisfactionLevel(String label) {
        this.label = label;
    }

    /** The text printed next to the box, e.g. 较满意. */
    public String label() {
        return label;
    }
}
