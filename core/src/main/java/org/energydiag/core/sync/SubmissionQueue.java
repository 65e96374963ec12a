package org.energydiag.core.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
                    throw new org.energydiag.core.workspace.UserException("平台曾拒绝内容完全相同的提交（" + time.format(x.createdAt()) + "）：\n"
                            + x.lastError() + "\n请先按提示修改项目，再提交。");
                }
                return "内容与 " + time.format(x.createdAt()) + " 的提交相同（" + x.status().label()
                        + (x.receipt().isEmpty() ? "" : "，回执 " + x.receipt()) + "），未重复加入上传队列。";
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
        return "已加入上传队列（" + s.parts().size() + " 个文件，" + Math.max(1, s.totalBytes() / 1024) + " KB）。"
                + (replaced > 0 ? "\n已替换 " + replaced + " 个尚未上传的旧提交。" : "")
                + "\n联网后会自动上传；可在 同步 窗口查看进度。";
    }

}
