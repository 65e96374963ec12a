package org.energydiag.core.meter;

import java.io.IOException;

/** A file the importer cannot read; the message says what is wrong and where, in Chinese. */
public class MeterFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public MeterFormatException(String message) {
        super(message);
    }
}
