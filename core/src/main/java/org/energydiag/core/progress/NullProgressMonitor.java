package org.energydiag.core.progress;

/** A monitor that shows nothing and never cancels, for the command line and tests. */
public final class NullProgressMonitor implements ProgressMonitor {
    public static final NullProgressMonitor INSTANCE = new NullProgressMonitor();

    private NullProgressMonitor() {
    }

    @Override
    public void begin(String taskName, int totalWork) {
    }

    @Override
    public void worked(int units) {
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public void done() {
    }
}
