package org.energydiag.core.sync;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queue of submissions waiting for the platform, kept in the database so that it survives
 * restarts and crashes. Every method is one transaction; a confirmed call is durable.
 */
public interface Outbox {

    /** Stores a new submission (status 待上传) with the bytes of every part, all or nothing. */
    void enqueue(Submission submission, Map<String, byte[]> files);

    /**
     * As {@link #enqueue}, with the bytes of every part in a file (an offline package read with
     * {@link SubmissionPackage#readToFiles}); a store that can stream them does not read them whole.
     */
    default void enqueueFiles(Submission submission, Map<String, java.nio.file.Path> files) {
        Map<String, byte[]> bytes = new java.util.LinkedHashMap<>();
        try {
            for (var e : files.entrySet()) {
                bytes.put(e.getKey(), java.nio.file.Files.readAllBytes(e.getValue()));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        enqueue(submission, bytes);
    }

    /** All submissions, newest first. */
    List<Submission> list();

    Optional<Submission> find(String key);

    /** The newest submission of a project, if any. */
    default Optional<Submission> latestFor(String projectId) {
        return list().stream().filter(s -> s.projectId().equals(projectId)).findFirst();
    }

    /** The bytes of one part. */
    byte[] content(String key, String partName);

    /** Replaces the status fields (status, attempts, error, retry time, receipt) of a submission. */
    void update(Submission submission);

    /**
     * After a crash or kill, submissions left 上传中 go back to 待上传 (the upload resumes where
     * the platform says it stopped). Called once at start, before syncing.
     *
     * @return how many were recovered
     */
    int recoverInterrupted();

    /** Removes a submission that is not being uploaded. */
    void delete(String key);

    /** Submissions not yet confirmed by the platform. */
    default long pendingCount() {
        return list().stream().filter(s -> s.status() != SubmissionStatus.UPLOADED).count();
    }
}
