package org.energydiag.app.store;

import org.energydiag.core.project.DiagnosisProject;

/** Gives Java migrations access to the store's derivations. */
public final class StoreMigrations {
    private StoreMigrations() {
    }

    /** name, credit code, region, sector — as the list columns store them. */
    public static String[] listColumns(DiagnosisProject p) {
        ListColumns c = ListColumns.of(p);
        return new String[] {c.enterpriseName(), c.creditCode(), c.region(), c.sector()};
    }
}
