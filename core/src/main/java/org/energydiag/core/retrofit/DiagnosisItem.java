package org.energydiag.core.retrofit;

import org.energydiag.core.text.Texts;

/** The diagnosis items of template 二（一）诊断内容说明, in the template's order. */
public enum DiagnosisItem {
    MANAGEMENT(Texts.get("retrofit.itemManagement")),
    CONSUMPTION_STRUCTURE(Texts.get("retrofit.itemConsumptionStructure")),
    ENERGY_FLOW(Texts.get("retrofit.itemEnergyFlow")),
    METERING(Texts.get("retrofit.itemMetering")),
    EQUIPMENT_EFFICIENCY(Texts.get("retrofit.itemEquipmentEfficiency")),
    PRODUCT_CONSUMPTION(Texts.get("retrofit.itemProductConsumption")),
    ENERGY_COST(Texts.get("retrofit.itemEnergyCost")),
    RETROFIT_PROJECTS(Texts.get("retrofit.itemRetrofitProjects")),
    EMISSION_SOURCES(Texts.get("retrofit.itemEmissionSources")),
    GHG_ACCOUNTING(Texts.get("retrofit.itemGhgAccounting")),
    CARBON_MEASURES(Texts.get("retrofit.itemCarbonMeasures"));

    private final String label;

    DiagnosisItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
