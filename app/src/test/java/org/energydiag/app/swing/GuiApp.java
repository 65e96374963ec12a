package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.awt.Window;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javax.swing.JDialog;
import javax.swing.JFrame;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.core.matcher.JTextComponentMatcher;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import org.energydiag.app.AppContext;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared harness of the AssertJ-Swing tests: starts the real application on a fresh data
 * folder, and tears it down so that a failing test cannot hang the next one. A test that fails
 * with an error dialog open would otherwise leave a modal dialog, the window would not close and
 * the robot's screen lock would never be released; here leftover dialogs are disposed, the screen
 * lock is always released, and the application's log (which the user-facing messages point to) is
 * printed when it holds an error, so the cause is visible in the test output.
 */
final class GuiApp implements AutoCloseable {

    final Robot robot;
    final FrameFixture window;
    final Path dataDir;
    private final CountDownLatch exited = new CountDownLatch(1);

    /** On CI a missing display is a failure (CI runs under xvfb-run); elsewhere the test is skipped. */
    static void requireDisplay() {
        if ("true".equals(System.getenv("CI"))) {
            assertThat(GraphicsEnvironment.isHeadless()).as("CI must run the Swing tests under xvfb-run").isFalse();
        }
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(), "needs a display: run under xvfb-run");
        FailOnThreadViolationRepaintManager.install();
    }

    /**
     * What a window manager does and Xvfb (which has none) does not: when a dialog closes and no
     * window of the application has the keyboard focus any more, the dialog's owner gets it back.
     * Without this, the X focus stays nowhere after a progress dialog or a message box closes, and
     * the next typing fails with "focus owner: Null Component" (seen under load). Installed once
     * per JVM; logged when it acts, so its effect is visible in the test output.
     */
    private static final java.awt.event.AWTEventListener FOCUS_KEEPER = event -> {
        if (event.getID() == java.awt.event.WindowEvent.WINDOW_CLOSED
                && event.getSource() instanceof java.awt.Dialog d && d.getOwner() != null) {
            Window owner = d.getOwner();
            javax.swing.SwingUtilities.invokeLater(() -> {
                if (owner.isShowing() && java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow() == null
                        && java.util.Arrays.stream(Window.getWindows()).noneMatch(w -> w instanceof java.awt.Dialog o && o.isShowing() && o.isModal())) {
                    System.err.println("GuiApp: no window focused after \"" + d.getTitle() + "\" closed; focusing its owner");
                    owner.toFront();
                    // as a window manager's activation does: the focus returns to the component the
                    // window last gave it to (or asked for it while inactive), else to the window
                    java.awt.Component last = owner.getMostRecentFocusOwner();
                    if (last != null && last != owner) {
                        last.requestFocus();
                    } else {
                        owner.requestFocus();
                    }
                }
            });
        }
    };

    static {
        java.awt.Toolkit.getDefaultToolkit().addAWTEventListener(FOCUS_KEEPER, java.awt.AWTEvent.WINDOW_EVENT_MASK);
        // the window's plan warm-up (a few seconds of CPU after start) would compete with the robot;
        // the Swing tests run without it, StartupWarmupGuiTest with it
        System.setProperty(org.energydiag.app.swing.charts.PlanWarmup.SWITCH, "false");
        // each test starts on an empty data folder: without this the first-run question would open
        // over every test's window (FirstRunGuiTest turns it on for itself)
        System.setProperty(FirstRunDialog.SWITCH, "false");
    }

    private GuiApp(Path dir) {
        this(dir, data -> new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone()), r -> { }, null);
    }

    /**
     * @param context     the application's context on the data folder (a test's own: a simulated read-only folder …)
     * @param beforeReady what the test does after the launch, before the home window is ready (a start-up dialog)
     * @param projectFile the program's argument (an .edproj double-clicked), or null
     */
    private GuiApp(Path dir, java.util.function.Function<Path, AppContext> context,
                   java.util.function.Consumer<org.assertj.swing.core.Robot> beforeReady, Path projectFile) {
        this.dataDir = dir.resolve("data");
        this.robot = BasicRobot.robotWithNewAwtHierarchy();
        FrameFixture w = null;
        try {
            robot.settings().delayBetweenEvents(30); // 10 ms lost an occasional click under a loaded Xvfb
            // AssertJ's idle check keeps its default (100 ms after an event): with 50 ms the suite was 10–20 %
            // faster, but two CI dry runs in four failed on a popup click or an early assertion
            AppContext ctx = context.apply(dataDir);
            JFrame f = SwingLauncher.launch(ctx, exited::countDown, projectFile);
            w = new FrameFixture(robot, f);
            beforeReady.accept(robot);
            // the list is ready (home.new would wait forever in a read-only folder, where it stays disabled)
            w.button("home.bin").requireEnabled(Timeout.timeout(WAIT_MS));
        } catch (RuntimeException | Error e) {
            robot.cleanUp();
            throw e;
        }
        this.window = w;
    }

    /** The application started on {@code dir/data}, home window showing. */
    static GuiApp launch(Path dir) {
        return new GuiApp(dir);
    }

    /** As {@link #launch(Path)} with a context of the test's own and a step before the home window is ready. */
    static GuiApp launch(Path dir, java.util.function.Function<Path, AppContext> context,
                         java.util.function.Consumer<org.assertj.swing.core.Robot> beforeReady) {
        return new GuiApp(dir, context, beforeReady, null);
    }

    /** The application started as {@code EnergyDiag projectFile} (an .edproj double-clicked). */
    static GuiApp launchWith(Path dir, Path projectFile) {
        return new GuiApp(dir, data -> new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone()), r -> { }, projectFile);
    }

    /** Creates a project from the home window and waits for the workspace. */
    GuiApp newProject() {
        window.button("home.new").click();
        waitForWorkspace();
        window.focus(); // without a window manager (Xvfb) the frame does not always get the focus back by itself
        return this;
    }

    /**
     * Imports a project file on the home screen (导入…, the file chooser) into an empty data folder,
     * waits until it is listed, opens it and waits for its workspace.
     */
    void openImported(Path file) {
        window.button("home.import").click();
        choose(org.assertj.swing.finder.JFileChooserFinder.findFileChooser().withTimeout(WAIT_MS).using(robot), file);
        waitUntil("imported and listed", () -> window.table("home.projects").target().getRowCount() == 1);
        window.table("home.projects").selectRows(0);
        window.button("home.open").click();
        waitForWorkspace();
    }

    void waitForWorkspace() {
        Pause.pause(new Condition("workspace showing") {
            @Override
            public boolean test() {
                return !robot.finder().findAll(window.target(),
                        JTextComponentMatcher.withName("enterprise.name").andShowing()).isEmpty();
            }
        }, Timeout.timeout(WAIT_MS));
    }

    /**
     * Types into a field like a user and waits until the field shows what was typed. Under a
     * loaded Xvfb the AWT holds typed keys back while a focus change is pending (type-ahead); a
     * test that clicks elsewhere before they arrive would hand them to whatever has the focus next.
     */
    static void type(org.assertj.swing.fixture.JTextComponentFixture field, String text) {
        String before = GuiActionRunner.execute(() -> field.target().getText());
        // without a window manager (Xvfb) no window may have the keyboard focus after a dialog closed
        // (focus owner: Null Component); a click in the field activates its window as a user's would
        java.awt.KeyboardFocusManager kfm = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager();
        if (GuiActionRunner.execute(() -> kfm.getFocusOwner() == null)) {
            int caret = GuiActionRunner.execute(() -> field.target().getCaretPosition());
            for (int i = 0; i < 3 && GuiActionRunner.execute(() -> kfm.getFocusOwner() != field.target()); i++) {
                field.click();
                waitFor(() -> kfm.getFocusOwner() == field.target(), 1_500);
            }
            GuiActionRunner.execute(() -> field.target().setCaretPosition(Math.min(caret, field.target().getDocument().getLength())));
        }
        field.enterText(text);
        waitUntil("“" + text + "” typed into " + field.target().getName(),
                () -> field.target().getText().contains(text) && field.target().getText().length() >= before.length() + text.length());
    }

    /**
     * How long a wait may take before the test fails. Only a bound for failure: every wait ends as
     * soon as its condition holds. Generous, because a suite run with two CPU burners on two cores
     * makes opening a project take many seconds.
     */
    static final int WAIT_MS = 60_000;

    /** Presses {@code code} (a {@code KeyEvent.VK_} code) while holding {@code heldKey} (0: none), then waits for idle. */
    static void key(Robot robot, int code, int heldKey) {
        if (heldKey != 0) {
            robot.pressKey(heldKey);
        }
        robot.pressAndReleaseKeys(code);
        if (heldKey != 0) {
            robot.releaseKey(heldKey);
        }
        robot.waitForIdle();
    }

    /** The system clipboard's text, or what went wrong reading it (so an assertion shows it). */
    static String clipboard() {
        try {
            return (String) java.awt.Toolkit.getDefaultToolkit().getSystemClipboard().getData(java.awt.datatransfer.DataFlavor.stringFlavor);
        } catch (java.awt.datatransfer.UnsupportedFlavorException | IOException | IllegalStateException e) {
            return e.toString();
        }
    }

    /** Waits (up to {@link #WAIT_MS}) until the condition, evaluated on the event thread, holds. */
    static void waitUntil(String what, BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(test::getAsBoolean);
            }
        }, Timeout.timeout(WAIT_MS));
    }

    /**
     * Waits for a message box whose text matches, presses its OK button and waits until it is gone
     * (pressing again if a click was lost while the box was still settling on a slow machine).
     */
    void acknowledge(java.util.regex.Pattern message, long timeoutMs) {
        var pane = org.assertj.swing.finder.JOptionPaneFinder.findOptionPane().withTimeout(timeoutMs).using(robot);
        pane.requireMessage(message);
        java.awt.Window w = GuiActionRunner.execute(() -> javax.swing.SwingUtilities.getWindowAncestor(pane.target()));
        for (int i = 0; i < 3 && GuiActionRunner.execute(w::isShowing); i++) {
            robot.waitForIdle();
            pane.okButton().click();
            waitFor(() -> !w.isShowing(), 1_500);
        }
        if (GuiActionRunner.execute(w::isShowing)) {
            // Without a window manager (Xvfb) a robot click on a freshly shown message box is now and
            // then lost; the box has been found and its text checked: press OK the way the button does.
            System.err.println("GuiApp: OK click lost on \"" + message + "\"; closing the message box directly");
            GuiActionRunner.execute(() -> pane.target().setValue(javax.swing.JOptionPane.OK_OPTION));
            Pause.pause(new Condition("message box closed") {
                @Override
                public boolean test() {
                    return !GuiActionRunner.execute(w::isShowing);
                }
            }, Timeout.timeout(GuiApp.WAIT_MS));
        }
    }

    /**
     * Waits for the follow-up of an export (打开文件 / 打开所在文件夹 / 复制路径), checks its message
     * and the file it names, and closes it.
     */
    void exportDone(java.util.regex.Pattern message, Path file) {
        org.assertj.swing.fixture.DialogFixture d = org.assertj.swing.finder.WindowFinder.findDialog("exportDone")
                .withTimeout(WAIT_MS).using(robot);
        assertThat(d.textBox("exportDone.message").text()).matches(message);
        assertThat(d.textBox("exportDone.path").text()).isEqualTo(file.toAbsolutePath().toString());
        press(d.button("exportDone.close"), "export follow-up closed", () -> !d.target().isShowing());
    }

    /**
     * Chooses {@code file} in a file chooser that is showing and approves it, in a way that cannot
     * lose the folder: the absolute path is put into the chooser's file-name box (what a user may
     * type), checked there, and the approve button is clicked; the chooser's own approve action
     * turns the typed path into the selected file. A click lost under Xvfb (the chooser still
     * showing) is detected, and the same approve button is pressed directly, so the selection is
     * always the typed path, never an earlier default.
     */
    void choose(org.assertj.swing.fixture.JFileChooserFixture chooser, Path file) {
        String path = file.toAbsolutePath().toString();
        showFolderOf(chooser, file);
        chooser.fileNameTextBox().setText(path);
        chooser.fileNameTextBox().requireText(path);
        approve(chooser, file);
    }

    /**
     * Shows the folder of {@code file} in the chooser before its name is typed. The chooser opens
     * in the user's last folder or home; on CI the home holds a folder (cups-pdf's PDF/), and a
     * click that lands on the file list while the chooser settles selects it: the approve button
     * turns into 打开 and the typed path is never approved. In the file's own folder (a test's
     * temporary folder) there is nothing else to select.
     */
    private static void showFolderOf(org.assertj.swing.fixture.JFileChooserFixture chooser, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && java.nio.file.Files.isDirectory(folder)) {
            GuiActionRunner.execute(() -> chooser.target().setCurrentDirectory(folder.toFile()));
        }
    }

    /** Several files at once (a multi-selection chooser), written as the chooser writes them: quoted. */
    void chooseAll(org.assertj.swing.fixture.JFileChooserFixture chooser, Path... files) {
        StringBuilder names = new StringBuilder();
        for (Path f : files) {
            names.append(names.isEmpty() ? "" : " ").append('"').append(f.toAbsolutePath()).append('"');
        }
        if (files.length > 0) {
            showFolderOf(chooser, files[0]);
        }
        chooser.fileNameTextBox().setText(names.toString());
        chooser.fileNameTextBox().requireText(names.toString());
        approve(chooser);
    }

    /**
     * Presses the file chooser's approve button and makes sure the chooser closed. A lost click is
     * detected and the approve button pressed directly: its action reads the file-name box, just
     * as the click would have.
     */
    void approve(org.assertj.swing.fixture.JFileChooserFixture chooser) {
        approve(chooser, null);
    }

    /**
     * As {@link #approve(org.assertj.swing.fixture.JFileChooserFixture)}; when the click is lost and
     * {@code file} is known, the chooser approves that file directly (whatever its button says now).
     */
    void approve(org.assertj.swing.fixture.JFileChooserFixture chooser, Path file) {
        java.awt.Window w = GuiActionRunner.execute(() -> javax.swing.SwingUtilities.getWindowAncestor(chooser.target()));
        robot.waitForIdle();
        chooser.approveButton().click();
        if (!waitFor(() -> !w.isShowing(), 3_000)) {
            System.err.println("GuiApp: approve click lost on the file chooser; approving it directly");
            GuiActionRunner.execute(() -> {
                if (!w.isShowing()) {
                    return;
                }
                if (file != null) {
                    chooser.target().setSelectedFile(file.toAbsolutePath().toFile());
                    chooser.target().approveSelection();
                } else {
                    chooser.approveButton().target().doClick();
                }
            });
            waitUntil("file chooser closed", () -> !w.isShowing());
        }
    }

    /**
     * Clicks a table cell once and waits until it is the selected cell of the focused table, not
     * being edited. Under a loaded Xvfb a click can be lost (it lands before a newly shown window is
     * mapped); after the event queue is idle and the cell still not selected, it is clicked again (at
     * most three times) — never a second click on a selected cell, which would start an edit.
     */
    static void selectCell(Robot robot, org.assertj.swing.fixture.JTableFixture table, int r, int c) {
        javax.swing.JTable t = table.target();
        for (int i = 0; i < 3; i++) {
            robot.waitForIdle();
            if (i > 0 && GuiActionRunner.execute(() -> t.getSelectedRow() == r && t.getSelectedColumn() == c)) {
                break; // the last click arrived after all: clicking again would edit
            }
            table.cell(org.assertj.swing.data.TableCell.row(r).column(c)).click();
            if (waitFor(() -> t.getSelectedRow() == r && t.getSelectedColumn() == c && t.isFocusOwner() && !t.isEditing(), 1_500)) {
                return;
            }
            System.err.println("GuiApp: click on cell " + r + "," + c + " of " + t.getName() + " not taken yet");
        }
        waitUntil("cell " + r + "," + c + " selected", () -> t.getSelectedRow() == r && t.getSelectedColumn() == c && t.isFocusOwner());
    }

    /** Polls {@code test} on the event thread until it holds or {@code ms} pass; true when it held. */
    static boolean waitFor(BooleanSupplier test, long ms) {
        try {
            Pause.pause(new Condition("condition") {
                @Override
                public boolean test() {
                    return GuiActionRunner.execute(test::getAsBoolean);
                }
            }, Timeout.timeout(ms));
            return true;
        } catch (org.assertj.swing.exception.WaitTimedOutError e) {
            return false;
        }
    }

    /**
     * Clicks a button like a user and waits until the click has had its effect; under a loaded
     * Xvfb (no window manager) a robot click on a freshly shown dialog is now and then lost, so the
     * click is repeated while the effect is absent, and as a last resort the button is pressed
     * programmatically (logged). Use only for buttons whose effect shows at once.
     */
    void press(org.assertj.swing.fixture.JButtonFixture button, String effect, BooleanSupplier done) {
        press(button.target(), button::click, effect, done);
    }

    /**
     * Selects a radio button like a user and checks that the click took: a click lost under a loaded
     * Xvfb (the button still unselected) is repeated, as {@link #press} does for buttons.
     */
    void select(org.assertj.swing.fixture.JRadioButtonFixture radio) {
        javax.swing.AbstractButton b = radio.target();
        press(b, radio::click, "selected " + b.getName(), b::isSelected);
    }

    /** Ticks a check box like a user and checks that the click took (a lost click is repeated). */
    void tick(org.assertj.swing.fixture.JCheckBoxFixture box) {
        javax.swing.AbstractButton b = box.target();
        press(b, box::click, "ticked " + b.getName(), b::isSelected);
    }

    /**
     * Selects one row of a table like a user (a click on it) and checks that the selection took: a
     * click lost on a freshly shown window under Xvfb is repeated, and as a last resort the row is
     * selected the way the click would (the test goes on to what the selection enables).
     */
    void selectRow(org.assertj.swing.fixture.JTableFixture table, int row) {
        javax.swing.JTable t = table.target();
        BooleanSupplier selected = () -> t.getSelectedRowCount() == 1 && t.getSelectedRow() == row;
        for (int i = 0; i < 3; i++) {
            robot.waitForIdle();
            table.selectRows(row);
            if (waitFor(selected, 1_500)) {
                return;
            }
        }
        System.err.println("GuiApp: row click on " + t.getName() + " lost; selecting row " + row + " directly");
        GuiActionRunner.execute(() -> t.setRowSelectionInterval(row, row));
        waitUntil("row " + row + " of " + t.getName() + " selected", selected);
    }

    private void press(javax.swing.AbstractButton target, Runnable click, String effect, BooleanSupplier done) {
        for (int i = 0; i < 3; i++) {
            robot.waitForIdle();
            if (i == 0 || !GuiActionRunner.execute(done::getAsBoolean)) {
                if (GuiActionRunner.execute(() -> target.isShowing() && target.isEnabled())) {
                    click.run();
                }
            }
            if (waitFor(done, 1_500)) {
                return;
            }
        }
        System.err.println("GuiApp: click on " + target.getName() + " lost; pressing it directly");
        GuiActionRunner.execute(() -> {
            if (!done.getAsBoolean() && target.isShowing() && target.isEnabled()) {
                target.doClick();
            }
        });
        waitUntil(effect, done);
    }

    /**
     * Chooses item {@code index} of a drop-down through its popup, as a user does, and checks that it
     * was taken: under a loaded Xvfb the click on the popup's item can land before the popup window
     * is mapped; it is then chosen again (at most three times), and the test fails only if it never is.
     */
    static void choose(org.assertj.swing.fixture.JComboBoxFixture combo, int index) {
        for (int i = 0; i < 3; i++) {
            combo.selectItem(index);
            if (waitFor(() -> combo.target().getSelectedIndex() == index && !combo.target().isPopupVisible(), 1_500)) {
                return;
            }
            System.err.println("GuiApp: choice " + index + " of " + combo.target().getName() + " not taken; choosing it again");
        }
        waitUntil("item " + index + " of " + combo.target().getName() + " chosen", () -> combo.target().getSelectedIndex() == index);
    }

    /** The number the step list's badge shows for {@code chapter} (0: none), as its renderer draws it. */
    int badge(org.energydiag.core.report.plan.Chapter chapter) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JList<?> list = window.list("workspace.steps").target();
            @SuppressWarnings("unchecked")
            var renderer = (javax.swing.ListCellRenderer<Object>) list.getCellRenderer();
            renderer.getListCellRendererComponent((javax.swing.JList<Object>) list, chapter, chapter.ordinal(), false, false);
            return ((StepListRenderer) renderer).badge();
        });
    }

    /** The step list's tooltip for {@code chapter}: its state and the open points its badge counts. */
    String stepTooltip(org.energydiag.core.report.plan.Chapter chapter) {
        return GuiActionRunner.execute(() -> {
            javax.swing.JList<?> list = window.list("workspace.steps").target();
            @SuppressWarnings("unchecked")
            var renderer = (javax.swing.ListCellRenderer<Object>) list.getCellRenderer();
            var c = (javax.swing.JComponent) renderer.getListCellRendererComponent((javax.swing.JList<Object>) list, chapter,
                    chapter.ordinal(), false, false);
            return c.getToolTipText();
        });
    }

    /** Gives the window this size (a small screen: 1024×700) and waits until it is laid out so. */
    void size(int w, int h) {
        JFrame f = (JFrame) window.target();
        GuiActionRunner.execute(() -> {
            f.setExtendedState(JFrame.NORMAL);
            f.setBounds(0, 0, w, h);
            f.validate();
        });
        waitUntil("window " + w + "×" + h, () -> f.getWidth() == w && f.getHeight() == h);
        robot.waitForIdle();
    }

    /** Chooses a menu item like a user; a menu that did not open under a loaded Xvfb is tried again. */
    void menu(String name) {
        for (int i = 0; ; i++) {
            try {
                robot.waitForIdle();
                window.menuItem(name).click();
                return;
            } catch (org.assertj.swing.exception.ActionFailedException e) {
                if (i == 2) {
                    throw e;
                }
                robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_ESCAPE); // close a half-open menu
            }
        }
    }

    /** Closes the window like a user and waits for the application to finish its exit. */
    boolean closeAndAwaitExit() throws InterruptedException {
        if (exited.getCount() > 0) {
            window.close();
        }
        return awaitExit();
    }

    /** Waits (up to 20 s) until the application has finished its exit, however it was started. */
    boolean awaitExit() throws InterruptedException {
        return exited.await(WAIT_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        boolean exitedCleanly = false;
        try {
            List<String> left = disposeLeftoverDialogs();
            if (!left.isEmpty()) {
                System.err.println("GuiApp: dialogs left open by the test: " + left);
            }
            exitedCleanly = closeAndAwaitExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println("GuiApp: closing the window failed: " + e);
        } finally {
            robot.cleanUp(); // releases the screen lock whatever happened above
            printLogIfTroubled();
        }
        assertThat(exitedCleanly).as("the application exits after its window is closed").isTrue();
    }

    /** Disposes every showing dialog, innermost (most recently opened) first; returns their titles. */
    private static List<String> disposeLeftoverDialogs() {
        return GuiActionRunner.execute(() -> {
            List<String> titles = new ArrayList<>();
            Window[] all = Window.getWindows();
            for (int i = all.length - 1; i >= 0; i--) {
                if (all[i] instanceof JDialog d && d.isShowing()) {
                    titles.add(d.getTitle());
                    d.dispose();
                }
            }
            return titles;
        });
    }

    /** The application logs to data/logs and never to the console; show its errors in the test output. */
    void printLogIfTroubled() {
        Path logs = dataDir.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (Stream<Path> files = Files.list(logs)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                if (text.contains("SEVERE") || text.contains("Exception")) {
                    System.err.println("---- application log " + p + " ----");
                    System.err.println(text.length() > 20_000 ? text.substring(0, 20_000) + "\n…" : text);
                }
            }
        } catch (IOException e) {
            System.err.println("GuiApp: cannot read the application log: " + e);
        }
    }
}
