package org.energydiag.core.equipment.rating;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Rates equipment items against the grade tables: motors, transformers, air compressors, fans,
 * pumps and boilers by their standards; refrigeration, kilns and other equipment cannot be rated
 * (no table in the reference data). Every item is also checked against the elimination-catalogue
 * excerpt. Missing inputs or data never lead to a guess: the rating is then {@link Grade#CANNOT_RATE}
 * with the exact reason.
 */
public final class EfficiencyRater {

    private final GradeTables tables;
    private final MotorRater motors;
    private final TransformerRater transformers;
    private final CompressorRater compressors;
    private final FanRater fans;
    private final PumpRater pumps;
    private final BoilerRater boilers;
    private final ObsoleteCheck obsolete;

    public EfficiencyRater(GradeTables tables) {
        this.tables = Objects.requireNonNull(tables, "tables");
        this.motors = new MotorRater(tables.motor());
        this.transformers = new TransformerRater(tables.transformer());
        this.compressors = new CompressorRater(tables.compressor());
        this.fans = new FanRater(tables.fans());
        this.pumps = new PumpRater(tables.pump());
        this.boilers = new BoilerRater(tables.boiler());
        this.obsolete = new ObsoleteCheck(tables);
    }

    public GradeTables tables() {
        return tables;
    }

    public Rating rate(EquipmentItem item) {
        Objects.requireNonNull(item, "item");
        Outcome o = item.equipmentClass() == null
                ? Outcome.cannotBecause(null, Texts.get("equipment.classMissing"))
                : switch (item.equipmentClass()) {
                    case MOTOR -> motors.rate(item);
                    case TRANSFORMER -> transformers.rate(item);
                    case AIR_COMPRESSOR -> compressors.rate(item);
                    case FAN -> fans.rate(item);
                    case PUMP -> pumps.rate(item);
                    case BOILER -> boilers.rate(item);
                    case REFRIGERATION, KILN, OTHER -> noTable(item.equipmentClass());
                };
        List<GradeTables.ObsoleteEntry> listed = obsolete.matches(item);
        GradeTables.Source src = o.source();
        return new Rating(item.id(), o.grade(), src == null ? "" : src.standard(), src == null ? "" : src.table(),
                src == null ? "" : src.edition(), src == null ? "" : o.rule(), o.basis(), o.missing(), !listed.isEmpty(),
                listed.isEmpty() ? "" : obsolete.reason(listed), listed.isEmpty() ? "" : obsolete.source(listed),
                listed.isEmpty() ? "" : obsolete.provenance(listed), src == null ? "" : src.trustText(), o.grade1());
    }

    public List<Rating> rateAll(Collection<EquipmentItem> items) {
        return items.stream().map(this::rate).toList();
    }

    private static Outcome noTable(EquipmentClass c) {
        String text = switch (c) {
            case REFRIGERATION -> Texts.get("equipment.noTableRefrigeration");
            case KILN -> Texts.get("equipment.noTableKiln");
            default -> Texts.get("equipment.noTableOther");
        };
        return Outcome.cannot(null, text);
    }
}
