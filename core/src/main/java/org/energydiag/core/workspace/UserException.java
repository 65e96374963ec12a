package org.energydiag.core.workspace;

/**
 * A problem the user can fix (a wrong file, a refused action); its message, in Chinese, says what
 * is wrong, where, and what to do, and is shown as it is — never a stack trace.
 */
public class UserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
