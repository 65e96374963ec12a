package org.energydiag.core.progress;

/**
 * Progress and cancellation for long work (JOSM's idea). Core code calls {@link #worked} and
 * polls {@link #isCancelled()}; the UI shows it and sets the cancel flag.
 */
public interface ProgressMonitor {

    /** Starts a task of {@code totalWork} units (or -1 when unknown). */
    void begin(String taskName, int totalWork);

    void worked(int units);

    boolean isCancelled();

    void done();

    /** Throws {@link CancelledException} when the user has cancelled. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown by core code that noticed a cancel request. */
    final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("cancelled");
        }
    }
}
