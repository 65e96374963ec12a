package org.energydiag.app.swing;

import java.nio.file.Path;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the GUI tests that start from a new project: the application on a fresh data folder,
 * a project created from the home window, torn down by {@link GuiApp#close()} (which cannot hang).
 */
abstract class ProjectGuiTest {

    @TempDir
    Path dir;
    GuiApp app;
    FrameFixture window;
    Robot robot;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @BeforeEach
    void startWithANewProject() {
        app = GuiApp.launch(dir).newProject();
        window = app.window;
        robot = app.robot;
    }

    @AfterEach
    void closeTheApplication() {
        if (app != null) {
            app.close();
        }
    }
}
