package org.energydiag.core.diagnosis;

/**
 * Whether a diagnosis rule could run on this project's data.
 *
 * @param reason when inactive: what data is missing and where to enter it; when active: what was checked
 */
public record RuleStatus(String ruleId, String name, boolean active, String reason, int findings) {
}
