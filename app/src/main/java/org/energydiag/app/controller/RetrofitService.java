package org.energydiag.app.controller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.evaluation.MeterLoads;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;

/**
 * The one evaluation of an open project ({@link ProjectEvaluation}) with the load analyses of its
 * imported meters. Load analyses are cached per project and set of meters because reading the
 * series is the slow part. Call off the UI thread.
 */
public final class RetrofitService {

    private final References references;
    private final MeterStore meters;
    private final Clock clock;
    private final Map<String, CachedLoads> loads = new ConcurrentHashMap<>();

    private record CachedLoads(String key, List<LoadAnalysis> analyses) {
    }

    /** @param meters null when there is no meter store */
    public RetrofitService(References references, MeterStore meters, Clock clock) {
        this.references = references;
        this.meters = meters;
        this.clock = clock;
    }

    public References references() {
        return references;
    }

    /**
     * The evaluation of {@code p}, dated today.
     *
     * @param analysis the open project's energy and carbon part for this state, or null to compute it
     */
    public ProjectEvaluation evaluate(DiagnosisProject p, ProjectAnalysis analysis) {
        LocalDate today = LocalDate.now(clock);
        return analysis == null ? ProjectEvaluation.of(p, references, loadAnalyses(p), today)
                : ProjectEvaluation.of(p, references, loadAnalyses(p), today, analysis);
    }

    /** The load analyses of the project's meters ({@link MeterLoads}), cached per set of meters, schedule and price class. */
    public List<LoadAnalysis> loadAnalyses(DiagnosisProject p) {
        if (meters == null) {
            return List.of();
        }
        String key = meters.meters(p.id()).toString() + "|" + references.touFor(p).map(c -> c.label()).orElse("")
                + "|" + p.energy().tariff().priceClass();
        CachedLoads c = loads.get(p.id());
        if (c != null && c.key().equals(key)) {
            return c.analyses();
        }
        List<LoadAnalysis> out = MeterLoads.of(meters, p, references, NullProgressMonitor.INSTANCE);
        loads.put(p.id(), new CachedLoads(key, out));
        return out;
    }
}
