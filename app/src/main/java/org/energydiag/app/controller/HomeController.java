package org.energydiag.app.controller;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evidence.AttachmentStore;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.workspace.ProjectRepository;
import org.energydiag.core.workspace.ProjectSummary;
import org.energydiag.core.workspace.Settings;
import org.energydiag.core.workspace.StoreException;

/**
 * The home screen's logic: the project list with search, create, duplicate, delete to the
 * recycle bin with undo, restore, purge, and .edproj import/export. Methods may block on the
 * store; the UI calls them off the event thread.
 */
public final class HomeController {

    /** What importing a file found. */
    public sealed interface ImportCheck extends AutoCloseable {
        DiagnosisProject project();

        /** The file's content: the attachments' bytes in temporary files, checked. */
        ProjectFile.Contents contents();

        /** Deletes the temporary files (after the import, or when it is cancelled). */
        @Override
        default void close() {
            contents().close();
        }
    }

    /** The file holds a project not yet in this folder. */
    public record NewProject(DiagnosisProject project, ProjectFile.Contents contents) implements ImportCheck {
    }

    /** A project with the same id exists already: replace it, or import as a copy. */
    public record Conflict(DiagnosisProject project, ProjectSummary existing, ProjectFile.Contents contents)
            implements ImportCheck {
    }

    public enum ConflictChoice { REPLACE, COPY }

    private final ProjectRepository repository;
    private final Clock clock;
    private final Supplier<Settings> settings;
    private final String generator;
    private final AttachmentStore attachments;
    private final org.energydiag.core.meter.MeterStore meters;
    private String lastDeletedId;

    public HomeController(ProjectRepository repository, Clock clock, Supplier<Settings> settings, String generator) {
        this(repository, new org.energydiag.core.evidence.MemoryAttachmentStore(), clock, settings, generator);
    }

    public HomeController(ProjectRepository repository, AttachmentStore attachments, Clock clock, Supplier<Settings> settings,
                          String generator) {
        this(repository, attachments, null, clock, settings, generator);
    }

    /** @param meters the data folder's meter data (the demo's meter is stored there), or null */
    public HomeController(ProjectRepository repository, AttachmentStore attachments, org.energydiag.core.meter.MeterStore meters,
                          Clock clock, Supplier<Settings> settings, String generator) {
        this.attachments = attachments;
        this.meters = meters;
        this.repository = repository;
        this.clock = clock;
        this.settings = settings;
        this.generator = generator;
    }

    public List<ProjectSummary> list() {
        return repository.listActive();
    }

    public List<ProjectSummary> recycleBin() {
        return repository.listDeleted();
    }

    /** Case-insensitive search in enterprise name, credit code and region. */
    public static boolean matches(ProjectSummary s, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.trim().toLowerCase(Locale.ROOT);
        return s.displayName().toLowerCase(Locale.ROOT).contains(q)
                || s.creditCode().toLowerCase(Locale.ROOT).contains(q)
                || s.region().toLowerCase(Locale.ROOT).contains(q);
    }

    /** Creates an empty project, pre-filled with the agency from the settings; returns its id. */
    public DiagnosisProject create() {
        DiagnosisProject p = DiagnosisProject.create(clock.instant());
        String agency = settings.get().agencyName();
        if (!agency.isBlank()) {
            p = p.withEnterprise(p.enterprise().toBuilder().agencyName(agency).build(), p.createdAt());
        }
        repository.put(p);
        return p;
    }

    /**
     * Creates the demo project (the cement plant the command {@code demo} writes, with the
     * engineer's decisions made on its evaluation, handed in {@value org.energydiag.core.demo.DemoFollowUp#PLAN_MONTHS}
     * months ago and followed up since, pre-filled with the agency from the settings) and stores it as a
     * new project, with the demo's generated sub-meter data (named as demo data) for its savings verification.
     *
     * @param refs the reference data in force, for the evaluation the decisions are taken on
     */
    public DiagnosisProject createDemo(org.energydiag.core.evaluation.References refs,
                                       org.energydiag.core.progress.ProgressMonitor monitor) {
        monitor.begin(Texts.get("controller.demo.building"), 4);
        java.time.Instant now = clock.instant();
        DiagnosisProject p = org.energydiag.core.demo.DemoProjects.cementPlant(now, settings.get().agencyName());
        monitor.worked(1);
        var report = org.energydiag.core.evaluation.ProjectEvaluation.of(p, refs, List.of(), java.time.LocalDate.now(clock)).report();
        // decided, handed in some months ago, and followed up since
        p = org.energydiag.core.demo.DemoFollowUp.decidedAndFollowedUp(p, report, now);
        monitor.worked(1);
        if (monitor.isCancelled()) {
            return null;
        }
        repository.put(p);
        monitor.worked(1);
        if (meters != null) {
            // the meter its verification reads, generated (one small transaction, not cancelled half-way)
            var meter = org.energydiag.core.demo.DemoFollowUp.meter(p, now);
            meters.store(p.id(), List.of(meter), org.energydiag.core.meter.MeterStore.OnExisting.REPLACE,
                    List.of(Texts.get("controller.demo.meterFile")), "demo-" + p.id(), "demo",
                    org.energydiag.core.meter.ImportSettingsJson.reportJson(org.energydiag.core.demo.DemoFollowUp.meterReport(meter)),
                    org.energydiag.core.progress.NullProgressMonitor.INSTANCE);
        }
        monitor.worked(1);
        monitor.done();
        return p;
    }

    public DiagnosisProject duplicate(String id) {
        DiagnosisProject src = load(id);
        Enterprise e = src.enterprise();
        DiagnosisProject copy = src.copyAsNew(clock.instant());
        copy = copy.withEnterprise(e.toBuilder().name(Texts.format("controller.copyName", e.name())).build(), copy.createdAt());
        attachments.copyAll(src.id(), copy.id()); // the bytes first: a saved project never points to missing bytes
        repository.put(copy);
        return copy;
    }

    public DiagnosisProject load(String id) {
        return repository.load(id).orElseThrow(() -> new StoreException(Texts.get("controller.projectGone")));
    }

    public void delete(String id) {
        repository.moveToRecycleBin(id);
        lastDeletedId = id;
    }

    /** The id of the last project moved to the bin, for the 撤销 link; empty after undo. */
    public Optional<String> lastDeleted() {
        return Optional.ofNullable(lastDeletedId);
    }

    public void undoDelete() {
        if (lastDeletedId != null) {
            repository.restore(lastDeletedId);
            lastDeletedId = null;
        }
    }

    public void restore(String id) {
        repository.restore(id);
        if (id.equals(lastDeletedId)) {
            lastDeletedId = null;
        }
    }

    public void purge(String id) {
        repository.purge(id);
        if (id.equals(lastDeletedId)) {
            lastDeletedId = null;
        }
    }

    public void exportProject(String id, Path target) throws java.io.IOException {
        DiagnosisProject p = load(id);
        ProjectFile.write(p, target, generator, clock.instant(), (aid, kind) -> attachments.get(p.id(), aid, kind));
    }

    /**
     * Reads and checks a file; changes nothing. The check holds the attachments' bytes in temporary
     * files: {@link #commitImport} deletes them, a cancelled import closes the check.
     */
    public ImportCheck checkImport(Path file) throws ProjectFileException {
        ProjectFile.Contents c = ProjectFile.readContents(file);
        try {
            return check(c);
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private ImportCheck check(ProjectFile.Contents c) {
        DiagnosisProject p = c.project();
        if (repository.exists(p.id())) {
            ProjectSummary existing = repository.listActive().stream().filter(s -> s.id().equals(p.id())).findFirst()
                    .or(() -> repository.listDeleted().stream().filter(s -> s.id().equals(p.id())).findFirst())
                    .orElseThrow();
            return new Conflict(p, existing, c);
        }
        return new NewProject(p, c);
    }

    /** Stores a checked import; returns the stored project. */
    public DiagnosisProject commitImport(ImportCheck check, ConflictChoice choice) {
        DiagnosisProject p = check.project();
        if (check instanceof Conflict && choice == ConflictChoice.COPY) {
            p = p.copyAsNew(clock.instant());
        }
        try (check) { // the bytes and the project in one transaction, the project read back before it commits
            repository.importProject(p, check.contents().files());
        }
        return p;
    }
}
