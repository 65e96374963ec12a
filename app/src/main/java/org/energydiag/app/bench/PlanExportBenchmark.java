package org.energydiag.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.energydiag.app.swing.charts.PlanFigures;
import org.energydiag.app.swing.charts.PlanWarmup;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.plan.PlanExport;

/**
 * Plan export benchmark (README): the demo project with every step filled is exported (analysis,
 * diagnosis report, ratings, the charts at print resolution, the .docx and the two .xlsx lists)
 * once cold and then ten times warm in the same JVM; prints each phase's wall time and the CPU
 * time the whole process used for it (all threads: the figures are drawn while the document
 * writer warms up on a second thread), and the median of the warm runs.
 * As {@code export-plan}, it starts warming the document libraries ({@link PlanWarmup#documents}) before
 * it loads the reference data and evaluates. With {@code --window} the JVM first does what the window
 * does after start-up (the plan writer's warm-up with the demo, {@link PlanWarmup#afterStartup}), so
 * "cold" is the first export in the window. {@code -Denergydiag.planWarmup=false}: no warm-up at all.
 * Usage: {@code java -cp app/target/energydiag.jar org.energydiag.app.bench.PlanExportBenchmark [--window] [dir]}
 */
public final class PlanExportBenchmark {

    private PlanExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<String> a = new ArrayList<>(List.of(args));
        boolean window = a.remove("--window");
        Path dir = !a.isEmpty() ? Path.of(a.get(0)) : Files.createTempDirectory("plan-bench");
        Files.createDirectories(dir);
        long t0 = System.nanoTime();
        if (!window) {
            PlanWarmup.documents(); // as export-plan does before it reads and evaluates the project
        }
        EnergyReference ref = EnergyReference.load();
        EfficiencyRater rater = new EfficiencyRater(GradeTables.loadBundled());
        Catalogue catalogue = Catalogue.loadBundled();
        References refs = new References(ref, rater, catalogue, List.of());
        long loaded = System.nanoTime();
        Instant now = Instant.now();
        DiagnosisProject demo = DemoProjects.cementPlant(now, "");
        DiagnosisProject p = DemoProjects.withDecisions(demo, report(demo, refs), now);
        System.out.printf(Locale.ROOT, "reference data loaded: %.2f s%n", (loaded - t0) / 1e9);
        if (window) {
            long w = System.nanoTime();
            PlanWarmup.afterStartup(() -> refs).join();
            System.out.printf(Locale.ROOT, "window start-up warm-up (in the background in the window): %.2f s%n", (System.nanoTime() - w) / 1e9);
        }
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            long a0 = System.nanoTime();
            long c0 = cpu();
            var ev = ProjectEvaluation.of(p, refs, List.of(), LocalDate.now());
            long b = System.nanoTime();
            var figures = PlanFigures.of(ev, org.energydiag.core.io.ProjectFile.Blobs.NONE);
            long c = System.nanoTime();
            List<Path> files = PlanExport.write(ev, figures, null, dir.resolve("plan.docx"));
            long d = System.nanoTime();
            long c1 = cpu();
            System.out.printf(Locale.ROOT, "%s: total %.2f s (compute %.2f s, charts %.2f s, write docx+xlsx %.2f s; CPU %.2f s), %d KB%n",
                    i == 0 ? (window ? "first in window" : "cold") : "warm " + i, (d - a0) / 1e9, (b - a0) / 1e9, (c - b) / 1e9,
                    (d - c) / 1e9, (c1 - c0) / 1e9, Files.size(files.get(0)) / 1024);
            if (i > 0) {
                warm.add((d - a0) / 1e9);
            }
        }
        warm.sort(null);
        System.out.printf(Locale.ROOT, "warm median: %.2f s (targets: cold ≤ 1.5 s, warm ≤ 0.5 s)%n", warm.get(warm.size() / 2));
    }

    /** CPU time of the whole process (all threads), in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static RetrofitReport report(DiagnosisProject p, References refs) {
        return ProjectEvaluation.of(p, refs, List.of(), LocalDate.now()).report();
    }
}
