package org.energydiag.core.retrofit;

import org.energydiag.core.text.Texts;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
    HIGH(Texts.get("retrofit.severityHigh")),
    MEDIUM(Texts.get("retrofit.severityMedium")),
    LOW(Texts.get("retrofit.severityLow")),
    INFO(Texts.get("retrofit.severityInfo"));

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
