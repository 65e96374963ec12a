package org.energydiag.core.management;

/** The parts of 一（四）能源管理情况, in report order. */
public enum ManagementArea {
    SYSTEM("管理体系及制度文件"),
    ORGANIZATION("能源管理组织及职责"),
    OPERATION("运行管理"),
    STATISTICS("能源统计与分析"),
    METERING("能源计量器具配备"),
    DIGITAL("数字化能源管理"),
    CERTIFICATION("能源管理体系认证");

    private final String label;

    ManagementArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
