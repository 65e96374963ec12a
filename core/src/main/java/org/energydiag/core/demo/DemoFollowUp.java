package org.energydiag.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.energydiag.core.followup.DriverPeriod;
import org.energydiag.core.followup.FeedbackLevel;
import org.energydiag.core.followup.FollowUp;
import org.energydiag.core.followup.Implementation;
import org.energydiag.core.followup.ImplementationStatus;
import org.energydiag.core.followup.PeriodKind;
import org.energydiag.core.followup.SubjectKind;
import org.energydiag.core.followup.VerificationSetup;
import org.energydiag.core.followup.Visit;
import org.energydiag.core.followup.VisitForm;
import org.energydiag.core.meter.ImportReport;
import org.energydiag.core.meter.Layout;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.TimestampMeans;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.CarrierId;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.Phase;
import org.energydiag.core.text.Texts;

/**
 * The cement demo's follow-up (诊断—建议—实施—反馈), as the agency would have it some months after
 * hand-in: the short-term key project done and its electricity saving verified from the plant's
 * motors' sub-meter (a metered subsystem; a synthetic hourly series with the monthly cement output), the
 * medium-term one under way, the long-term one not started, an accepted task behind its agreed
 * completion (逾期), two 回访. Demo figures, relative to the month {@code m} of {@code now}: the plan was
 * handed in {@value #PLAN_MONTHS} months before ({@link #planDate}, the date its 实施时间 count from), the
 * baseline is the twelve months m−20 … m−9, the project is built in m−8, the reporting period is m−7 …
 * m−1, the 回访 were in m−6 and m−1 and the next is due in m+2.
 */
public final class DemoFollowUp {

    /** Name of the demo's sub-meter; it says the data are the demo's own. */
    public static final String METER = "窑系统电机回路有功电量（示例数据）";
    /** Months between the demo plan's hand-in and the month its follow-up is looked at. */
    public static final int PLAN_MONTHS = 10;
    /** The verified share of the project's expected saving built into the synthetic meter. */
    static final double ACHIEVED = 0.9;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DemoFollowUp() {
    }

    private static YearMonth month(Instant now) {
        return YearMonth.from(LocalDate.ofInstant(now, ZONE));
    }

    /**
     * The day the demo's plan was handed in: {@value #PLAN_MONTHS} months before {@code now}. Give it to
     * {@link DemoProjects#withDecisions} so that the plan's 实施时间 and the follow-up's dates agree.
     */
    public static Instant planDate(Instant now) {
        return now.atZone(ZONE).minusMonths(PLAN_MONTHS).toInstant();
    }

    /**
     * The demo after the engineer's decisions ({@link DemoProjects#withDecisions}) taken on {@code report}
     * and handed in on {@link #planDate}, with the follow-up since: the one way every demo is built.
     */
    public static DiagnosisProject decidedAndFollowedUp(DiagnosisProject p, org.energydiag.core.diagnosis.RetrofitReport report,
                                                        Instant now) {
        return withFollowUp(DemoProjects.withDecisions(p, report, planDate(now)), now);
    }

    /** The short-term key project the demo completes (the first of phase 近期), or null when there is none. */
    static KeyProject completed(DiagnosisProject p) {
        return p.plan().keyProjects().stream().filter(k -> k.phase() == Phase.SHORT).findFirst()
                .orElse(p.plan().keyProjects().isEmpty() ? null : p.plan().keyProjects().get(0));
    }

    /** The demo (after {@link DemoProjects#withDecisions}) with its follow-up filled. */
    public static DiagnosisProject withFollowUp(DiagnosisProject p, Instant now) {
        YearMonth m = month(now);
        KeyProject done = completed(p);
        if (done == null) {
            return p;
        }
        FollowUp f = FollowUp.empty();
        LocalDate built = m.minusMonths(8).atDay(5);
        f = f.with(Implementation.of(SubjectKind.KEY_PROJECT, done.id())
                .withWork("按方案实施：" + (done.content().isBlank() ? done.name() : done.content()) + "；已通过企业验收并投入运行")
                .withInvestment(done.investmentWanYuan() == null ? null : done.investmentWanYuan() * 1.05)
                .withDates(built, m.minusMonths(8).atEndOfMonth()).withStatus(ImplementationStatus.COMPLETED, "")
                .withConfirmation("王建国（设备动力部部长）", m.minusMonths(7).atDay(10)));
        for (KeyProject k : p.plan().keyProjects()) {
            if (k == done) {
                continue;
            }
            if (k.phase() == Phase.MEDIUM) {
                f = f.with(Implementation.of(SubjectKind.KEY_PROJECT, k.id()).withStatus(ImplementationStatus.IN_PROGRESS, "")
                        .withDates(m.minusMonths(3).atDay(1), null).withWork("已完成设计和设备招标，结合年度检修施工"));
            } else {
                f = f.with(Implementation.of(SubjectKind.KEY_PROJECT, k.id()));
            }
        }
        // an accepted task outside the key projects, agreed for completion two months ago and not done yet: 逾期
        var inProjects = p.plan().keyProjects().stream().flatMap(k -> k.taskIds().stream()).collect(java.util.stream.Collectors.toSet());
        var behind = p.plan().tasks().stream().filter(t -> !inProjects.contains(t.id())).findFirst();
        if (behind.isPresent()) {
            f = f.with(Implementation.of(SubjectKind.TASK, behind.get().id()).withStatus(ImplementationStatus.IN_PROGRESS,
                            "备件到货延迟，企业计划在下次停窑检修时完成")
                    .withDates(m.minusMonths(5).atDay(10), null).withPlannedFinish(m.minusMonths(2).atEndOfMonth())
                    .withWork("已完成方案细化和备件采购"));
        }
        f = f.with(Visit.on(m.minusMonths(6).atDay(18), VisitForm.ON_SITE)
                .withText("诊断机构：张工、刘工；企业：王建国、李娜",
                        "现场查看" + done.name() + "实施后的设备运行情况，核对电表读数和产量台账；建议按月记录产量和分项用电，为节能量核验保留数据",
                        "改造后运行稳定，用电量下降明显，希望继续指导熟料烧成系统改造")
                .withSatisfaction(FeedbackLevel.SATISFIED).withSubjects(List.of(done.id())));
        f = f.with(Visit.on(m.minusMonths(1).atDay(12), VisitForm.PHONE)
                .withText("诊断机构：张工；企业：李娜", "电话了解熟料烧成系统改造进度，提醒完成后报送运行数据",
                        "篦冷机已订货，计划在年度检修期间安装").withSatisfaction(FeedbackLevel.FAIRLY));
        f = f.with(new VerificationSetup(null, "窑系统电机回路分项计量（示例数据，" + done.name() + "）", List.of(done.id()), List.of(METER), PeriodKind.MONTH,
                m.minusMonths(20).atDay(1), m.minusMonths(9).atEndOfMonth(), m.minusMonths(7).atDay(1),
                m.minusMonths(1).atEndOfMonth(), "t", drivers(now)));
        return p.withFollowUp(f, now);
    }

    /**
     * The import record of the demo meter as the data folder keeps it: named as generated demo data
     * (not measured), with how it was generated.
     */
    public static ImportReport meterReport(MeterSeries meter) {
        return new ImportReport(List.of(Texts.get("followup.demo.meterSource")), "UTF-8", ',', Layout.LONG,
                meter.intervalMinutes(), TimestampMeans.START, meter.size(), meter.size(), 0, List.of(), List.of(),
                List.of(Texts.format("followup.demo.meterNote", Math.round(ACHIEVED * 100))));
    }

    /** Daily cement output of the demo (t/d) on {@code d}, with its seasonal swing; deterministic. */
    private static double output(LocalDate d, Random r) {
        double season = Math.sin(2 * Math.PI * (d.getDayOfYear() - 60) / 365.0);
        return 10_500 + 1_600 * season + 500 * r.nextGaussian();
    }

    /** The monthly cement output entered with the verification (t per month). */
    static List<DriverPeriod> drivers(Instant now) {
        List<DriverPeriod> out = new ArrayList<>();
        YearMonth m = month(now);
        Random r = new Random(2026);
        YearMonth at = m.minusMonths(20);
        double sum = 0;
        for (LocalDate d = at.atDay(1); d.isBefore(m.atDay(1)); d = d.plusDays(1)) {
            if (!YearMonth.from(d).equals(at)) {
                out.add(new DriverPeriod(at.atDay(1), Math.round(sum) * 1.0, null, null));
                at = YearMonth.from(d);
                sum = 0;
            }
            sum += output(d, r);
            r.nextGaussian(); // the meter's noise of the day (same sequence as the series)
        }
        out.add(new DriverPeriod(at.atDay(1), Math.round(sum) * 1.0, null, null));
        return out;
    }

    /**
     * The demo's sub-meter of the kiln system's motors, hourly kWh over the 20 months before {@code now}'s
     * month: 4 000 kWh a day plus 0.9 kWh per tonne of cement, with noise, and from the day after the project
     * was completed {@value #ACHIEVED} of its expected saving ({@code p}'s completed key project's
     * saving at 0.1229 kgce/kWh) less.
     */
    public static MeterSeries meter(DiagnosisProject p, Instant now) {
        YearMonth m = month(now);
        KeyProject done = completed(p);
        double savedPerDay = done == null || done.savingTce() == null ? 0 : done.savingTce() * 1000 / 0.1229 / 365 * ACHIEVED;
        LocalDate after = m.minusMonths(7).atDay(1);
        Random r = new Random(2026);
        List<Long> starts = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (LocalDate d = m.minusMonths(20).atDay(1); d.isBefore(m.atDay(1)); d = d.plusDays(1)) {
            double day = 4_000 + 0.9 * output(d, r) + 900 * r.nextGaussian() - (d.isBefore(after) ? 0 : savedPerDay);
            for (int h = 0; h < 24; h++) {
                starts.add(MeterSeries.epoch(LocalDateTime.of(d, LocalTime.of(h, 0))));
                values.add(day / 24);
            }
        }
        return new MeterSeries(METER, CarrierId.ELECTRICITY, "kWh", 60, starts.stream().mapToLong(Long::longValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
