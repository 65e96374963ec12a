package org.energydiag.core.equipment;

import static org.energydiag.core.equipment.EquipmentClass.*;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fields of an equipment item, per class: one schema drives the table editor, the Excel
 * template, import validation and the raters, so they always agree. Values are kept as text and
 * read as numbers by the kind.
 */
public enum EquipmentField {
    NAME("设备名称", "", Kind.TEXT, all(), true, null, null),
    LOCATION("所在工序/车间", "", Kind.TEXT, all(), false, null, null),
    MODEL("型号", "", Kind.TEXT, all(), false, null, null),
    SERIES("系列", "", Kind.TEXT, EnumSet.of(MOTOR, TRANSFORMER, FAN, PUMP, AIR_COMPRESSOR), false, null, null),
    MANUFACTURER("制造商", "", Kind.TEXT, all(), false, null, null),
    YEAR("投运年份", "", Kind.INTEGER, all(), false, 1950.0, 2030.0),
    QUANTITY("台数", "台", Kind.INTEGER, all(), true, 1.0, 10000.0),
    RATED_POWER("额定功率", "kW", Kind.DECIMAL, EnumSet.of(MOTOR, FAN, PUMP, AIR_COMPRESSOR, REFRIGERATION, KILN, OTHER), false, 0.0, 1_000_000.0),
    POLES("极数", "", Kind.CHOICE, EnumSet.of(MOTOR), false, null, null, "2", "4", "6", "8"),
    RATED_EFFICIENCY("额定效率", "%", Kind.DECIMAL, EnumSet.of(MOTOR), false, 1.0, 100.0),
    CAPACITY_KVA("额定容量", "kVA", Kind.DECIMAL, EnumSet.of(TRANSFORMER), false, 1.0, 1_000_000.0),
    VOLTAGE_KV("电压等级", "kV", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "10", "35", "110"),
    INSULATION("型式", "", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "油浸式", "干式"),
    CORE("铁心材料", "", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "电工钢带", "非晶合金"),
    CONNECTION("联结组", "", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "Dyn11", "Yyn0", "Yzn11"),
    INSULATION_CLASS("绝缘耐热等级（干式）", "", Kind.CHOICE, EnumSet.of(TRANSFORMER), false, null, null, "B", "F", "H"),
    NO_LOAD_LOSS("空载损耗", "kW", Kind.DECIMAL, EnumSet.of(TRANSFORMER), false, 0.0, 1000.0),
    LOAD_LOSS("负载损耗", "kW", Kind.DECIMAL, EnumSet.of(TRANSFORMER), false, 0.0, 10000.0),
    FAN_TYPE("风机类型", "", Kind.CHOICE, EnumSet.of(FAN), false, null, null, "离心", "轴流", "外转子前向多翼"),
    FAN_NUMBER("机号", "No", Kind.DECIMAL, EnumSet.of(FAN), false, 1.0, 100.0),
    PRESSURE_COEFFICIENT("压力系数ψ", "", Kind.DECIMAL, EnumSet.of(FAN), false, 0.0, 3.0),
    SPECIFIC_SPEED("比转速ns", "", Kind.DECIMAL, EnumSet.of(FAN, PUMP), false, 0.0, 2000.0),
    HUB_RATIO("轮毂比γ（轴流）", "", Kind.DECIMAL, EnumSet.of(FAN), false, 0.0, 1.0),
    FLOW_M3H("流量", "m³/h", Kind.DECIMAL, EnumSet.of(FAN, PUMP), false, 0.0, 10_000_000.0),
    HEAD_M("扬程", "m", Kind.DECIMAL, EnumSet.of(PUMP), false, 0.0, 5000.0),
    SPEED_RPM("转速", "r/min", Kind.DECIMAL, EnumSet.of(PUMP, FAN, MOTOR), false, 0.0, 100_000.0),
    PUMP_STAGES("级数", "", Kind.CHOICE, EnumSet.of(PUMP), false, null, null, "单级", "多级"),
    PUMP_SUCTION("吸入方式", "", Kind.CHOICE, EnumSet.of(PUMP), false, null, null, "单吸", "双吸"),
    EFFICIENCY("设备效率（额定或实测）", "%", Kind.DECIMAL, EnumSet.of(FAN, PUMP), false, 1.0, 100.0),
    FLOW_M3MIN("排气量", "m³/min", Kind.DECIMAL, EnumSet.of(AIR_COMPRESSOR), false, 0.0, 10000.0),
    PRESSURE_MPA("排气压力", "MPa", Kind.DECIMAL, EnumSet.of(AIR_COMPRESSOR), false, 0.0, 100.0),
    COOLING("冷却方式", "", Kind.CHOICE, EnumSet.of(AIR_COMPRESSOR), false, null, null, "风冷", "水冷"),
    LUBRICATION("润滑方式", "", Kind.CHOICE, EnumSet.of(AIR_COMPRESSOR), false, null, null, "喷油", "无油"),
    DRIVE("驱动方式", "", Kind.CHOICE, EnumSet.of(AIR_COMPRESSOR, FAN, PUMP), false, null, null, "工频", "变频"),
    SPECIFIC_POWER("输入比功率（实测）", "kW/(m³/min)", Kind.DECIMAL, EnumSet.of(AIR_COMPRESSOR), false, 0.0, 100.0),
    BOILER_CAPACITY("额定容量", "t/h", Kind.DECIMAL, EnumSet.of(BOILER), false, 0.0, 10000.0),
    FUEL("燃料", "", Kind.CHOICE, EnumSet.of(BOILER, KILN), false, null, null, "燃煤", "燃气", "燃油", "生物质", "电"),
    DESIGN_EFFICIENCY("设计热效率", "%", Kind.DECIMAL, EnumSet.of(BOILER, KILN), false, 1.0, 110.0),
    TESTED_EFFICIENCY("测试热效率", "%", Kind.DECIMAL, EnumSet.of(BOILER, KILN), false, 1.0, 110.0),
    COOLING_KW("制冷量", "kW", Kind.DECIMAL, EnumSet.of(REFRIGERATION), false, 0.0, 1_000_000.0),
    COP("COP", "", Kind.DECIMAL, EnumSet.of(REFRIGERATION), false, 0.1, 20.0),
    IPLV("IPLV", "", Kind.DECIMAL, EnumSet.of(REFRIGERATION), false, 0.1, 30.0),
    RUNNING_HOURS("年运行小时", "h", Kind.DECIMAL, all(), false, 0.0, 8784.0),
    LOAD_RATE("负载率", "%", Kind.DECIMAL, all(), false, 0.0, 150.0),
    MEASURED_INPUT("实测输入功率", "kW", Kind.DECIMAL, EnumSet.of(MOTOR, FAN, PUMP, AIR_COMPRESSOR, REFRIGERATION), false, 0.0, 1_000_000.0),
    NOTES("备注", "", Kind.TEXT, all(), false, null, null);

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
