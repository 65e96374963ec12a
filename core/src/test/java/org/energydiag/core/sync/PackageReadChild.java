package org.energydiag.core.sync;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an offline package in a JVM of its own (started by {@link SubmissionPackageStreamingTest}
 * with a small heap): {@code files ZIP SPOOL} reads it to files, {@code memory ZIP} whole into memory.
 * Prints {@code OK <part>=<size> …} or the error's class.
 */
public final class PackageReadChild {

    private PackageReadChild() {
    }

    public static void main(String[] args) throws Exception {
        try {
            StringBuilder sb = new StringBuilder("OK");
            if (args[0].equals("files")) {
                try (SubmissionPackage.Spooled s = SubmissionPackage.readToFiles(Path.of(args[1]), Path.of(args[2]))) {
                    for (var e : s.files().entrySet()) {
                        sb.append(' ').append(e.getKey()).append('=').append(Files.size(e.getValue()));
                    }
                }
            } else {
                var p = SubmissionPackage.read(Path.of(args[1]));
                p.files().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.length));
            }
            System.out.println(sb);
        } catch (Throwable t) {
            System.out.println("FAILED " + t.getClass().getSimpleName());
        }
    }
}
