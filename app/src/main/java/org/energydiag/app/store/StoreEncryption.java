package org.energydiag.app.store;

import org.energydiag.core.io.DiskSpace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energydiag.app.text.Texts;
import org.energydiag.core.progress.ProgressMonitor;
import org.energydiag.core.workspace.StoreException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Optional encryption of the data folder's database with H2's AES file encryption (for a laptop
 * that is lost). Switching it on, off or changing the password converts the open database: a
 * consistent script of it (itself AES-encrypted with a random key held only in memory) is run into
 * a new file beside it, every table's row count is compared, and only then are the files swapped
 * (old → {@value #PREVIOUS}, new → {@value Database#FILE_NAME}, old deleted). A conversion
 * interrupted at any point leaves the database as it was before, or finished: {@link
 * #recoverInterrupted} tidies up at the next start.
 */
public final class StoreEncryption {

    private static final Logger LOG = Logger.getLogger(StoreEncryption.class.getName());
    /** H2's encrypted file system writes this before the encrypted blocks. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    static final String CONVERTING = Database.FILE_NAME + "-converting";
    static final String PREVIOUS = Database.FILE_NAME + "-previous";
    static final String SCRIPT = "." + Database.FILE_NAME + "-convert.sql.tmp";
    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 8;

    private StoreEncryption() {
    }

    /** True when the data folder's database file exists and is encrypted. */
    /** True when {@code head} (the first bytes of a database file) is the header of an AES-encrypted H2 file. */
    static boolean isEncryptedHeader(byte[] head) {
        return head.length >= ENCRYPTED_HEADER.length
                && java.util.Arrays.equals(java.util.Arrays.copyOf(head, ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    }

    static int headerLength() {
        return ENCRYPTED_HEADER.length;
    }

    public static boolean isEncrypted(Path dataDir) {
        Path f = dataDir.resolve(Database.FILE_NAME + ".mv.db");
        if (!Files.isRegularFile(f)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(ENCRYPTED_HEADER.length);
            return java.util.Arrays.equals(head, ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** What is wrong with a new password, in Chinese, or null when it can be used. */
    public static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Texts.format("store.password.tooShort", MIN_LENGTH);
        }
        if (password.chars().anyMatch(Character::isWhitespace)) {
            return Texts.get("store.password.whitespace"); // H2 separates the file and user passwords by a space
        }
        return null;
    }

    /** True when opening failed because the file password did not decrypt the file. */
    static boolean isWrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == 90049 || s.getErrorCode() == 28000)) {
                return true;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("Encryption error") || m.contains("Wrong user name or password"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Finishes or undoes a conversion that was interrupted (a kill, a power cut): before the swap,
     * the half-built file is deleted; between the two renames, the previous file is put back (the
     * conversion held every write back, so it holds the same data); after them, the previous file
     * is deleted.
     */
    static void recoverInterrupted(Path dataDir) {
        Path current = file(dataDir, Database.FILE_NAME);
        Path converting = file(dataDir, CONVERTING);
        Path previous = file(dataDir, PREVIOUS);
        try {
            if (Files.exists(previous)) {
                if (Files.exists(current)) {
                    Files.delete(previous);
                } else {
                    move(previous, current);
                }
            }
            Files.deleteIfExists(converting);
            Files.deleteIfExists(dataDir.resolve(SCRIPT));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot tidy up an interrupted conversion in " + dataDir, e);
        }
    }

    /**
     * Converts the open database {@code db} to {@code newPassword} (null: not encrypted). Writes wait
     * until it is done; on any failure before the swap the database stays as it was and a {@link
     * StoreException} says why. When the folder was encrypted before, its backups encrypted with the
     * previous password are converted too (to the new password, or plain); plain backups are left
     * for the user to decide ({@link #plainBackups}, {@link #encryptBackups}).
     *
     * @return what happened to the backups that followed the password (empty when it was not encrypted before)
     */
    public static Backups.Conversion convert(Database db, String newPassword, ProgressMonitor monitor) {
        String before = db.password();
        if (db.readOnly()) {
            throw new StoreException(db.readOnlyMessage(Texts.get("store.encrypt")));
        }
        if (newPassword != null && problem(newPassword) != null) {
            throw new StoreException(problem(newPassword));
        }
        Path dir = db.dataDir();
        Path script = dir.resolve(SCRIPT);
        monitor.begin(Texts.get("store.encrypt.progress"), 4);
        db.replacePool(old -> {
            try {
                try (Connection c = old.getConnection()) {
                    copy(c, db.url(CONVERTING, newPassword != null), newPassword, script, monitor);
                }
                monitor.worked(1);
            } catch (SQLException | RuntimeException e) {
                deleteQuietly(file(dir, CONVERTING));
                deleteQuietly(script);
                String full = DiskSpace.explain(e, Texts.get("store.encrypt"), dir, -1);
                throw new StoreException(full != null ? full : Texts.format("store.encrypt.failed", e.getMessage()), e);
            }
            deleteQuietly(script);
            // the copy is complete and checked: swap the files
            shutdown(old);
            Path current = file(dir, Database.FILE_NAME);
            try {
                move(current, file(dir, PREVIOUS));
                move(file(dir, CONVERTING), current);
                Files.delete(file(dir, PREVIOUS));
            } catch (IOException e) {
                recoverInterrupted(dir); // puts the previous file back if the new one is not in place
                LOG.log(Level.SEVERE, "cannot swap the converted database", e);
            }
            monitor.worked(1);
            monitor.done();
            boolean nowEncrypted = isEncrypted(dir);
            String pw = nowEncrypted ? newPassword : null;
            if (nowEncrypted != (newPassword != null)) {
                pw = db.password(); // the swap failed: the previous file is back with the previous password
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(db.url(Database.FILE_NAME, pw != null),
                    "sa", Database.h2Password(pw));
            pool.setMaxConnections(4);
            return new Database.Pool(pool, pw);
        });
        if (isEncrypted(dir) != (newPassword != null)) {
            throw new StoreException(Texts.format("store.encrypt.failed", dir));
        }
        if (before == null) {
            return new Backups.Conversion(List.of(), Map.of());
        }
        // the backups encrypted with the previous password follow the folder (else the start-up check,
        // which opens them with the folder's password, would take each for a damaged one)
        List<Path> old = Backups.backups(dir.resolve(Backups.FOLDER)).stream().filter(Backups::isEncrypted).toList();
        return Backups.convertAll(old, before, newPassword, monitor);
    }

    /**
     * The backups in the data folder's {@code backups/} that are not encrypted although the folder
     * is (taken before encryption was turned on: what a lost laptop would still give away); none
     * when the folder is not encrypted.
     */
    public static List<Path> plainBackups(Database db) {
        return db.encrypted() ? Backups.plain(db.dataDir().resolve(Backups.FOLDER)) : List.of();
    }

    /** Encrypts the plain {@code backups} with the data folder's password (each as {@link Backups#convert} does). */
    public static Backups.Conversion encryptBackups(Database db, List<Path> backups, ProgressMonitor monitor) {
        if (!db.encrypted()) {
            throw new IllegalStateException("the data folder is not encrypted");
        }
        return Backups.convertAll(backups, null, db.password(), monitor);
    }

    /**
     * Copies the database behind {@code from} into a new database file at {@code toUrl} (encrypted
     * with {@code toPassword}, null: plain): a consistent script of it — itself AES-encrypted with a
     * random key held only in memory, so no plain copy of the data touches the disk — run into the new
     * file, every table's row count compared, the new file forced to disk and closed. Works from a
     * read-only source (a backup opened inside its zip). The script is deleted in every case; on a
     * failure the caller deletes the new file.
     *
     * @param monitor told one unit after the script is written, one after it is run
     */
    static void copy(Connection from, String toUrl, String toPassword, Path script, ProgressMonitor monitor) throws SQLException {
        String key = HexFormat.of().formatHex(randomBytes());
        try {
            Map<String, Long> counts;
            try (Statement s = from.createStatement()) {
                s.execute("SCRIPT TO '" + sql(script) + "' COMPRESSION DEFLATE CIPHER AES PASSWORD '" + key + "'");
                counts = counts(from);
            }
            monitor.worked(1);
            JdbcConnectionPool fresh = JdbcConnectionPool.create(toUrl, "sa", Database.h2Password(toPassword));
            try (Connection c = fresh.getConnection(); Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + sql(script) + "' COMPRESSION DEFLATE CIPHER AES PASSWORD '" + key + "'");
                monitor.worked(1);
                Map<String, Long> copied = counts(c);
                if (!copied.equals(counts)) {
                    throw new SQLException("row counts differ after conversion: " + counts + " vs " + copied);
                }
                s.execute("CHECKPOINT SYNC");
            } finally {
                fresh.dispose(); // the last connection closed: the new file is closed
            }
        } finally {
            deleteQuietly(script);
        }
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[16];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        for (String t : tables) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                rs.next();
                out.put(t, rs.getLong(1));
            }
        }
        return out;
    }

    private static void shutdown(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "shutdown before the swap failed", e);
        }
        pool.dispose();
    }

    private static Path file(Path dir, String name) {
        return dir.resolve(name + ".mv.db");
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete " + p, e);
        }
    }
}
