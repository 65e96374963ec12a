package org.energydiag.core.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.project.DiagnosisProject;

/**
 * Where projects live between sittings. Every method is one transaction: it either happens
 * completely and durably, or not at all (and throws {@link StoreException}).
 */
public interface ProjectRepository {

    /** Projects not in the recycle bin, most recently changed first. */
    List<ProjectSummary> listActive();

    /** Projects in the recycle bin, most recently deleted first. */
    List<ProjectSummary> listDeleted();

    Optional<DiagnosisProject> load(String id);

    boolean exists(String id);

    /** Inserts a new project, or replaces one with the same id (also restoring it from the bin). */
    void put(DiagnosisProject project);

    /**
     * Inserts or replaces an imported project together with the bytes of its attachments, in one
     * transaction: the stored document is read back and compared with {@code project} before the
     * transaction commits, so an import never leaves a project that cannot be read.
     *
     * @param blobs attachment id → kind → a file holding the bytes (already checked against the project)
     */
    void importProject(DiagnosisProject project, Map<String, Map<Attachment.Blob, Path>> blobs);

    /** Saves an edit of an existing project; durable when it returns. */
    void save(DiagnosisProject project);

    /** Moves a project to the recycle bin. */
    void moveToRecycleBin(String id);

    void restore(String id);

    /** Deletes a project for good (only from the recycle bin). */
    void purge(String id);
}
