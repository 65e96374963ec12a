package org.energydiag.app.store;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energydiag.app.sync.SyncSettings;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.StoreException;

/**
 * The platform's address and token in the database (table {@code app_setting}), so that the token
 * is never in a plain file beside it and is inside the encrypted file when the data folder is
 * encrypted. A {@code sync.properties} left by an earlier version is moved in at first use and
 * deleted.
 */
public final class SyncSettingsStore {

    private static final Logger LOG = Logger.getLogger(SyncSettingsStore.class.getName());
    /** The plain file of earlier versions. */
    static final String OLD_FILE = "sync.properties";
    static final String ENDPOINT = "sync.endpoint";
    static final String TOKEN = "sync.token";

    private final Database db;

    public SyncSettingsStore(Database db) {
        this.db = db;
    }

    public SyncSettings load() {
        moveOldFileIn();
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT name, val FROM app_setting WHERE name IN (?, ?)")) {
            ps.setString(1, ENDPOINT);
            ps.setString(2, TOKEN);
            String endpoint = "";
            String token = "";
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1).equals(ENDPOINT)) {
                        endpoint = rs.getString(2);
                    } else {
                        token = rs.getString(2);
                    }
                }
            }
            return new SyncSettings(endpoint, token);
        } catch (SQLException e) {
            throw new StoreException(Texts.format("platform.loadFailed", e.getMessage()), e);
        }
    }

    public void save(SyncSettings s) {
        db.write(Texts.get("platform.saveSettings"), c -> {
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO app_setting (name, val) KEY (name) VALUES (?, ?)")) {
                ps.setString(1, ENDPOINT);
                ps.setString(2, s.endpoint());
                ps.addBatch();
                ps.setString(1, TOKEN);
                ps.setString(2, s.token());
                ps.addBatch();
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Moves the address and token of an old {@code sync.properties} into the database, then deletes the file. */
    private synchronized void moveOldFileIn() {
        Path file = db.dataDir().resolve(OLD_FILE);
        if (db.readOnly() || !Files.isRegularFile(file)) {
            return;
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            SyncSettings old = new SyncSettings(p.getProperty("endpoint", ""), p.getProperty("token", ""));
            boolean empty;
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM app_setting WHERE name = ?")) {
                ps.setString(1, TOKEN);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    empty = rs.getLong(1) == 0;
                }
            }
            if (empty) {
                save(old);
            }
            Files.delete(file);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot move " + file + " into the database", e);
        }
    }
}
