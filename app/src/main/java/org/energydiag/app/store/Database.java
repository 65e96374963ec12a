package org.energydiag.app.store;

import org.energydiag.core.io.DiskSpace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The embedded H2 database file {@code energydiag.mv.db} in the data folder. The schema is
 * created and upgraded only by the versioned Flyway migrations in {@code db/migration} and
 * {@link org.energydiag.app.store.migration}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    public static final String FILE_NAME = "energydiag";
    static final String MIGRATIONS = "classpath:db/migration";
    static final String JAVA_MIGRATIONS = "classpath:org/energydiag/app/store/migration";
    static final int BACKUPS_KEPT = 10;
    /**
     * The highest migration shipped ({@code db/migration} and {@link org.energydiag.app.store.migration});
     * {@code MigrationTest} fails when a migration is added without raising it.
     */
    static final int LATEST_VERSION = 7;

    private final Path dataDir;
    private final boolean readOnly;
    /** H2's file-system prefix the database is reached through ({@code file} on a real disk). */
    private final String fileSystem;
    /** Replaced only by {@link StoreEncryption#convert} (encrypting, decrypting, changing the password). */
    private volatile JdbcConnectionPool pool;
    private volatile String password;
    /** Writes hold it shared; a conversion of the file holds it alone. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock gate = new java.util.concurrent.locks.ReentrantReadWriteLock();

    private Database(Path dataDir, JdbcConnectionPool pool, boolean readOnly, String password, String fileSystem) {
        this.dataDir = dataDir;
        this.pool = pool;
        this.readOnly = readOnly;
        this.password = password;
        this.fileSystem = fileSystem;
    }

    /**
     * How to open the data folder's database.
     *
     * @param readOnly the folder cannot be written (a copy on a USB stick or CD): opened with
     *                 {@code ACCESS_MODE_DATA=r}, every write refused with a message
     * @param password the password of an encrypted database (null when none was given)
     * @param fileSystem H2's file-system prefix: {@code file} (the disk) in use; tests name a file system
     *                 registered with H2's {@code FilePath.register} that runs out of space where no small
     *                 real volume can be mounted
     */
    public record Options(boolean readOnly, String password, String fileSystem) {
        public Options(boolean readOnly, String password) {
            this(readOnly, password, DataFolderAccess.DISK);
        }

        public static Options standard() {
            return new Options(false, null);
        }
    }

    public static String url(Path dataDir) {
        return url(dataDir, FILE_NAME, false, false);
    }

    static String url(Path dataDir, String fileName, boolean readOnly, boolean encrypted) {
        return url(DataFolderAccess.DISK, dataDir, fileName, readOnly, encrypted);
    }

    /** The URL of {@code fileName} in this database's folder, on the file system it was opened on. */
    String url(String fileName, boolean encrypted) {
        return url(fileSystem, dataDir, fileName, false, encrypted);
    }

    private static String url(String fileSystem, Path dataDir, String fileName, boolean readOnly, boolean encrypted) {
        // DB_CLOSE_ON_EXIT=FALSE: the application closes it after the last save is written.
        return "jdbc:h2:" + fileSystem + ":" + dataDir.resolve(fileName).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "") + (encrypted ? ";CIPHER=AES" : "");
    }

    /** H2's password field: with AES file encryption the file password, a space, then the (empty) user password. */
    static String h2Password(String password) {
        return password == null ? "" : password + " ";
    }

    /** Opens (creating if needed) and migrates to the latest schema. */
    public static Database open(Path dataDir) {
        return open(dataDir, (String) null);
    }

    /** Opens and migrates up to {@code targetVersion} (null for latest); for migration tests. */
    public static Database open(Path dataDir, String targetVersion) {
        return open(dataDir, Options.standard(), targetVersion);
    }

    /** Opens read-only or read-write, with the password of an encrypted database, and migrates to the latest schema. */
    public static Database open(Path dataDir, Options options) {
        return open(dataDir, options, null);
    }

    private static Database open(Path dataDir, Options options, String targetVersion) {
        Path file = dataDir.resolve(FILE_NAME + ".mv.db");
        if (!options.readOnly()) {
            StoreEncryption.recoverInterrupted(dataDir);
        }
        boolean encrypted = StoreEncryption.isEncrypted(dataDir);
        if (encrypted && (options.password() == null || options.password().isEmpty())) {
            throw new PasswordException(Texts.format("store.passwordRequired", dataDir), false);
        }
        if (options.readOnly() && !Files.isRegularFile(file)) {
            throw new StoreException(Texts.format("store.readOnlyNoDatabase", dataDir));
        }
        String pw = encrypted ? options.password() : null;
        JdbcConnectionPool pool;
        try {
            if (!options.readOnly()) {
                Files.createDirectories(dataDir);
            }
            pool = JdbcConnectionPool.create(url(options.fileSystem(), dataDir, FILE_NAME, options.readOnly(), encrypted), "sa", h2Password(pw));
            pool.setMaxConnections(4);
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
        } catch (Exception e) {
            if (encrypted && StoreEncryption.isWrongPassword(e)) {
                throw new PasswordException(Texts.format("store.passwordWrong", dataDir), true);
            }
            String full = DiskSpace.explain(e, Texts.get("store.openDatabase"), dataDir, -1);
            if (full != null) {
                throw new StoreException(full, e);
            }
            throw new StoreException(Texts.format("store.cannotOpen", file, e.getMessage(),
                    dataDir.resolve("backups")), e);
        }
        if (options.readOnly()) {
            if (!upToDate(pool)) {
                pool.dispose();
                throw new StoreException(Texts.format("store.readOnlyOutdated", dataDir));
            }
            return new Database(dataDir, pool, true, pw, options.fileSystem());
        }
        try {
            migrate(pool, targetVersion);
        } catch (FlywayException e) {
            pool.dispose();
            String full = DiskSpace.explain(e, Texts.get("store.upgradeDatabase"), dataDir, -1);
            if (full != null) {
                throw new StoreException(full, e);
            }
            throw new StoreException(Texts.format("store.migrationFailed", e.getMessage(), dataDir.resolve("logs")), e);
        }
        return new Database(dataDir, pool, false, pw, options.fileSystem());
    }

    /** The password was missing or wrong; {@link #wrong()} tells which. The message is for the user. */
    public static final class PasswordException extends StoreException {
        private static final long serialVersionUID = 1L;
        private final boolean wrong;

        PasswordException(String message, boolean wrong) {
            super(message);
            this.wrong = wrong;
        }

        public boolean wrong() {
            return wrong;
        }
    }

    /** True when opened read-only (the data folder cannot be written). */
    public boolean readOnly() {
        return readOnly;
    }

    /** True when the database file is encrypted (AES, with a password). */
    public boolean encrypted() {
        return password != null;
    }

    String password() {
        return password;
    }

    JdbcConnectionPool pool() {
        return pool;
    }

    /** A pool on the database file and the password it was opened with (null: not encrypted). */
    record Pool(JdbcConnectionPool pool, String password) {
    }

    /**
     * Runs {@code swap} with every write held back (the conversion of the file); it returns the pool
     * to use from then on. When it throws, the pool in use is kept.
     */
    void replacePool(java.util.function.Function<JdbcConnectionPool, Pool> swap) {
        gate.writeLock().lock();
        try {
            Pool next = swap.apply(pool);
            pool = next.pool();
            password = next.password();
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** The message refusing a write to a read-only data folder. */
    public String readOnlyMessage(String what) {
        return Texts.format("store.readOnlyRefused", what, dataDir);
    }

    static void migrate(DataSource ds, String targetVersion) {
        if (targetVersion == null && upToDate(ds)) {
            return;
        }
        var config = Flyway.configure()
                .dataSource(ds)
                .locations(MIGRATIONS, JAVA_MIGRATIONS)
                .validateMigrationNaming(true);
        if (targetVersion != null) {
            config.target(targetVersion);
        }
        config.load().migrate();
    }

    /**
     * True when the schema history says every shipped migration was applied successfully and none
     * newer: the usual start, which then skips Flyway (its set-up costs about 0.7 s of CPU at start,
     * competing with the first paint of the window). Any other state — a new file, an older
     * schema, a failed or a newer migration — goes through Flyway, which migrates or explains.
     */
    static boolean upToDate(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT MAX(CAST(\"version\" AS INT)), COUNT(*) FILTER (WHERE NOT \"success\")"
                     + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            return r.next() && r.getInt(1) == LATEST_VERSION && !r.wasNull() && r.getLong(2) == 0;
        } catch (SQLException e) {
            return false; // no history yet (a new file) or an unexpected one: Flyway decides
        }
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    public interface Tx<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code tx} in one transaction, then forces it to disk ({@code CHECKPOINT SYNC}) so a
     * confirmed write survives a kill. On failure nothing is changed and a {@link
     * org.energydiag.core.workspace.StoreException} says what could not be done.
     *
     * @param what the action as the user reads it (from the store bundle), e.g. store.saveAttachment
     */
    public <T> T write(String what, Tx<T> tx) {
        return write(what, -1, tx);
    }

    /**
     * As {@link #write(String, Tx)}, knowing about how many bytes the write adds ({@code needed},
     * -1 when unknown) for the message when the disk is full.
     */
    public <T> T write(String what, long needed, Tx<T> tx) {
        if (readOnly) {
            throw new StoreException(readOnlyMessage(what));
        }
        gate.readLock().lock();
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            T result;
            try {
                result = tx.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            checkpoint(c);
            return result;
        } catch (SQLException | RuntimeException e) {
            if (e instanceof StoreException se && !DiskSpace.isFull(se)) {
                throw se;
            }
            String full = DiskSpace.explain(e, what, dataDir, needed);
            if (full != null) {
                throw new StoreException(full, e);
            }
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException(Texts.format("store.writeFailed", what, e.getMessage()), e);
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Forces committed data to the file and the file to the disk. */
    public void checkpoint(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    /**
     * Writes an online, consistent, checked backup zip to {@code backups/} and keeps the newest
     * {@link #BACKUPS_KEPT} ({@link Backups}).
     */
    public Path backup() {
        if (readOnly) {
            throw new StoreException(readOnlyMessage(Texts.get("store.backup")));
        }
        Path dir = dataDir.resolve(Backups.FOLDER);
        Path target = Backups.write(this, dir.resolve(Backups.dailyName(LocalDateTime.now())),
                org.energydiag.core.progress.NullProgressMonitor.INSTANCE);
        pruneBackups(dir);
        return target;
    }

    /** A checked online backup to {@code target}, replacing it only when the new one is whole ({@link Backups#write}). */
    public void backupTo(Path target) {
        if (readOnly) {
            throw new StoreException(readOnlyMessage(Texts.get("store.backup")));
        }
        Backups.write(this, target, org.energydiag.core.progress.NullProgressMonitor.INSTANCE);
    }

    /**
     * Time of the newest automatic backup that passes the check, or null; damaged newer ones are
     * renamed {@code *.zip.damaged} and handed to {@code damaged}.
     */
    public java.time.Instant lastBackupTime(java.util.function.Consumer<Path> damaged) {
        return Backups.lastGood(dataDir.resolve(Backups.FOLDER), damaged, password).orElse(null);
    }

    private static void pruneBackups(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> zips = s.filter(p -> p.getFileName().toString().matches("energydiag-\\d{8}-\\d{6}\\.zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
            for (Path old : zips.subList(Math.min(BACKUPS_KEPT, zips.size()), zips.size())) {
                Files.deleteIfExists(old);
            }
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING, "cannot prune backups in " + dir, e);
        }
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "database shutdown failed", e);
        }
        pool.dispose();
    }
}
