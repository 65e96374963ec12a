package org.energydiag.core.followup;

import org.energydiag.core.text.Texts;

/** The periods meter data are added up into for a verification: calendar months or ISO weeks (Monday to Sunday). */
public enum PeriodKind {
    MONTH(Texts.get("followup.period.month")),
    WEEK(Texts.get("followup.period.week"));

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
