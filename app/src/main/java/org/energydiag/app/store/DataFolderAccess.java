package org.energydiag.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the data folder can be written. Asked of the file system by creating and deleting a
 * small file — the permission bits alone are not enough (root ignores them, a read-only mount or
 * an immutable folder refuses even root).
 */
@FunctionalInterface
public interface DataFolderAccess {

    /** True when files can be created in {@code dir} (a missing folder counts as writable when it can be created). */
    boolean writable(Path dir);

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
