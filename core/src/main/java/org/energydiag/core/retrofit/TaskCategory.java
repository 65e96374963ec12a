package org.energydiag.core.retrofit;

import org.energydiag.core.text.Texts;

/** The eight task categories of template 三（二）, in the template's order and with its exact names. */
public enum TaskCategory {
    COMPLIANCE(Texts.get("retrofit.categoryCompliance")),
    PROCESS(Texts.get("retrofit.categoryProcess")),
    KEY_EQUIPMENT(Texts.get("retrofit.categoryKeyEquipment")),
    AUXILIARY(Texts.get("retrofit.categoryAuxiliary")),
    ENERGY_STRUCTURE(Texts.get("retrofit.categoryEnergyStructure")),
    DIGITAL(Texts.get("retrofit.categoryDigital")),
    MANAGEMENT(Texts.get("retrofit.categoryManagement")),
    OTHER(Texts.get("retrofit.categoryOther"));

    private final String label;

    TaskCategory(String label) {
        this.label = label;
    }

    /** The template's name, e.g. 合规整改类. */
    public String label() {
        return label;
    }

    /** The template's scope text of the category (三（二）1–8). */
    public String scope() {
        return switch (this) {
            case COMPLIANCE -> Texts.get("retrofit.categoryComplianceScope");
            case PROCESS -> Texts.get("retrofit.categoryProcessScope");
            case KEY_EQUIPMENT -> Texts.get("retrofit.categoryKeyEquipmentScope");
            case AUXILIARY -> Texts.get("retrofit.categoryAuxiliaryScope");
            case ENERGY_STRUCTURE -> Texts.get("retrofit.categoryEnergyStructureScope");
            case DIGITAL -> Texts.get("retrofit.categoryDigitalScope");
            case MANAGEMENT -> Texts.get("retrofit.categoryManagementScope");
            case OTHER -> Texts.get("retrofit.categoryOtherScope");
        };
    }
}
