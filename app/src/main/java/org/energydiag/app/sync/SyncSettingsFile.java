package org.energydiag.app.sync;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.workspace.StoreException;

/**
 * {@code sync.properties} in the data folder (UTF-8, written atomically). The token is stored
 * as entered: the data folder is the engineer's own, like a browser profile.
 */
public final class SyncSettingsFile {

    static final String FILE = "sync.properties";
    private final Path file;

    public SyncSettingsFile(Path dataDir) {
        this.file = dataDir.resolve(FILE);
    }

    public SyncSettings load() {
        if (!Files.isRegularFile(file)) {
            return SyncSettings.none();
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            return new SyncSettings(p.getProperty("endpoint", ""), p.getProperty("token", ""));
        } catch (IOException | IllegalArgumentException e) {
            return SyncSettings.none();
        }
    }

    public void save(SyncSettings s) {
        Properties p = new Properties();
        p.setProperty("endpoint", s.endpoint());
        p.setProperty("token", s.token());
        try {
            StringWriter w = new StringWriter();
            p.store(w, "EnergyDiag sync settings");
            ProjectFile.writeAtomically(file, w.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StoreException(Texts.format("platform.saveFailed", file, e.getMessage()), e);
        }
    }
}
