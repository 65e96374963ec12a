package org.energydiag.core.sync;

/**
 * An offline package that is refused: the message says, in Chinese, what is wrong, where (the
 * zip entry, when there is one) and what to do. Nothing is imported when it is thrown.
 */
public class PackageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String entry;

    public PackageException(String message, String entry) {
        super(message);
        this.entry = entry;
    }

    public PackageException(String message, String entry, Throwable cause) {
        super(message, cause);
        this.entry = entry;
    }

    /** The zip entry at fault, or null when the problem is the package as a whole. */
    public String entry() {
        return entry;
    }
}
