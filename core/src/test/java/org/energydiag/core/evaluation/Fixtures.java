package org.energydiag.core.evaluation;

import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.reference.EnergyReference;

/** The bundled reference data, loaded once for the evaluation tests. */
final class Fixtures {
    static final References REFS = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
            Catalogue.loadBundled(), org.energydiag.core.meter.analysis.TouSchedule.loadBundled());

    private Fixtures() {
    }
}
