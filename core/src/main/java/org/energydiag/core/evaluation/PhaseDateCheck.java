package org.energydiag.core.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.Phase;
import org.energydiag.core.text.Texts;

/**
 * Each key project's phase (表3-1 项目阶段: 短期 1年内, 中期 2—3年内, 长期 3年以后) against its
 * 实施时间 and the plan date: none may start before the plan, a 短期 project ends within a year of
 * it, a 中期 one within three years, a 长期 one later. A time missing, unreadable or before the plan is
 * named on the project's 实施时间, a phase its time does not fit on its 项目阶段.
 * <p>
 * The plan date is the evaluation's day while the plan is drafted. Once the project is followed up after
 * hand-in (an implementation record under way or closed, or a 回访), the plan was handed in earlier and its
 * date is not stored: the month before its earliest key project's start stands for it (never later than
 * the evaluation's month), so a plan in its implementation is not told its 实施时间 lies in the past.
 */
final class PhaseDateCheck implements CheckRule {

    @Override
    public String id() {
        return "phase-date";
    }

    @Override
    public List<CheckIssue> check(ProjectEvaluation ev) {
        List<CheckIssue> out = new ArrayList<>();
        YearMonth plan = planMonth(ev);
        String section = Texts.get("check.section.time");
        for (KeyProject k : ev.project().plan().keyProjects()) {
            String name = "“" + (k.name().isBlank() ? Texts.get("check.unnamed") : k.name()) + "”";
            String time = CheckIssue.keyProject(k.id(), "time");
            String phase = CheckIssue.keyProject(k.id(), "phase");
            var span = ImplementationTime.parse(k.implementationTime());
            if (span.isEmpty()) {
                String example = Texts.format("check.time.example", plan.getYear(), plan.getMonthValue(), plan.getYear() + 1, plan.getMonthValue());
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, k.implementationTime().isBlank()
                        ? Texts.format("check.time.missing", name, example)
                        : Texts.format("check.time.unreadable", name, k.implementationTime(), example), time));
                continue;
            }
            YearMonth start = span.get().start();
            YearMonth end = span.get().end();
            if (start.isBefore(plan)) {
                out.add(new CheckIssue(id(), CheckIssue.Level.ERROR, section, Texts.format("check.time.beforePlan", name,
                        ImplementationTime.text(start), ImplementationTime.text(plan), end.isBefore(plan) ? Texts.get("check.time.allBefore") : ""),
                        time));
            }
            Phase p = k.phase();
            if (p == Phase.SHORT && end.isAfter(plan.plusMonths(12))) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.time.shortTooLong", name,
                        ImplementationTime.text(end), ImplementationTime.text(plan.plusMonths(12))), phase));
            } else if (p == Phase.MEDIUM && end.isAfter(plan.plusMonths(36))) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.time.mediumTooLong", name,
                        ImplementationTime.text(end), ImplementationTime.text(plan.plusMonths(36))), phase));
            } else if (p == Phase.LONG && !end.isAfter(plan.plusMonths(36))) {
                out.add(new CheckIssue(id(), CheckIssue.Level.WARNING, section, Texts.format("check.time.longTooShort", name,
                        ImplementationTime.text(end)), phase));
            }
        }
        return out;
    }

    /** The month the plan is dated: see the class comment. */
    static YearMonth planMonth(ProjectEvaluation ev) {
        YearMonth today = YearMonth.from(ev.date());
        var f = ev.project().followUp();
        boolean followedUp = !f.visits().isEmpty() || f.implementations().stream()
                .anyMatch(i -> i.status() != org.energydiag.core.followup.ImplementationStatus.NOT_STARTED);
        if (!followedUp) {
            return today;
        }
        return ev.project().plan().keyProjects().stream().map(k -> ImplementationTime.parse(k.implementationTime()))
                .flatMap(java.util.Optional::stream).map(t -> t.start().minusMonths(1)).min(YearMonth::compareTo)
                .filter(m -> m.isBefore(today)).orElse(today);
    }
}
