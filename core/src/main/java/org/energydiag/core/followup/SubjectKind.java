package org.energydiag.core.followup;

import org.energydiag.core.text.Texts;

/** What an implementation record follows: an accepted task (三（二）) or a key project (三（三）). */
public enum SubjectKind {
    TASK(Texts.get("followup.subject.task")),
    KEY_PROJECT(Texts.get("followup.subject.keyProject"));

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
