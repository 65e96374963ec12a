package org.energydiag.core.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.energydiag.core.followup.DriverPeriod;
import org.energydiag.core.followup.PeriodKind;
import org.energydiag.core.followup.VerificationSetup;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.reference.CarrierId;
import org.junit.jupiter.api.Test;

/**
 * A synthetic plant: consumption = 500 + 2.0 × production kWh per day plus noise (fixed seed), the
 * production varying with the season and from day to day; from 2026-01-01 the retrofit takes 8 %
 * off. The verification must recover the known saving within its stated uncertainty, and refuse
 * when the data are too short or the model too weak.
 */
class SavingsVerificationTest {

    static final LocalDate START = LocalDate.of(2025, 1, 1);
    static final LocalDate RETROFIT = LocalDate.of(2026, 1, 1);

    /** Hourly kWh of the synthetic plant and the daily production, with the true daily saving. */
    static final class Plant {
        final List<Long> starts = new ArrayList<>();
        final List<Double> values = new ArrayList<>();
        final java.util.Map<YearMonth, Double> monthlyProduction = new java.util.TreeMap<>();
        final java.util.Map<LocalDate, Double> trueSaving = new java.util.HashMap<>();

        Plant(LocalDate to, double noiseSd, double productionNoise, long seed) {
            Random r = new Random(seed);
            for (LocalDate d = START; !d.isAfter(to); d = d.plusDays(1)) {
                double season = Math.sin(2 * Math.PI * (d.getDayOfYear() - 80) / 365.0);
                double production = Math.max(0, 300 + 120 * season + productionNoise * r.nextGaussian());
                double base = 500 + 2.0 * production;
                double factor = d.isBefore(RETROFIT) ? 1.0 : 0.92;
                double day = base * factor + noiseSd * r.nextGaussian();
                trueSaving.put(d, base - base * factor);
                monthlyProduction.merge(YearMonth.from(d), production, Double::sum);
                for (int h = 0; h < 24; h++) {
                    starts.add(MeterSeries.epoch(LocalDateTime.of(d, java.time.LocalTime.of(h, 0))));
                    values.add(day / 24);
                }
            }
        }

        MeterSeries series() {
            return new MeterSeries("总进线有功", CarrierId.ELECTRICITY, "kWh", 60,
                    starts.stream().mapToLong(Long::longValue).toArray(), values.stream().mapToDouble(Double::doubleValue).toArray());
        }

        List<DriverPeriod> drivers() {
            return monthlyProduction.entrySet().stream().map(e -> new DriverPeriod(e.getKey().atDay(1), e.getValue(), null, null)).toList();
        }

        double trueSaving(LocalDate from, LocalDate to) {
            double s = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                s += trueSaving.get(d);
            }
            return s;
        }
    }

    static VerificationSetup setup(LocalDate baseFrom, LocalDate baseTo, LocalDate repFrom, LocalDate repTo, List<DriverPeriod> d) {
        return new VerificationSetup("v1", "全厂用电", List.of("k1"), List.of(), PeriodKind.MONTH, baseFrom, baseTo, repFrom, repTo, "t", d);
    }

    @Test
    void recoversAKnownStepChangeWithinItsStatedUncertainty() {
        LocalDate end = LocalDate.of(2026, 8, 31);
        Plant plant = new Plant(end, 60, 40, 20261203L);
        VerificationSetup s = setup(START, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1), end, plant.drivers());
        var conversion = new SavingsVerification.Conversion(0.1229 / 1000, "0.1229 kgce/kWh");
        var r = SavingsVerification.verify(s, List.of(plant.series()), conversion, 180.0);

        assertThat(r.outcome()).isEqualTo(SavingsVerification.Outcome.VERIFIED);
        assertThat(r.baseline()).hasSize(12);
        assertThat(r.reporting()).hasSize(7);
        // the model finds the plant's law
        assertThat(r.intercept()).isCloseTo(500, within(60.0));
        assertThat(r.drivers()).singleElement().satisfies(d -> {
            assertThat(d.coefficient()).isCloseTo(2.0, within(0.2));
            assertThat(Math.abs(d.t())).isGreaterThan(2);
        });
        assertThat(r.model().r2()).isGreaterThan(SavingsVerification.MIN_R2);
        assertThat(r.model().cvRmse()).isLessThan(SavingsVerification.MAX_CV_RMSE);

        double truth = plant.trueSaving(LocalDate.of(2026, 2, 1), end);
        assertThat(r.uncertainty()).isPositive().isLessThan(0.5 * r.avoided());
        assertThat(r.avoided()).as("recovered %s ± %s against the truth %s", r.avoided(), r.uncertainty(), truth)
                .isCloseTo(truth, within(r.uncertainty()));
        assertThat(r.savingsFraction()).isCloseTo(0.08, within(0.02));
        // the tce figures are the kWh figures with the one coefficient, scaled to a year
        assertThat(r.avoidedTce()).isCloseTo(r.avoided() * 0.1229 / 1000, within(1e-9));
        assertThat(r.annualTce()).isCloseTo(r.avoidedTce() * 365.0 / r.reportingDays(), within(1e-9));
        assertThat(r.reportingDays()).isEqualTo(212);
        assertThat(r.expectedTce()).isEqualTo(180.0);
        assertThat(r.statistics()).contains("R²").contains("CV(RMSE)");
    }

    @Test
    void refusesTooShortABaseline() {
        LocalDate end = LocalDate.of(2026, 8, 31);
        Plant plant = new Plant(end, 60, 40, 7L);
        // 6 months of baseline only
        VerificationSetup s = setup(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1), end,
                plant.drivers());
        var r = SavingsVerification.verify(s, List.of(plant.series()), null, 180.0);
        assertThat(r.outcome()).isEqualTo(SavingsVerification.Outcome.REFUSED_TOO_LITTLE_DATA);
        assertThat(r.verified()).isFalse();
        assertThat(r.reason()).contains("数据不足").contains("6").contains("9");
        assertThat(r.avoided()).isNaN();
    }

    @Test
    void refusesTooShortAReportingPeriod() {
        LocalDate end = LocalDate.of(2026, 3, 31);
        Plant plant = new Plant(end, 60, 40, 8L);
        VerificationSetup s = setup(START, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1), end, plant.drivers());
        var r = SavingsVerification.verify(s, List.of(plant.series()), null, null);
        assertThat(r.outcome()).isEqualTo(SavingsVerification.Outcome.REFUSED_TOO_LITTLE_DATA);
        assertThat(r.reason()).contains("报告期只有 2 个").contains("至少需要 4 个");
    }

    @Test
    void refusesAWeakModelWithItsStatistics() {
        LocalDate end = LocalDate.of(2026, 8, 31);
        // daily noise far larger than what production explains: the monthly model cannot meet Guideline 14
        Plant plant = new Plant(end, 2500, 40, 11L);
        VerificationSetup s = setup(START, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1), end, plant.drivers());
        var r = SavingsVerification.verify(s, List.of(plant.series()), null, 180.0);
        assertThat(r.outcome()).isEqualTo(SavingsVerification.Outcome.REFUSED_WEAK_MODEL);
        assertThat(r.model()).isNotNull();
        assertThat(r.model().r2() < SavingsVerification.MIN_R2 || r.model().cvRmse() > SavingsVerification.MAX_CV_RMSE).isTrue();
        assertThat(r.reason()).contains("R² = ").contains("CV(RMSE)").contains("Guideline 14");
        assertThat(r.avoided()).isNaN();
    }

    @Test
    void refusesWithoutMeterDataOrDrivers() {
        VerificationSetup s = setup(START, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 31), List.of());
        assertThat(SavingsVerification.verify(s, List.of(), null, null).outcome()).isEqualTo(SavingsVerification.Outcome.REFUSED_NO_DATA);
        Plant plant = new Plant(LocalDate.of(2026, 8, 31), 60, 40, 9L);
        var r = SavingsVerification.verify(s, List.of(plant.series()), null, null);
        assertThat(r.outcome()).isEqualTo(SavingsVerification.Outcome.REFUSED_TOO_LITTLE_DATA);
        assertThat(r.reason()).contains("产量");
    }

    @Test
    void periodsWithTooFewIntervalsAreLeftOutAndSaid() {
        LocalDate end = LocalDate.of(2026, 8, 31);
        Plant plant = new Plant(end, 60, 40, 12L);
        MeterSeries full = plant.series();
        double[] v = full.values().clone();
        // March 2025 loses half its hours
        for (int i = 0; i < v.length; i++) {
            LocalDateTime t = full.start(i);
            if (t.getYear() == 2025 && t.getMonthValue() == 3 && t.getDayOfMonth() <= 15) {
                v[i] = Double.NaN;
            }
        }
        MeterSeries gappy = new MeterSeries(full.name(), full.carrierId(), full.unit(), 60, full.starts(), v);
        VerificationSetup s = setup(START, LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 1), end, plant.drivers());
        var r = SavingsVerification.verify(s, List.of(gappy), null, null);
        assertThat(r.baseline()).hasSize(11).noneMatch(p -> p.start().equals(LocalDate.of(2025, 3, 1)));
        assertThat(r.notes()).anyMatch(n -> n.contains("基准期有 1 个周期"));
        assertThat(r.verified()).isTrue();
    }

    @Test
    void studentTMatchesTables() {
        // two-sided 90 % (t 0.95) and 68 %
        assertThat(StudentT.critical(0.90, 10)).isCloseTo(1.812, within(0.001));
        assertThat(StudentT.critical(0.90, 1)).isCloseTo(6.314, within(0.001));
        assertThat(StudentT.critical(0.95, 30)).isCloseTo(2.042, within(0.001));
        assertThat(StudentT.critical(0.68, 10)).isCloseTo(1.0, within(0.06));
    }

    @Test
    void olsRecoversAnExactLine() {
        double[][] x = {{1, 2}, {2, 1}, {3, 5}, {4, 2}, {5, 7}};
        double[] y = new double[5];
        for (int i = 0; i < 5; i++) {
            y[i] = 3 + 2 * x[i][0] - 0.5 * x[i][1];
        }
        Ols o = Ols.fit(x, y);
        assertThat(o.coefficients()[0]).isCloseTo(3, within(1e-9));
        assertThat(o.coefficients()[1]).isCloseTo(2, within(1e-9));
        assertThat(o.coefficients()[2]).isCloseTo(-0.5, within(1e-9));
        assertThat(o.r2()).isCloseTo(1, within(1e-12));
    }
}
