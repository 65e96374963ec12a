package org.energydiag.app.swing;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the GUI tests that start the application themselves ({@link GuiApp#launch}) on a fresh
 * data folder {@link #dir}: skipped without a display, the application closed after each test
 * (which cannot hang).
 */
abstract class AppGuiTest {

    @TempDir
    Path dir;
    GuiApp app;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @AfterEach
    void closeTheApplication() {
        if (app != null) {
            app.close();
        }
    }

    /** The cement demo with the engineer's decisions taken (tasks accepted, key projects, evaluation confirmed). */
    static org.energydiag.core.project.DiagnosisProject decidedDemo(java.time.Instant now) {
        var p0 = org.energydiag.core.demo.DemoProjects.cementPlant(now, "某诊断机构");
        return org.energydiag.core.demo.DemoProjects.withDecisions(p0, org.energydiag.core.evaluation.ProjectEvaluation.of(p0,
                PlanSurfacesGuiTest.REFS, java.util.List.of(), java.time.LocalDate.now()).report(), now);
    }
}
