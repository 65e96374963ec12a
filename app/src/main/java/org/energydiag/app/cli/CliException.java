package org.energydiag.app.cli;

/** Bad input on the command line: printed as is, exit code 2. */
public class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    public CliException(String message) {
        super(message);
    }
}
