package org.energydiag.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A simulated small volume for machines that allow no real one to be mounted: an H2 file system
 * (URL prefix {@value #SCHEME}) over the disk whose writes fail as the operating system's do on a
 * full disk ("No space left on device", ENOSPC) once the files under a folder would grow beyond the
 * limit set for it. Files shrink and are deleted as on a real volume; only growth is refused, so a
 * database that hit the limit can be opened again once room is made ({@link #lift}).
 *
 * <p>Only the database goes through it (everything the application writes into the data folder
 * while a project is imported); log and settings files are counted but not limited.
 */
public final class SimulatedFullDisk extends FilePathWrapper {

    /** The H2 file-system prefix; {@link #access} makes the application open its database on it. */
    public static final String SCHEME = "simulated-full-disk";
    /** The operating system's words, which {@code DiskSpace.isFull} recognises. */
    static final String ENOSPC = "No space left on device";

    private static final Map<Path, Long> LIMITS = new ConcurrentHashMap<>();

    static {
        FilePath.register(new SimulatedFullDisk());
    }

    /** H2 makes one instance per path by reflection. */
    public SimulatedFullDisk() {
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    /** The data folder's access: writable as on the disk, its database opened on this file system. */
    public static DataFolderAccess access() {
        return new DataFolderAccess() {
            @Override
            public boolean writable(Path dir) {
                return DataFolderAccess.FILE_SYSTEM.writable(dir);
            }

            @Override
            public String databaseFileSystem() {
                return SCHEME;
            }
        };
    }

    /** From now on the files under {@code folder} may hold at most {@code bytes} together. */
    public static void limit(Path folder, long bytes) {
        LIMITS.put(folder.toAbsolutePath().normalize(), bytes);
    }

    /** Room made: no limit under {@code folder} any more. */
    public static void lift(Path folder) {
        LIMITS.remove(folder.toAbsolutePath().normalize());
    }

    /** Bytes held by the files under {@code folder}, as a volume counts them. */
    public static long used(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // deleted meanwhile
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel channel = getBase().open(mode);
        if (mode.indexOf('w') < 0) {
            return channel;
        }
        Path file = Path.of(getBase().toString()).toAbsolutePath().normalize();
        for (Path folder : LIMITS.keySet()) {
            if (file.startsWith(folder)) {
                return new Limited(channel, folder);
            }
        }
        return channel;
    }

    /** A channel whose growth is refused beyond its folder's limit. */
    private static final class Limited extends FileBase {
        private final FileChannel base;
        private final Path folder;

        Limited(FileChannel base, Path folder) {
            this.base = base;
            this.folder = folder;
        }

        private void room(long end) throws IOException {
            long growth = end - base.size();
            Long limit = LIMITS.get(folder);
            if (growth > 0 && limit != null && used(folder) + growth > limit) {
                throw new IOException(ENOSPC);
            }
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            room(base.position() + src.remaining());
            return base.write(src);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            room(position + src.remaining());
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
