package org.energydiag.core.retrofit;

import java.util.List;
import java.util.UUID;

/**
 * A retrofit task (template 三（二）). Generated candidates carry {@code sourceKey}; once the engineer
 * accepts one it is copied into the plan and becomes editable. Estimates are {@code null} when unknown.
 *
 * @param findingIds     the findings it answers
 * @param findingSummary the findings in words, kept with the task so it reads on its own
 * @param catalogueRefs  catalogue technologies or equipment it draws on, e.g. "《目录》（2024年版）一、1 …"
 * @param basis          how the estimates were made (assumptions and sources)
 * @param sourceKey      the candidate it came from (empty for the engineer's own or merged tasks)
 * @param confirmedRefs  the catalogue references the engineer confirmed (a subset of {@code catalogueRefs}):
 *                       only these reach a document; the others are suggestions awaiting a look
 */
public record RetrofitTask(String id, TaskCategory category, String name, String content, List<String> findingIds,
                           String findingSummary, List<String> catalogueRefs, Double savingTce, Double savingTco2,
                           Double costSavingWanYuan, Double investmentWanYuan, String basis, String sourceKey,
                           List<String> confirmedRefs) {

    public RetrofitTask {
        id = id == null || id.isBlank() ? UUID.randomUUID().toString() : id;
        category = category == null ? TaskCategory.OTHER : category;
        name = name == null ? "" : name;
        content = content == null ? "" : content;
        findingIds = findingIds == null ? List.of() : List.copyOf(findingIds);
        findingSummary = findingSummary == null ? "" : findingSummary;
        catalogueRefs = catalogueRefs == null ? List.of() : List.copyOf(catalogueRefs);
        basis = basis == null ? "" : basis;
        sourceKey = sourceKey == null ? "" : sourceKey;
        List<String> refs = catalogueRefs;
        confirmedRefs = confirmedRefs == null ? List.of() : confirmedRefs.stream().filter(refs::contains).distinct().toList();
    }

    /** A task whose references are all suggestions (none confirmed yet), as the rules propose them. */
    public RetrofitTask(String id, TaskCategory category, String name, String content, List<String> findingIds,
                        String findingSummary, List<String> catalogueRefs, Double savingTce, Double savingTco2,
                        Double costSavingWanYuan, Double investmentWanYuan, String basis, String sourceKey) {
        this(id, category, name, content, findingIds, findingSummary, catalogueRefs, savingTce, savingTco2,
                costSavingWanYuan, investmentWanYuan, basis, sourceKey, List.of());
    }

    /** An empty task of the engineer's own. */
    public static RetrofitTask manual(TaskCategory category, String name) {
        return new RetrofitTask(null, category, name, "", List.of(), "", List.of(), null, null, null, null, "", "");
    }

    /** This candidate as an accepted task with its own identity. */
    public RetrofitTask accept() {
        return new RetrofitTask(UUID.randomUUID().toString(), category, name, content, findingIds, findingSummary,
                catalogueRefs, savingTce, savingTco2, costSavingWanYuan, investmentWanYuan, basis, sourceKey, confirmedRefs);
    }

    public RetrofitTask withCategory(TaskCategory v) {
        return new RetrofitTask(id, v, name, content, findingIds, findingSummary, catalogueRefs, savingTce, savingTco2,
                costSavingWanYuan, investmentWanYuan, basis, sourceKey, confirmedRefs);
    }

    public RetrofitTask withName(String v) {
        return new RetrofitTask(id, category, v, content, findingIds, findingSummary, catalogueRefs, savingTce, savingTco2,
                costSavingWanYuan, investmentWanYuan, basis, sourceKey, confirmedRefs);
    }

    public RetrofitTask withContent(String v) {
        return new RetrofitTask(id, category, name, v, findingIds, findingSummary, catalogueRefs, savingTce, savingTco2,
                costSavingWanYuan, investmentWanYuan, basis, sourceKey, confirmedRefs);
    }

    /** The task with {@code v} confirmed by the engineer (kept only where they are among its references). */
    public RetrofitTask withConfirmedRefs(List<String> v) {
        return new RetrofitTask(id, category, name, content, findingIds, findingSummary, catalogueRefs, savingTce, savingTco2,
                costSavingWanYuan, investmentWanYuan, basis, sourceKey, v);
    }

    /** References still awaiting the engineer's confirmation (not printed). */
    public List<String> unconfirmedRefs() {
        return catalogueRefs.stream().filter(r -> !confirmedRefs.contains(r)).toList();
    }

    /** References replaced; a removed one is no longer confirmed. */
    public RetrofitTask withCatalogueRefs(List<String> v) {
        return new RetrofitTask(id, category, name, content, findingIds, findingSummary, v, savingTce, savingTco2,
                costSavingWanYuan, investmentWanYuan, basis, sourceKey, confirmedRefs);
    }

    public RetrofitTask withEstimates(Double tce, Double tco2, Double costSaving, Double investment) {
        return new RetrofitTask(id, category, name, content, findingIds, findingSummary, catalogueRefs, tce, tco2,
                costSaving, investment, basis, sourceKey, confirmedRefs);
    }

    /** The task with {@code v} as how its estimates were made (the engineer's basis for a figure). */
    public RetrofitTask withBasis(String v) {
        return new RetrofitTask(id, category, name, content, findingIds, findingSummary, catalogueRefs, savingTce, savingTco2,
                costSavingWanYuan, investmentWanYuan, v, sourceKey, confirmedRefs);
    }

    public RetrofitTask withFindingSummary(String v) {
        return new RetrofitTask(id, category, name, content, findingIds, v, catalogueRefs, savingTce, savingTco2,
                costSavingWanYuan, investmentWanYuan, basis, sourceKey, confirmedRefs);
    }
}
