package org.energydiag.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.energydiag.core.evaluation.ProjectEvaluation;
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

    /** Writes a consistent backup of the database to {@code target}, checked before it replaces the file. */
    void backupTo(Path target);

    /** Checks a backup zip (entries, the database inside); a {@code StoreException} says what is damaged. */
    void checkBackup(Path zip);

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

    /**
     * The meter data of the data folder (the same the window shows for a project), or empty when
     * the folder has no database yet or {@code --no-meters} was given. Opening it takes the data
     * folder's lock; while the window holds it, a {@code StoreException} (exit 2) names {@code --no-meters}.
     */
    default java.util.Optional<org.energydiag.core.meter.MeterStore> meterStore() {
        return java.util.Optional.empty();
    }

    /**
     * The one evaluation of a project file, dated today: with the load analyses of the meter data
     * stored in the data folder for the same project (as the window evaluates it), if any.
     */
    default org.energydiag.core.evaluation.ProjectEvaluation evaluate(org.energydiag.core.project.DiagnosisProject p) {
        java.util.List<org.energydiag.core.meter.analysis.LoadAnalysis> loads = meterStore()
                .filter(m -> !m.meters(p.id()).isEmpty())
                .map(m -> org.energydiag.core.evaluation.MeterLoads.of(m, p, references(),
                        org.energydiag.core.progress.NullProgressMonitor.INSTANCE))
                .orElse(java.util.List.of());
        return org.energydiag.core.evaluation.ProjectEvaluation.of(p, references(), loads, java.time.LocalDate.now(clock()));
    }

    /** These services without the data folder's meter data ({@code --no-meters}). */
    static CliServices withoutMeters(CliServices s) {
        return (CliServices) java.lang.reflect.Proxy.newProxyInstance(CliServices.class.getClassLoader(),
                new Class<?>[] {CliServices.class}, (proxy, method, args) -> {
                    if (method.getName().equals("meterStore") && method.getParameterCount() == 0) {
                        return java.util.Optional.empty();
                    }
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    try {
                        return method.invoke(s, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /**
     * Starts loading the document libraries in the background (export-plan calls it first, so that
     * this overlaps reading and evaluating the project); no-op by default.
     */
    default void warmUpDocuments() {
    }

    /** The charts and diagrams of the plan of {@code ev} at print resolution (none when charts cannot be drawn). */
    default java.util.Map<String, org.energydiag.core.report.plan.PlanDocxWriter.Figure> planFigures(
            ProjectEvaluation ev, org.energydiag.core.io.ProjectFile.Blobs blobs) {
        return java.util.Map.of();
    }

    /** The product carbon footprint by life-cycle stage as a chart at print resolution (null when charts cannot be drawn). */
    default org.energydiag.core.report.plan.PlanDocxWriter.Figure footprintChart(org.energydiag.core.footprint.FootprintResult r) {
        return null;
    }

    /** The process flow diagram as PNG at the given resolution. */
    byte[] processPng(org.energydiag.core.process.ProcessFlow flow, int dpi);

    /** Sweeps what an interrupted writer left in the data folder (before a command that writes it); no-op by default. */
    default void sweepOrphans() {
    }

    /** Agency name from the settings, for new projects. */
    String agencyName();
}
