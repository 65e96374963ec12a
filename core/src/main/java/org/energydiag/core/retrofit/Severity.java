package org.energydiag.core.retrofit;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    HIGH("严重"),
    MEDIUM("一般"),
    LOW("轻微"),
    INFO("提示");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
