package org.energydiag.core.diagnosis;

import java.util.List;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.TouCosts;
import org.energydiag.core.project.DiagnosisProject;

/**
 * What the diagnosis rules look at: the project and everything computed from it. Load analyses are
 * passed in because the meter series live outside the project document.
 *
 * @param touCosts the loads' time-of-use cost and shift saving at the project's tariff (computed from
 *                 {@code loads} and {@code project.energy().tariff()} when null)
 */
public record DiagnosisInput(DiagnosisProject project, ProjectAnalysis analysis, List<Rating> ratings,
                             List<SavingsEstimator.Savings> savings, List<LoadAnalysis> loads,
                             ManagementAssessment management, Catalogue catalogue, List<TouCosts> touCosts) {

    public DiagnosisInput {
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        savings = savings == null ? List.of() : List.copyOf(savings);
        loads = loads == null ? List.of() : List.copyOf(loads);
        touCosts = touCosts != null ? List.copyOf(touCosts)
                : TouCosts.of(loads, project.energy().tariff().usableFlatPrice(), project.energy().tariff().usableShiftKwh());
    }

    public DiagnosisInput(DiagnosisProject project, ProjectAnalysis analysis, List<Rating> ratings,
                          List<SavingsEstimator.Savings> savings, List<LoadAnalysis> loads,
                          ManagementAssessment management, Catalogue catalogue) {
        this(project, analysis, ratings, savings, loads, management, catalogue, null);
    }

    /** The time-of-use costs of the meter {@code meterName}, or null when it has no split. */
    public TouCosts touCostsOf(String meterName) {
        return touCosts.stream().filter(c -> c.meterName().equals(meterName)).findFirst().orElse(null);
    }

    /** Rates the equipment and estimates its savings, then bundles everything. */
    public static DiagnosisInput of(DiagnosisProject p, ProjectAnalysis a, EfficiencyRater rater,
                                    SavingsEstimator estimator, Catalogue catalogue, List<LoadAnalysis> loads) {
        List<Rating> ratings = rater.rateAll(p.equipment().items());
        List<SavingsEstimator.Savings> savings = new java.util.ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            savings.add(estimator.estimate(p.equipment().items().get(i), ratings.get(i)));
        }
        return new DiagnosisInput(p, a, ratings, savings, loads, ManagementAssessment.of(p.plan().management()),
                catalogue);
    }
}
