package org.energydiag.core.project;

import org.energydiag.core.text.Texts;

/**
 * Sector of the diagnosed enterprise. The key sectors are those listed in
 * 工信厅节函〔2026〕179号 一(一); any other enterprise is {@link #OTHER} and must state its
 * GB/T 4754-2017 国民经济行业分类 code.
 */
public enum Sector {
    STEEL(Texts.get("project.sector.steel")),
    ELECTROLYTIC_ALUMINIUM(Texts.get("project.sector.electrolyticAluminium")),
    CEMENT(Texts.get("project.sector.cement")),
    FLAT_GLASS(Texts.get("project.sector.flatGlass")),
    OIL_REFINING(Texts.get("project.sector.oilRefining")),
    ETHYLENE(Texts.get("project.sector.ethylene")),
    SYNTHETIC_AMMONIA(Texts.get("project.sector.syntheticAmmonia")),
    METHANOL(Texts.get("project.sector.methanol")),
    PVC(Texts.get("project.sector.pvc")),
    PAPER(Texts.get("project.sector.paper")),
    PRINTING_DYEING(Texts.get("project.sector.printingDyeing")),
    COMPUTING_FACILITY(Texts.get("project.sector.computingFacility")),
    TELECOM_BASE_STATION(Texts.get("project.sector.telecomBaseStation")),
    OTHER(Texts.get("project.sector.other"));

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
