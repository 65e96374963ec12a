package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.CAPACITY_KVA;
import static org.energydiag.core.equipment.EquipmentField.MODEL;
import static org.energydiag.core.equipment.EquipmentField.RATED_POWER;
import static org.energydiag.core.equipment.EquipmentField.SERIES;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Matches an item's series and model against the elimination-catalogue excerpt of the pack. Only
 * what the pack lists can match; an item not found is not thereby cleared.
 */
final class ObsoleteCheck {

    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−－]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private final GradeTables tables;

    ObsoleteCheck(GradeTables tables) {
        this.tables = tables;
    }

    List<GradeTables.ObsoleteEntry> matches(EquipmentItem item) {
        List<String> texts = new ArrayList<>();
        for (String t : List.of(item.text(SERIES), item.text(MODEL))) {
            if (!t.isEmpty()) {
                texts.add(normalise(t));
            }
        }
        List<GradeTables.ObsoleteEntry> found = new ArrayList<>();
        if (texts.isEmpty()) {
            return found;
        }
        for (GradeTables.ObsoleteEntry e : tables.obsoleteEntries()) {
            if (e.equipmentClass() != item.equipmentClass()) {
                continue;
            }
            if (outside(e.ratedPowerKw(), item.decimal(RATED_POWER)) || outside(e.capacityKva(), item.decimal(CAPACITY_KVA))) {
                continue;
            }
            boolean hit = texts.stream().anyMatch(t -> e.patterns().stream().anyMatch(p -> p.matcher(t).find()));
            if (hit) {
                found.add(e);
            }
        }
        return found;
    }

    /** "列入《…淘汰目录》第四批 1-2：油浸式无励磁调压变压器（S9系列 …）；不满足…；期限：…". */
    String reason(List<GradeTables.ObsoleteEntry> entries) {
        List<String> parts = new ArrayList<>();
        for (GradeTables.ObsoleteEntry e : entries) {
            StringBuilder s = new StringBuilder(Texts.format("equipment.obsoleteEntry", e.batch(), e.item(), e.product(), e.listed(),
                    e.reason()));
            if (!e.deadline().isEmpty()) {
                s.append(Texts.format("equipment.obsoleteDeadline", e.deadline()));
            }
            if (!e.verifyNote().isEmpty()) {
                s.append("；").append(e.verifyNote());
            }
            parts.add(s.toString());
        }
        return Texts.format("equipment.obsoleteListed", tables.obsoleteCitationTitle()) + String.join("。", parts);
    }

    /** The official citation of the matched entries, e.g. 《高耗能落后机电设备（产品）淘汰目录（第四批）》第 1-2 项. */
    String source(List<GradeTables.ObsoleteEntry> entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(Texts.format("equipment.obsoleteCitation", tables.obsoleteCitationTitle(), e.batch(), e.item())));
        return String.join("；", ids);
    }

    /** Where the excerpt comes from and how far to trust it (window and command line only). */
    String provenance(List<GradeTables.ObsoleteEntry> entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(e -> ids.add(e.batch() + " " + e.item()));
        return tables.obsoleteProvenance() + Texts.format("equipment.obsoleteItems", String.join("、", ids));
    }

    private static boolean outside(GradeTables.Range range, Optional<BigDecimal> value) {
        return range != null && value.isPresent() && !range.contains(value.get());
    }

    static String normalise(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toUpperCase();
        n = DASHES.matcher(n).replaceAll("-");
        return SPACES.matcher(n).replaceAll("");
    }
}
