package org.energydiag.core.retrofit;

/** The eight task categories of template 三（二）, in the template's order and with its exact names. */
public enum TaskCategory {
    COMPLIANCE("合规整改类"),
    PROCESS("工艺系统节能提效类"),
    KEY_EQUIPMENT("重点用能装备改造类"),
    AUXILIARY("公辅系统优化类"),
    ENERGY_STRUCTURE("能源结构优化与低碳替代类"),
    DIGITAL("数字化与智能化提升类"),
    MANAGEMENT("节能降碳管理提升类"),
    OTHER("其他类型");

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
            case COMPLIANCE -> "不达标工序整改，限制类、淘汰类装备退出，老旧装备更新等";
            case PROCESS -> "工艺流程优化、参数优化控制、能量平衡优化、余热余压回收、工艺耦合优化等";
            case KEY_EQUIPMENT -> "重点工艺装备提效，电机、风机、泵等通用设备改造优化等";
            case AUXILIARY -> "变压器系统、空压系统、锅炉系统、制冷制热系统、给排水系统优化等";
            case ENERGY_STRUCTURE -> "电气化改造、非化石能源替代、可再生能源利用、绿电绿证应用、工业绿色微电网建设等";
            case DIGITAL -> "能源与碳排放计量器具完善，在线监测系统、数字化能碳管理平台建设等";
            case MANAGEMENT -> "能源管理与碳排放管理制度、考核机制、培训制度建设等";
            case OTHER -> "其他类型任务";
        };
    }
}
