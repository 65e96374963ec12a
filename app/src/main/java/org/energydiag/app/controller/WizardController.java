package org.energydiag.app.controller;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.energydiag.core.report.plan.Chapter;
import org.energydiag.core.report.plan.OpenPoint;

/**
 * Wizard navigation as a small state machine: which step is shown, which can be entered, and
 * each step's completeness. The steps are the {@link Chapter}s, in their order; each chapter
 * knows when it is complete and its open errors. Steps may be visited in any order; unavailable
 * ones (a chapter whose step a later release builds) cannot.
 */
public final class WizardController {

    /** Completeness marker of a step. */
    public enum Completeness { COMPLETE, INCOMPLETE, NOT_AVAILABLE }

    private final ProjectSession session;
    private final Predicate<Chapter> available;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Chapter current;

    /** Every chapter's step available. */
    public WizardController(ProjectSession session) {
        this(session, c -> true);
    }

    /** @param available the chapters whose step can be entered; the others are listed as 尚未提供 */
    public WizardController(ProjectSession session, Predicate<Chapter> available) {
        this.session = session;
        this.available = available;
        this.current = steps().stream().filter(available).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step available"));
    }

    /** The steps: the chapters, in the template's order. */
    public List<Chapter> steps() {
        return Arrays.asList(Chapter.values());
    }

    public Chapter current() {
        return current;
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    /** Whether the step of {@code chapter} can be entered. */
    public boolean available(Chapter chapter) {
        return available.test(chapter);
    }

    /** @return false (and stays) when the step is not available */
    public boolean select(Chapter step) {
        if (!available(step)) {
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
        Chapter s = neighbour(1);
        if (s != null) {
            select(s);
        }
    }

    public void previous() {
        Chapter s = neighbour(-1);
        if (s != null) {
            select(s);
        }
    }

    private Chapter neighbour(int dir) {
        Chapter[] all = Chapter.values();
        for (int i = current.ordinal() + dir; i >= 0 && i < all.length; i += dir) {
            if (available(all[i])) {
                return all[i];
            }
        }
        return null;
    }

    public Completeness completeness(Chapter step) {
        if (!available(step)) {
            return Completeness.NOT_AVAILABLE;
        }
        // ✓: the engineer's data is there and no error is open in it (the latest plan check's included)
        return step.isComplete(session.chapterInputs(), session.planChecks()) ? Completeness.COMPLETE : Completeness.INCOMPLETE;
    }

    /** Number of errors still open in a step. */
    public long openErrors(Chapter step) {
        return step.openErrors(session.chapterInputs());
    }

    /**
     * What is still open in a step (its badge counts them): the chapter's validation errors and the
     * latest plan check's findings that name it ({@link Chapter#openPoints}); none for a step not available.
     */
    public List<OpenPoint> openPoints(Chapter step) {
        if (!available(step)) {
            return List.of();
        }
        return step.openPoints(session.chapterInputs(), session.planChecks());
    }
}
