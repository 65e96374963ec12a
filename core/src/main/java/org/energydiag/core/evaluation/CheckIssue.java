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
 *                keyProjects the project's id; of retrofit {@code targets})
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

    /** One line as the command line prints it. */
    public String line() {
        return "[" + level.label() + "] " + section + "：" + message;
    }
}
