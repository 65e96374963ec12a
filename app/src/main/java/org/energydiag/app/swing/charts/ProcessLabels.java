package org.energydiag.app.swing.charts;

import java.util.Locale;
import java.util.Map;
import org.energydiag.app.text.Texts;
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
            return Texts.get("charts.carrier.electricity");
        }
        if (u.startsWith("STEAM")) {
            return Texts.get("charts.carrier.steam");
        }
        if (u.equals("HEAT")) {
            return Texts.get("charts.carrier.heat");
        }
        if (u.contains("COAL") && !u.contains("GAS")) {
            return Texts.get("charts.carrier.coal");
        }
        if (u.equals("NATURAL_GAS") || u.equals("LNG")) {
            return Texts.get("charts.carrier.naturalGas");
        }
        EnergyCarrier c = carriers.get(id);
        String name = c == null ? String.valueOf(id) : c.name().replaceAll("[（(].*", "");
        return name.length() > 4 ? name.substring(0, 4) : name;
    }
}
