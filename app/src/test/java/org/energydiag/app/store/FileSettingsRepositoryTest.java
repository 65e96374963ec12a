package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.energydiag.core.workspace.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSettingsRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void settingsPersistInUtf8AndDefaultsWhenMissingOrDamaged() throws Exception {
        FileSettingsRepository repo = new FileSettingsRepository(dir.resolve("data"), dir.resolve("home"));
        assertThat(repo.load()).isEqualTo(Settings.defaults());
        Settings s = new Settings("安徽省节能降碳诊断服务中心", "张工", Settings.Theme.DARK);
        repo.save(s);
        assertThat(new FileSettingsRepository(dir.resolve("data"), dir.resolve("home")).load()).isEqualTo(s);
        Files.writeString(dir.resolve("data/settings.properties"), "theme=PURPLE\n");
        assertThat(repo.load().theme()).isEqualTo(Settings.Theme.LIGHT);
    }

    @Test
    void preferencesAndSettingsKeepEachOther() {
        FileSettingsRepository repo = new FileSettingsRepository(dir.resolve("data"), dir.resolve("home"));
        assertThat(repo.preference("folder.excel")).isEmpty();
        repo.setPreference("folder.excel", "D:\\诊断\\设备清单");
        Settings s = new Settings("机构", "李工", Settings.Theme.LIGHT);
        repo.save(s); // saving the settings keeps the preferences …
        repo.setPreference("firstRun.done", "true"); // … and storing a preference keeps the settings
        FileSettingsRepository again = new FileSettingsRepository(dir.resolve("data"), dir.resolve("home"));
        assertThat(again.load()).isEqualTo(s);
        assertThat(again.preference("folder.excel")).contains("D:\\诊断\\设备清单");
        assertThat(again.preference("firstRun.done")).contains("true");
        again.setPreference("folder.excel", "");
        assertThat(again.preference("folder.excel")).isEmpty();
    }

    @Test
    void chosenDataFolderIsRememberedOutsideIt() {
        FileSettingsRepository repo = new FileSettingsRepository(dir.resolve("data"), dir.resolve("home"));
        assertThat(repo.preferredDataDir()).isEmpty();
        repo.setPreferredDataDir(dir.resolve("elsewhere"));
        assertThat(repo.preferredDataDir()).contains(dir.resolve("elsewhere"));
        assertThat(DataDirectory.resolve(null, java.util.Map.of(), dir.resolve("home"))).isEqualTo(dir.resolve("elsewhere"));
    }
}
