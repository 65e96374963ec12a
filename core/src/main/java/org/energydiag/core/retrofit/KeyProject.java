package org.energydiag.core.retrofit;

import java.util.List;
import java.util.UUID;
import org.energydiag.core.text.Texts;

/**
 * A key retrofit project (template 三（三）项目一、项目二…). Money in 万元; estimates are {@code null}
 * when not yet known. {@code lifeYears} and {@code discountRate} override the plan's defaults when set.
 *
 * @param content        建设内容 (表3-1)
 * @param expectedEffect 预期实施效果 (表3-1); generated from the estimates when blank
 * @param implementationTime 实施时间, e.g. 2026年3月—2026年10月
 * @param savingBasis    how the saving was obtained: the measures' calculation, or the engineer's
 *                       figure with its basis (test, design); a saving without it is not hand-in ready
 * @param constructionYears the construction period for the construction-start payback, years; null:
 *                       the plan's default
 */
public record KeyProject(String id, String name, List<String> taskIds, Phase phase, String originalSystem,
                         String technicalRoute, String content, Double investmentWanYuan, Double savingTce,
                         Double reductionTco2, Double costSavingWanYuan, String benefits, String safety,
                         String feasibility, String standards, String expectedEffect, String implementationTime,
                         Integer lifeYears, Double discountRate, String savingBasis, Integer constructionYears) {

    public KeyProject {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        name = name == null ? "" : name;
        taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
        phase = phase == null ? Phase.SHORT : phase;
        originalSystem = n(originalSystem);
        technicalRoute = n(technicalRoute);
        content = n(content);
        benefits = n(benefits);
        safety = n(safety);
        feasibility = n(feasibility);
        standards = n(standards);
        expectedEffect = n(expectedEffect);
        implementationTime = n(implementationTime);
        savingBasis = n(savingBasis);
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    public static KeyProject named(String name) {
        return new KeyProject(null, name, List.of(), Phase.SHORT, "", "", "", null, null, null, null, "", "", "", "", "",
                "", null, null, "", null);
    }

    /** A key project drafted from an accepted task: its name, content, catalogue basis and estimates. */
    public static KeyProject fromTask(RetrofitTask t) {
        // only what the engineer confirmed: the route is printed in 三（三）
        String route = t.confirmedRefs().isEmpty() ? "" : Texts.format("retrofit.routeReference", String.join("；", t.confirmedRefs()));
        return new KeyProject(null, t.name(), List.of(t.id()), Phase.SHORT, t.findingSummary(), route, t.content(),
                t.investmentWanYuan(), t.savingTce(), t.savingTco2(), t.costSavingWanYuan(), "", "", "", "", "", "",
                null, null, t.savingTce() == null ? "" : t.basis(), null);
    }

    public Builder edit() {
        return new Builder(this);
    }

    /** Changes a copy field by field (the record has many fields). */
    public static final class Builder {
        public String name, originalSystem, technicalRoute, content, benefits, safety, feasibility, standards,
                expectedEffect, implementationTime, savingBasis;
        public List<String> taskIds;
        public Phase phase;
        public Double investmentWanYuan, savingTce, reductionTco2, costSavingWanYuan, discountRate;
        public Integer lifeYears, constructionYears;
        private final String id;

        Builder(KeyProject p) {
            id = p.id;
            name = p.name;
            taskIds = p.taskIds;
            phase = p.phase;
            originalSystem = p.originalSystem;
            technicalRoute = p.technicalRoute;
            content = p.content;
            investmentWanYuan = p.investmentWanYuan;
            savingTce = p.savingTce;
            reductionTco2 = p.reductionTco2;
            costSavingWanYuan = p.costSavingWanYuan;
            benefits = p.benefits;
            safety = p.safety;
            feasibility = p.feasibility;
            standards = p.standards;
            expectedEffect = p.expectedEffect;
            implementationTime = p.implementationTime;
            lifeYears = p.lifeYears;
            discountRate = p.discountRate;
            savingBasis = p.savingBasis;
            constructionYears = p.constructionYears;
        }

        public KeyProject build() {
            return new KeyProject(id, name, taskIds, phase, originalSystem, technicalRoute, content, investmentWanYuan,
                    savingTce, reductionTco2, costSavingWanYuan, benefits, safety, feasibility, standards,
                    expectedEffect, implementationTime, lifeYears, discountRate, savingBasis, constructionYears);
        }
    }
}
