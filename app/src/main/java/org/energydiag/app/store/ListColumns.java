package org.energydiag.app.store;

import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;

/** The denormalised columns of the project list, derived from the document in one place. */
record ListColumns(String enterpriseName, String creditCode, String region, String sector) {

    static ListColumns of(DiagnosisProject p) {
        Enterprise e = p.enterprise();
        String region = (e.province() == null ? "" : e.province().display()) + e.cityDistrictDisplay();
        return new ListColumns(cut(e.name(), 200), cut(e.creditCode(), 32), cut(region, 200), cut(e.sectorDisplay(), 200));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
