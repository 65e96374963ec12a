package org.energydiag.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.energydiag.core.project.EnterpriseValidator;
import org.energydiag.core.workspace.ProjectRepository;

/** What the commands may use, wired by the application context. */
public interface CliServices {
    Clock clock();

    /** Opens the data folder's store (takes the folder's lock). */
    ProjectRepository projects();

    Path dataDir();

    /** The bytes of the projects' photos and documents (the data folder's store). */
    org.energydiag.core.evidence.AttachmentStore attachments();

    /** Writes a consistent backup of the database to {@code target}. */
    void backupTo(Path target);

    EnterpriseValidator validator();

    /** The energy and carbon reference packs in force (bundled or the data folder's). */
    org.energydiag.core.reference.EnergyReference energyReference();

    org.energydiag.core.equipment.rating.EfficiencyRater equipmentRater();

    org.energydiag.core.catalogue.Catalogue catalogue();

    String generator();

    /** The reference data in force as one record (packs, grade tables, catalogue, TOU schedules). */
    default org.energydiag.core.evaluation.References references() {
        return new org.energydiag.core.evaluation.References(energyReference(), equipmentRater(), catalogue(), java.util.List.of());
    }

    /** The one evaluation of a project file (no meter data: a file carries none), dated today. */
    default org.energydiag.core.evaluation.ProjectEvaluation evaluate(org.energydiag.core.project.DiagnosisProject p) {
        return org.energydiag.core.evaluation.ProjectEvaluation.of(p, references(), java.util.List.of(),
                java.time.LocalDate.now(clock()));
    }

    /** The plan's charts and diagrams at print resolution (none when charts cannot be drawn). */
    default java.util.Map<String, org.energydiag.core.report.plan.PlanDocxWriter.Figure> planFigures(
            org.energydiag.core.project.DiagnosisProject project, org.energydiag.core.analysis.ProjectAnalysis analysis,
            org.energydiag.core.io.ProjectFile.Blobs blobs) {
        return java.util.Map.of();
    }

    /** The process flow diagram as PNG at the given resolution. */
    byte[] processPng(org.energydiag.core.process.ProcessFlow flow, int dpi);

    /** Agency name from the settings, for new projects. */
    String agencyName();
}
