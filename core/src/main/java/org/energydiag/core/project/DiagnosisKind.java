package org.energydiag.core.project;

import org.energydiag.core.text.Texts;

/** The two parts of the work-plan table (附件1): which kind of diagnosis service this is. */
public enum DiagnosisKind {
    /** 一、重点行业领域企业节能降碳诊断 */
    KEY_SECTOR_ENTERPRISE(Texts.get("project.kind.keySectorEnterprise")),
    /** 二、重点工业产品设备节能降碳诊断 */
    PRODUCT_EQUIPMENT(Texts.get("project.kind.productEquipment"));

    private final String label;

    DiagnosisKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
