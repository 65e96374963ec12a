package org.energydiag.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.energydiag.app.controller.HomeController;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.store.DataDirLock;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.FileSettingsRepository;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.project.EnterpriseValidator;
import org.energydiag.core.workspace.ProjectRepository;
import org.energydiag.core.workspace.SettingsRepository;

/**
 * The one place that wires the application: data folder, lock, database, repositories,
 * reference data and controllers. Constructor injection everywhere else; no singletons.
 */
public final class AppContext implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AppContext.class.getName());

    private final Path dataDir;
    private final Path userHome;
    private final Clock clock;
    private final SettingsRepository settings;
    private DataDirLock lock;
    private Database database;
    private ProjectRepository projects;
    private org.energydiag.core.meter.MeterStore meters;
    private Divisions divisions;
    private IndustryClassification industries;
    private EnterpriseValidator validator;
    private org.energydiag.core.reference.EnergyReference energyReference;

    private final org.energydiag.app.store.DataFolderAccess access;
    private Boolean readOnly;
    private String password;

    public AppContext(Path dataDir, Path userHome, Clock clock) {
        this(dataDir, userHome, clock, org.energydiag.app.store.DataFolderAccess.FILE_SYSTEM);
    }

    /** @param access whether the data folder can be written (tests simulate a read-only folder where no read-only mount can be made) */
    public AppContext(Path dataDir, Path userHome, Clock clock, org.energydiag.app.store.DataFolderAccess access) {
        this.dataDir = dataDir;
        this.userHome = userHome;
        this.clock = clock;
        this.access = access;
        this.settings = new FileSettingsRepository(dataDir, userHome);
    }

    /**
     * True when the data folder cannot be written (a copy on a USB stick or CD): the database opens
     * read-only, lists, exports and checks work, every change is refused with a message.
     */
    public synchronized boolean readOnly() {
        if (readOnly == null) {
            readOnly = !access.writable(dataDir);
        }
        return readOnly;
    }

    /** True when the data folder's database is encrypted: a password is needed before {@link #projects()}. */
    public boolean databaseEncrypted() {
        return org.energydiag.app.store.StoreEncryption.isEncrypted(dataDir);
    }

    /** The password of an encrypted database, asked at start (the window's dialog, the command line's variable). */
    public synchronized void usePassword(String password) {
        this.password = password;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path userHome() {
        return userHome;
    }

    public Clock clock() {
        return clock;
    }

    public SettingsRepository settings() {
        return settings;
    }

    /** Takes the data folder for this process; throws StoreException when another one has it. */
    public synchronized void lockDataDir() {
        if (lock == null) {
            lock = readOnly() ? DataDirLock.acquireReadOnly(dataDir) : DataDirLock.acquire(dataDir);
            installFileLogging();
        }
    }

    /** Opens and migrates the database (slow part of start-up: call off the event thread). */
    public synchronized ProjectRepository projects() {
        if (projects == null) {
            lockDataDir();
            database = Database.open(dataDir, new Database.Options(readOnly(), password, access.databaseFileSystem()));
            projects = new H2ProjectRepository(database, clock);
        }
        return projects;
    }

    /** Imported meter data. */
    public synchronized org.energydiag.core.meter.MeterStore meterStore() {
        if (meters == null) {
            meters = new org.energydiag.app.store.H2MeterStore(database(), clock);
        }
        return meters;
    }

    public synchronized Database database() {
        projects();
        return database;
    }

    public synchronized Divisions divisions() {
        if (divisions == null) {
            divisions = Divisions.load();
        }
        return divisions;
    }

    public synchronized IndustryClassification industries() {
        if (industries == null) {
            industries = IndustryClassification.load();
        }
        return industries;
    }

    public synchronized EnterpriseValidator validator() {
        if (validator == null) {
            validator = new EnterpriseValidator(divisions(), industries());
        }
        return validator;
    }

    /**
     * The energy and carbon reference packs: bundled, each replaced by a file of the same name in
     * the data folder's {@code reference/} (a newer or verified pack, without a new release).
     */
    public synchronized org.energydiag.core.reference.EnergyReference energyReference() {
        if (energyReference == null) {
            energyReference = org.energydiag.core.reference.EnergyReference.load(referenceDir());
        }
        return energyReference;
    }

    private org.energydiag.core.catalogue.Catalogue catalogue;

    /**
     * The technology catalogue: the data folder's reference/catalogue.json (a newer edition loaded
     * by the user) if present, else the bundled 2024 edition.
     */
    public synchronized org.energydiag.core.catalogue.Catalogue catalogue() {
        if (catalogue == null) {
            Path f = referenceDir().resolve("catalogue.json");
            if (Files.isRegularFile(f)) {
                try (var in = Files.newInputStream(f)) {
                    catalogue = org.energydiag.core.catalogue.Catalogue.load(in);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot read " + f + ", using the bundled catalogue", e);
                }
            }
            if (catalogue == null) {
                catalogue = org.energydiag.core.catalogue.Catalogue.loadBundled();
            }
        }
        return catalogue;
    }

    private org.energydiag.core.equipment.rating.EfficiencyRater rater;

    /** The efficiency rater with the bundled grade tables and obsolete-equipment excerpt. */
    public synchronized org.energydiag.core.equipment.rating.EfficiencyRater equipmentRater() {
        if (rater == null) {
            rater = new org.energydiag.core.equipment.rating.EfficiencyRater(
                    org.energydiag.core.equipment.rating.GradeTables.loadBundled());
        }
        return rater;
    }

    public synchronized void reloadCatalogue() {
        catalogue = null;
    }

    /**
     * TOU schedules: the data folder's reference/tou-periods.json if present, else the bundled ones; their holiday
     * deep valleys on {@link #publicHolidays()}.
     */
    public java.util.List<org.energydiag.core.meter.analysis.TouSchedule> touSchedules() {
        org.energydiag.core.reference.PublicHolidays holidays = publicHolidays();
        Path f = referenceDir().resolve("tou-periods.json");
        if (Files.isRegularFile(f)) {
            try (var in = Files.newInputStream(f)) {
                return org.energydiag.core.meter.analysis.TouSchedule.load(in, holidays);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot read " + f + ", using the bundled schedules", e);
            }
        }
        return org.energydiag.core.meter.analysis.TouSchedule.loadBundled(holidays);
    }

    /**
     * The State Council's holiday notices: the data folder's reference/public-holidays.json if present (a newer
     * year added without a new release), else the bundled ones.
     */
    public org.energydiag.core.reference.PublicHolidays publicHolidays() {
        Path f = referenceDir().resolve("public-holidays.json");
        if (Files.isRegularFile(f)) {
            try (var in = Files.newInputStream(f)) {
                return org.energydiag.core.reference.PublicHolidays.load(in);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "cannot read " + f + ", using the bundled holiday notices", e);
            }
        }
        return org.energydiag.core.reference.PublicHolidays.loadBundled();
    }

    /** Every reference pack in force, as the evaluation reads them. */
    public org.energydiag.core.evaluation.References references() {
        return new org.energydiag.core.evaluation.References(energyReference(), equipmentRater(), catalogue(), touSchedules());
    }

    public Path referenceDir() {
        return dataDir.resolve("reference");
    }

    /** Forgets the loaded packs so the next use reads the files again (after the agency edits one). */
    public synchronized void reloadEnergyReference() {
        energyReference = null;
    }

    public HomeController homeController() {
        return new HomeController(projects(), attachments(), meterStore(), clock, settings::load, AppInfo.generator());
    }

    public ProjectSession openSession(DiagnosisProject project, Executor ui) {
        ProjectSession session = new ProjectSession(project, projects(), validator(), energyReference(), clock, ui);
        if (readOnly()) {
            session.setReadOnly(); // nothing can be saved: no edit is taken
        }
        return session;
    }

    /**
     * What the start-up backup did: the file written (null when one of the last 24 hours passed
     * the check), the damaged backups found (renamed {@code *.zip.damaged}, not counted), and the
     * reason it failed (null when it did not).
     */
    public record BackupOutcome(Path written, java.util.List<Path> damaged, String failure) {
    }

    /**
     * A daily rolling backup of the database, taken in the background after start-up: written when
     * no backup of the last 24 hours passes the check ({@link org.energydiag.app.store.Backups}).
     */
    public BackupOutcome backupIfDue() {
        java.util.List<Path> damaged = new java.util.ArrayList<>();
        if (readOnly()) {
            return new BackupOutcome(null, damaged, null); // nothing changes in a read-only folder, and nothing could be written
        }
        try {
            Database db = database();
            Instant last = db.lastBackupTime(damaged::add);
            if (last == null || Duration.between(last, clock.instant()).toHours() >= 24) {
                Path p = db.backup();
                LOG.info("backup written: " + p);
                return new BackupOutcome(p, damaged, null);
            }
            return new BackupOutcome(null, damaged, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "automatic backup failed", e);
            return new BackupOutcome(null, damaged, e.getMessage());
        }
    }

    /** Sends log records to the data folder's logs/ and none to the console (users never see stack traces). */
    public synchronized void installLogging() {
        installFileLogging();
    }

    private boolean logging;

    private void installFileLogging() {
        if (logging) {
            return;
        }
        logging = true;
        Logger root = Logger.getLogger("");
        for (Handler old : root.getHandlers()) {
            root.removeHandler(old); // no stack traces on the console for users, also when no log file can be written
        }
        try {
            // a read-only folder keeps its log in the system's temporary folder
            Path logs = readOnly() ? Path.of(System.getProperty("java.io.tmpdir"), "energydiag-logs") : dataDir.resolve("logs");
            Files.createDirectories(logs);
            Handler h = new FileHandler(logs.resolve("energydiag-%g.log").toString(), 2_000_000, 5, true);
            h.setFormatter(new SimpleFormatter());
            h.setEncoding("UTF-8");
            h.setErrorManager(new java.util.logging.ErrorManager() {
                @Override
                public synchronized void error(String msg, Exception ex, int code) {
                    // a log that cannot be written (a full disk) must not print a stack trace to the user
                }
            });
            root.addHandler(h);
            LogFolder.set(logs);
            root.setLevel(Level.INFO);
            Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot write log files in " + dataDir, e);
        }
    }

    private org.energydiag.app.store.H2AttachmentStore attachments;

    /** The bytes of photos and documents attached to projects. */
    public org.energydiag.core.evidence.AttachmentStore attachments() {
        return h2Attachments();
    }

    private synchronized org.energydiag.app.store.H2AttachmentStore h2Attachments() {
        if (attachments == null) {
            attachments = new org.energydiag.app.store.H2AttachmentStore(database());
        }
        return attachments;
    }

    /**
     * Removes attachment bytes no project refers to any more (an attachment deleted, an add
     * undone, a project purged). Run at start, in the background; the bytes of attachments removed
     * in this session stay until the next start, so 撤销 can bring them back.
     */
    public void sweepAttachments() {
        if (readOnly()) {
            return;
        }
        var store = h2Attachments();
        java.util.Set<String> withBlobs = store.projectsWithBlobs();
        if (withBlobs.isEmpty()) {
            return; // the usual start: nothing to look at
        }
        java.util.Set<String> live = new java.util.HashSet<>();
        projects().listActive().forEach(s -> live.add(s.id()));
        projects().listDeleted().forEach(s -> live.add(s.id()));
        for (String id : withBlobs) {
            if (live.contains(id)) { // only projects that have bytes are read
                projects().load(id).ifPresent(p -> store.sweep(id, p.site().attachments().stream()
                        .map(org.energydiag.core.evidence.Attachment::id).collect(java.util.stream.Collectors.toSet())));
            }
        }
        store.sweepProjectsNotIn(live);
    }

    /**
     * What an interrupted writer may have left, swept at the start of every writer (the window and
     * each command that changes the data folder): attachment bytes no project refers to (see {@link
     * #sweepAttachments()}), the temporary files of atomic writes ({@code .NAME*.tmp}) in the data
     * folder and its {@code backups/}, and the attachment folders of project-file readers that were
     * killed (in the system's temporary folder; {@link org.energydiag.core.io.ProjectFile#sweepStaleReads}). Nothing in a read-only folder. Failures are logged, not raised:
     * the work asked for goes on.
     */
    public void sweepOrphans() {
        // attachments decoded by a reader of project files that was killed (system temporary folder)
        org.energydiag.core.io.ProjectFile.sweepStaleReads(clock().instant());
        if (readOnly()) {
            return;
        }
        lockDataDir(); // only the holder of the folder may delete another writer's leftovers
        for (Path dir : java.util.List.of(dataDir, dataDir.resolve("backups"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (java.util.stream.Stream<Path> s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String n = p.getFileName().toString();
                    if (n.startsWith(".") && n.endsWith(".tmp") && Files.isRegularFile(p)) {
                        Files.deleteIfExists(p);
                        LOG.info("removed the temporary file of an interrupted write: " + p);
                    }
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot sweep temporary files in " + dir, e);
            }
        }
        try {
            sweepAttachments();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "attachment sweep failed", e);
        }
    }

    private org.energydiag.core.sync.Outbox outbox;
    private org.energydiag.app.sync.SyncService sync;

    /** The upload queue in the database. */
    public synchronized org.energydiag.core.sync.Outbox outbox() {
        if (outbox == null) {
            outbox = new org.energydiag.app.store.H2Outbox(database());
        }
        return outbox;
    }

    /**
     * Platform address and token, kept in the database (inside the encrypted file when the data
     * folder is encrypted); an old {@code sync.properties} is moved in at first use.
     */
    public org.energydiag.app.store.SyncSettingsStore syncSettings() {
        return new org.energydiag.app.store.SyncSettingsStore(database());
    }

    /** The background uploader; created (not started) on first use. */
    public synchronized org.energydiag.app.sync.SyncService sync() {
        if (sync == null) {
            org.energydiag.app.store.SyncSettingsStore file = syncSettings();
            sync = org.energydiag.app.sync.SyncService.standard(outbox(), file::load, AppInfo.generator(), clock);
        }
        return sync;
    }

    @Override
    public synchronized void close() {
        if (sync != null) {
            sync.close(); // before the database: an upload in flight stays 上传中 and resumes next time
            sync = null;
        }
        outbox = null;
        attachments = null;
        if (database != null) {
            database.close();
            database = null;
            projects = null;
            meters = null;
        }
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
