package org.energydiag.core.sync;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.energydiag.core.text.Texts;

/**
 * One submission to the platform: a project's data, its plan and the satisfaction answers (and
 * scan), queued in the outbox until the platform confirms it has them all.
 *
 * @param key              the idempotency key: chosen once when queued and sent with every
 *                         request, so retries and resumed uploads never create a second copy
 * @param projectId        the project submitted
 * @param title            the enterprise's name, for the queue
 * @param creditCode       统一社会信用代码 (may be empty)
 * @param createdAt        when queued
 * @param projectUpdatedAt the project's last change when queued; a later change makes the
 *                         submission out of date
 * @param sourceHash       SHA-256 over the engineer's data (project JSON, answers, scan) without
 *                         the generated plan, to recognise "nothing changed since"
 * @param contentHash      {@link SubmissionPart#contentHash} of the parts
 * @param parts            the files
 * @param status           where it stands
 * @param attempts         upload attempts so far
 * @param lastError        the reason of the last failure in Chinese, empty if none
 * @param retryable        whether a failure is retried by itself (network, server busy) or needs
 *                         the engineer (the platform refused the content, the token is wrong)
 * @param nextAttemptAt    when a retryable failure is tried again (null: at once)
 * @param uploadedAt       when the platform confirmed it (null until then)
 * @param receipt          the platform's receipt number (empty until then)
 */
public record Submission(String key, String projectId, String title, String creditCode, Instant createdAt,
                         Instant projectUpdatedAt, String sourceHash, String contentHash, List<SubmissionPart> parts,
                         SubmissionStatus status, int attempts, String lastError, boolean retryable,
                         Instant nextAttemptAt, Instant uploadedAt, String receipt) {

    public Submission {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(status, "status");
        title = title == null ? "" : title;
        creditCode = creditCode == null ? "" : creditCode;
        lastError = lastError == null ? "" : lastError;
        receipt = receipt == null ? "" : receipt;
        parts = List.copyOf(parts);
        if (parts.stream().map(SubmissionPart::name).distinct().count() != parts.size()) {
            throw new IllegalArgumentException(Texts.get("sync.duplicateNames"));
        }
    }

    /** What a submission carries: the plan with the project, or only the follow-up after it. */
    public enum Kind {
        PLAN, FOLLOW_UP
    }

    /**
     * A submission of the follow-up alone ({@link FollowUpSubmission}) has a follow-up part and no
     * project part; every other is the plan's.
     */
    public Kind kind() {
        boolean project = parts.stream().anyMatch(p -> p.kind() == SubmissionPart.Kind.PROJECT);
        boolean followUp = parts.stream().anyMatch(p -> p.kind() == SubmissionPart.Kind.FOLLOW_UP);
        return !project && followUp ? Kind.FOLLOW_UP : Kind.PLAN;
    }

    public long totalBytes() {
        return parts.stream().mapToLong(SubmissionPart::size).sum();
    }

    public SubmissionPart part(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Texts.format("sync.noSuchPart", key, name)));
    }

    /** True when the project changed after this submission was queued. */
    public boolean isOutOfDate(Instant projectUpdatedAtNow) {
        return projectUpdatedAt != null && projectUpdatedAtNow != null && projectUpdatedAtNow.isAfter(projectUpdatedAt);
    }

    /** Whether the sync loop should send it now. */
    public boolean isDue(Instant now) {
        return switch (status) {
            case PENDING -> true;
            case FAILED -> retryable && (nextAttemptAt == null || !nextAttemptAt.isAfter(now));
            case UPLOADING, UPLOADED -> false;
        };
    }

    public Submission uploading() {
        return new Submission(key, projectId, title, creditCode, createdAt, projectUpdatedAt, sourceHash, contentHash,
                parts, SubmissionStatus.UPLOADING, attempts + 1, lastError, retryable, null, null, receipt);
    }

    public Submission uploaded(String receiptNo, Instant at) {
        return new Submission(key, projectId, title, creditCode, createdAt, projectUpdatedAt, sourceHash, contentHash,
                parts, SubmissionStatus.UPLOADED, attempts, "", false, null, at, receiptNo);
    }

    public Submission failed(String reason, boolean canRetry, Instant retryAt) {
        return new Submission(key, projectId, title, creditCode, createdAt, projectUpdatedAt, sourceHash, contentHash,
                parts, SubmissionStatus.FAILED, attempts, reason, canRetry, canRetry ? retryAt : null, null, receipt);
    }

    /** Back in the queue: after a crash mid-upload, or when the engineer asks to try again. */
    public Submission pending() {
        return new Submission(key, projectId, title, creditCode, createdAt, projectUpdatedAt, sourceHash, contentHash,
                parts, SubmissionStatus.PENDING, attempts, lastError, true, null, null, receipt);
    }
}
