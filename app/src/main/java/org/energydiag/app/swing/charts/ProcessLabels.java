package org.energydiag.app.swing.charts;

import java.util.Locale;
import java.util.Map;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.EnergyReference;

/** Short labels of energy carriers on the flow diagram: 电, 煤, 热, 汽, 天然气 … */
public final class ProcessLabels {

    private static volatile Map<String, EnergyCarrier> bundled;

    private ProcessLabels() {
    }

    public static String shortLabel(String id) {
        Map<String, EnergyCarrier> m = bundled;
        if (m == null) {
            m = EnergyReference.load().carriers();
            bundled = m;
        }
        return shortLabel(id, m);
    }

    public static String shortLabel(String id, Map<String, EnergyCarrier> carriers) {
        String u = id == null ? "" : id.toUpperCase(Locale.ROOT);
        if (u.contains("ELECTRIC") || u.equals("ONSITE_PV") || u.equals("ONSITE_WIND")) {
            return "电";
        }
        if (u.startsWith("STEAM")) {
            return "汽";
        }
        if (u.equals("HEAT")) {
            return "热";
        }
        if (u.contains("COAL") && !u.contains("GAS")) {
            return "煤";
        }
        if (u.equals("NATURAL_GAS") || u.equals("LNG")) {
            return "天然气";
        }
        EnergyCarrier c = carriers.get(id);
        String name = c == null ? String.valueOf(id) : c.name().replaceAll("[（(].*", "");
        return name.length() > 4 ? name.substring(0, 4) : name;
    }
}
