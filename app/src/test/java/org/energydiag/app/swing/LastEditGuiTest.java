package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.WindowEvent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.Timer;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No edit is lost on any way out. The user types, and the very last keystroke is still waiting for
 * its pause ({@link Binder#COMMIT_DELAY_MS}) when the window closes, the user goes back to the
 * project list, or the JVM is shut down. To make "at once" exact rather than a race with the
 * debounce timer, the last keystroke and the way out run in one event-thread action, and the test
 * checks that the keystroke was indeed still pending at that moment.
 */
class LastEditGuiTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    /** Types {@code last} as the user's last keystrokes and, in the same event-thread turn, runs {@code wayOut}. */
    private static void typeLastAndThen(JTextComponentFixture field, String last, Runnable wayOut) {
        boolean pending = GuiActionRunner.execute(() -> {
            JTextComponent c = field.target();
            c.setCaretPosition(c.getDocument().getLength());
            c.replaceSelection(last);
            boolean waiting = c.getClientProperty(Timer.class) instanceof Timer t && t.isRunning();
            wayOut.run();
            return waiting;
        });
        assertThat(pending).as("the last keystroke was still waiting for its pause when the way out was taken").isTrue();
    }

    private DiagnosisProject storedProject(Path data) {
        try (Database db = Database.open(data)) {
            var repo = new H2ProjectRepository(db, Clock.systemUTC());
            return repo.load(repo.listActive().get(0).id()).orElseThrow();
        }
    }

    @Test
    void closingTheWindowRightAfterTypingKeepsTheLastKeystroke() throws Exception {
        GuiApp app = GuiApp.launch(dir).newProject();
        try {
            JTextComponentFixture name = app.window.textBox("enterprise.name");
            GuiApp.type(name, "芜湖江岸建材");
            JFrame frame = (JFrame) app.window.target();
            typeLastAndThen(name, "水泥", () -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
            assertThat(app.awaitExit()).as("the application exits after the window is closed").isTrue();
        } finally {
            app.close();
        }
        assertThat(storedProject(dir.resolve("data")).enterprise().name()).isEqualTo("芜湖江岸建材水泥");

        // and the application shows it after a restart
        GuiApp again = GuiApp.launch(dir);
        try {
            GuiApp.waitUntil("project listed", () -> again.window.table("home.projects").target().getRowCount() == 1);
            assertThat(again.window.table("home.projects").valueAt(org.assertj.swing.data.TableCell.row(0).column(0)))
                    .isEqualTo("芜湖江岸建材水泥");
        } finally {
            again.close();
        }
    }

    /** A field of a view with its own binder (电价 in the equipment step) is committed as well. */
    @Test
    void aFieldOfAnyStepIsCommittedOnClose() throws Exception {
        GuiApp app = GuiApp.launch(dir).newProject();
        try {
            app.window.list("workspace.steps").clickItem(2);
            JTextComponentFixture tariff = app.window.textBox("equipment.tariff");
            GuiApp.type(tariff, "0.6");
            JFrame frame = (JFrame) app.window.target();
            typeLastAndThen(tariff, "5", () -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
            assertThat(app.awaitExit()).isTrue();
        } finally {
            app.close();
        }
        assertThat(storedProject(dir.resolve("data")).equipment().tariffYuanPerKwh()).isEqualByComparingTo(new BigDecimal("0.65"));
    }

    @Test
    void backToTheProjectListRightAfterTypingKeepsTheLastKeystroke() throws Exception {
        GuiApp app = GuiApp.launch(dir).newProject();
        try {
            JTextComponentFixture name = app.window.textBox("enterprise.name");
            GuiApp.type(name, "甲公");
            JButton back = app.window.button("workspace.back").target();
            typeLastAndThen(name, "司", back::doClick);
            GuiApp.waitUntil("project list shows the name", () -> {
                var t = app.window.table("home.projects").target();
                return t.isShowing() && t.getRowCount() == 1 && "甲公司".equals(t.getValueAt(0, 0));
            });
        } finally {
            app.close();
        }
        assertThat(storedProject(dir.resolve("data")).enterprise().name()).isEqualTo("甲公司");
    }

    /** The JVM ends without the window being closed (log-out, shutdown, SIGTERM): the hook's work. */
    @Test
    void shutdownWithoutClosingTheWindowKeepsTheLastKeystroke() throws Exception {
        GuiApp app = GuiApp.launch(dir).newProject();
        try {
            JTextComponentFixture name = app.window.textBox("enterprise.name");
            GuiApp.type(name, "乙公");
            typeLastAndThen(name, "司", () -> { });
            MainFrame frame = (MainFrame) app.window.target();
            // what the shutdown hook registered by SwingLauncher.launch runs, on a thread of its own
            assertThat(frame.saveBeforeShutdown(SwingLauncher.SHUTDOWN_FLUSH_MS)).isTrue();
            // the store was released: another process (here the test) can open the data folder
            assertThat(storedProject(dir.resolve("data")).enterprise().name()).isEqualTo("乙公司");
        } finally {
            app.close();
        }
    }
}
