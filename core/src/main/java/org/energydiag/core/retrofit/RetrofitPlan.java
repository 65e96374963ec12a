package org.energydiag.core.retrofit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.energydiag.core.management.ManagementAnswers;
import org.energydiag.core.text.Texts;

/**
 * What the engineer decides in chapters 一（四）, 二 and 三: the management checklist, own findings,
 * the evaluation text, accepted tasks, targets, key projects and safeguards. Generated findings and
 * candidate tasks are not stored: they are recomputed from the data ({@code diagnosis.RetrofitReport}).
 *
 * @param rejectedCandidates source keys of candidates the engineer turned down (they stay hidden)
 * @param evaluationLevel    the engineer's overall level; blank: the computed one
 * @param evaluationText     the engineer's evaluation paragraph; blank: the generated one
 * @param lifeYears          default economic life of key projects (years)
 * @param discountRate       default discount rate of key projects (0.08 = 8 %)
 * @param paybackConvention  where the paybacks of all key projects are counted from; null (older
 *                           files) is {@link PaybackConvention#FROM_COMMISSIONING}
 * @param constructionYears  default construction period of key projects for the construction-start
 *                           convention, years; null is {@link #DEFAULT_CONSTRUCTION_YEARS}
 */
public record RetrofitPlan(ManagementAnswers management, List<Finding> manualFindings, String evaluationLevel,
                           String evaluationText, List<RetrofitTask> tasks, List<String> rejectedCandidates,
                           Targets targets, List<KeyProject> keyProjects, Safeguards safeguards, int lifeYears,
                           double discountRate, PaybackConvention paybackConvention, Integer constructionYears) {

    /** Default economic life: an assumption the engineer changes per plan or per project. */
    public static final int DEFAULT_LIFE_YEARS = 10;
    /**
     * Default discount rate 8 %: the 社会折现率 of 《建设项目经济评价方法与参数》（第三版，国家发展改革委、建设部
     * 发改投资〔2006〕1325号）.
     */
    public static final double DEFAULT_DISCOUNT_RATE = 0.08;
    /**
     * Default construction period for the construction-start payback: one year, the shortest the
     * yearly cash-flow table of 《建设项目经济评价方法与参数》 can hold (a retrofit built within a year).
     */
    public static final int DEFAULT_CONSTRUCTION_YEARS = 1;

    public RetrofitPlan {
        management = management == null ? ManagementAnswers.empty() : management;
        manualFindings = manualFindings == null ? List.of() : List.copyOf(manualFindings);
        evaluationLevel = evaluationLevel == null ? "" : evaluationLevel;
        evaluationText = evaluationText == null ? "" : evaluationText;
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        rejectedCandidates = rejectedCandidates == null ? List.of() : List.copyOf(rejectedCandidates);
        targets = targets == null ? Targets.empty() : targets;
        keyProjects = keyProjects == null ? List.of() : List.copyOf(keyProjects);
        safeguards = safeguards == null ? Safeguards.empty() : safeguards;
        lifeYears = lifeYears <= 0 ? DEFAULT_LIFE_YEARS : lifeYears;
        discountRate = discountRate < 0 || discountRate >= 1 || Double.isNaN(discountRate) ? DEFAULT_DISCOUNT_RATE
                : discountRate;
        paybackConvention = paybackConvention == null ? PaybackConvention.FROM_COMMISSIONING : paybackConvention;
        constructionYears = constructionYears == null || constructionYears < 1 || constructionYears > Finance.MAX_CONSTRUCTION_YEARS
                ? DEFAULT_CONSTRUCTION_YEARS : constructionYears;
    }

    public static RetrofitPlan empty() {
        return new RetrofitPlan(null, null, "", "", null, null, null, null, null, DEFAULT_LIFE_YEARS,
                DEFAULT_DISCOUNT_RATE, PaybackConvention.FROM_COMMISSIONING, DEFAULT_CONSTRUCTION_YEARS);
    }

    public RetrofitPlan withManagement(ManagementAnswers v) {
        return new RetrofitPlan(v, manualFindings, evaluationLevel, evaluationText, tasks, rejectedCandidates, targets,
                keyProjects, safeguards, lifeYears, discountRate,
                paybackConvention, constructionYears);
    }

    public RetrofitPlan withManualFindings(List<Finding> v) {
        return new RetrofitPlan(management, v, evaluationLevel, evaluationText, tasks, rejectedCandidates, targets,
                keyProjects, safeguards, lifeYears, discountRate,
                paybackConvention, constructionYears);
    }

    public RetrofitPlan withEvaluation(String level, String text) {
        return new RetrofitPlan(management, manualFindings, level, text, tasks, rejectedCandidates, targets,
                keyProjects, safeguards, lifeYears, discountRate,
                paybackConvention, constructionYears);
    }

    public RetrofitPlan withTasks(List<RetrofitTask> v) {
        return new RetrofitPlan(management, manualFindings, evaluationLevel, evaluationText, v, rejectedCandidates,
                targets, keyProjects, safeguards, lifeYears, discountRate,
                paybackConvention, constructionYears);
    }

    public RetrofitPlan withRejectedCandidates(List<String> v) {
        return new RetrofitPlan(management, manualFindings, evaluationLevel, evaluationText, tasks, v, targets,
                keyProjects, safeguards, lifeYears, discountRate,
                paybackConvention, constructionYears);
    }

    public RetrofitPlan withTargets(Targets v) {
        return new RetrofitPlan(management, manualFindings, evaluationLevel, evaluationText, tasks, rejectedCandidates,
                v, keyProjects, safeguards, lifeYears, discountRate,
                paybackConvention, constructionYears);
    }

    public RetrofitPlan withKeyProjects(List<KeyProject> v) {
        return new RetrofitPlan(management, manualFindings, evaluationLevel, evaluationText, tasks, rejectedCandidates,
                targets, v, safeguards, lifeYears, discountRate,
                paybackConvention, constructionYears);
    }

    public RetrofitPlan withSafeguards(Safeguards v) {
        return new RetrofitPlan(management, manualFindings, evaluationLevel, evaluationText, tasks, rejectedCandidates,
                targets, keyProjects, v, lifeYears, discountRate, paybackConvention, constructionYears);
    }

    public RetrofitPlan withEconomics(int life, double rate) {
        return new RetrofitPlan(management, manualFindings, evaluationLevel, evaluationText, tasks, rejectedCandidates,
                targets, keyProjects, safeguards, life, rate, paybackConvention, constructionYears);
    }

    /** The payback convention and the default construction period of all key projects. */
    public RetrofitPlan withPayback(PaybackConvention convention, Integer construction) {
        return new RetrofitPlan(management, manualFindings, evaluationLevel, evaluationText, tasks, rejectedCandidates,
                targets, keyProjects, safeguards, lifeYears, discountRate, convention, construction);
    }

    // ---- task decisions ----

    /** Accepts a generated candidate: it becomes an editable task of the plan. */
    public RetrofitPlan accept(RetrofitTask candidate) {
        List<RetrofitTask> v = new ArrayList<>(tasks);
        v.add(candidate.accept());
        return withTasks(v);
    }

    /** Turns a candidate down; it is no longer proposed. */
    public RetrofitPlan reject(RetrofitTask candidate) {
        List<String> v = new ArrayList<>(rejectedCandidates);
        if (!v.contains(candidate.sourceKey())) {
            v.add(candidate.sourceKey());
        }
        return withRejectedCandidates(v);
    }

    /** Replaces the task with the same id. */
    public RetrofitPlan updateTask(String id, UnaryOperator<RetrofitTask> change) {
        return withTasks(tasks.stream().map(t -> t.id().equals(id) ? change.apply(t) : t).toList());
    }

    /** Deletes a task; if it was generated its candidate is proposed again. Key projects lose the link. */
    public RetrofitPlan deleteTask(String id) {
        List<KeyProject> kp = keyProjects.stream().map(p -> {
            if (!p.taskIds().contains(id)) {
                return p;
            }
            KeyProject.Builder b = p.edit();
            b.taskIds = p.taskIds().stream().filter(x -> !x.equals(id)).toList();
            return b.build();
        }).toList();
        return withTasks(tasks.stream().filter(t -> !t.id().equals(id)).toList()).withKeyProjects(kp);
    }

    /**
     * Merges tasks into one: the first one's category, names joined, contents, findings and catalogue
     * references united, estimates added (unknown when any part is unknown). Sources of generated parts
     * are kept as rejected so they are not proposed again.
     */
    public RetrofitPlan merge(List<String> ids, String name) {
        List<RetrofitTask> parts = tasks.stream().filter(t -> ids.contains(t.id())).toList();
        if (parts.size() < 2) {
            throw new IllegalArgumentException(Texts.get("retrofit.mergeNeedsTwo"));
        }
        RetrofitTask first = parts.get(0);
        List<String> findings = parts.stream().flatMap(t -> t.findingIds().stream()).distinct().toList();
        List<String> refs = parts.stream().flatMap(t -> t.catalogueRefs().stream()).distinct().toList();
        String content = String.join("\n", parts.stream().map(RetrofitTask::content).filter(s -> !s.isBlank()).toList());
        String summary = String.join("；", parts.stream().map(RetrofitTask::findingSummary).filter(s -> !s.isBlank())
                .distinct().toList());
        String basis = String.join("；", parts.stream().map(RetrofitTask::basis).filter(s -> !s.isBlank()).distinct()
                .toList());
        RetrofitTask merged = new RetrofitTask(null, first.category(),
                name == null || name.isBlank() ? String.join("、", parts.stream().map(RetrofitTask::name).toList()) : name,
                content, findings, summary, refs, sum(parts, RetrofitTask::savingTce), sum(parts, RetrofitTask::savingTco2),
                sum(parts, RetrofitTask::costSavingWanYuan), sum(parts, RetrofitTask::investmentWanYuan), basis, "",
                parts.stream().flatMap(t -> t.confirmedRefs().stream()).distinct().toList());
        List<RetrofitTask> v = new ArrayList<>();
        boolean placed = false;
        for (RetrofitTask t : tasks) {
            if (ids.contains(t.id())) {
                if (!placed) {
                    v.add(merged);
                    placed = true;
                }
            } else {
                v.add(t);
            }
        }
        List<String> rejected = new ArrayList<>(rejectedCandidates);
        parts.stream().map(RetrofitTask::sourceKey).filter(s -> !s.isEmpty() && !rejected.contains(s)).forEach(rejected::add);
        List<KeyProject> kp = keyProjects.stream().map(p -> {
            if (p.taskIds().stream().noneMatch(ids::contains)) {
                return p;
            }
            KeyProject.Builder b = p.edit();
            List<String> t = new ArrayList<>(p.taskIds().stream().filter(x -> !ids.contains(x)).toList());
            t.add(merged.id());
            b.taskIds = t;
            return b.build();
        }).toList();
        return withTasks(v).withRejectedCandidates(rejected).withKeyProjects(kp);
    }

    private static Double sum(List<RetrofitTask> parts, java.util.function.Function<RetrofitTask, Double> f) {
        double s = 0;
        for (RetrofitTask t : parts) {
            Double v = f.apply(t);
            if (v == null) {
                return null;
            }
            s += v;
        }
        return s;
    }

    public RetrofitPlan updateKeyProject(String id, UnaryOperator<KeyProject> change) {
        return withKeyProjects(keyProjects.stream().map(p -> p.id().equals(id) ? change.apply(p) : p).toList());
    }
}
