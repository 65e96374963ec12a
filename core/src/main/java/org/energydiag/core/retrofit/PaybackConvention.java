package org.energydiag.core.retrofit;

import org.energydiag.core.text.Texts;

/**
 * Where a payback period is counted from.
 * <ul>
 * <li>{@link #FROM_COMMISSIONING}: from the year the measure goes into service; the investment is
 * spent at once at that point and the saving comes at the end of each year (static payback =
 * investment ÷ annual saving). The default: it is the 静态投资回收期 agencies put in the ministry
 * template's key-project economics and in 改造项目清单.</li>
 * <li>{@link #FROM_CONSTRUCTION_START}: the convention of 《建设项目经济评价方法与参数》（第三版）:
 * the cash-flow table starts with the first construction year, the investment is spent over the
 * construction years (evenly, at each year's end), the saving comes at the end of each operating
 * year, and the payback (静态 and 动态 at the discount rate) is read from the cumulative net cash
 * flow: P = T − 1 + |cumulative flow of year T−1| ÷ flow of year T, T being the first year the
 * cumulative flow is no longer negative. That guide counts the payback from the start of
 * construction and asks that a payback counted from commissioning be marked as such.</li>
 * </ul>
 */
public enum PaybackConvention {
    FROM_COMMISSIONING("retrofit.payback.fromCommissioning"),
    FROM_CONSTRUCTION_START("retrofit.payback.fromConstructionStart");

    private final String key;

    PaybackConvention(String key) {
        this.key = key;
    }

    /** Short label, e.g. 自投产年起算. */
    public String label() {
        return Texts.get(key);
    }
}
