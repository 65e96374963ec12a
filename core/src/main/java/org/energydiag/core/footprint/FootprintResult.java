package org.energydiag.core.footprint;

import java.util.List;
import java.util.Map;

/**
 * A product's carbon footprint for the study period: every inventory line with its emissions
 * before and after allocation, the totals by life-cycle stage and per declared unit (kgCO2e).
 *
 * @param year          the study period (the evaluation's base year)
 * @param share         the studied product's allocation share (0..1); NaN when it cannot be found
 * @param declaredUnits how many declared units the period's output holds; NaN without output
 * @param byStage       kgCO2e of the product in the period, per stage inside the boundary
 * @param totalKg       their sum, kgCO2e
 * @param perDeclaredUnit kgCO2e per declared unit; NaN without output
 * @param missing       what the result lacks (inputs without factor, no output, no allocation …)
 */
public record FootprintResult(FootprintStudy study, int year, double share, List<Line> lines, Map<Stage, Double> byStage,
                              double totalKg, double declaredUnits, double perDeclaredUnit, List<String> missing) {

    public FootprintResult {
        lines = List.copyOf(lines);
        byStage = Map.copyOf(byStage);
        missing = List.copyOf(missing);
    }

    /**
     * One inventory line.
     *
     * @param quantity   activity data in {@code unit} (NaN when not known)
     * @param factor     emission factor in {@code factorUnit} (NaN when not known)
     * @param shared     whether the line is the enterprise's and allocated by {@link #share}
     * @param beforeKg   the line's emissions before allocation, kgCO2e (NaN when not computable)
     * @param kg         the product's part, kgCO2e (NaN when not computable)
     * @param origin     the object of the evaluation the line was read from (a carbon source or an
     *                   energy carrier line), or the engineer's {@link Material}/{@link TransportLeg}
     */
    public record Line(Stage stage, String name, double quantity, String unit, double factor, String factorUnit, String source,
                       int factorYear, boolean shared, double beforeKg, double kg, Object origin) {

        public boolean computed() {
            return !Double.isNaN(kg);
        }
    }

    public double stage(Stage s) {
        return byStage.getOrDefault(s, 0.0);
    }

    /** kgCO2e per declared unit of a stage; NaN without output. */
    public double perDeclaredUnit(Stage s) {
        return declaredUnits > 0 ? stage(s) / declaredUnits : Double.NaN;
    }

    public List<Line> lines(Stage s) {
        return lines.stream().filter(l -> l.stage() == s).toList();
    }

    /** Whether everything inside the boundary was computed and the result can be reported per declared unit. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
