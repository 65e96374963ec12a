package org.energydiag.core.evaluation;

import org.energydiag.core.text.Texts;

/**
 * One finding of the plan check (方案检查): what disagrees, by how much, and where to fix it.
 *
 * @param rule    the rule's id (stable, for tests and the command line)
 * @param level   error (the plan should not be handed in so) or warning
 * @param section the plan section or form concerned, e.g. 三（一）改造目标
 * @param message what disagrees and by how much, in Chinese
 * @param target  where to fix it: {@code chapter} or {@code chapter#field} (chapters: enterprise,
 *                energy, carbon, equipment, management, diagnosis, retrofit, keyProjects; the field of
 *                enterprise is its path, e.g. {@code creditCode}, {@code profile.introduction}; of
 *                keyProjects the project's id and the field of the project concerned,
 *                {@code <id>/<field>} ({@link #keyProject}); of retrofit {@code targets})
 */
public record CheckIssue(String rule, Level level, String section, String message, String target) {

    public enum Level {
        ERROR(Texts.get("check.level.error")),
        WARNING(Texts.get("check.level.warning"));

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** The chapter part of {@link #target}. */
    public String chapter() {
        int i = target.indexOf('#');
        return i < 0 ? target : target.substring(0, i);
    }

    /** The field part of {@link #target} ({@code creditCode} of {@code enterprise#creditCode}), or "" when it names none. */
    public String field() {
        int i = target.indexOf('#');
        return i < 0 ? "" : target.substring(i + 1);
    }

    /**
     * The target of a finding on one field of a key project: {@code keyProjects#<id>/<field>}, the
     * field as the step 重点改造项目 names it (one of {@link #KEY_PROJECT_FIELDS}).
     */
    public static String keyProject(String id, String field) {
        if (!KEY_PROJECT_FIELDS.contains(field)) {
            throw new IllegalArgumentException("not a key-project field: " + field);
        }
        return "keyProjects#" + id + "/" + field;
    }

    /**
     * The fields of a key project a finding can name: 项目名称, 项目阶段, 实施时间, 投资测算, 年节能量,
     * 年节约费用, 经济寿命, 折现率, 节能量测算依据, 建设内容.
     */
    public static final java.util.Set<String> KEY_PROJECT_FIELDS = java.util.Set.of("name", "phase", "time", "investment",
            "savingTce", "costSaving", "life", "rate", "savingBasis", "content");

    /**
     * The item a finding names inside its chapter: the key project's id of {@code keyProjects#<id>/<field>}
     * (or {@code keyProjects#<id>}); otherwise the whole {@link #field}.
     */
    public String item() {
        String f = field();
        int slash = f.lastIndexOf('/');
        return slash >= 0 && KEY_PROJECT_FIELDS.contains(f.substring(slash + 1)) ? f.substring(0, slash) : f;
    }

    /** The field of the item ({@code investment} of {@code keyProjects#<id>/investment}), or "" when it names none. */
    public String itemField() {
        String f = field();
        int slash = f.lastIndexOf('/');
        return slash >= 0 && KEY_PROJECT_FIELDS.contains(f.substring(slash + 1)) ? f.substring(slash + 1) : "";
    }

    /** One line as the command line prints it. */
    public String line() {
        return "[" + level.label() + "] " + section + "：" + message;
    }
}
