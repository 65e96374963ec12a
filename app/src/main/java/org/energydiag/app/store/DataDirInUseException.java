package org.energydiag.app.store;

import org.energydiag.core.workspace.StoreException;

/** The data folder is held by another EnergyDiag (its lock is taken): what a command may explain in its own terms. */
public final class DataDirInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DataDirInUseException(String message) {
        super(message);
    }
}
