package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.regex.Pattern;
import org.assertj.swing.finder.JFileChooserFinder;
import org.energydiag.app.store.Backups;
import org.junit.jupiter.api.Test;

/**
 * 工具 → 立即备份… while a project is open: the chooser offers a dated name in the data folder's
 * backups/, the backup is written where chosen while the window keeps its database, and it reads
 * back whole: the zip's entries, the database inside, the project typed just before.
 */
class BackupNowGuiTest extends ProjectGuiTest {

    @Test
    void backupNowWritesAReadableBackupWhileTheWindowWorks() throws Exception {
        GuiApp.type(window.textBox("enterprise.name"), "备份测试水泥有限公司");
        app.menu("menu.backupNow");
        var chooser = JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(robot);
        assertThat(chooser.fileNameTextBox().text()).matches("energydiag-\\d{8}-\\d{6}\\.zip");
        assertThat(chooser.target().getCurrentDirectory().toPath()).isEqualTo(app.dataDir.resolve("backups"));
        Path target = Files.createDirectories(dir.resolve("U盘")).resolve("现场备份.zip");
        app.choose(chooser, target);
        app.exportDone(Pattern.compile("(?s)备份已写好并检查无误.*"), target);

        Backups.check(target);
        String url = "jdbc:h2:zip:" + target.toAbsolutePath() + "!/energydiag;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet r = c.createStatement().executeQuery("SELECT enterprise_name FROM project")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("备份测试水泥有限公司");
        }
        try (var s = Files.list(target.getParent())) {
            assertThat(s).containsExactly(target);
        }
    }
}
