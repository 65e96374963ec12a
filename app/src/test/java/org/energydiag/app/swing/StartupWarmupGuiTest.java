package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.energydiag.app.swing.charts.PlanWarmup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's start-up warm-up of the plan export (the other Swing tests run without it): it
 * starts once the project list is shown, runs to its end off the event thread, and the window
 * works and closes as before. The test waits for the warm-up before it touches anything, so the
 * warm-up never competes with the robot.
 */
class StartupWarmupGuiTest {

    private String before;

    @BeforeEach
    void switchOn() {
        GuiApp.requireDisplay();
        before = System.getProperty(PlanWarmup.SWITCH);
        System.setProperty(PlanWarmup.SWITCH, "true");
    }

    @AfterEach
    void restore() {
        System.setProperty(PlanWarmup.SWITCH, before == null ? "false" : before);
    }

    @Test
    void theWindowWarmsThePlanExportAfterStartAndStillWorksAndCloses(@TempDir Path dir) {
        try (GuiApp app = GuiApp.launch(dir)) {
            GuiApp.waitUntil("the start-up warm-up finished", PlanWarmup::afterStartupDone);
            assertThat(PlanWarmup.done()).as("the plan writer warmed").isTrue();
            app.newProject();
            app.window.requireVisible();
        }
    }
}
