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
        int year = session.project().energy().baseYear();
        boolean complete = switch (step) {
            case ENTERPRISE -> session.enterpriseComplete();
            case ENERGY -> session.analysis().energyComplete(year);
            case EQUIPMENT -> !session.project().equipment().items().isEmpty()
                    && org.energydiag.core.equipment.EquipmentValidator.validate(session.project().equipment()).isEmpty();
            case CARBON -> session.analysis().carbonComplete(year);
            case MANAGEMENT -> org.energydiag.core.management.ManagementAssessment.of(session.project().plan().management())
                    .unanswered().isEmpty();
            case DIAGNOSIS -> !session.project().plan().tasks().isEmpty()
                    || !session.project().plan().evaluationText().isBlank()
                    || !session.project().plan().manualFindings().isEmpty();
            case TARGETS, TASKS -> !session.project().plan().tasks().isEmpty();
            case KEY_PROJECTS -> !session.project().plan().keyProjects().isEmpty()
                    && session.project().plan().keyProjects().stream().allMatch(k -> k.investmentWanYuan() != null
                    && !k.implementationTime().isBlank());
            case SAFEGUARDS -> true;
            case EXPORT -> !session.project().site().attachments().isEmpty();
            case PROCESS -> !session.project().site().process().isEmpty()
                    && session.project().site().process().problems().isEmpty();
            default -> false;
        };
        return complete ? Completeness.COMPLETE : Completeness.INCOMPLETE;
    }

    /** Number of errors still open in a step (0 when complete or not available). */
    public long openErrors(Step step) {
        return switch (step) {
            case ENTERPRISE -> session.issues().stream().filter(i -> i.isError()).count();
            case ENERGY -> session.analysis().energyIssues().stream().filter(i -> i.isError()).count();
            case EQUIPMENT -> org.energydiag.core.equipment.EquipmentValidator.validate(session.project().equipment()).size();
            case CARBON -> session.analysis().carbon().issues().stream().filter(i -> i.isError()).count();
            case PROCESS -> session.project().site().process().problems().size();
            default -> 0;
        };
    }
}
