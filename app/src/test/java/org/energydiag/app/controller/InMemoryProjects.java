package org.energydiag.app.controller;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.ProjectRepository;
import org.energydiag.core.workspace.ProjectSummary;

/** A repository in memory, for controller tests without a database. */
class InMemoryProjects implements ProjectRepository {

    /** Keeps no attachment bytes: the controller tests import projects without attachments. */
    @Override
    public void importProject(DiagnosisProject project,
                              Map<String, Map<org.energydiag.core.evidence.Attachment.Blob, java.nio.file.Path>> blobs) {
        if (!blobs.isEmpty()) {
            throw new IllegalArgumentException("InMemoryProjects keeps no attachment bytes: " + blobs.keySet());
        }
        put(project);
    }
    final Map<String, DiagnosisProject> projects = new LinkedHashMap<>();
    final Map<String, Instant> deleted = new LinkedHashMap<>();
    int saves;

    private ProjectSummary summary(DiagnosisProject p) {
        return new ProjectSummary(p.id(), p.enterprise().name(), p.enterprise().creditCode(), "", "",
                p.createdAt(), p.updatedAt(), deleted.get(p.id()));
    }

    @Override
    public synchronized List<ProjectSummary> listActive() {
        List<ProjectSummary> l = new ArrayList<>();
        projects.values().stream().filter(p -> !deleted.containsKey(p.id())).forEach(p -> l.add(summary(p)));
        l.sort(Comparator.comparing(ProjectSummary::updatedAt).reversed());
        return l;
    }

    @Override
    public synchronized List<ProjectSummary> listDeleted() {
        List<ProjectSummary> l = new ArrayList<>();
        projects.values().stream().filter(p -> deleted.containsKey(p.id())).forEach(p -> l.add(summary(p)));
        return l;
    }

    @Override
    public synchronized Optional<DiagnosisProject> load(String id) {
        return Optional.ofNullable(projects.get(id));
    }

    @Override
    public synchronized boolean exists(String id) {
        return projects.containsKey(id);
    }

    @Override
    public synchronized void put(DiagnosisProject p) {
        projects.put(p.id(), p);
        deleted.remove(p.id());
    }

    @Override
    public synchronized void save(DiagnosisProject p) {
        saves++;
        projects.put(p.id(), p);
    }

    @Override
    public synchronized void moveToRecycleBin(String id) {
        deleted.put(id, Instant.now());
    }

    @Override
    public synchronized void restore(String id) {
        deleted.remove(id);
    }

    @Override
    public synchronized void purge(String id) {
        if (deleted.containsKey(id)) {
            projects.remove(id);
            deleted.remove(id);
        }
    }
}
