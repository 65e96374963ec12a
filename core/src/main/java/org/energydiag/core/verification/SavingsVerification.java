package org.energydiag.core.verification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.energydiag.core.followup.DriverPeriod;
import org.energydiag.core.followup.PeriodKind;
import org.energydiag.core.followup.VerificationSetup;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.text.Texts;

/**
 * Measurement and verification of savings in the manner of IPMVP Option C (whole facility, or a
 * metered subsystem): the meters' consumption is added up per period of the baseline (before the
 * retrofit) and of the reporting period (after it), a regression of the daily consumption on its
 * drivers (the daily production, and the heating and cooling degree-days per day where given) is
 * fitted over the baseline, the baseline model predicts the reporting period's consumption under
 * its actual conditions (the adjusted baseline), and the avoided consumption is the adjusted
 * baseline minus the actual consumption.
 *
 * <p>The model is accepted only as ASHRAE Guideline 14-2014 asks of a whole-building baseline
 * model: CV(RMSE) at most {@value #MAX_CV_RMSE} for monthly data (applied to weekly data as well),
 * and R² at least {@value #MIN_R2}; at least {@value #MIN_BASELINE_PERIODS} baseline periods and a
 * reporting period of at least a third of the baseline's length. Otherwise the result is refused
 * with the reason and the statistic, never shown as a number.
 *
 * <p>Uncertainty: Guideline 14-2014, Annex B, the fractional savings uncertainty
 * ΔE/E = t · 1.26 · CV(RMSE) · √((n/n′)(1 + 2/n)(1/m)) / F, with n baseline and m reporting periods,
 * n′ = n(1 − ρ)/(1 + ρ) for the residuals' lag-1 autocorrelation ρ (n′ = n when ρ ≤ 0), F the
 * savings fraction and t Student's t at {@value #CONFIDENCE} confidence with n − p degrees of
 * freedom. The same at 68 % is checked against Guideline 14's limit of half the savings.
 *
 * <p>Pure: no store, no clock, no user interface.
 */
public final class SavingsVerification {

    public static final int MIN_BASELINE_PERIODS = 9;
    public static final double MAX_CV_RMSE = 0.20;
    public static final double MIN_R2 = 0.75;
    /** Confidence level of the stated uncertainty. */
    public static final double CONFIDENCE = 0.90;
    /** Guideline 14: the savings uncertainty at 68 % confidence should be below half the savings. */
    public static final double MAX_UNCERTAINTY_68 = 0.5;
    /** The empirical factor of the Guideline 14 approximation (monthly models). */
    static final double FACTOR = 1.26;

    /** Whether the saving could be verified, and if not, why not. */
    public enum Outcome {
        VERIFIED, REFUSED_SETUP, REFUSED_NO_DATA, REFUSED_TOO_LITTLE_DATA, REFUSED_WEAK_MODEL
    }

    /**
     * One period as used: consumption and drivers per period (not per day), and the baseline
     * model's value for it (NaN when there is no model).
     */
    public record PeriodValue(LocalDate start, LocalDate end, int days, double consumption, double coverage,
                              Double production, Double hdd, Double cdd, double predicted) {
    }

    /**
     * A driver of the model with its coefficient (per day: the consumption per day per unit of the
     * driver per day) and t statistic.
     */
    public record Driver(String name, double coefficient, double standardError, double t) {
    }

    /**
     * The conversion of the meters' unit to tce, with the text of the coefficient's source.
     */
    public record Conversion(double tcePerUnit, String source) {
    }

    /**
     * A verification's result.
     *
     * @param reason          why it was refused (with the statistic), empty when verified
     * @param unit            the meters' unit
     * @param intercept       the model's intercept (consumption per day), NaN without a model
     * @param drivers         the model's drivers, empty without a model
     * @param model           the regression, or null when none was fitted
     * @param adjustedBaseline the baseline model's consumption over the reporting periods
     * @param actual          measured consumption over the reporting periods
     * @param avoided         adjusted baseline − actual (in {@code unit})
     * @param uncertainty     ± of {@code avoided} at {@link #CONFIDENCE}
     * @param uncertainty68   the same at 68 % as a fraction of the avoided consumption
     * @param reportingDays   days of the reporting periods used
     * @param avoidedTce      {@code avoided} in tce, NaN when no conversion
     * @param uncertaintyTce  {@code uncertainty} in tce
     * @param annualTce       {@code avoidedTce} scaled to a year (× 365 ÷ reporting days), the figure
     *                        compared with the plan's annual saving
     * @param annualUncertaintyTce {@code uncertaintyTce} scaled the same way
     * @param expectedTce     the plan's annual saving of the projects verified (tce/a), null when none is stated
     * @param notes           remarks: periods left out and why, weak drivers, the 68 % check
     */
    public record Result(VerificationSetup setup, Outcome outcome, String reason, String unit, List<PeriodValue> baseline,
                         List<PeriodValue> reporting, double intercept, List<Driver> drivers, Ols model,
                         double tValue, double adjustedBaseline, double actual, double avoided, double uncertainty,
                         double uncertainty68, int reportingDays, double avoidedTce, double uncertaintyTce,
                         double annualTce, double annualUncertaintyTce, Double expectedTce, String coefficientSource,
                         List<String> notes) {

        public Result {
            baseline = List.copyOf(baseline);
            reporting = List.copyOf(reporting);
            drivers = List.copyOf(drivers);
            notes = List.copyOf(notes);
        }

        public boolean verified() {
            return outcome == Outcome.VERIFIED;
        }

        /** The saving as a share of the adjusted baseline, NaN when not verified. */
        public double savingsFraction() {
            return verified() && adjustedBaseline != 0 ? avoided / adjustedBaseline : Double.NaN;
        }

        /** The statistics in one line, e.g. "R² = 0.93，CV(RMSE) = 4.1%，n = 12"; empty without a model. */
        public String statistics() {
            if (model == null) {
                return "";
            }
            return Texts.format("followup.mv.statistics", fmt(model.r2(), 3), fmt(model.cvRmse() * 100, 1), model.n(),
                    model.n() - model.p());
        }
    }

    private SavingsVerification() {
    }

    /**
     * Verifies the saving of {@code setup} from the meter data {@code series} (the meters to add up,
     * all of one unit).
     *
     * @param conversion  the unit's tce coefficient, or null to give no tce figures
     * @param expectedTce the plan's annual saving of the projects credited (tce/a), or null
     */
    public static Result verify(VerificationSetup setup, List<MeterSeries> series, Conversion conversion,
                                Double expectedTce) {
        Objects.requireNonNull(setup, "setup");
        List<String> notes = new ArrayList<>();
        String unit = series.isEmpty() ? "" : series.get(0).unit();
        if (setup.baselineFrom() == null || setup.baselineTo() == null || setup.reportingFrom() == null
                || setup.reportingTo() == null) {
            return refused(setup, Outcome.REFUSED_SETUP, Texts.get("followup.mv.refused.periodsMissing"), unit, expectedTce);
        }
        if (setup.baselineTo().isBefore(setup.baselineFrom()) || setup.reportingTo().isBefore(setup.reportingFrom())
                || !setup.baselineTo().isBefore(setup.reportingFrom())) {
            return refused(setup, Outcome.REFUSED_SETUP, Texts.format("followup.mv.refused.periodsOrder",
                    setup.baselineFrom(), setup.baselineTo(), setup.reportingFrom(), setup.reportingTo()), unit, expectedTce);
        }
        if (series.isEmpty()) {
            return refused(setup, Outcome.REFUSED_NO_DATA, Texts.get("followup.mv.refused.noMeters"), unit, expectedTce);
        }
        if (series.stream().anyMatch(s -> !s.unit().equalsIgnoreCase(unit))) {
            return refused(setup, Outcome.REFUSED_SETUP, Texts.format("followup.mv.refused.units",
                    String.join("、", series.stream().map(s -> s.name() + "（" + s.unit() + "）").toList())), unit, expectedTce);
        }
        PeriodKind kind = setup.period();
        Map<LocalDate, DriverPeriod> drivers = new HashMap<>();
        for (DriverPeriod d : setup.drivers()) {
            if (d.start() != null) {
                drivers.put(PeriodTotals.periodStart(kind, d.start()), d);
            }
        }
        List<PeriodTotals.Total> base = PeriodTotals.of(series, kind, setup.baselineFrom(), setup.baselineTo());
        List<PeriodTotals.Total> rep = PeriodTotals.of(series, kind, setup.reportingFrom(), setup.reportingTo());
        boolean useProduction = base.stream().anyMatch(t -> has(drivers.get(t.start()), 0));
        boolean useHdd = base.stream().anyMatch(t -> has(drivers.get(t.start()), 1));
        boolean useCdd = base.stream().anyMatch(t -> has(drivers.get(t.start()), 2));
        boolean[] use = {useProduction, useHdd, useCdd};
        List<PeriodValue> baseline = usable(base, drivers, use, notes, Texts.get("followup.mv.baselineName"));
        List<PeriodValue> reporting = usable(rep, drivers, use, notes, Texts.get("followup.mv.reportingName"));
        if (!useProduction && !useHdd && !useCdd) {
            return refused(setup, Outcome.REFUSED_TOO_LITTLE_DATA, Texts.get("followup.mv.refused.noDrivers"), unit,
                    baseline, reporting, expectedTce, notes);
        }
        int k = (useProduction ? 1 : 0) + (useHdd ? 1 : 0) + (useCdd ? 1 : 0);
        int n = baseline.size();
        int m = reporting.size();
        int minimum = Math.max(MIN_BASELINE_PERIODS, k + 3);
        if (n < minimum) {
            return refused(setup, Outcome.REFUSED_TOO_LITTLE_DATA, Texts.format("followup.mv.refused.baselineShort", n,
                    kind.label(), minimum), unit, baseline, reporting, expectedTce, notes);
        }
        int minReporting = (int) Math.ceil(n / 3.0);
        if (m < minReporting) {
            return refused(setup, Outcome.REFUSED_TOO_LITTLE_DATA, Texts.format("followup.mv.refused.reportingShort", m,
                    kind.label(), n, minReporting), unit, baseline, reporting, expectedTce, notes);
        }
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = perDay(baseline.get(i), use);
            y[i] = baseline.get(i).consumption() / baseline.get(i).days();
        }
        Ols ols;
        try {
            ols = Ols.fit(x, y);
        } catch (IllegalArgumentException e) {
            return refused(setup, Outcome.REFUSED_WEAK_MODEL, Texts.get("followup.mv.refused.collinear"), unit, baseline,
                    reporting, expectedTce, notes);
        }
        List<String> names = new ArrayList<>();
        if (useProduction) {
            names.add(Texts.format("followup.mv.driver.production", setup.productionUnit().isBlank() ? "" : "（" + setup.productionUnit() + "）"));
        }
        if (useHdd) {
            names.add(Texts.get("followup.mv.driver.hdd"));
        }
        if (useCdd) {
            names.add(Texts.get("followup.mv.driver.cdd"));
        }
        List<Driver> ds = new ArrayList<>();
        for (int j = 0; j < names.size(); j++) {
            ds.add(new Driver(names.get(j), ols.coefficients()[j + 1], ols.standardErrors()[j + 1], ols.tStats()[j + 1]));
            if (Math.abs(ols.tStats()[j + 1]) < 2) {
                notes.add(Texts.format("followup.mv.note.weakDriver", names.get(j), fmt(ols.tStats()[j + 1], 2)));
            }
        }
        baseline = predicted(baseline, ols, use);
        reporting = predicted(reporting, ols, use);
        double tValue = StudentT.critical(CONFIDENCE, n - ols.p());
        if (ols.cvRmse() > MAX_CV_RMSE || ols.r2() < MIN_R2 || Double.isNaN(ols.cvRmse())) {
            String why = Texts.format("followup.mv.refused.weakModel", fmt(ols.r2(), 3), fmt(ols.cvRmse() * 100, 1),
                    fmt(MIN_R2, 2), fmt(MAX_CV_RMSE * 100, 0));
            return new Result(setup, Outcome.REFUSED_WEAK_MODEL, why, unit, baseline, reporting, ols.coefficients()[0], ds,
                    ols, tValue, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, expectedTce, "", notes);
        }
        double adjusted = 0;
        double actual = 0;
        int days = 0;
        for (PeriodValue r : reporting) {
            adjusted += r.predicted();
            actual += r.consumption();
            days += r.days();
        }
        double avoided = adjusted - actual;
        double nPrime = ols.autocorrelation() > 0 ? n * (1 - ols.autocorrelation()) / (1 + ols.autocorrelation()) : n;
        double spread = FACTOR * ols.cvRmse() * Math.sqrt((n / nPrime) * (1 + 2.0 / n) / m) * adjusted;
        double uncertainty = tValue * spread;
        double u68 = StudentT.critical(0.68, n - ols.p()) * spread / Math.abs(avoided);
        if (ols.autocorrelation() > 0) {
            notes.add(Texts.format("followup.mv.note.autocorrelation", fmt(ols.autocorrelation(), 2), fmt(nPrime, 1)));
        }
        if (avoided <= 0) {
            notes.add(Texts.get("followup.mv.note.noSaving"));
        } else if (u68 > MAX_UNCERTAINTY_68) {
            notes.add(Texts.format("followup.mv.note.uncertain68", fmt(u68 * 100, 0)));
        }
        double avoidedTce = conversion == null ? Double.NaN : avoided * conversion.tcePerUnit();
        double uncertaintyTce = conversion == null ? Double.NaN : uncertainty * conversion.tcePerUnit();
        double perYear = 365.0 / days;
        return new Result(setup, Outcome.VERIFIED, "", unit, baseline, reporting, ols.coefficients()[0], ds, ols, tValue,
                adjusted, actual, avoided, uncertainty, u68, days, avoidedTce, uncertaintyTce, avoidedTce * perYear,
                uncertaintyTce * perYear, expectedTce, conversion == null ? "" : conversion.source(), notes);
    }

    private static boolean has(DriverPeriod d, int which) {
        if (d == null) {
            return false;
        }
        Double v = which == 0 ? d.production() : which == 1 ? d.hdd() : d.cdd();
        return v != null && !v.isNaN();
    }

    /** The periods with a total and every driver in use; the others are noted. */
    private static List<PeriodValue> usable(List<PeriodTotals.Total> totals, Map<LocalDate, DriverPeriod> drivers,
                                            boolean[] use, List<String> notes, String which) {
        List<PeriodValue> out = new ArrayList<>();
        int lowCoverage = 0;
        int noDrivers = 0;
        for (PeriodTotals.Total t : totals) {
            DriverPeriod d = drivers.get(t.start());
            if (Double.isNaN(t.consumption())) {
                lowCoverage++;
                continue;
            }
            boolean complete = true;
            for (int j = 0; j < 3; j++) {
                complete &= !use[j] || has(d, j);
            }
            if (!complete) {
                noDrivers++;
                continue;
            }
            out.add(new PeriodValue(t.start(), t.end(), t.days(), t.consumption(), t.coverage(),
                    d == null ? null : d.production(), d == null ? null : d.hdd(), d == null ? null : d.cdd(), Double.NaN));
        }
        if (lowCoverage > 0) {
            notes.add(Texts.format("followup.mv.note.lowCoverage", which, lowCoverage, fmt(PeriodTotals.MIN_COVERAGE * 100, 0)));
        }
        if (noDrivers > 0) {
            notes.add(Texts.format("followup.mv.note.noDrivers", which, noDrivers));
        }
        return out;
    }

    private static double[] perDay(PeriodValue p, boolean[] use) {
        List<Double> v = new ArrayList<>();
        if (use[0]) {
            v.add(p.production() / p.days());
        }
        if (use[1]) {
            v.add(p.hdd() / p.days());
        }
        if (use[2]) {
            v.add(p.cdd() / p.days());
        }
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<PeriodValue> predicted(List<PeriodValue> ps, Ols ols, boolean[] use) {
        return ps.stream().map(p -> new PeriodValue(p.start(), p.end(), p.days(), p.consumption(), p.coverage(), p.production(),
                p.hdd(), p.cdd(), ols.predict(perDay(p, use)) * p.days())).toList();
    }

    private static Result refused(VerificationSetup s, Outcome o, String why, String unit, Double expectedTce) {
        return refused(s, o, why, unit, List.of(), List.of(), expectedTce, List.of());
    }

    private static Result refused(VerificationSetup s, Outcome o, String why, String unit, List<PeriodValue> baseline,
                                  List<PeriodValue> reporting, Double expectedTce, List<String> notes) {
        return new Result(s, o, why, unit, baseline, reporting, Double.NaN, List.of(), null, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                expectedTce, "", notes);
    }

    static String fmt(double v, int decimals) {
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", v);
    }
}
