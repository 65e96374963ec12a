package org.energydiag.core.diagnosis;

import java.util.Optional;

/**
 * The ids of the equipment rule's findings, {@code EQUIPMENT:<kind>:<item id>}, so that a finding
 * (and a task made from findings) can be matched to the inventory item it is about.
 */
public final class EquipmentFindings {

    static final String RULE = "EQUIPMENT";

    private EquipmentFindings() {
    }

    static String id(String kind, String itemId) {
        return RULE + ":" + kind + ":" + itemId;
    }

    /** The id of the equipment item a finding of the equipment rule is about; empty for any other finding. */
    public static Optional<String> itemId(String findingId) {
        if (findingId == null || !findingId.startsWith(RULE + ":")) {
            return Optional.empty();
        }
        int kindEnd = findingId.indexOf(':', RULE.length() + 1);
        return kindEnd < 0 || kindEnd == findingId.length() - 1 ? Optional.empty() : Optional.of(findingId.substring(kindEnd + 1));
    }
}
