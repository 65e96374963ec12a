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
        try {
            lock.release();
        } catch (IOException ignored) {
            // released by the OS at exit anyway
        }
        closeQuietly(channel);
    }
}
