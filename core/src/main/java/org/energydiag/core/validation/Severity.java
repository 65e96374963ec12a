package org.energydiag.core.validation;

/** ERROR blocks completeness of a step; WARNING is shown but does not. */
public enum Severity {
    ERROR("错误"),
    WARNING("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
