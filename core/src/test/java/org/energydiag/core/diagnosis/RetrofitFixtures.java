package org.energydiag.core.diagnosis;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;

/**
 * Shared set-up of the retrofit tests: the bundled reference data (loaded once) and the demo cement plant,
 * with the diagnosis input built exactly as the application builds it (rating, savings, management
 * assessment, catalogue).
 */
final class RetrofitFixtures {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final EnergyReference REF = EnergyReference.load();
    static final EfficiencyRater RATER = new EfficiencyRater(GradeTables.loadBundled());
    static final Catalogue CATALOGUE = Catalogue.loadBundled();

    private RetrofitFixtures() {
    }

    /** The demo plant as {@link DemoProjects#cementPlant} builds it. */
    static DiagnosisProject demo() {
        return DemoProjects.cementPlant(NOW, "测试诊断机构");
    }

    /** The demo plant with its energy data changed. */
    static DiagnosisProject demoWithEnergy(UnaryOperator<EnergyData> change) {
        DiagnosisProject p = demo();
        return p.withEnergy(change.apply(p.energy()), NOW);
    }

    static DiagnosisInput input(DiagnosisProject p) {
        return input(p, List.of());
    }

    static DiagnosisInput input(DiagnosisProject p, List<LoadAnalysis> loads) {
        return DiagnosisInput.of(p, ProjectAnalysis.of(p, REF), RATER, SavingsEstimator.forProject(p.carbon(), p.equipment(), p.energy().baseYear(), REF), CATALOGUE, loads);
    }

    static RetrofitReport report(DiagnosisProject p) {
        return RetrofitReport.of(input(p));
    }

    static Finding finding(DiagnosisRules.Outcome o, String id) {
        return o.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding " + id + " in " + o.findings()));
    }

    static RetrofitTask candidate(DiagnosisRules.Outcome o, String sourceKey) {
        return o.candidates().stream().filter(c -> c.sourceKey().equals(sourceKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate " + sourceKey + " in " + o.candidates()));
    }
}
