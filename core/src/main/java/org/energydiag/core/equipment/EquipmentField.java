package org.energydiag.core.equipment;

import static org.energydiag.core.equipment.EquipmentClass.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.energydiag.core.text.Texts;

/**
 * The fields of an equipment item, per class: one schema drives the table editor, the Excel
 * template, import validation and the raters, so they always agree. Values are kept as text and
 * read as numbers by the kind.
 */
public enum EquipmentField {
    NAME(Texts.get("equipment.fieldName"), "", Kind.TEXT, all(), true, null, null),
    LOCATION(Texts.get("equipment.fieldLocation"), "", Kind.TEXT, all(), false, null, null),
    MODEL(Texts.get("equipment.fieldModel"), "", Kind.TEXT, all(), false, null, null),
    SERIES(Texts.get("equipment.fieldSeries"), "", Kind.TEXT, EnumSet.of(MOTOR, TRANSFORMER, FAN, PUMP, AIR_COMPRESSOR), false, null, null),
    MANUFACTURER(Texts.get("equipment.fieldManufacturer"), "", Kind.TEXT, all(), false, null, null),
    YEAR(Texts.get("equipment.fieldYear"), "", Kind.INTEGER, all(), false, 1950.0, 2030.0),
    QUANTITY(Texts.get("equipment.fieldQuantity"), Texts.get("equipment.unitSets"), Kind.INTEGER, all(), true, 1.0, 10000.0),
    RATED_POWER(Texts.get("equipment.fieldRatedPower"), "kW", Kind.DECIMAL, EnumSet.of(MOTOR, FAN, PUMP, AIR_COMPRESSOR, REFRIGERATION, KILN, OTHER), false, 0.0, 1_000_000.0),
    POLES(Texts.get("equipment.fieldPoles"), "", Kind.CHOICE, EnumSet.of(MOTOR), false, null, null, "2", "4", "6", "8"),
    RATED_EFFICIENCY(Texts.get("equipment.fieldRatedEfficiency"), "%", Kind.DECIMAL, EnumSet.of(MOTOR), false, 1.0, 100.0),
    CAPACITY_KVA(Texts.get("equipment.fieldCapacityKva"), "kVA", Kind.DECIMAL, EnumSet.of(TRANSFORMER), false, 1.0, 1_000_000.0),
    VOLTAGE_KV(Texts.get("equipment.fieldVoltageKv"), "kV", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "10", "35", "110"),
    INSULATION(Texts.get("equipment.fieldInsulation"), "", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "油浸式", "干式"),
    CORE(Texts.get("equipment.fieldCore"), "", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "电工钢带", "非晶合金"),
    CONNECTION(Texts.get("equipment.fieldConnection"), "", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "Dyn11", "Yyn0", "Yzn11"),
    INSULATION_CLASS(Texts.get("equipment.fieldInsulationClass"), "", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "B", "F", "H"),
    NO_LOAD_LOSS(Texts.get("equipment.fieldNoLoadLoss"), "kW", Kind.DECIMAL, EnumSet.of(TRANSFORMER), false, 0.0, 1000.0),
    LOAD_LOSS(Texts.get("equipment.fieldLoadLoss"), "kW", Kind.DECIMAL, EnumSet.of(TRANSFORMER), false, 0.0, 10000.0),
    FAN_TYPE(Texts.get("equipment.fieldFanType"), "", Kind.CHOICE, EnumSet.of(FAN), false, null, null, "离心", "轴流", "外转子前向多翼"),
    FAN_NUMBER(Texts.get("equipment.fieldFanNumber"), "No", Kind.DECIMAL, EnumSet.of(FAN), false, 1.0, 100.0),
    PRESSURE_COEFFICIENT(Texts.get("equipment.fieldPressureCoefficient"), "", Kind.DECIMAL, EnumSet.of(FAN), false, 0.0, 3.0),
    SPECIFIC_SPEED(Texts.get("equipment.fieldSpecificSpeed"), "", Kind.DECIMAL, EnumSet.of(FAN, PUMP), false, 0.0, 2000.0),
    HUB_RATIO(Texts.get("equipment.fieldHubRatio"), "", Kind.DECIMAL, EnumSet.of(FAN), false, 0.0, 1.0),
    FLOW_M3H(Texts.get("equipment.fieldFlowM3h"), "m³/h", Kind.DECIMAL, EnumSet.of(FAN, PUMP), false, 0.0, 10_000_000.0),
    HEAD_M(Texts.get("equipment.fieldHeadM"), "m", Kind.DECIMAL, EnumSet.of(PUMP), false, 0.0, 5000.0),
    SPEED_RPM(Texts.get("equipment.fieldSpeedRpm"), "r/min", Kind.DECIMAL, EnumSet.of(PUMP, FAN, MOTOR), false, 0.0, 100_000.0),
    PUMP_STAGES(Texts.get("equipment.fieldPumpStages"), "", Kind.CHOICE, EnumSet.of(PUMP), false, null, null, "单级", "多级"),
    PUMP_SUCTION(Texts.get("equipment.fieldPumpSuction"), "", Kind.CHOICE, EnumSet.of(PUMP), false, null, null, "单吸", "双吸"),
    EFFICIENCY(Texts.get("equipment.fieldEfficiency"), "%", Kind.DECIMAL, EnumSet.of(FAN, PUMP), false, 1.0, 100.0),
    /** 回转式 (screw, vane, scroll …) or 活塞式 (reciprocating piston): selects the GB 19153 table with lubrication and drive. */
    COMPRESSOR_TYPE(Texts.get("equipment.fieldCompressorType"), "", Kind.CHOICE, EnumSet.of(AIR_COMPRESSOR), false, null, null, "回转式", "活塞式"),
    FLOW_M3MIN(Texts.get("equipment.fieldFlowM3min"), "m³/min", Kind.DECIMAL, EnumSet.of(AIR_COMPRESSOR), false, 0.0, 10000.0),
    PRESSURE_MPA(Texts.get("equipment.fieldPressureMpa"), "MPa", Kind.DECIMAL, EnumSet.of(AIR_COMPRESSOR), false, 0.0, 100.0),
    COOLING(Texts.get("equipment.fieldCooling"), "", Kind.CHOICE, EnumSet.of(AIR_COMPRESSOR), false, null, null, "风冷", "水冷"),
    LUBRICATION(Texts.get("equipment.fieldLubrication"), "", Kind.CHOICE, EnumSet.of(AIR_COMPRESSOR), false, null, null, "喷油", "有油", "无油"),
    DRIVE(Texts.get("equipment.fieldDrive"), "", Kind.CHOICE, EnumSet.of(AIR_COMPRESSOR, FAN, PUMP), false, null, null, "工频", "变频"),
    SPECIFIC_POWER(Texts.get("equipment.fieldSpecificPower"), "kW/(m³/min)", Kind.DECIMAL, EnumSet.of(AIR_COMPRESSOR), false, 0.0, 100.0),
    BOILER_CAPACITY(Texts.get("equipment.fieldBoilerCapacity"), "t/h", Kind.DECIMAL, EnumSet.of(BOILER), false, 0.0, 10000.0),
    FUEL(Texts.get("equipment.fieldFuel"), "", Kind.CHOICE, EnumSet.of(BOILER, KILN), false, null, null, "燃煤", "燃气", "燃油", "生物质", "电"),
    DESIGN_EFFICIENCY(Texts.get("equipment.fieldDesignEfficiency"), "%", Kind.DECIMAL, EnumSet.of(BOILER, KILN), false, 1.0, 110.0),
    TESTED_EFFICIENCY(Texts.get("equipment.fieldTestedEfficiency"), "%", Kind.DECIMAL, EnumSet.of(BOILER, KILN), false, 1.0, 110.0),
    COOLING_KW(Texts.get("equipment.fieldCoolingKw"), "kW", Kind.DECIMAL, EnumSet.of(REFRIGERATION), false, 0.0, 1_000_000.0),
    COP(Texts.get("equipment.fieldCop"), "", Kind.DECIMAL, EnumSet.of(REFRIGERATION), false, 0.1, 20.0),
    IPLV(Texts.get("equipment.fieldIplv"), "", Kind.DECIMAL, EnumSet.of(REFRIGERATION), false, 0.1, 30.0),
    RUNNING_HOURS(Texts.get("equipment.fieldRunningHours"), "h", Kind.DECIMAL, all(), false, 0.0, 8784.0),
    LOAD_RATE(Texts.get("equipment.fieldLoadRate"), "%", Kind.DECIMAL, all(), false, 0.0, 150.0),
    MEASURED_INPUT(Texts.get("equipment.fieldMeasuredInput"), "kW", Kind.DECIMAL, EnumSet.of(MOTOR, FAN, PUMP, AIR_COMPRESSOR, REFRIGERATION), false, 0.0, 1_000_000.0),
    NOTES(Texts.get("equipment.fieldNotes"), "", Kind.TEXT, all(), false, null, null);

    /** How a field's text is read. */
    public enum Kind { TEXT, INTEGER, DECIMAL, CHOICE }

    private final String label;
    private final String unit;
    private final Kind kind;
    private final Set<EquipmentClass> classes;
    private final boolean required;
    private final Double min;
    private final Double max;
    private final List<String> choices;

    EquipmentField(String label, String unit, Kind kind, Set<EquipmentClass> classes, boolean required, Double min,
                   Double max, String... choices) {
        this.label = label;
        this.unit = unit;
        this.kind = kind;
        this.classes = classes;
        this.required = required;
        this.min = min;
        this.max = max;
        this.choices = List.of(choices);
    }

    private static EnumSet<EquipmentClass> all() {
        return EnumSet.allOf(EquipmentClass.class);
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** "额定功率（kW）" for column headers. */
    public String header() {
        return unit.isEmpty() ? label : label + "（" + unit + "）";
    }

    public Kind kind() {
        return kind;
    }

    public boolean appliesTo(EquipmentClass c) {
        return classes.contains(c);
    }

    public boolean required() {
        return required;
    }

    public List<String> choices() {
        return choices;
    }

    public Double min() {
        return min;
    }

    public Double max() {
        return max;
    }

    /** The fields of a class in schema order. */
    public static List<EquipmentField> of(EquipmentClass c) {
        return java.util.Arrays.stream(values()).filter(f -> f.appliesTo(c)).toList();
    }
}
