package org.energydiag.core.sync;

import org.energydiag.core.text.Texts;

/** Where a submission stands in the outbox; the labels are the ones the 同步 screen shows. */
public enum SubmissionStatus {
    /** Queued, not yet sent (or interrupted, to be resumed). */
    PENDING(Texts.get("sync.statusPending")),
    /** Being sent now. */
    UPLOADING(Texts.get("sync.statusUploading")),
    /** The platform confirmed it received the complete submission. */
    UPLOADED(Texts.get("sync.statusUploaded")),
    /** The last attempt failed; see the reason, and whether it is retried by itself. */
    FAILED(Texts.get("sync.statusFailed"));

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
