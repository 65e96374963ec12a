package org.energydiag.core.project;

/**
 * The honour titles named in 附件1 备注2 (企业已获得称号). Others are entered as free text
 * in {@link Enterprise#otherHonours()}.
 */
public enum HonourTitle {
    SPECIALIZED_SME("专精特新中小企业"),
    LITTLE_GIANT("专精特新“小巨人”企业"),
    SINGLE_CHAMPION("制造业单项冠军"),
    GREEN_FACTORY("绿色工厂"),
    ZERO_CARBON_FACTORY("零碳工厂"),
    EFFICIENCY_LEADER("能效“领跑者”企业"),
    GREEN_COMPUTING("绿色算力设施");

    private final String label;

    HonourTitle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
