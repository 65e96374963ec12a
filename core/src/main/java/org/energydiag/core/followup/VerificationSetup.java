package org.energydiag.core.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the engineer chooses for the measurement and verification of savings in the manner of
 * IPMVP Option C (whole facility) or of a metered subsystem: which meters, which completed projects
 * the saving is credited to, the baseline and reporting periods, the period length and the drivers.
 *
 * @param id             stable identity
 * @param name           e.g. 全厂用电 or 窑头风机回路
 * @param subjectIds     the tasks or key projects whose expected saving is compared with the verified one
 * @param meterNames     the imported meters added up (all of one unit); empty: every kWh meter of the project
 * @param period         months or weeks
 * @param baselineFrom   first day of the baseline period (before the retrofit)
 * @param baselineTo     last day of the baseline period
 * @param reportingFrom  first day of the reporting period (after commissioning)
 * @param reportingTo    last day of the reporting period
 * @param productionUnit the unit of the periods' production, e.g. t
 * @param drivers        the production (and degree-days) per period
 */
public record VerificationSetup(String id, String name, List<String> subjectIds, List<String> meterNames,
                                PeriodKind period, LocalDate baselineFrom, LocalDate baselineTo,
                                LocalDate reportingFrom, LocalDate reportingTo, String productionUnit,
                                List<DriverPeriod> drivers) {

    public VerificationSetup {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        name = name == null ? "" : name;
        subjectIds = subjectIds == null ? List.of() : List.copyOf(subjectIds);
        meterNames = meterNames == null ? List.of() : List.copyOf(meterNames);
        period = period == null ? PeriodKind.MONTH : period;
        productionUnit = productionUnit == null ? "" : productionUnit;
        drivers = drivers == null ? List.of() : List.copyOf(drivers);
    }

    public VerificationSetup withDrivers(List<DriverPeriod> v) {
        return new VerificationSetup(id, name, subjectIds, meterNames, period, baselineFrom, baselineTo, reportingFrom,
                reportingTo, productionUnit, v);
    }

    public VerificationSetup withSubjects(List<String> v) {
        return new VerificationSetup(id, name, v, meterNames, period, baselineFrom, baselineTo, reportingFrom,
                reportingTo, productionUnit, drivers);
    }
}
