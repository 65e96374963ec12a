package org.energydiag.core.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.energydiag.core.text.Texts;

/** Puts a prepared submission into the outbox, once. */
public final class SubmissionQueue {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SubmissionQueue() {
    }

    /**
     * Queues the submission unless the same data is already queued or uploaded; older submissions
     * of the project that have not gone out yet are replaced (the platform only needs the newest).
     *
     * @return what happened, for the engineer
     */
    public static String offer(Outbox outbox, SubmissionBuilder.Prepared prepared, ZoneId zone) {
        DateTimeFormatter time = TIME.withZone(zone);
        Submission s = prepared.submission();
        List<Submission> same = outbox.list().stream().filter(x -> x.projectId().equals(s.projectId())).toList();
        for (Submission x : same) {
            if (x.sourceHash().equals(s.sourceHash())) {
                if (x.status() == SubmissionStatus.FAILED && !x.retryable()) {
                    throw new org.energydiag.core.workspace.UserException(Texts.format("sync.refusedBefore",
                            time.format(x.createdAt()), x.lastError()));
                }
                return Texts.format("sync.sameAsQueued", time.format(x.createdAt()), x.status().label(),
                        x.receipt().isEmpty() ? "" : Texts.format("sync.receipt", x.receipt()));
            }
        }
        outbox.enqueue(s, prepared.files());
        int replaced = 0;
        for (Submission x : same) {
            if (x.status() == SubmissionStatus.PENDING || x.status() == SubmissionStatus.FAILED) {
                try {
                    outbox.delete(x.key());
                    replaced++;
                } catch (RuntimeException e) {
                    // it started uploading meanwhile: let it finish, the newer one follows
                }
            }
        }
        return Texts.format("sync.queued", s.parts().size(), Math.max(1, s.totalBytes() / 1024))
                + (replaced > 0 ? Texts.format("sync.replaced", replaced) : "")
                + Texts.get("sync.uploadsWhenOnline");
    }

}
