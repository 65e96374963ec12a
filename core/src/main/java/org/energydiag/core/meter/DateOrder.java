package org.energydiag.core.meter;

/** Order of day, month and year in dates such as 03/04/2025. */
public enum DateOrder {
    YMD("年-月-日"),
    DMY("日/月/年"),
    MDY("月/日/年");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
