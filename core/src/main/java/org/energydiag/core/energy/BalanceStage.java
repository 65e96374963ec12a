package org.energydiag.core.energy;

import org.energydiag.core.text.Texts;

/** The stages of an enterprise energy balance after GB/T 3484 and GB/T 28751. */
public enum BalanceStage {
    PURCHASE(Texts.get("energy.stage.purchase"), 0),
    CONVERSION(Texts.get("energy.stage.conversion"), 1),
    DISTRIBUTION(Texts.get("energy.stage.distribution"), 2),
    MAIN_PRODUCTION(Texts.get("energy.stage.mainProduction"), 3),
    AUXILIARY(Texts.get("energy.stage.auxiliary"), 3),
    ANCILLARY(Texts.get("energy.stage.ancillary"), 3),
    RECOVERY(Texts.get("energy.stage.recovery"), 4),
    EXPORT(Texts.get("energy.stage.export"), 4);

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
