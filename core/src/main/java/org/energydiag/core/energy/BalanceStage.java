package org.energydiag.core.energy;

/** The stages of an enterprise energy balance after GB/T 3484 and GB/T 28751. */
public enum BalanceStage {
    PURCHASE("购入贮存", 0),
    CONVERSION("加工转换", 1),
    DISTRIBUTION("输送分配", 2),
    MAIN_PRODUCTION("最终使用·主要生产系统", 3),
    AUXILIARY("最终使用·辅助生产系统", 3),
    ANCILLARY("最终使用·附属生产系统", 3),
    RECOVERY("回收利用", 4),
    EXPORT("外供", 4);

    private final String label;
    private final int column;

    BalanceStage(String label, int column) {
        this.label = label;
        this.column = column;
    }

    public String label() {
        return label;
    }

    /** Column of the stage in the flow diagram, left to right. */
    public int column() {
        return column;
    }

    public boolean isEndUse() {
        return column == 3;
    }
}
