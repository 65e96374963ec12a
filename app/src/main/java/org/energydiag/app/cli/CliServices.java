package org.energydiag.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.energydiag.core.validation.EnterpriseValidator;
import org.energydiag.core.workspace.ProjectRepository;

/** What the commands may use, wired by the application context. */
public interface CliServices {
    Clock clock();

    /** Opens the data folder's store (takes the folder's lock). */
    ProjectRepository projects();

    Path dataDir();

    /** Writes a consistent backup of the database to {@code target}. */
    void backupTo(Path target);

    EnterpriseValidator validator();

    /** The energy and carbon reference packs in force (bundled or the data folder's). */
    org.energydiag.core.reference.EnergyReference energyReference();

    org.energydiag.core.equipment.rating.EfficiencyRater equipmentRater();

    org.energydiag.core.catalogue.Catalogue catalogue();

    String generator();

    /** The plan's charts and diagrams at print resolution (none when charts cannot be drawn). */
    default java.util.Map<String, org.energydiag.core.report.plan.PlanDocxWriter.Figure> planFigures(
            org.energydiag.core.analysis.ProjectAnalysis analysis, int year) {
        return java.util.Map.of();
    }

    /** Agency name from the settings, for new projects. */
    String agencyName();
}
