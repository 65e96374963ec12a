package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.event.KeyEvent;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.energydiag.app.AppContext;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell left in edit mode survives kill -9: a child JVM runs the real window, starts a product row
 * (添加 puts its first cell in edit mode) and types a name key by key; the cell stays in edit mode.
 * As soon as the child has seen that typing saved (the status bar's 已自动保存 after the pause) it
 * says so, and the test ends it with destroyForcibly (SIGKILL) while the cell is still being edited.
 * The reopened project holds the typed name. Before, a cell's typing reached the project only when
 * its editor closed, so all of it was lost.
 */
class CellEditKillGuiTest {

    @TempDir
    Path dir;

    static final String TYPED = "Clinker line 2";

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @Test
    void aCellInEditModeIsSavedBeforeAKill() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        String saved = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                log.append(line).append('\n');
                if (line.startsWith("SAVED-WHILE-EDITING ")) {
                    saved = line;
                    child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, the editor still open
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(saved).as("child output:\n%s", log).isNotNull();
        System.out.println("CellEditKillGuiTest: " + saved);
        // the save came one typing pause (Binder.COMMIT_DELAY_MS) and one write after the last keystroke
        long ms = Long.parseLong(saved.split(" ")[1]);
        assertThat(ms).as("last keystroke to saved, ms").isLessThan(5_000);

        try (Database db = Database.open(dir.resolve("data"))) {
            H2ProjectRepository repo = new H2ProjectRepository(db, Clock.systemUTC());
            List<?> active = repo.listActive();
            assertThat(active).hasSize(1);
            DiagnosisProject p = repo.load(repo.listActive().get(0).id()).orElseThrow();
            assertThat(p.enterprise().products()).hasSize(1);
            assertThat(p.enterprise().products().get(0).name()).isEqualTo(TYPED);
        }
    }

    /** The child: the real window on {@code args[0]}/data, a new project, a product name typed into a cell left in edit mode. */
    public static final class Child {
        private static java.util.concurrent.Callable<String> stage = () -> "starting";

        private Child() {
        }

        public static void main(String[] args) throws Exception {
            System.setProperty(org.energydiag.app.swing.charts.PlanWarmup.SWITCH, "false");
            Path dir = Path.of(args[0]);
            AppContext ctx = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.systemDefaultZone());
            JFrame frame = SwingLauncher.launch(ctx, () -> { });
            stage = () -> "home";
            JButton create = await(() -> {
                JButton b = find(frame, "home.new", JButton.class);
                return b != null && b.isEnabled() ? b : null; // enabled once the store is open
            });
            stage = () -> "workspace";
            EventQueue.invokeAndWait(create::doClick);
            JButton add = await(() -> find(frame, "enterprise.products.add", JButton.class));
            JTable table = await(() -> find(frame, "enterprise.products", JTable.class));
            stage = () -> "adding a row";
            EventQueue.invokeAndWait(add::doClick);
            await(() -> table.isEditing() ? table : null);
            stage = () -> "typing";
            EventQueue.invokeAndWait(() -> table.getEditorComponent().requestFocusInWindow());
            JLabel status = await(() -> find(frame, "status.save", JLabel.class));
            String savedPrefix = Texts.format("main.saved", "").trim();
            AtomicLong lastKey = new AtomicLong();
            AtomicLong savedAt = new AtomicLong();
            AtomicReference<String> valueAtSave = new AtomicReference<>();
            // key by key, as typing arrives: each character a KEY_TYPED event to the component with the focus
            for (char ch : TYPED.toCharArray()) {
                EventQueue.invokeAndWait(() -> {
                    Component to = table.getEditorComponent() != null ? table.getEditorComponent() : table;
                    to.dispatchEvent(new KeyEvent(to, KeyEvent.KEY_TYPED, System.currentTimeMillis(), 0, KeyEvent.VK_UNDEFINED, ch));
                    lastKey.set(System.nanoTime());
                });
                Thread.sleep(40); // typing speed, not synchronisation
            }
            String shown = onEdt(() -> ((javax.swing.text.JTextComponent) table.getEditorComponent()).getText());
            if (!TYPED.equals(shown)) {
                System.out.println("TYPING-FAILED editor shows: " + shown);
                System.exit(2);
            }
            // from now on a status change to 已自动保存 with the typed name in the project is the save of the open cell
            status.addPropertyChangeListener("text", e -> {
                if (String.valueOf(e.getNewValue()).startsWith(savedPrefix) && savedAt.get() == 0
                        && TYPED.equals(table.getModel().getValueAt(0, 0)) && table.isEditing()) {
                    savedAt.set(System.nanoTime());
                    valueAtSave.set(String.valueOf(table.getModel().getValueAt(0, 0)));
                }
            });
            stage = () -> "waiting for the save: value=" + table.getModel().getValueAt(0, 0) + " editing=" + table.isEditing()
                    + " status=" + status.getText();
            await(() -> savedAt.get() != 0 ? Boolean.TRUE : null);
            boolean editing = onEdt(table::isEditing);
            System.out.println("SAVED-WHILE-EDITING " + TimeUnit.NANOSECONDS.toMillis(savedAt.get() - lastKey.get())
                    + " editing=" + editing + " value=" + valueAtSave.get());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE); // the parent kills this JVM
        }

        private static <T> T onEdt(java.util.concurrent.Callable<T> c) throws Exception {
            AtomicReference<T> out = new AtomicReference<>();
            AtomicReference<Exception> err = new AtomicReference<>();
            EventQueue.invokeAndWait(() -> {
                try {
                    out.set(c.call());
                } catch (Exception e) {
                    err.set(e);
                }
            });
            if (err.get() != null) {
                throw err.get();
            }
            return out.get();
        }

        /** Polls (on the event thread) until the supplier gives a value; 60 s at most. */
        private static <T> T await(java.util.concurrent.Callable<T> c) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < end) {
                T v = onEdt(c);
                if (v != null) {
                    return v;
                }
                Thread.sleep(20);
            }
            System.out.println("TIMEOUT " + onEdt(stage::call));
            System.exit(3);
            return null;
        }

        private static <T extends Component> T find(Container root, String name, Class<T> type) {
            for (Component c : root.getComponents()) {
                if (type.isInstance(c) && name.equals(c.getName()) && c.isShowing()) {
                    return type.cast(c);
                }
                if (c instanceof Container k) {
                    T t = find(k, name, type);
                    if (t != null) {
                        return t;
                    }
                }
            }
            return null;
        }
    }
}
