package org.energydiag.app.swing;

/**
 * The view of one wizard step: registered once in {@code WorkspacePanel}'s list of views, which
 * shows it for its {@link org.energydiag.app.controller.Step} and commits its typing before any
 * way out.
 */
interface StepView {

    /** Commits what the user is still typing in this step. */
    void flushEdits();
}
