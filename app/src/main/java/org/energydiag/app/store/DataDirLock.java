package org.energydiag.app.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.energydiag.app.text.Texts;
import org.energydiag.core.workspace.StoreException;

/**
 * One running EnergyDiag per data folder: an OS file lock on {@code .lock}, released by the OS
 * even when the process is killed.
 */
public final class DataDirLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** @throws StoreException with a Chinese message when another instance holds the folder */
    public static DataDirLock acquire(Path dataDir) {
        FileChannel ch = null;
        try {
            Files.createDirectories(dataDir);
            ch = FileChannel.open(dataDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock l = ch.tryLock();
            if (l == null) {
                ch.close();
                throw inUse(dataDir);
            }
            return new DataDirLock(ch, l);
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw inUse(dataDir);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new StoreException(Texts.format("store.dataDirUnusable", dataDir, e.getMessage()), e);
        }
    }

    /**
     * For a data folder that cannot be written (a copy on a USB stick or CD): nothing needs to be
     * created. An existing {@code .lock} is held shared when the file system allows it; otherwise
     * no lock is needed, as nobody can write the folder.
     */
    public static DataDirLock acquireReadOnly(Path dataDir) {
        Path f = dataDir.resolve(".lock");
        if (Files.isRegularFile(f)) {
            FileChannel ch = null;
            try {
                ch = FileChannel.open(f, StandardOpenOption.READ);
                FileLock l = ch.tryLock(0, Long.MAX_VALUE, true);
                if (l != null) {
                    return new DataDirLock(ch, l);
                }
                ch.close();
                throw inUse(dataDir);
            } catch (OverlappingFileLockException e) {
                closeQuietly(ch);
                throw inUse(dataDir);
            } catch (IOException e) {
                closeQuietly(ch); // locks not supported here: read-only media need none
            }
        }
        return new DataDirLock(null, null);
    }

    private static StoreException inUse(Path dataDir) {
        return new DataDirInUseException(Texts.format("store.dataDirInUse", dataDir));
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // released by the OS at exit anyway
        }
        closeQuietly(channel);
    }
}
