package org.energydiag.app.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
            throw new StoreException("无法使用数据文件夹 " + dataDir + "：" + e.getMessage()
                    + "。请检查该文件夹是否存在且可写，或用 --data-dir 指定其他文件夹。", e);
        }
    }

    private static StoreException inUse(Path dataDir) {
        return new StoreException("数据文件夹 " + dataDir + " 正由另一个 EnergyDiag 窗口使用。\n"
                + "同一数据文件夹只能由一个 EnergyDiag 打开，以免数据互相覆盖。\n"
                + "请切换到已经打开的 EnergyDiag 窗口；如果确定没有其他窗口，请稍候片刻后重试。");
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
