package org.energydiag.core.meter;

/** How a meter export is laid out. */
public enum Layout {
    WIDE("宽表（每块表一列）"),
    LONG("长表（表名单独一列）"),
    DAY_POINTS("日点表（每行一天，24/48/96点）"),
    SECTIONS("分段表（每段一个表计，段首重复表头）");

    private final String label;

    Layout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
