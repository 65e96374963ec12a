package org.energydiag.app;

import java.nio.file.Path;
import org.energydiag.app.text.Texts;

/**
 * Where this process writes its log, for the messages that send the user there: the data folder's
 * {@code logs/}, or the system's temporary folder when the data folder is read-only. The logging of
 * a process is one (the root logger), so is this.
 */
public final class LogFolder {

    private static volatile Path folder;

    private LogFolder() {
    }

    static void set(Path where) {
        folder = where;
    }

    /** The folder as the user reads it in a message, or a sentence saying no log could be written. */
    public static String text() {
        Path f = folder;
        return f == null ? Texts.get("common.noLogFolder") : f.toAbsolutePath().toString();
    }
}
