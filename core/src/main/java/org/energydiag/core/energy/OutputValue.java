package org.energydiag.core.energy;

import java.math.BigDecimal;

/** 工业总产值 (or 增加值, as stated in {@code basis}) of one year, in 万元. */
public record OutputValue(int year, BigDecimal wanYuan, String basis) {
}
