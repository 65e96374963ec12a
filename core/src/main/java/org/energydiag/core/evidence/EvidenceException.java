package org.energydiag.core.evidence;

/**
 * An evidence file (photo, scan or document) that is refused: the message says, in Chinese, which
 * file, what is wrong with it and what to do. Nothing is stored when it is thrown.
 */
public class EvidenceException extends Exception {
    private static final long serialVersionUID = 1L;

    public EvidenceException(String message) {
        super(message);
    }

    public EvidenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
