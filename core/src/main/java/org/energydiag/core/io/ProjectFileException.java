package org.energydiag.core.io;

/** A project file that cannot be read; the message says what is wrong and where, in Chinese. */
public class ProjectFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProjectFileException(String message) {
        super(message);
    }

    public ProjectFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
