package org.energydiag.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.meter.analysis.LoadAnalysis;
import org.energydiag.core.meter.analysis.LoadAnalyzer;
import org.energydiag.core.meter.analysis.TouCalendar;
import org.energydiag.core.progress.ProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;

/**
 * The load analyses of a project's imported meters, as the evaluation reads them: one per
 * electricity meter (kWh), paired with the reactive meter (kvarh) of the same name stem when there
 * is one, or the only reactive meter when there is one kWh meter; the time-of-use schedules of the
 * enterprise's province, each interval with the one in force on its date ({@link References#touFor}), priced
 * with the ratios of the project's class of users ({@code energy.tariff.priceClass}).
 */
public final class MeterLoads {

    private MeterLoads() {
    }

    /** Reads the series from the store (slow for big meters: call off the UI thread). */
    public static List<LoadAnalysis> of(MeterStore store, DiagnosisProject p, References refs, ProgressMonitor monitor) {
        if (store == null) {
            return List.of();
        }
        List<MeterStore.MeterInfo> infos = store.meters(p.id());
        List<MeterStore.MeterInfo> active = infos.stream().filter(i -> "kWh".equalsIgnoreCase(i.unit())).toList();
        List<MeterStore.MeterInfo> reactive = infos.stream().filter(i -> "kvarh".equalsIgnoreCase(i.unit())).toList();
        TouCalendar schedule = refs.touFor(p).orElse(null);
        List<LoadAnalysis> out = new ArrayList<>();
        for (MeterStore.MeterInfo m : active) {
            monitor.checkCancelled();
            Optional<MeterSeries> s = store.load(p.id(), m.name());
            if (s.isEmpty()) {
                continue;
            }
            MeterStore.MeterInfo q = reactive.stream().filter(r -> stem(r.name()).equals(stem(m.name()))).findFirst()
                    .orElse(active.size() == 1 && reactive.size() == 1 ? reactive.get(0) : null);
            MeterSeries qs = q == null ? null : store.load(p.id(), q.name()).orElse(null);
            out.add(LoadAnalyzer.analyze(s.get(), qs, schedule, p.energy().tariff().priceClass()));
        }
        return List.copyOf(out);
    }

    /** A meter's name without the words that tell active from reactive energy. */
    public static String stem(String meterName) {
        return meterName.replaceAll("(?i)(有功|无功|电量|kwh|kvarh|[\\s_\\-（）()]+)", "");
    }
}
