package org.energydiag.core.project;

/** One answer box of 企业满意度调查表 (附件3). */
public enum SatisfactionLevel {
    SATISFIED("满意"),
    FAIRLY("较满意"),
    NEUTRAL("一般"),
    DISSATISFIED("不满意");

    private final String label;

    SatisfactionLevel(String label) {
        this.label = label;
    }

    /** The text printed next to the box, e.g. 较满意. */
    public String label() {
        return label;
    }
}
