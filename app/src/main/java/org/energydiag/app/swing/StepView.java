package org.energydiag.app.swing;

/**
 * The view of one wizard step, created for its {@link org.energydiag.core.report.plan.Chapter} by
 * {@link ChapterViews}; the workspace shows it for its step and commits its typing before any
 * way out.
 */
interface StepView {

    /** Commits what the user is still typing in this step. */
    void flushEdits();

    /**
     * Brings forward what a plan-check target names in this step ({@code field} of
     * {@code chapter#field}); a step whose targets name no field ignores it.
     */
    default void reveal(String field) {
    }

    /**
     * Shows the part of the step (its tab) that holds the first of its badge's open points it can
     * place; a step without tabs ignores them.
     */
    default void showPoints(java.util.List<org.energydiag.core.report.plan.OpenPoint> points) {
    }
}
