package org.energydiag.core.validation;

import org.energydiag.core.text.Texts;

/** ERROR blocks completeness of a step; WARNING is shown but does not. */
public enum Severity {
    ERROR(Texts.get("validation.severity.error")),
    WARNING(Texts.get("validation.severity.warning"));

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
