package org.energydiag.core.followup;

import org.energydiag.core.text.Texts;

/** How a 技术回访 was made. */
public enum VisitForm {
    ON_SITE(Texts.get("followup.form.onSite")),
    PHONE(Texts.get("followup.form.phone")),
    REMOTE(Texts.get("followup.form.remote"));

    private final String label;

    VisitForm(String label) {
        this.label = label;
    }

    /** 现场, 电话 or 远程. */
    public String label() {
        return label;
    }
}
