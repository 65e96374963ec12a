package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionBuilder;
import org.energydiag.core.sync.SubmissionStatus;
import org.energydiag.core.workspace.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox survives a restart with every byte; statuses and errors are kept; bad input changes nothing. */
class H2OutboxTest {

    @TempDir
    Path dir;

    static SubmissionBuilder.Prepared prepared() {
        var p = DemoProjects.cementPlant(Instant.parse("2026-11-01T08:00:00Z"), "机构");
        return SubmissionBuilder.build(p, new byte[] {1, 2, 3, 4, 5}, new SubmissionBuilder.Scan("扫描.PNG",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10}), "test", Instant.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void keptAcrossRestartWithEveryByte() {
        var prep = prepared();
        Submission s = prep.submission();
        try (Database db = Database.open(dir)) {
            H2Outbox o = new H2Outbox(db);
            o.enqueue(s, prep.files());
            o.update(s.uploading().failed("登记提交失败：无法连接平台。", true, Instant.parse("2026-11-21T08:05:00Z")));
        }
        try (Database db = Database.open(dir)) {
            H2Outbox o = new H2Outbox(db);
            Submission back = o.find(s.key()).orElseThrow();
            assertThat(back.parts()).isEqualTo(s.parts());
            assertThat(back.parts()).extracting(p -> p.name()).containsExactly("project.edproj", "plan.docx",
                    "satisfaction.json", "satisfaction-scan.png");
            assertThat(back.status()).isEqualTo(SubmissionStatus.FAILED);
            assertThat(back.attempts()).isEqualTo(1);
            assertThat(back.lastError()).isEqualTo("登记提交失败：无法连接平台。");
            assertThat(back.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-21T08:05:00Z"));
            assertThat(back.contentHash()).isEqualTo(s.contentHash());
            for (var e : prep.files().entrySet()) {
                assertThat(o.content(s.key(), e.getKey())).isEqualTo(e.getValue());
            }
            assertThat(o.pendingCount()).isEqualTo(1);
            assertThat(o.latestFor(s.projectId())).isPresent();
            o.update(back.uploading().uploaded("ED-2026-000001", Instant.parse("2026-11-21T09:00:00Z")));
            assertThat(o.pendingCount()).isZero();
            assertThat(o.find(s.key()).orElseThrow().receipt()).isEqualTo("ED-2026-000001");
        }
    }

    @Test
    void filesThatDoNotMatchTheManifestAreRefusedAndNothingIsStored() {
        var prep = prepared();
        Map<String, byte[]> files = new HashMap<>(prep.files());
        files.put("plan.docx", new byte[] {9, 9, 9, 9, 9});
        try (Database db = Database.open(dir)) {
            H2Outbox o = new H2Outbox(db);
            assertThatThrownBy(() -> o.enqueue(prep.submission(), files)).hasMessageContaining("plan.docx");
            assertThat(o.list()).isEmpty();
        }
    }

    @Test
    void theSameKeyTwiceIsRefusedAndTheFirstIsKept() {
        var prep = prepared();
        try (Database db = Database.open(dir)) {
            H2Outbox o = new H2Outbox(db);
            o.enqueue(prep.submission(), prep.files());
            assertThatThrownBy(() -> o.enqueue(prep.submission(), prep.files())).isInstanceOf(StoreException.class);
            assertThat(o.list()).hasSize(1);
            assertThat(o.content(prep.submission().key(), "plan.docx")).isEqualTo(new byte[] {1, 2, 3, 4, 5});
        }
    }

    @Test
    void anUploadInProgressCannotBeDeletedOthersCan() {
        var prep = prepared();
        try (Database db = Database.open(dir)) {
            H2Outbox o = new H2Outbox(db);
            o.enqueue(prep.submission(), prep.files());
            o.update(prep.submission().uploading());
            assertThatThrownBy(() -> o.delete(prep.submission().key())).hasMessageContaining("正在上传");
            assertThat(o.recoverInterrupted()).isEqualTo(1);
            o.delete(prep.submission().key());
            assertThat(o.list()).isEmpty();
        }
    }
}
