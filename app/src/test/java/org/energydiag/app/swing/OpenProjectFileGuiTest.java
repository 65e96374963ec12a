package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.assertj.swing.edt.GuiActionRunner;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * {@code EnergyDiag 项目.edproj} — what the installed program is given when a project file is
 * double-clicked (issue #22): the window imports the file into the data folder and opens it.
 */
class OpenProjectFileGuiTest extends AppGuiTest {

    @Test
    void aProjectFileGivenAtStartIsImportedAndOpened() throws Exception {
        Instant now = Instant.now();
        DiagnosisProject p = DemoProjects.cementPlant(now, "某诊断机构");
        Path file = dir.resolve("双击的项目.edproj");
        ProjectFile.write(p, file, "test", now);

        app = GuiApp.launchWith(dir, file);
        app.waitForWorkspace();
        GuiApp.waitUntil("the file's enterprise shown",
                () -> p.enterprise().name().equals(app.window.textBox("enterprise.name").target().getText()));
        assertThat(GuiActionRunner.execute(() -> app.window.target() instanceof javax.swing.JFrame f ? f.getTitle() : ""))
                .startsWith(p.enterprise().name());
        app.close();
        app = null;
        // it is in the data folder now, as after 导入…
        try (Database db = Database.open(dir.resolve("data"))) {
            assertThat(new H2ProjectRepository(db, java.time.Clock.systemUTC()).listActive())
                    .singleElement().satisfies(s -> assertThat(s.id()).isEqualTo(p.id()));
        }
    }
}
