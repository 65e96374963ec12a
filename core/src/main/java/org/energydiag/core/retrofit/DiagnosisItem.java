package org.energydiag.core.retrofit;

/** The diagnosis items of template 二（一）诊断内容说明, in the template's order. */
public enum DiagnosisItem {
    MANAGEMENT("能源管理情况"),
    CONSUMPTION_STRUCTURE("能源消费结构"),
    ENERGY_FLOW("用能情况及能源流程"),
    METERING("能源计量及统计"),
    EQUIPMENT_EFFICIENCY("用能设备运行效率"),
    PRODUCT_CONSUMPTION("产品综合能耗"),
    ENERGY_COST("能源成本"),
    RETROFIT_PROJECTS("节能技改项目"),
    EMISSION_SOURCES("主要碳排放环节"),
    GHG_ACCOUNTING("温室气体排放核算"),
    CARBON_MEASURES("降碳措施");

    private final String label;

    DiagnosisItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
