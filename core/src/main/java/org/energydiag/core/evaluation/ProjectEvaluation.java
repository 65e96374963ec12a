package org.energydiag.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.diagnosis.DiagnosisInput;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.text.Texts;

/**
 * Everything derived from a project, computed once: consumption, balance, emissions and
 * benchmarks ({@link #analysis}), equipment ratings and savings, load analyses, findings,
 * candidates, targets, key-project economics and 表3-1 ({@link #report}), and the plan check
 * ({@link #checks}). Every screen, command and document reads the figures from here; none
 * computes them again.
 *
 * @param date    the plan's date (方案日期), against which the project phases are checked
 * @param missing what the overall evaluation lacks (empty when there is enough to evaluate);
 *                when not empty the evaluation level is {@link #NOT_EVALUABLE}
 * @param touCosts the meters' time-of-use cost and shift saving at the project's tariff (the objects the
 *                 diagnosis finding used)
 */
public record ProjectEvaluation(DiagnosisProject project, References references, LocalDate date, ProjectAnalysis analysis,
                                List<Rating> ratings, List<SavingsEstimator.Savings> savings, List<LoadAnalysis> loads,
                                RetrofitReport report, List<String> missing, List<CheckIssue> checks,
                                List<org.energydiag.core.meter.analysis.TouCosts> touCosts) {

    /** The level printed when the data do not allow a verdict. */
    public static final String NOT_EVALUABLE = Texts.get("check.verdict.level");

    public ProjectEvaluation {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(date, "date");
        ratings = List.copyOf(ratings);
        savings = List.copyOf(savings);
        loads = List.copyOf(loads);
        missing = List.copyOf(missing);
        checks = List.copyOf(checks);
        touCosts = touCosts == null ? List.of() : List.copyOf(touCosts);
    }

    /**
     * The one evaluation of a project.
     *
     * @param loads the load analyses of its meters ({@link MeterLoads}); empty when there are none
     * @param date  the plan's date
     */
    public static ProjectEvaluation of(DiagnosisProject p, References refs, List<LoadAnalysis> loads, LocalDate date) {
        return of(p, refs, loads, date, ProjectAnalysis.of(p, refs.energy()));
    }

    /**
     * As {@link #of(DiagnosisProject, References, List, LocalDate)} with the energy and carbon part
     * already computed for this very state of the project ({@code ProjectAnalysis.of(p, refs.energy())},
     * as an open project keeps it while it is edited), so that the screens and the evaluation share it.
     */
    public static ProjectEvaluation of(DiagnosisProject p, References refs, List<LoadAnalysis> loads, LocalDate date,
                                       ProjectAnalysis a) {
        DiagnosisInput in = DiagnosisInput.of(p, a, refs.rater(), SavingsEstimator.forProject(p.carbon(), p.equipment(), p.energy().baseYear(), refs.energy()),
                refs.catalogue(), loads == null ? List.of() : loads);
        RetrofitReport r = RetrofitReport.of(in);
        List<String> missing = missing(p, a, in);
        if (!missing.isEmpty()) {
            String what = String.join("、", missing);
            r = r.withoutVerdict(NOT_EVALUABLE, List.of(Texts.format("check.verdict.why", what)),
                    Texts.format("check.verdict.text", what, name(p)));
        }
        ProjectEvaluation unchecked = new ProjectEvaluation(p, refs, date, a, in.ratings(), in.savings(), in.loads(), r, missing,
                List.of(), in.touCosts());
        return unchecked.withChecks(PlanCheck.run(unchecked));
    }

    private ProjectEvaluation withChecks(List<CheckIssue> found) {
        return new ProjectEvaluation(project, references, date, analysis, ratings, savings, loads, report, missing, found,
                touCosts);
    }

    private static String name(DiagnosisProject p) {
        return p.enterprise().name().isBlank() ? Texts.get("check.verdict.enterprise") : p.enterprise().name();
    }

    /** What an overall verdict needs and the project lacks. */
    static List<String> missing(DiagnosisProject p, ProjectAnalysis a, DiagnosisInput in) {
        List<String> out = new ArrayList<>();
        int year = p.energy().baseYear();
        EnergySummary.YearTotals t = a.energy().totals().stream().filter(y -> y.year() == year).findFirst().orElse(null);
        if (t == null || !(t.tce() > 0)) {
            out.add(Texts.format("check.missing.energy", String.valueOf(year)));
        }
        if (p.equipment().items().isEmpty()) {
            out.add(Texts.get("check.missing.equipment"));
        }
        if (in.management() == null || in.management().maxScore() <= 0) {
            out.add(Texts.get("check.missing.management"));
        }
        return out;
    }

    /** Whether there is enough to evaluate (else the level is {@link #NOT_EVALUABLE}). */
    public boolean evaluable() {
        return missing.isEmpty();
    }

    public boolean hasErrors() {
        return checks.stream().anyMatch(CheckIssue::isError);
    }

    public List<CheckIssue> errors() {
        return checks.stream().filter(CheckIssue::isError).toList();
    }

    public List<CheckIssue> warnings() {
        return checks.stream().filter(c -> !c.isError()).toList();
    }

    /**
     * The sentence that reconciles 三（一）'s annual saving with the sum of 表3-1 (the key projects'
     * share and the other tasks' share), printed after the overall target; empty when they agree.
     */
    public String targetsReconciliation() {
        return TargetsTable31Check.reconciliation(this);
    }

    /**
     * The savings potential of the products' benchmark position: the largest product's gap to the
     * advanced level (标杆/先进值) times its output, tce per year (the figure the savings check
     * holds the tasks against); NaN when no product has a gap.
     */
    public double benchmarkPotentialTce() {
        return SavingsPotentialCheck.potentialTce(this);
    }

    /** Base-year totals of the consumption table, or null when the base year has none. */
    public EnergySummary.YearTotals baseYearTotals() {
        int year = project.energy().baseYear();
        return analysis.energy().totals().stream().filter(y -> y.year() == year).findFirst().orElse(null);
    }
}
