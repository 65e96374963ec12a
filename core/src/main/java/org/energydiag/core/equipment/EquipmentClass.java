package org.energydiag.core.equipment;

import org.energydiag.core.text.Texts;

/** The classes of the main energy-using equipment list (template 一（二）2). */
public enum EquipmentClass {
    MOTOR(Texts.get("equipment.classMotor")),
    TRANSFORMER(Texts.get("equipment.classTransformer")),
    FAN(Texts.get("equipment.classFan")),
    PUMP(Texts.get("equipment.classPump")),
    AIR_COMPRESSOR(Texts.get("equipment.classAirCompressor")),
    BOILER(Texts.get("equipment.classBoiler")),
    REFRIGERATION(Texts.get("equipment.classRefrigeration")),
    KILN(Texts.get("equipment.classKiln")),
    OTHER(Texts.get("equipment.classOther"));

    private final String label;

    EquipmentClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
