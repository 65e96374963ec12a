package org.energydiag.core.project;

import org.energydiag.core.text.Texts;

/** 附件1 asks for national or provincial titles. */
public enum HonourLevel {
    NATIONAL(Texts.get("project.honourLevel.national")),
    PROVINCIAL(Texts.get("project.honourLevel.provincial"));

    private final String label;

    HonourLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
