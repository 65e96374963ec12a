package org.energydiag.core.followup;

import org.energydiag.core.text.Texts;

/** Where an accepted task or key project stands after the plan was handed in. */
public enum ImplementationStatus {
    NOT_STARTED(Texts.get("followup.status.notStarted")),
    IN_PROGRESS(Texts.get("followup.status.inProgress")),
    COMPLETED(Texts.get("followup.status.completed")),
    ABANDONED(Texts.get("followup.status.abandoned"));

    private final String label;

    ImplementationStatus(String label) {
        this.label = label;
    }

    /** 未启动, 实施中, 已完成 or 已放弃. */
    public String label() {
        return label;
    }

    /** Whether nothing more is expected of the project (完成 or 放弃). */
    public boolean closed() {
        return this == COMPLETED || this == ABANDONED;
    }
}
