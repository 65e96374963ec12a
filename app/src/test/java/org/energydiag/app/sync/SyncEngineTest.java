package org.energydiag.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.app.sync.SyncFixtures.TOKEN;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2Outbox;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionPart;
import org.energydiag.core.sync.SubmissionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The uploader against a real HTTP server on loopback that implements docs/sync-api.md
 * ({@link FakePlatform}), with faults: 500s, timeouts, a connection dropped mid-chunk, a slow
 * server, no network, a rejection, a wrong token. After each: nothing lost (the server's bytes
 * are the outbox's, checksums verified by the server), nothing duplicated (one complete
 * submission per content hash, every byte stored once), statuses right.
 */
class SyncEngineTest {

    static final int CHUNK = 64 * 1024;

    @TempDir
    Path dir;
    Database db;
    H2Outbox outbox;
    FakePlatform server;

    @BeforeEach
    void start() throws Exception {
        db = Database.open(dir);
        outbox = new H2Outbox(db);
        server = FakePlatform.start(TOKEN);
        server.maxChunkBytes(CHUNK);
    }

    @AfterEach
    void stop() {
        server.close();
        db.close();
    }

    SyncEngine engine(Duration timeout) {
        return SyncFixtures.engine(outbox, SyncFixtures.client(server.baseUri(), TOKEN, timeout));
    }

    /** Runs passes until nothing is due any more (waiting out the short test backoff), at most {@code max}. */
    int drain(SyncEngine e, int max) throws Exception {
        int passes = 0;
        while (passes < max) {
            passes++;
            e.run();
            boolean waiting = outbox.list().stream().anyMatch(s -> s.status() == SubmissionStatus.FAILED && s.retryable()
                    || s.status() == SubmissionStatus.PENDING);
            if (!waiting) {
                break;
            }
            // wait until a waiting submission is due again (its backoff is tens of milliseconds here)
            SyncServiceTest.await("a retry due", () -> outbox.list().stream().anyMatch(x -> x.status() == SubmissionStatus.PENDING
                    && (x.nextAttemptAt() == null || !x.nextAttemptAt().isAfter(java.time.Instant.now()))
                    || x.status() == SubmissionStatus.FAILED && x.retryable()
                    && (x.nextAttemptAt() == null || !x.nextAttemptAt().isAfter(java.time.Instant.now()))));
        }
        return passes;
    }

    /** Everything the server holds equals what was queued, stored once. */
    void assertDeliveredOnce(Submission s) {
        Submission back = outbox.find(s.key()).orElseThrow();
        assertThat(back.status()).isEqualTo(SubmissionStatus.UPLOADED);
        assertThat(back.receipt()).startsWith("ED-2026-");
        assertThat(back.lastError()).isEmpty();
        assertThat(server.completedCount()).isEqualTo(1);
        assertThat(server.submissionsStored()).isEqualTo(1);
        assertThat(server.completesByContentHash()).isEqualTo(Map.of(s.contentHash(), 1));
        for (SubmissionPart p : s.parts()) {
            assertThat(server.partBytes(s.key(), p.name())).as(p.name()).hasValue(outbox.content(s.key(), p.name()));
        }
        assertThat(server.chunkBytesAccepted()).as("every byte stored once").isEqualTo(s.totalBytes());
    }

    @Test
    void uploadsInChunksAndRecordsTheReceipt() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 400_000, 1);
        SyncEngine.Pass pass = engine(Duration.ofSeconds(5)).run();
        assertThat(pass.uploaded()).isEqualTo(1);
        assertDeliveredOnce(s);
        long chunks = s.parts().stream().mapToLong(p -> (p.size() + CHUNK - 1) / CHUNK).sum();
        assertThat(server.requestCount("PUT", ".*/parts/.*")).isEqualTo((int) chunks);
        assertThat(server.lastAuthorization()).isEqualTo("Bearer " + TOKEN);
        // nothing is due any more: a second pass sends nothing
        int before = server.requestCount("PUT", ".*");
        engine(Duration.ofSeconds(5)).run();
        assertThat(server.requestCount("PUT", ".*")).isEqualTo(before);
    }

    /** A 回访 goes up without the plan: a follow-up submission of its own kind is delivered like any other. */
    @Test
    void aFollowUpSubmissionIsDeliveredOnItsOwn() throws Exception {
        Instant t = Instant.parse("2026-11-01T08:00:00Z");
        var p = org.energydiag.core.demo.DemoProjects.cementPlant(t, "某诊断机构");
        p = p.withFollowUp(org.energydiag.core.followup.FollowUp.empty().with(org.energydiag.core.followup.Implementation
                .of(org.energydiag.core.followup.SubjectKind.KEY_PROJECT, "kp-1")
                .withStatus(org.energydiag.core.followup.ImplementationStatus.IN_PROGRESS, "")), t);
        var prepared = org.energydiag.core.sync.FollowUpSubmission.build(p, org.energydiag.core.io.ProjectFile.Blobs.NONE,
                "EnergyDiag test", t, "followup-1");
        outbox.enqueue(prepared.submission(), prepared.files());
        Submission s = prepared.submission();
        assertThat(s.kind()).isEqualTo(Submission.Kind.FOLLOW_UP);
        assertThat(s.parts()).extracting(SubmissionPart::kind).doesNotContain(SubmissionPart.Kind.PROJECT, SubmissionPart.Kind.PLAN);
        SyncEngine.Pass pass = engine(Duration.ofSeconds(5)).run();
        assertThat(pass.uploaded()).as(outbox.find(s.key()).orElseThrow().status() + " " + outbox.find(s.key()).orElseThrow().lastError())
                .isEqualTo(1);
        assertDeliveredOnce(s);
    }

    /** A plan's submission carries the notice's other reports as parts of their own kinds. */
    @Test
    void aPlanSubmissionCarriesItsReports() throws Exception {
        var p = org.energydiag.core.demo.DemoProjects.cementPlant(Instant.parse("2026-11-01T08:00:00Z"), "某诊断机构");
        java.util.Random r = new java.util.Random(5);
        byte[] plan = new byte[50_000];
        byte[] diagnosis = new byte[70_000];
        byte[] carbon = new byte[30_000];
        r.nextBytes(plan);
        r.nextBytes(diagnosis);
        r.nextBytes(carbon);
        var prepared = org.energydiag.core.sync.SubmissionBuilder.build(p, org.energydiag.core.io.ProjectFile.Blobs.NONE, plan,
                java.util.List.of(new org.energydiag.core.sync.SubmissionBuilder.Report(SubmissionPart.Kind.DIAGNOSIS_REPORT,
                        org.energydiag.core.sync.SubmissionBuilder.DIAGNOSIS_REPORT_PART, diagnosis),
                        new org.energydiag.core.sync.SubmissionBuilder.Report(SubmissionPart.Kind.CARBON_REPORT,
                                org.energydiag.core.sync.SubmissionBuilder.CARBON_REPORT_PART, carbon)),
                null, "EnergyDiag test", Instant.now(), "plan-with-reports");
        outbox.enqueue(prepared.submission(), prepared.files());
        assertThat(engine(Duration.ofSeconds(5)).run().uploaded()).isEqualTo(1);
        assertDeliveredOnce(prepared.submission());
        assertThat(server.partBytes("plan-with-reports", org.energydiag.core.sync.SubmissionBuilder.DIAGNOSIS_REPORT_PART))
                .hasValue(diagnosis);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndNothingIsDuplicated() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 300_000, 2);
        SyncEngine e = engine(Duration.ofSeconds(5));
        server.failNextChunks(1, 500);
        e.run();
        Submission failed = outbox.find(s.key()).orElseThrow();
        assertThat(failed.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.lastError()).contains("HTTP 500").contains("自动重试");
        assertThat(failed.nextAttemptAt()).isAfter(Instant.now().minusSeconds(1));

        server.failNext(2, 503); // the next two passes find the platform busy at the ping: the submission waits untouched
        drain(e, 20);
        assertDeliveredOnce(s);
        assertThat(outbox.find(s.key()).orElseThrow().attempts()).as("one failed attempt, one that delivered").isEqualTo(2);
    }

    @Test
    void aTimeoutLeavesTheChunkOnTheServerAndTheRetryResumesAfterIt() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 300_000, 3);
        SyncEngine e = engine(Duration.ofMillis(800));
        server.stallNext(1, Duration.ofSeconds(3)); // the open request: processed, answer too late
        e.upload(outbox.find(s.key()).orElseThrow(), CHUNK);
        Submission failed = outbox.find(s.key()).orElseThrow();
        assertThat(failed.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(failed.lastError()).contains("没有回答");
        drain(e, 20);
        assertDeliveredOnce(s);
    }

    @Test
    void aConnectionDroppedMidChunkResumesFromWhatTheServerHolds() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 500_000, 4);
        SyncEngine e = engine(Duration.ofSeconds(5));
        server.dropNextChunkMidway(1);
        e.run();
        Submission failed = outbox.find(s.key()).orElseThrow();
        assertThat(failed.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(failed.retryable()).isTrue();
        assertThat(failed.lastError()).contains("连接中断");
        drain(e, 20);
        assertDeliveredOnce(s);
        long chunks = s.parts().stream().mapToLong(p -> (p.size() + CHUNK - 1) / CHUNK).sum();
        assertThat(server.requestCount("PUT", ".*/parts/.*")).as("only the dropped chunk is sent again")
                .isEqualTo((int) chunks + 1);
    }

    @Test
    void aSlowServerIsWaitedFor() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 200_000, 5);
        server.delayEach(Duration.ofMillis(150));
        engine(Duration.ofSeconds(3)).run();
        assertDeliveredOnce(s);
    }

    @Test
    void withoutNetworkItWaitsAndThenDelivers() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 100_000, 6);
        server.setOffline(true);
        SyncEngine e = engine(Duration.ofSeconds(2));
        SyncEngine.Pass pass = e.run();
        assertThat(pass.offline()).isTrue();
        assertThat(outbox.find(s.key()).orElseThrow().status()).as("ping failed: not even tried").isEqualTo(SubmissionStatus.PENDING);

        // the network goes away between the ping and the upload: the submission fails, retryable
        Submission after = e.upload(outbox.find(s.key()).orElseThrow(), CHUNK);
        assertThat(after.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(after.retryable()).isTrue();
        assertThat(after.lastError()).contains("无法连接");
        Submission stored = outbox.find(s.key()).orElseThrow();
        assertThat(stored.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(stored.lastError()).isEqualTo(after.lastError());

        server.setOffline(false);
        drain(e, 20);
        assertDeliveredOnce(s);
    }

    @Test
    void aRejectionIsShownWithWhatToFixAndNotRetriedByItself() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 50_000, 7);
        server.rejectOnComplete("REJECTED", "项目数据不完整", "project.edproj", "enterprise.creditCode", "必填");
        SyncEngine e = engine(Duration.ofSeconds(5));
        e.run();
        Submission failed = outbox.find(s.key()).orElseThrow();
        assertThat(failed.status()).isEqualTo(SubmissionStatus.FAILED);
        assertThat(failed.retryable()).isFalse();
        assertThat(failed.lastError()).contains("被平台拒绝").contains("项目数据不完整")
                .contains("enterprise.creditCode").contains("必填").contains("修改");
        int puts = server.requestCount("POST", ".*");
        e.run();
        assertThat(server.requestCount("POST", ".*")).as("not retried by itself").isEqualTo(puts);
        assertThat(server.completedCount()).isZero();
    }

    @Test
    void aWrongTokenStopsTheQueueUntilItIsChanged() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 50_000, 8);
        SyncEngine e = SyncFixtures.engine(outbox, SyncFixtures.client(server.baseUri(), "wrong", Duration.ofSeconds(5)));
        SyncEngine.Pass pass = e.run();
        assertThat(pass.authProblem()).isTrue();
        assertThat(outbox.find(s.key()).orElseThrow().status()).isEqualTo(SubmissionStatus.PENDING);
        assertThat(server.submissionsStored()).isZero();
        // with the right token it goes
        drain(engine(Duration.ofSeconds(5)), 5);
        assertDeliveredOnce(s);
    }

    @Test
    void twoSubmissionsGoOutOldestFirstEachOnce() throws Exception {
        Submission a = SyncFixtures.enqueue(outbox, 120_000, 9);
        Thread.sleep(5);
        Submission b = SyncFixtures.enqueue(outbox, 90_000, 10);
        server.failNextChunks(1, 502);
        drain(engine(Duration.ofSeconds(5)), 20);
        assertThat(outbox.find(a.key()).orElseThrow().status()).isEqualTo(SubmissionStatus.UPLOADED);
        assertThat(outbox.find(b.key()).orElseThrow().status()).isEqualTo(SubmissionStatus.UPLOADED);
        assertThat(server.completedCount()).isEqualTo(2);
        assertThat(server.chunkBytesAccepted()).isEqualTo(a.totalBytes() + b.totalBytes());
    }
}
