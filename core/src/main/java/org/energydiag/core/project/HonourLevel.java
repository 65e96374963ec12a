package org.energydiag.core.project;

/** 附件1 asks for national or provincial titles. */
public enum HonourLevel {
    NATIONAL("国家级"),
    PROVINCIAL("省级");

    private final String label;

    HonourLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
