package org.energydiag.app.controller;

/**
 * The wizard steps, one per chapter of 附件2 in template order (PRODUCT.md). {@code available}
 * is false for steps a later release builds; they are listed but disabled as 尚未提供.
 */
public enum Step {
    ENTERPRISE("企业基本情况", "一（一）", true),
    PROCESS("生产工艺流程", "一（二）1", true),
    EQUIPMENT("主要用能设备清单", "一（二）2", true),
    ENERGY("能源消费情况", "一（三）", true),
    MANAGEMENT("能源管理情况", "一（四）", true),
    CARBON("企业碳排放情况", "一（五）", true),
    DIAGNOSIS("诊断内容及结果分析", "二", true),
    TARGETS("改造目标", "三（一）", true),
    TASKS("改造任务", "三（二）", true),
    KEY_PROJECTS("重点改造项目", "三（三）", true),
    SAFEGUARDS("实施保障措施", "三（四）", true),
    EXPORT("随附材料", "四", true);

    private final String title;
    private final String section;
    private final boolean available;

    Step(String title, String section, boolean available) {
        this.title = title;
        this.section = section;
        this.available = available;
    }

    public String title() {
        return title;
    }

    /** Template section, e.g. 一（一）. */
    public String section() {
        return section;
    }

    public boolean available() {
        return available;
    }
}
