package org.energydiag.core.sync;

/** Where a submission stands in the outbox; the labels are the ones the 同步 screen shows. */
public enum SubmissionStatus {
    /** Queued, not yet sent (or interrupted, to be resumed). */
    PENDING("待上传"),
    /** Being sent now. */
    UPLOADING("上传中"),
    /** The platform confirmed it received the complete submission. */
    UPLOADED("已上传"),
    /** The last attempt failed; see the reason, and whether it is retried by itself. */
    FAILED("失败");

    private final String label;

    SubmissionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
