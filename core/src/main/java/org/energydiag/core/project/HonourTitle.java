package org.energydiag.core.project;

import org.energydiag.core.text.Texts;

/**
 * The honour titles named in 附件1 备注2 (企业已获得称号). Others are entered as free text
 * in {@link Enterprise#otherHonours()}.
 */
public enum HonourTitle {
    SPECIALIZED_SME(Texts.get("project.honour.specializedSme")),
    LITTLE_GIANT(Texts.get("project.honour.littleGiant")),
    SINGLE_CHAMPION(Texts.get("project.honour.singleChampion")),
    GREEN_FACTORY(Texts.get("project.honour.greenFactory")),
    ZERO_CARBON_FACTORY(Texts.get("project.honour.zeroCarbonFactory")),
    EFFICIENCY_LEADER(Texts.get("project.honour.efficiencyLeader")),
    GREEN_COMPUTING(Texts.get("project.honour.greenComputing"));

    private final String label;

    HonourTitle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
