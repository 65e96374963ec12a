package org.energydiag.app.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.LoadAnalyzer;
import org.energydiag.core.meter.analysis.TouSchedule;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.retrofit.DiagnosisInput;
import org.energydiag.core.retrofit.RetrofitReport;

/**
 * Computes the diagnosis, tasks and key-project report of a project from everything the other
 * steps hold, including the load analyses of its imported meters. Load analyses are cached per
 * project and set of meters because reading the series is the slow part. Call off the UI thread.
 */
public final class RetrofitService {

    private final EnergyReference reference;
    private final EfficiencyRater rater;
    private final Catalogue catalogue;
    private final MeterStore meters;
    private final List<TouSchedule> schedules;
    private final Map<String, CachedLoads> loads = new ConcurrentHashMap<>();

    private record CachedLoads(String key, List<LoadAnalysis> analyses) {
    }

    /** @param meters null when there is no meter store (e.g. the command line on a project file) */
    public RetrofitService(EnergyReference reference, EfficiencyRater rater, Catalogue catalogue, MeterStore meters,
                           List<TouSchedule> schedules) {
        this.reference = reference;
        this.rater = rater;
        this.catalogue = catalogue;
        this.meters = meters;
        this.schedules = schedules == null ? List.of() : List.copyOf(schedules);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public EfficiencyRater rater() {
        return rater;
    }

    public EnergyReference reference() {
        return reference;
    }

    public RetrofitReport report(DiagnosisProject p, ProjectAnalysis analysis) {
        ProjectAnalysis a = analysis == null ? ProjectAnalysis.of(p, reference) : analysis;
        return RetrofitReport.of(DiagnosisInput.of(p, a, rater, SavingsEstimator.forProject(p, reference), catalogue,
                loadAnalyses(p)));
    }

    /**
     * One analysis per electricity meter (kWh), paired with the reactive meter (kvarh) of the same
     * name stem when there is one, or the only reactive meter when there is one kWh meter; the
     * time-of-use schedule of the enterprise's province when one is bundled.
     */
    public List<LoadAnalysis> loadAnalyses(DiagnosisProject p) {
        if (meters == null) {
            return List.of();
        }
        List<MeterStore.MeterInfo> infos = meters.meters(p.id());
        String key = infos.toString();
        CachedLoads c = loads.get(p.id());
        if (c != null && c.key().equals(key)) {
            return c.analyses();
        }
        List<MeterStore.MeterInfo> active = infos.stream().filter(i -> "kWh".equalsIgnoreCase(i.unit())).toList();
        List<MeterStore.MeterInfo> reactive = infos.stream().filter(i -> "kvarh".equalsIgnoreCase(i.unit())).toList();
        String province = p.enterprise().province() == null ? "" : p.enterprise().province().display();
        TouSchedule schedule = province.isEmpty() ? null : schedules.stream()
                .filter(s -> !s.province().isEmpty() && (province.startsWith(s.province()) || s.province().startsWith(province)))
                .findFirst().orElse(null);
        List<LoadAnalysis> out = new ArrayList<>();
        for (MeterStore.MeterInfo m : active) {
            Optional<MeterSeries> s = meters.load(p.id(), m.name());
            if (s.isEmpty()) {
                continue;
            }
            MeterStore.MeterInfo q = reactive.stream().filter(r -> stem(r.name()).equals(stem(m.name()))).findFirst()
                    .orElse(active.size() == 1 && reactive.size() == 1 ? reactive.get(0) : null);
            MeterSeries qs = q == null ? null : meters.load(p.id(), q.name()).orElse(null);
            out.add(LoadAnalyzer.analyze(s.get(), qs, schedule));
        }
        loads.put(p.id(), new CachedLoads(key, List.copyOf(out)));
        return out;
    }

    static String stem(String meterName) {
        return meterName.replaceAll("(?i)(有功|无功|电量|kwh|kvarh|[\\s_\\-（）()]+)", "");
    }
}
