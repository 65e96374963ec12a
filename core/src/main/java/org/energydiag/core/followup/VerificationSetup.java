package org.energydiag.core.followup;

import java.time.LocalDate;
import java.time.YearMonth;
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

    /**
     * A new set-up of monthly periods credited to {@code subjectIds}, its periods drawn from the implementation
     * record {@code rec} as IPMVP Option C suggests: the baseline is the twelve full months before the month
     * work started (or, without a start, finished), the reporting period the full months after the month it was
     * finished, up to the last full month before {@code today}. A period that cannot be drawn is left empty for
     * the engineer (the verification then says it is missing). Meters empty (every kWh meter), no drivers yet.
     */
    public static VerificationSetup draft(String name, List<String> subjectIds, Implementation rec, LocalDate today) {
        LocalDate start = rec == null ? null : rec.startDate() != null ? rec.startDate() : rec.finishDate();
        LocalDate finish = rec == null ? null : rec.finishDate();
        LocalDate baselineFrom = null;
        LocalDate baselineTo = null;
        if (start != null) {
            YearMonth m = YearMonth.from(start);
            baselineFrom = m.minusMonths(12).atDay(1);
            baselineTo = m.minusMonths(1).atEndOfMonth();
        }
        LocalDate reportingFrom = null;
        LocalDate reportingTo = null;
        if (finish != null) {
            reportingFrom = YearMonth.from(finish).plusMonths(1).atDay(1);
            LocalDate last = YearMonth.from(today).minusMonths(1).atEndOfMonth();
            reportingTo = last.isBefore(reportingFrom) ? null : last;
        }
        return new VerificationSetup(null, name, subjectIds, List.of(), PeriodKind.MONTH, baselineFrom, baselineTo, reportingFrom,
                reportingTo, "t", List.of());
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
