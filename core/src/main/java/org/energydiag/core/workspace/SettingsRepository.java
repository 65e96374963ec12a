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
}
