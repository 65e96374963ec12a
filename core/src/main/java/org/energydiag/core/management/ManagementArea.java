package org.energydiag.core.management;

import org.energydiag.core.text.Texts;

/** The parts of 一（四）能源管理情况, in report order. */
public enum ManagementArea {
    SYSTEM,
    ORGANIZATION,
    OPERATION,
    STATISTICS,
    METERING,
    DIGITAL,
    CERTIFICATION;

    public String label() {
        return switch (this) {
            case SYSTEM -> Texts.get("management.areaSystem");
            case ORGANIZATION -> Texts.get("management.areaOrganization");
            case OPERATION -> Texts.get("management.areaOperation");
            case STATISTICS -> Texts.get("management.areaStatistics");
            case METERING -> Texts.get("management.areaMetering");
            case DIGITAL -> Texts.get("management.areaDigital");
            case CERTIFICATION -> Texts.get("management.areaCertification");
        };
    }
}
