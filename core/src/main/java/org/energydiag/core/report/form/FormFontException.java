package org.energydiag.core.report.form;

import java.io.IOException;

/** No Chinese font that can be embedded in a PDF was found; the message says what to install. */
public class FormFontException extends IOException {
    private static final long serialVersionUID = 1L;

    public FormFontException(String message) {
        super(message);
    }
}
