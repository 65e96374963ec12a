package org.energydiag.core.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Temporary folders that say whether their owner still lives. Each holds a file {@value #OWNER}
 * locked by the process that made it; the operating system drops the lock when that process ends,
 * however it ends (kill -9, power loss of the session). {@link #sweepStale} removes the folders
 * of a prefix whose lock can be taken — the leftovers of a reader killed while it decoded a
 * project's attachments — and leaves every folder another live process still holds.
 */
public final class OwnedTempDirs {

    private static final Logger LOG = Logger.getLogger(OwnedTempDirs.class.getName());

    /** The lock file inside each folder. */
    static final String OWNER = ".owner.lock";

    /**
     * Folders of the prefix without a lock file (made before the lock existed, or cut short
     * between the folder and its lock) are removed only after this age.
     */
    static final Duration UNLOCKED_AGE = Duration.ofHours(1);

    /** The locks this process holds, by folder. */
    private static final Map<Path, FileLock> HELD = new ConcurrentHashMap<>();

    private OwnedTempDirs() {
    }

    /** A new folder {@code prefix*} in {@code root} (null: the system's temporary folder), locked by this process. */
    public static Path create(Path root, String prefix) throws IOException {
        Path dir = (root == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(root, prefix))
                .toAbsolutePath().normalize();
        FileChannel ch = null;
        try {
            ch = FileChannel.open(dir.resolve(OWNER), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            HELD.put(dir, ch.lock());
            return dir;
        } catch (IOException | RuntimeException e) {
            if (ch != null) {
                ch.close();
            }
            deleteTree(dir);
            throw e;
        }
    }

    /** Releases this process's lock of {@code dir} and deletes it with its files (best effort). */
    public static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        release(dir);
        deleteTree(dir);
    }

    private static void release(Path dir) {
        FileLock lock = HELD.remove(dir.toAbsolutePath().normalize());
        if (lock != null) {
            try {
                lock.release();
                lock.channel().close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "cannot release " + dir, e);
            }
        }
    }

    /**
     * Removes the folders {@code prefix*} in {@code root} (null: the system's temporary folder)
     * whose owner has ended.
     *
     * @return how many were removed
     */
    public static int sweepStale(Path root, String prefix, Instant now) {
        Path base = (root != null ? root : Path.of(System.getProperty("java.io.tmpdir"))).toAbsolutePath().normalize();
        if (!Files.isDirectory(base)) {
            return 0;
        }
        int removed = 0;
        try (var s = Files.newDirectoryStream(base, prefix + "*")) {
            for (Path dir : s) {
                if (Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !HELD.containsKey(dir) && stale(dir, now)) {
                    deleteTree(dir);
                    removed++;
                    LOG.info("removed the temporary folder of an ended process: " + dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "cannot sweep " + base, e);
        }
        return removed;
    }

    private static boolean stale(Path dir, Instant now) throws IOException {
        Path owner = dir.resolve(OWNER);
        if (!Files.isRegularFile(owner, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(now.minus(UNLOCKED_AGE));
        }
        try (FileChannel ch = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                return false; // another process holds it
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this process holds it
        } catch (IOException e) {
            return false; // not ours to judge (another user's folder, no permission)
        }
    }

    /** Deletes a folder and the files in it (the folders made here hold no sub-folders), best effort. */
    static void deleteTree(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // best effort: the folder is in the system's temporary folder
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // as above
        }
    }
}
