package org.energydiag.app.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.OwnedTempDirs;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.progress.ProgressMonitor;
import org.energydiag.core.workspace.StoreException;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * Backups of the database that never destroy the previous one: an online copy (H2's
 * {@code BACKUP TO} on the open connection, consistent while the window works) is written to a
 * temporary file in the target's folder ({@code .<name>.<random>.part}), forced to disk, checked —
 * the zip reopened, every entry read against its CRC, the database inside opened read-only and its
 * schema history read — and only then renamed atomically over the target. A kill, a full disk or a
 * cancel at any moment leaves the target as it was (the partial file is swept by the next backup
 * into that folder).
 *
 * <p>The daily backups live in {@code backups/energydiag-YYYYMMDD-HHMMSS.zip} in the data folder;
 * only a backup that passes the check counts as the last one, a damaged one is renamed
 * {@code *.zip.damaged} and reported.
 */
public final class Backups {

    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    public static final String FOLDER = "backups";
    /** The entry of the database file inside a backup. */
    public static final String DATABASE_ENTRY = Database.FILE_NAME + ".mv.db";
    static final String DAMAGED_SUFFIX = ".damaged";
    private static final String PART_SUFFIX = ".part";
    /** The temporary folders of {@link #convert}, beside the backup (same volume, swept when their process ended). */
    static final String CONVERT_PREFIX = ".convert-";
    /** Progress units: the copy takes the first half (estimated), the check the second (exact). */
    private static final int UNITS = 1000;

    private Backups() {
    }

    /** The name of a daily backup written now. */
    public static String dailyName(LocalDateTime now) {
        return "energydiag-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip";
    }

    /**
     * Writes a checked online backup of {@code db} to {@code target}, replacing it only when the new
     * one is whole.
     *
     * @throws StoreException with a Chinese message when it cannot be written or the copy is damaged
     *     (the target unchanged)
     * @throws ProgressMonitor.CancelledException when cancelled (the target unchanged, nothing left behind)
     */
    public static Path write(Database db, Path target, ProgressMonitor monitor) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Path part = null;
        monitor.begin(Texts.get("store.backup.task"), UNITS);
        try {
            Files.createDirectories(dir);
            sweepPartial(dir, file.getFileName().toString());
            part = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + PART_SUFFIX);
            long estimate = estimate(db, dir);
            copy(db, part, estimate, monitor);
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            check(part, monitor, UNITS / 2, db.password());
            monitor.checkCancelled();
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            forceDirectory(dir);
            monitor.done();
            return file;
        } catch (ProgressMonitor.CancelledException | StoreException e) {
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            if (isCancel(e)) {
                throw new ProgressMonitor.CancelledException();
            }
            String full = org.energydiag.core.io.DiskSpace.explain(e, Texts.get("store.backup"), file, -1);
            throw new StoreException(full != null ? full : Texts.format("store.backupFailed", reason(e)), e);
        } finally {
            deletePartial(part);
        }
    }

    /**
     * Checks a backup: the zip opens, every entry reads back with its CRC, it holds the database, and
     * that database opens (read-only, inside the zip) with its schema history.
     *
     * @throws StoreException saying what is wrong (in Chinese)
     */
    public static void check(Path zip) {
        check(zip, null);
    }

    /**
     * As {@link #check(Path)}, for a backup of an encrypted data folder with its password (a backup of an
     * encrypted folder stays encrypted; without the password it cannot be checked and is reported so).
     */
    public static void check(Path zip, String password) {
        try {
            check(zip, NullProgressMonitor.INSTANCE, 0, password);
        } catch (IOException | SQLException e) {
            throw new StoreException(Texts.format("store.backup.damaged", zip.getFileName(), reason(e)), e);
        }
    }

    private static void check(Path zip, ProgressMonitor monitor, int unitsBefore, String password) throws IOException, SQLException {
        long total = Math.max(1, Files.size(zip));
        long read = 0;
        int reported = unitsBefore;
        boolean database = false;
        boolean encrypted = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> en = z.entries(); en.hasMoreElements();) {
                ZipEntry e = en.nextElement();
                database |= e.getName().equals(DATABASE_ENTRY);
                CRC32 crc = new CRC32();
                long size = 0;
                try (InputStream in = new CheckedInputStream(z.getInputStream(e), crc)) {
                    if (e.getName().equals(DATABASE_ENTRY)) {
                        byte[] head = in.readNBytes(StoreEncryption.headerLength());
                        size += head.length;
                        encrypted = StoreEncryption.isEncryptedHeader(head);
                    }
                    for (int n; (n = in.read(buffer)) > 0;) {
                        size += n;
                        monitor.checkCancelled();
                    }
                }
                if (e.getCrc() != -1 && crc.getValue() != e.getCrc() || e.getSize() != -1 && size != e.getSize()) {
                    throw new IOException(Texts.format("store.backup.badEntry", e.getName()));
                }
                read += e.getCompressedSize() > 0 ? e.getCompressedSize() : 0;
                int now = unitsBefore + (int) Math.min(UNITS - unitsBefore - 1, (UNITS - unitsBefore) * read / total);
                if (now > reported) {
                    monitor.worked(now - reported);
                    reported = now;
                }
            }
        }
        if (!database) {
            throw new IOException(Texts.format("store.backup.noDatabase", DATABASE_ENTRY));
        }
        if (encrypted && (password == null || password.isEmpty())) {
            throw new IOException(Texts.get("store.backup.encryptedNoPassword"));
        }
        String url = "jdbc:h2:zip:" + zip.toAbsolutePath() + "!/" + Database.FILE_NAME + ";ACCESS_MODE_DATA=r"
                + (encrypted ? ";CIPHER=AES" : "");
        try (Connection c = DriverManager.getConnection(url, "sa", Database.h2Password(encrypted ? password : null));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            if (!r.next() || r.getLong(1) == 0) {
                throw new IOException(Texts.format("store.backup.noDatabase", DATABASE_ENTRY));
            }
        }
        if (UNITS > reported) {
            monitor.worked(UNITS - reported);
        }
    }

    /** Whether the database inside the backup {@code zip} is AES-encrypted (false when it cannot be read). */
    public static boolean isEncrypted(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(DATABASE_ENTRY);
            if (e == null) {
                return false;
            }
            try (InputStream in = z.getInputStream(e)) {
                return StoreEncryption.isEncryptedHeader(in.readNBytes(StoreEncryption.headerLength()));
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The backups in {@code dir} that are not encrypted: every {@code *.zip} and {@code *.zip.damaged}
     * whose database is not AES-encrypted (a damaged one counts: it may still hold readable data).
     * Sorted by name.
     */
    public static List<Path> plain(Path dir) {
        return backups(dir).stream().filter(z -> !isEncrypted(z)).toList();
    }

    /** Every backup file in {@code dir}: {@code *.zip} and {@code *.zip.damaged}, sorted by name (none when no folder). */
    public static List<Path> backups(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return (n.endsWith(".zip") || n.endsWith(".zip" + DAMAGED_SUFFIX)) && !n.startsWith(".") && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + dir, e);
            return List.of();
        }
    }

    /** What {@link #convertAll} did: the backups converted and, for each one it could not convert, why (in Chinese). */
    public record Conversion(List<Path> converted, Map<Path, String> failed) {
    }

    /**
     * Re-writes each backup in {@code zips} for a data folder whose password changed from {@code
     * oldPassword} to {@code newPassword} (null: not encrypted): a plain backup or one encrypted with
     * the old password becomes one encrypted with the new one (or plain when {@code newPassword} is
     * null). Each is converted as {@link #convert} says; one that fails is left as it was and listed
     * with its reason, the others go on.
     */
    public static Conversion convertAll(List<Path> zips, String oldPassword, String newPassword, ProgressMonitor monitor) {
        List<Path> done = new ArrayList<>();
        Map<Path, String> failed = new java.util.LinkedHashMap<>();
        monitor.begin(Texts.get("store.backup.convert.task"), Math.max(1, zips.size()));
        for (Path z : zips) {
            monitor.checkCancelled();
            try {
                convert(z, isEncrypted(z) ? oldPassword : null, newPassword);
                done.add(z);
            } catch (StoreException e) {
                failed.put(z, e.getMessage());
            }
            monitor.worked(1);
        }
        monitor.done();
        return new Conversion(List.copyOf(done), java.util.Collections.unmodifiableMap(failed));
    }

    /**
     * Re-writes the backup {@code zip} with its database encrypted with {@code toPassword} (null:
     * plain), never destroying it on the way: the backup is checked first (with {@code fromPassword}),
     * its database copied inside its zip through an encrypted script into a new database in a
     * temporary folder beside it (row counts compared), zipped to a partial file, forced to disk,
     * checked as {@link #check(Path, String)} checks and found encrypted as asked, and only then
     * renamed atomically over {@code zip}. A kill or a full disk at any moment leaves {@code zip} as
     * it was; the leftovers are swept by the next conversion or backup in that folder.
     *
     * @throws StoreException saying why (in Chinese), {@code zip} unchanged
     */
    public static void convert(Path zip, String fromPassword, String toPassword) {
        Path file = zip.toAbsolutePath();
        Path dir = file.getParent();
        String name = file.getFileName().toString();
        Path work = null;
        Path part = null;
        try {
            check(file, fromPassword);
            boolean encrypted = isEncrypted(file);
            sweepPartial(dir, name);
            OwnedTempDirs.sweepStale(dir, CONVERT_PREFIX, Instant.now());
            work = OwnedTempDirs.create(dir, CONVERT_PREFIX);
            // H2 writes no script from a database opened inside a zip (read-only): the file is taken out
            // first, as it is (encrypted or not, it holds nothing the backup does not)
            // (the temporary folder holds files only: it is swept as one level)
            try (ZipFile z = new ZipFile(file.toFile()); InputStream in = z.getInputStream(z.getEntry(DATABASE_ENTRY))) {
                Files.copy(in, work.resolve("source.mv.db"));
            }
            String from = Database.url(work, "source", false, encrypted);
            try (Connection c = DriverManager.getConnection(from, "sa", Database.h2Password(encrypted ? fromPassword : null))) {
                StoreEncryption.copy(c, Database.url(work, "target", false, toPassword != null), toPassword,
                        work.resolve("convert.sql.tmp"), NullProgressMonitor.INSTANCE);
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            part = dir.resolve("." + name + "." + UUID.randomUUID().toString().substring(0, 8) + PART_SUFFIX);
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(out)) {
                zout.putNextEntry(new ZipEntry(DATABASE_ENTRY));
                Files.copy(work.resolve("target.mv.db"), zout);
                zout.closeEntry();
            }
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            check(part, toPassword);
            if (isEncrypted(part) != (toPassword != null)) {
                throw new IOException(Texts.format("store.backup.convert.notAsAsked", name));
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            part = null;
            forceDirectory(dir);
        } catch (StoreException e) {
            throw new StoreException(Texts.format("store.backup.convert.failed", name, e.getMessage()), e);
        } catch (IOException | SQLException | RuntimeException e) {
            String full = org.energydiag.core.io.DiskSpace.explain(e, Texts.get("store.backup.convert.task"), file, -1);
            throw new StoreException(Texts.format("store.backup.convert.failed", name, full != null ? full : reason(e)), e);
        } finally {
            deletePartial(part);
            OwnedTempDirs.delete(work);
        }
    }

    /**
     * Deletes the backups {@code zips}; returns, for each one that could not be deleted, why.
     */
    public static Map<Path, String> delete(List<Path> zips) {
        Map<Path, String> failed = new java.util.LinkedHashMap<>();
        for (Path z : zips) {
            try {
                Files.deleteIfExists(z);
            } catch (IOException e) {
                failed.put(z, reason(e));
            }
        }
        return java.util.Collections.unmodifiableMap(failed);
    }

    /**
     * The time of the newest backup in {@code dir} that passes the check. Newer ones that fail it
     * (e.g. cut short by a kill) are renamed {@code *.zip.damaged} and handed to {@code damaged}.
     */
    public static Optional<Instant> lastGood(Path dir, Consumer<Path> damaged) {
        return lastGood(dir, damaged, null);
    }

    /** As {@link #lastGood(Path, Consumer)} for the backups of a database encrypted with {@code password}. */
    public static Optional<Instant> lastGood(Path dir, Consumer<Path> damaged, String password) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        sweepPartial(dir, null);
        OwnedTempDirs.sweepStale(dir, CONVERT_PREFIX, Instant.now());
        List<Path> zips;
        try (Stream<Path> s = Files.list(dir)) {
            zips = new ArrayList<>(s.filter(p -> p.getFileName().toString().endsWith(".zip") && Files.isRegularFile(p)).toList());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot list " + dir, e);
            return Optional.empty();
        }
        zips.sort(Comparator.comparing(Backups::modified).reversed());
        for (Path z : zips) {
            try {
                check(z, password);
                return Optional.of(modified(z));
            } catch (StoreException e) {
                LOG.log(Level.WARNING, "damaged backup " + z, e);
                Path renamed = z.resolveSibling(z.getFileName() + DAMAGED_SUFFIX);
                try {
                    Files.move(z, renamed, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException io) {
                    LOG.log(Level.WARNING, "cannot rename the damaged backup " + z, io);
                    renamed = z;
                }
                damaged.accept(renamed);
            }
        }
        return Optional.empty();
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    /** Deletes what a killed backup to {@code name} (any name when null) in {@code dir} left behind. */
    private static void sweepPartial(Path dir, String name) {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> {
                String n = p.getFileName().toString();
                return (name == null ? n.startsWith(".") : n.startsWith("." + name + ".")) && n.matches("\\..+\\.[0-9a-f]{8}\\.part");
            }).toList()) {
                Files.deleteIfExists(p);
                LOG.info("partial backup left by an interrupted run deleted: " + p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot sweep partial backups in " + dir, e);
        }
    }

    /** The expected size of the zip: the newest backup beside it, else a third of the database file. */
    private static long estimate(Database db, Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            Optional<Path> last = s.filter(p -> p.getFileName().toString().endsWith(".zip")).max(Comparator.comparing(Backups::modified));
            if (last.isPresent()) {
                return Math.max(1, Files.size(last.get()));
            }
        } catch (IOException e) {
            // no estimate from a previous backup
        }
        try {
            return Math.max(1, Files.size(db.dataDir().resolve(DATABASE_ENTRY)) / 3);
        } catch (IOException e) {
            return 1;
        }
    }

    /** {@code BACKUP TO} the partial file, through a stream that counts and stops on cancel. */
    private static void copy(Database db, Path part, long estimate, ProgressMonitor monitor) throws SQLException {
        String key = part.toAbsolutePath().toString();
        int[] reported = {0};
        Progress p = written -> {
            int now = (int) Math.min(UNITS / 2 - 10, (UNITS / 2) * written / estimate);
            if (now > reported[0]) {
                monitor.worked(now - reported[0]);
                reported[0] = now;
            }
            return monitor.isCancelled();
        };
        CountingPath.ensureRegistered();
        CountingPath.WATCHED.put(key, p);
        try (Connection c = db.connection(); var ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, CountingPath.SCHEME + ":" + key);
            ps.execute();
        } finally {
            CountingPath.WATCHED.remove(key);
        }
        monitor.worked(UNITS / 2 - reported[0]);
    }

    private static boolean isCancel(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CancelledWrite || t.getMessage() != null && t.getMessage().contains(CancelledWrite.MESSAGE)) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, without H2's SQL state and version suffix. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s*\\[\\d+-\\d+\\]$", "");
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true); // the rename itself on disk (Linux); Windows cannot open a folder this way
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "cannot force " + dir, e);
        }
    }

    /** Told the bytes written so far; returns true to stop (cancel). */
    @FunctionalInterface
    interface Progress {
        boolean written(long bytes);
    }

    /** Thrown into H2's copy when the user cancels. */
    static final class CancelledWrite extends InterruptedIOException {
        private static final long serialVersionUID = 1L;
        static final String MESSAGE = "energydiag-backup-cancelled";

        CancelledWrite() {
            super(MESSAGE);
        }
    }

    /**
     * H2's file system seen through a counting stream: {@code BACKUP TO 'edbackup:/path'} writes the
     * zip through it, so the backup reports progress and stops at a cancel (H2's own copy does
     * neither). Public only because H2 creates the paths by reflection.
     */
    public static final class CountingPath extends FilePathWrapper {
        static final String SCHEME = "edbackup";
        static final Map<String, Progress> WATCHED = new ConcurrentHashMap<>();
        private static volatile boolean registered;

        public CountingPath() {
            // created by H2 for each path of this scheme
        }

        static synchronized void ensureRegistered() {
            if (!registered) {
                FilePath.register(new CountingPath());
                registered = true;
            }
        }

        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public OutputStream newOutputStream(boolean append) throws IOException {
            OutputStream out = super.newOutputStream(append);
            Progress p = WATCHED.get(unwrap().toString());
            if (p == null) {
                return out;
            }
            return new FilterOutputStream(out) {
                private long written;

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (p.written(written)) {
                        throw new CancelledWrite();
                    }
                    out.write(b, off, len);
                    written += len;
                }

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }
            };
        }
    }

    /** Removes a backup's partial file (null: none was started); a failure is logged, the next writer's sweep removes it. */
    private static void deletePartial(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete the partial backup " + part, e);
        }
    }
}
