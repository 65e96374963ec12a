package org.energydiag.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.energydiag.app.swing.charts.PlanFigures;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.plan.PlanExport;
import org.energydiag.core.diagnosis.RetrofitReport;

/**
 * Plan export benchmark (README): the demo project with every step filled is exported (analysis,
 * diagnosis report, ratings, four charts at print resolution, the .docx and the two .xlsx lists)
 * once cold and then ten times warm in the same JVM; prints each phase's time.
 * Usage: {@code java -cp app/target/energydiag.jar org.energydiag.app.bench.PlanExportBenchmark [dir]}
 */
public final class PlanExportBenchmark {

    private PlanExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("plan-bench");
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        EnergyReference ref = EnergyReference.load();
        EfficiencyRater rater = new EfficiencyRater(GradeTables.loadBundled());
        Catalogue catalogue = Catalogue.loadBundled();
        long loaded = System.nanoTime();
        Instant now = Instant.now();
        DiagnosisProject demo = DemoProjects.cementPlant(now, "");
        DiagnosisProject p = DemoProjects.withDecisions(demo, report(demo, ref, rater, catalogue), now);
        System.out.printf(Locale.ROOT, "reference data loaded: %.2f s%n", (loaded - t0) / 1e9);
        for (int i = 0; i <= 10; i++) {
            long a = System.nanoTime();
            var ev = org.energydiag.core.evaluation.ProjectEvaluation.of(p, new org.energydiag.core.evaluation.References(ref, rater,
                    catalogue, List.of()), List.of(), LocalDate.now());
            long b = System.nanoTime();
            var figures = PlanFigures.of(p, ev.analysis(), org.energydiag.core.io.ProjectFile.Blobs.NONE);
            long c = System.nanoTime();
            List<Path> files = PlanExport.write(ev, figures, null, dir.resolve("plan.docx"));
            long d = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s: total %.2f s (compute %.2f s, charts %.2f s, write docx+xlsx %.2f s), %d KB%n",
                    i == 0 ? "cold" : "warm " + i, (d - a) / 1e9, (b - a) / 1e9, (c - b) / 1e9, (d - c) / 1e9,
                    Files.size(files.get(0)) / 1024);
        }
    }

    static RetrofitReport report(DiagnosisProject p, EnergyReference ref, EfficiencyRater rater, Catalogue catalogue) {
        return org.energydiag.core.evaluation.ProjectEvaluation.of(p, new org.energydiag.core.evaluation.References(ref, rater,
                catalogue, List.of()), List.of(), LocalDate.now()).report();
    }
}
