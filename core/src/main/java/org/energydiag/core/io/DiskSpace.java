package org.energydiag.core.io;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.energydiag.core.text.Texts;

/**
 * Recognises a write that failed for lack of space (whatever layer reported it: the operating
 * system's "No space left on device" / "There is not enough space on the disk", H2 wrapping it)
 * and says so in Chinese with what was needed, when known, and what is free.
 */
public final class DiskSpace {

    private DiskSpace() {
    }

    /** True when {@code e} or one of its causes is the operating system's "disk full". */
    public static boolean isFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m == null) {
                continue;
            }
            String lower = m.toLowerCase(Locale.ROOT);
            if (lower.contains("no space left on device") // Linux ENOSPC
                    || lower.contains("not enough space on the disk") // Windows ERROR_DISK_FULL
                    || lower.contains("disk quota exceeded") // EDQUOT
                    || lower.contains("file too large") // EFBIG (FAT32 sticks)
                    || m.contains(Texts.get("disk.windowsZh"))) { // the same error on Chinese Windows
                return true;
            }
        }
        return false;
    }

    /** Free bytes for this process on the volume of {@code where} (or its nearest existing parent), -1 when unknown. */
    public static long free(Path where) {
        for (Path p = where == null ? null : where.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                try {
                    FileStore store = Files.getFileStore(p);
                    return store.getUsableSpace();
                } catch (IOException | RuntimeException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * The sentence for a full disk: "磁盘空间不足：… 需要约 X，可用 Y。…".
     *
     * @param what   the action as the user reads it (e.g. 保存项目)
     * @param where  the file or folder written
     * @param needed bytes needed, or -1 when not known
     */
    public static String message(String what, Path where, long needed) {
        long free = free(where);
        String need = needed >= 0 ? Texts.format("disk.full.needed", size(needed)) : Texts.get("disk.full.neededUnknown");
        String have = free >= 0 ? size(free) : Texts.get("disk.full.freeUnknown");
        return Texts.format("disk.full", what, volume(where), need, have);
    }

    /** {@link #message} when {@code e} is a full disk, else null. */
    public static String explain(Throwable e, String what, Path where, long needed) {
        return isFull(e) ? message(what, where, needed) : null;
    }

    /** The reason of a failed file write for a message: the full-disk sentence, or the exception's own text. */
    public static String reason(IOException e, Path where) {
        return isFull(e) ? message(Texts.get("disk.write"), where, -1) : e.getMessage();
    }

    private static String volume(Path where) {
        if (where == null) {
            return "";
        }
        Path abs = where.toAbsolutePath();
        return Files.isDirectory(abs) || abs.getParent() == null ? abs.toString() : abs.getParent().toString();
    }

    /** Bytes as the user reads them: KB below 1 MB, MB below 1 GB, then GB. */
    public static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
    }
}
