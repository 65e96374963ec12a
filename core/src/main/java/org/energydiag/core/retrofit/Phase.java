package org.energydiag.core.retrofit;

/** Implementation phase of a key project (template 三（三）, 表3-1 项目阶段). */
public enum Phase {
    SHORT("短期", "1年内"),
    MEDIUM("中期", "2—3年内"),
    LONG("长期", "3年以后");

    private final String label;
    private final String span;

    Phase(String label, String span) {
        this.label = label;
        this.span = span;
    }

    public String label() {
        return label;
    }

    /** The template's time span, e.g. 1年内. */
    public String span() {
        return span;
    }
}
