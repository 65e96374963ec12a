package org.energydiag.core.management;

/**
 * One question of the energy-management checklist.
 *
 * @param id       stable id such as "SYS-1", the key of the answer in {@link ManagementAnswers}
 * @param question the question as shown to the engineer (Chinese)
 * @param maxScore points for a full YES
 * @param basis    the standard or regulation the question derives from, or a plain description
 *                 where no clause could be verified
 */
public record ManagementItem(String id, ManagementArea area, String question, int maxScore, String basis) {
}
