package org.energydiag.app.controller;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Wizard navigation as a small state machine: which step is shown, which can be entered, and
 * each step's completeness. Steps may be visited in any order; unavailable ones cannot.
 */
public final class WizardController {

    /** Completeness marker of a step. */
    public enum Completeness { COMPLETE, INCOMPLETE, NOT_AVAILABLE }

    private final ProjectSession session;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Step current = Step.ENTERPRISE;

    public WizardController(ProjectSession session) {
        this.session = session;
    }

    public List<Step> steps() {
        return Arrays.asList(Step.values());
    }

    public Step current() {
        return current;
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    /** @return false (and stays) when the step is not available */
    public boolean select(Step step) {
        if (!step.available()) {
            return false;
        }
        if (step != current) {
            current = step;
            listeners.forEach(Runnable::run);
        }
        return true;
    }

    public boolean hasNext() {
        return neighbour(1) != null;
    }

    public boolean hasPrevious() {
        return neighbour(-1) != null;
    }

    public void next() {
        Step s = neighbour(1);
        if (s != null) {
            select(s);
        }
    }

    public void previous() {
        Step s = neighbour(-1);
        if (s != null) {
            select(s);
        }
    }

    private Step neighbour(int dir) {
        Step[] all = Step.values();
        for (int i = current.ordinal() + dir; i >= 0 && i < all.length; i += dir) {
            if (all[i].available()) {
                return all[i];
            }
        }
        return null;
    }

    public Completeness completeness(Step step) {
        if (!step.available()) {
            return Completeness.NOT_AVAILABLE;
        }
        boolean complete = step.isComplete(session);
        return complete ? Completeness.COMPLETE : Completeness.INCOMPLETE;
    }

    /** Number of errors still open in a step (0 when complete or not available). */
    public long openErrors(Step step) {
        return step.openErrors(session);
    }
}
