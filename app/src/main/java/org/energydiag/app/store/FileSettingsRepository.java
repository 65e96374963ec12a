package org.energydiag.app.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.workspace.Settings;
import org.energydiag.core.workspace.SettingsRepository;
import org.energydiag.core.workspace.StoreException;

/**
 * Settings in {@code settings.properties} (UTF-8) in the data folder, written atomically; read
 * before the window opens, so the theme is right from the first paint without waiting for the
 * database. The chosen data folder is remembered outside it (see {@link DataDirectory}).
 */
public final class FileSettingsRepository implements SettingsRepository {

    static final String FILE = "settings.properties";

    private final Path dataDir;
    private final Path userHome;

    public FileSettingsRepository(Path dataDir, Path userHome) {
        this.dataDir = dataDir;
        this.userHome = userHome;
    }

    /** Keys of {@link #preference(String)} values in the file (beside the settings' own keys). */
    static final String PREFERENCE = "pref.";

    @Override
    public synchronized Settings load() {
        Path f = dataDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Settings.defaults();
        }
        try {
            Properties p = read();
            Settings.Theme theme;
            try {
                theme = Settings.Theme.valueOf(p.getProperty("theme", "LIGHT"));
            } catch (IllegalArgumentException e) {
                theme = Settings.Theme.LIGHT;
            }
            return new Settings(p.getProperty("agencyName", ""), p.getProperty("engineerName", ""), theme);
        } catch (IOException | IllegalArgumentException e) {
            return Settings.defaults();
        }
    }

    /** Saves the settings; the stored preferences are kept. */
    @Override
    public synchronized void save(Settings s) {
        Properties p = new Properties();
        readQuietly().forEach((k, v) -> {
            if (k.toString().startsWith(PREFERENCE)) {
                p.put(k, v);
            }
        });
        p.setProperty("agencyName", s.agencyName());
        p.setProperty("engineerName", s.engineerName());
        p.setProperty("theme", s.theme().name());
        write(p);
    }

    @Override
    public synchronized Optional<String> preference(String key) {
        return Optional.ofNullable(readQuietly().getProperty(PREFERENCE + key)).filter(v -> !v.isEmpty());
    }

    /** Stores a preference; the settings and the other preferences in the file are kept. */
    @Override
    public synchronized void setPreference(String key, String value) {
        Properties p = readQuietly();
        if (value == null || value.isEmpty()) {
            p.remove(PREFERENCE + key);
        } else {
            p.setProperty(PREFERENCE + key, value);
        }
        write(p);
    }

    private Properties read() throws IOException {
        Properties p = new Properties();
        Path f = dataDir.resolve(FILE);
        if (Files.isRegularFile(f)) {
            p.load(new StringReader(Files.readString(f, StandardCharsets.UTF_8)));
        }
        return p;
    }

    /** The file's entries, or none when it is missing or cannot be read (as {@link #load()} reads defaults then). */
    private Properties readQuietly() {
        try {
            return read();
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
    }

    private void write(Properties p) {
        try {
            StringWriter w = new StringWriter();
            p.store(w, "EnergyDiag settings");
            ProjectFile.writeAtomically(dataDir.resolve(FILE), w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Texts.format("store.cannotSaveSettings", dataDir.resolve(FILE), e.getMessage()), e);
        }
    }

    @Override
    public Path dataDir() {
        return dataDir;
    }

    @Override
    public Optional<Path> preferredDataDir() {
        return DataDirectory.readPointer(userHome);
    }

    @Override
    public void setPreferredDataDir(Path dir) {
        DataDirectory.writePointer(userHome, dir);
    }
}
