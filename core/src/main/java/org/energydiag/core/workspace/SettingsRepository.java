package org.energydiag.core.workspace;

import java.nio.file.Path;
import java.util.Optional;

/** Reads and writes the settings and the chosen data folder. */
public interface SettingsRepository {

    Settings load();

    void save(Settings settings);

    /** The data folder in use now. */
    Path dataDir();

    /** The data folder the user chose for next start, if any (stored outside the data folder). */
    Optional<Path> preferredDataDir();

    void setPreferredDataDir(Path dir);

    /**
     * A small value the window remembers between starts beside the settings (a file chooser's last
     * folder, that the first-run setup was shown), or empty when none was stored.
     */
    default Optional<String> preference(String key) {
        return Optional.empty();
    }

    /** Stores {@link #preference(String)}; kept when the settings are saved. No-op by default. */
    default void setPreference(String key, String value) {
    }
}
