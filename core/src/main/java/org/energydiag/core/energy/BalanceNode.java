package org.energydiag.core.energy;

import java.math.BigDecimal;

/**
 * A unit of the balance: a purchase point, a conversion unit (锅炉房, 变电所, 空压站, 自备电站),
 * a distribution network, an end use (a process of the 主要生产系统, 辅助 or 附属), a recovery or
 * an export point.
 *
 * @param efficiencyPercent for end uses: the share of the energy effectively used (有效利用率),
 *                          when measured; empty otherwise
 */
public record BalanceNode(String id, String name, BalanceStage stage, BigDecimal efficiencyPercent) {
}
