package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.energydiag.app.AppContext;
import org.energydiag.app.store.Backups;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.app.store.StoreEncryption;
import org.energydiag.core.demo.DemoProjects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 设置 → 数据加密… on a folder that already has plain backups: after the conversion the window says
 * how many and where, and encrypts them with the same password (the default) or deletes them.
 */
class EncryptionBackupsGuiTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");
    private static final String PASSWORD = "Laptop-2026";
    private static final List<String> NAMES = List.of("energydiag-20260501-080000.zip", "energydiag-20260502-080000.zip");

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    private Path backups() {
        return dir.resolve("data").resolve(Backups.FOLDER);
    }

    /** A plain data folder with a project and two plain backups of it. */
    private void seed() {
        try (Database db = Database.open(dir.resolve("data"))) {
            new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC)).put(DemoProjects.cementPlant(T, ""));
            for (String n : NAMES) {
                db.backupTo(backups().resolve(n));
            }
        }
    }

    /** Turns encryption on through 设置 and waits for the question about the plain backups; its pane. */
    private JOptionPaneFixture encryptAndAsk(GuiApp app) {
        app.menu("menu.settings");
        DialogFixture settings = WindowFinder.findDialog("settings").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        settings.button("settings.encryption").click();
        DialogFixture enc = WindowFinder.findDialog("encryption").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        GuiApp.type(enc.textBox("encryption.password"), PASSWORD);
        GuiApp.type(enc.textBox("encryption.again"), PASSWORD);
        enc.button("encryption.apply").click();
        app.acknowledge(Pattern.compile("(?s)数据文件夹已加密.*"), GuiApp.WAIT_MS);
        DialogFixture ask = WindowFinder.findDialog("encryption.backups").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        JOptionPaneFixture pane = JOptionPaneFinder.findOptionPane().withTimeout(GuiApp.WAIT_MS).using(app.robot);
        String message = String.valueOf(pane.target().getMessage());
        assertThat(message).contains("2 个备份").contains(backups().toAbsolutePath().toString()).contains(NAMES.get(0))
                .contains(NAMES.get(1)).contains("没有加密");
        assertThat(ask.target().getTitle()).isEqualTo("加密以前的备份");
        return pane;
    }

    private GuiApp launch() {
        return GuiApp.launch(dir, data -> new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone()), r -> { });
    }

    @Test
    void plainBackupsAreEncryptedWithTheSamePassword() throws Exception {
        seed();
        try (GuiApp app = launch()) {
            JOptionPaneFixture pane = encryptAndAsk(app);
            Screens.shoot(app.robot, "encryption-plain-backups");
            app.press(pane.buttonWithText("用同一密码加密这些备份"), "the question answered", () -> !pane.target().isShowing()); // a lost click is repeated
            app.acknowledge(Pattern.compile("已加密 2 个备份。"), GuiApp.WAIT_MS);
            GuiApp.waitUntil("encryption dialog closed", () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                    .noneMatch(w -> w.isShowing() && "encryption".equals(w.getName())));
        }
        assertThat(Backups.backups(backups())).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(NAMES);
        for (Path z : Backups.backups(backups())) {
            assertThat(Backups.isEncrypted(z)).as(z.toString()).isTrue();
            assertThatThrownBy(() -> Backups.check(z)).as(z + " without the password").hasMessageContaining("已加密");
            Backups.check(z, PASSWORD);
        }
        assertThat(StoreEncryption.isEncrypted(dir.resolve("data"))).isTrue();
    }

    @Test
    void plainBackupsCanBeDeletedInstead() throws Exception {
        seed();
        try (GuiApp app = launch()) {
            JOptionPaneFixture pane = encryptAndAsk(app);
            app.press(pane.buttonWithText("删除这些备份"), "the question answered", () -> !pane.target().isShowing()); // a lost click is repeated
            app.acknowledge(Pattern.compile("已删除 2 个备份。"), GuiApp.WAIT_MS);
        }
        assertThat(Backups.backups(backups())).isEmpty();
    }
}
