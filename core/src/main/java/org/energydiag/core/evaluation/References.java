package org.energydiag.core.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.meter.analysis.TouCalendar;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.energydiag.core.reference.EnergyReference;

/**
 * The reference data an evaluation reads, in force for this run: energy and carbon pack, the
 * equipment grade tables (through the rater), the technology catalogue and the time-of-use
 * schedules. One record so that every surface evaluates against the same data.
 */
public record References(EnergyReference energy, EfficiencyRater rater, Catalogue catalogue, List<TouSchedule> tou) {

    public References {
        Objects.requireNonNull(energy, "energy");
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(catalogue, "catalogue");
        tou = tou == null ? List.of() : List.copyOf(tou);
    }

    /**
     * The time-of-use schedules of a province (by the name it is written with, e.g. 安徽省 or 安徽), each in
     * force on its dates: the one rule used by the meter screen and the diagnosis alike; empty when none is bundled.
     */
    public Optional<TouCalendar> touFor(String province) {
        return touFor(tou, province);
    }

    /** The schedules of the enterprise's province, see {@link #touFor(String)}. */
    public Optional<TouCalendar> touFor(org.energydiag.core.project.DiagnosisProject p) {
        return touFor(p.enterprise().province() == null ? "" : p.enterprise().province().display());
    }

    public static Optional<TouCalendar> touFor(List<TouSchedule> schedules, String province) {
        return TouCalendar.forProvince(schedules, province);
    }
}
