package org.energydiag.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the data folder is reached: whether it can be written — asked of the file system by creating
 * and deleting a small file; the permission bits alone are not enough (root ignores them, a
 * read-only mount or an immutable folder refuses even root) — and the file system its database is
 * opened on.
 */
@FunctionalInterface
public interface DataFolderAccess {

    /** True when files can be created in {@code dir} (a missing folder counts as writable when it can be created). */
    boolean writable(Path dir);

    /** H2's prefix for the disk. */
    String DISK = "file";

    /**
     * The H2 file-system prefix the database is opened on: the disk. Tests return the scheme of a file
     * system registered with H2 ({@code FilePath.register}) that simulates a full disk where the machine
     * allows no small real volume.
     */
    default String databaseFileSystem() {
        return DISK;
    }

    /** The real check on the file system. */
    DataFolderAccess FILE_SYSTEM = dir -> {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            Path db = dir.resolve(Database.FILE_NAME + ".mv.db");
            return !Files.exists(db) || Files.isWritable(db);
        } catch (IOException | SecurityException e) {
            return false;
        }
    };
}
