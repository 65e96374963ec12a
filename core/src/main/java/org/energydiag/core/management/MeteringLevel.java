package org.energydiag.core.management;

/** The three metering levels of GB 17167-2006 (the columns of its 配备率 table). */
public enum MeteringLevel {
    UNIT("进出用能单位"),
    SUB_UNIT("进出主要次级用能单位"),
    EQUIPMENT("主要用能设备");

    private final String label;

    MeteringLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
