package org.energydiag.core.equipment;

/** The classes of the main energy-using equipment list (template 一（二）2). */
public enum EquipmentClass {
    MOTOR("电动机"),
    TRANSFORMER("变压器"),
    FAN("风机"),
    PUMP("水泵"),
    AIR_COMPRESSOR("空压机"),
    BOILER("工业锅炉"),
    REFRIGERATION("制冷机组"),
    KILN("窑炉/加热炉"),
    OTHER("其他");

    private final String label;

    EquipmentClass(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
