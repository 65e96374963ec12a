package org.energydiag.core.retrofit;

/**
 * The engineer's choices for 三（一）改造目标. Each {@code null} figure means "use the value computed from
 * the accepted tasks".
 *
 * @param targetYear              the year the targets are to be reached (0: not set)
 * @param energySavingTce         节能量 (tce/年)
 * @param energyIntensityDropPercent 单位产值能耗下降 (%)
 * @param carbonReductionTco2     碳减排量 (tCO2/年)
 * @param carbonIntensityDropPercent 单位产值碳排放下降 (%)
 * @param subTargets              分项目标 text; blank: generated from the tasks by category
 */
public record Targets(int targetYear, Double energySavingTce, Double energyIntensityDropPercent,
                      Double carbonReductionTco2, Double carbonIntensityDropPercent, String subTargets) {

    public Targets {
        subTargets = subTargets == null ? "" : subTargets;
    }

    public static Targets empty() {
        return new Targets(0, null, null, null, null, "");
    }
}
