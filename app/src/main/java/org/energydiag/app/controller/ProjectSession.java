package org.energydiag.app.controller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.plan.Chapter;
import org.energydiag.core.project.EnterpriseValidator;
import org.energydiag.core.validation.ValidationIssue;
import org.energydiag.core.workspace.ProjectRepository;

/**
 * One open project: its current state, validation, undo and autosave. Every edit goes through
 * {@link #editEnterprise}, which records an undo step, re-validates and queues a save at once.
 * Called on the UI thread; listeners are called through the UI executor.
 */
public final class ProjectSession implements AutoCloseable {

    /** Notified after the state, the issues or the undo state changed. */
    public interface Listener {
        void projectChanged(DiagnosisProject project);

        default void saveStatusChanged(SaveStatus status) {
        }
    }

    private final Clock clock;
    private final EnterpriseValidator validator;
    private final Autosaver saver;
    private final Executor ui;
    private final EnergyReference reference;
    private final UndoStack<DiagnosisProject> undo = new UndoStack<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> pendingEdits = new CopyOnWriteArrayList<>();
    private final List<Runnable> checkListeners = new CopyOnWriteArrayList<>();
    private List<org.energydiag.core.evaluation.CheckIssue> planChecks = List.of();
    private DiagnosisProject project;
    private List<ValidationIssue> issues;
    private ProjectAnalysis analysis;
    private volatile SaveStatus saveStatus;
    private boolean closed;

    public ProjectSession(DiagnosisProject project, ProjectRepository repository, EnterpriseValidator validator,
                          EnergyReference reference, Clock clock, Executor ui) {
        this.project = Objects.requireNonNull(project);
        this.validator = validator;
        this.reference = reference;
        this.clock = clock;
        this.ui = ui;
        this.saveStatus = SaveStatus.saved(project.updatedAt());
        this.saver = new Autosaver(repository, clock, s -> {
            saveStatus = s;
            ui.execute(() -> listeners.forEach(l -> l.saveStatusChanged(s)));
        });
        this.issues = validator.validate(project.enterprise());
        this.analysis = ProjectAnalysis.of(project, reference);
    }

    public EnergyReference reference() {
        return reference;
    }

    /** Energy, balance, carbon and benchmark results of the current state. */
    public ProjectAnalysis analysis() {
        return analysis;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public DiagnosisProject project() {
        return project;
    }

    public Enterprise enterprise() {
        return project.enterprise();
    }

    public List<ValidationIssue> issues() {
        return issues;
    }

    /**
     * Issues of one field key: enterprise validation ({@link EnterpriseValidator} constants) and the
     * energy, balance and carbon computations ({@code energy.consumption}, {@code energy.balance},
     * {@code carbon} …).
     */
    public List<ValidationIssue> issuesFor(String field) {
        List<ValidationIssue> out = new ArrayList<>();
        for (ValidationIssue i : issues) {
            if (i.field().equals(field)) {
                out.add(i);
            }
        }
        for (ValidationIssue i : analysis.energyIssues()) {
            if (i.field().equals(field)) {
                out.add(i);
            }
        }
        for (ValidationIssue i : analysis.carbon().issues()) {
            if (i.field().equals(field)) {
                out.add(i);
            }
        }
        // the plan check's findings that name this field ({@code chapter#field} ↔ {@code chapter.field}),
        // so the line beside the field shows where the plan disagrees
        for (org.energydiag.core.evaluation.CheckIssue c : planChecks) {
            if (!c.field().isEmpty() && field.equals(c.chapter() + "." + c.field())) {
                out.add(new ValidationIssue(field, c.section(), -1, "", c.isError()
                        ? org.energydiag.core.validation.Severity.ERROR : org.energydiag.core.validation.Severity.WARNING, c.message()));
            }
        }
        return out;
    }

    /** The plan check (方案检查) of the project as last evaluated; empty before the first evaluation. */
    public List<org.energydiag.core.evaluation.CheckIssue> planChecks() {
        return planChecks;
    }

    /**
     * The plan check of the latest evaluation (called on the UI thread when it is ready); the check
     * listeners run when it differs from the one before.
     */
    public void planChecks(List<org.energydiag.core.evaluation.CheckIssue> latest) {
        if (!latest.equals(planChecks)) {
            planChecks = List.copyOf(latest);
            checkListeners.forEach(Runnable::run);
        }
    }

    /** Runs {@code l} (on the UI thread) whenever the plan check's findings change. */
    public void addChecksListener(Runnable l) {
        checkListeners.add(l);
    }

    public boolean enterpriseComplete() {
        return Chapter.ENTERPRISE.isComplete(chapterInputs());
    }

    /** What the chapters' completeness is judged on: the project as it is now, its analysis and validation. */
    public Chapter.Inputs chapterInputs() {
        return new Chapter.Inputs(project, analysis, issues);
    }

    public SaveStatus saveStatus() {
        return saveStatus;
    }

    /**
     * Applies one edit of the enterprise.
     *
     * @param label       shown in 撤销/重做, e.g. "修改 企业名称"
     * @param coalesceKey edits with the same key merge into one undo step until {@link #sealUndo()}
     * @return true when something changed
     */
    public boolean editEnterprise(String label, String coalesceKey, UnaryOperator<Enterprise> change) {
        return edit(label, coalesceKey, p -> p.withEnterprise(change.apply(p.enterprise()), p.updatedAt()));
    }

    /**
     * Applies one edit of any part of the project (energy, carbon …); same contract as
     * {@link #editEnterprise}. The change must not touch the id or the timestamps.
     */
    public boolean edit(String label, String coalesceKey, UnaryOperator<DiagnosisProject> change) {
        if (readOnly) {
            // the data folder cannot be written: the window offers no edit, and one that still comes is refused here
            java.util.logging.Logger.getLogger(ProjectSession.class.getName()).warning("edit in a read-only data folder refused: " + label);
            return false;
        }
        if (closed) {
            // the project was closed (its last edits written); an event still queued for a widget of
            // the closed workspace cannot reach the store through this session any more
            java.util.logging.Logger.getLogger(ProjectSession.class.getName()).warning("edit after close ignored: " + label);
            return false;
        }
        DiagnosisProject before = project;
        DiagnosisProject after = change.apply(before);
        if (after.equals(before)) {
            return false;
        }
        undo.push(label, coalesceKey, before, after);
        apply(after);
        return true;
    }

    private volatile boolean readOnly;

    /**
     * The project lies in a data folder that cannot be written: from now on every edit is refused
     * (returns false, nothing changes, nothing is queued for saving).
     */
    public void setReadOnly() {
        readOnly = true;
    }

    /** True when edits are refused ({@link #setReadOnly}). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Ends the current undo step (the user left the field). */
    public void sealUndo() {
        undo.seal();
    }

    public boolean canUndo() {
        return undo.canUndo();
    }

    public boolean canRedo() {
        return undo.canRedo();
    }

    public String undoLabel() {
        return undo.undoLabel();
    }

    public String redoLabel() {
        return undo.redoLabel();
    }

    public void undo() {
        if (undo.canUndo()) {
            apply(undo.undo());
        }
    }

    public void redo() {
        if (undo.canRedo()) {
            apply(undo.redo());
        }
    }

    private void apply(DiagnosisProject state) {
        DiagnosisProject previous = project;
        project = state.withUpdatedAt(clock.instant()); // every part kept: a new part of the project needs no change here
        issues = validator.validate(project.enterprise());
        if (!previous.energy().equals(project.energy()) || !previous.carbon().equals(project.carbon())) {
            analysis = ProjectAnalysis.of(project, reference);
        }
        saver.submit(project);
        DiagnosisProject p = project;
        listeners.forEach(l -> l.projectChanged(p));
    }

    /**
     * Registers a holder of edits not yet applied (typing waiting for its pause, a table cell
     * being edited); {@link #commitPendingEdits()} runs every one of them. Each view that
     * debounces edits registers here when it is created, so no way out can forget one.
     */
    public void addPendingEdits(Runnable commit) {
        pendingEdits.add(commit);
    }

    /** Applies every edit a view still holds (called on the UI thread before any way out). */
    public void commitPendingEdits() {
        pendingEdits.forEach(Runnable::run);
    }

    /** Writes all pending edits; true when nothing is left unsaved. */
    public boolean flush() {
        return saver.flush(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        closed = true;
        saver.close();
    }
}
