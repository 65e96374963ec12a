package org.energydiag.core.project;

/**
 * Sector of the diagnosed enterprise. The key sectors are those listed in
 * 工信厅节函〔2026〕179号 一(一); any other enterprise is {@link #OTHER} and must state its
 * GB/T 4754-2017 国民经济行业分类 code.
 */
public enum Sector {
    STEEL("钢铁"),
    ELECTROLYTIC_ALUMINIUM("电解铝"),
    CEMENT("水泥"),
    FLAT_GLASS("平板玻璃"),
    OIL_REFINING("炼油"),
    ETHYLENE("乙烯"),
    SYNTHETIC_AMMONIA("合成氨"),
    METHANOL("甲醇"),
    PVC("聚氯乙烯"),
    PAPER("造纸"),
    PRINTING_DYEING("印染"),
    COMPUTING_FACILITY("算力设施"),
    TELECOM_BASE_STATION("通信基站"),
    OTHER("其他行业");

    private final String label;

    Sector(String label) {
        this.label = label;
    }

    /** Chinese name as written in the notice. */
    public String label() {
        return label;
    }

    public boolean isKeySector() {
        return this != OTHER;
    }
}
