package org.energydiag.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data lives. Precedence: {@code --data-dir DIR}, then the {@code ENERGYDIAG_HOME}
 * variable, then the folder chosen in 设置 (remembered in {@code ~/.energydiag/location.txt}),
 * then {@code ~/.energydiag}.
 */
public final class DataDirectory {

    public static final String ENV_VAR = "ENERGYDIAG_HOME";
    static final String POINTER_FILE = "location.txt";

    private DataDirectory() {
    }

    /** The default folder, also where the pointer to a chosen folder is kept. */
    public static Path defaultDir(Path userHome) {
        return userHome.resolve(".energydiag");
    }

    public static Path resolve(String cliDir, Map<String, String> env, Path userHome) {
        if (cliDir != null && !cliDir.isBlank()) {
            return Path.of(cliDir).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return readPointer(userHome).orElse(defaultDir(userHome));
    }

    public static Optional<Path> readPointer(Path userHome) {
        Path pointer = defaultDir(userHome).resolve(POINTER_FILE);
        try {
            if (Files.isRegularFile(pointer)) {
                String s = Files.readString(pointer, StandardCharsets.UTF_8).trim();
                if (!s.isEmpty()) {
                    return Optional.of(Path.of(s));
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable pointer falls back to the default folder
        }
        return Optional.empty();
    }

    public static void writePointer(Path userHome, Path dir) {
        Path pointer = defaultDir(userHome).resolve(POINTER_FILE);
        try {
            Files.createDirectories(pointer.getParent());
            org.energydiag.core.io.ProjectFile.writeAtomically(pointer,
                    dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
