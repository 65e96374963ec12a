package org.energydiag.core.followup;

import java.time.LocalDate;

/**
 * The drivers of one period as the engineer enters them (the yearly production records are too
 * coarse for a regression): the output of the period and, where the engineer gives them,
 * heating and cooling degree-days.
 *
 * @param start      first day of the period (the first of a month, or a Monday)
 * @param production output in the period, in the verification's production unit, or null
 * @param hdd        heating degree-days of the period (°C·d), or null
 * @param cdd        cooling degree-days of the period (°C·d), or null
 */
public record DriverPeriod(LocalDate start, Double production, Double hdd, Double cdd) {
}
