package org.energydiag.core.unit;

/** A unit that is unknown or does not fit; the message is for the user. */
public class UnitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnitException(String message) {
        super(message);
    }
}
