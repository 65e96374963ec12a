package org.energydiag.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.UserException;
import org.junit.jupiter.api.Test;
import org.energydiag.core.io.Hashes;

/** Queuing once; the content hash; the backoff; what a submission carries. */
class SubmissionQueueTest {

    /** An outbox in memory, enough for the queuing rules. */
    static final class MemoryOutbox implements Outbox {
        final Map<String, Submission> subs = new HashMap<>();
        final Map<String, Map<String, byte[]>> files = new HashMap<>();

        @Override
        public void enqueue(Submission s, Map<String, byte[]> f) {
            subs.put(s.key(), s);
            files.put(s.key(), f);
        }

        @Override
        public List<Submission> list() {
            List<Submission> l = new ArrayList<>(subs.values());
            l.sort(Comparator.comparing(Submission::createdAt).reversed());
            return l;
        }

        @Override
        public Optional<Submission> find(String key) {
            return Optional.ofNullable(subs.get(key));
        }

        @Override
        public byte[] content(String key, String part) {
            return files.get(key).get(part);
        }

        @Override
        public void update(Submission s) {
            subs.put(s.key(), s);
        }

        @Override
        public int recoverInterrupted() {
            return 0;
        }

        @Override
        public void delete(String key) {
            subs.remove(key);
        }
    }

    static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    static DiagnosisProject project() {
        return DemoProjects.cementPlant(Instant.parse("2026-11-01T08:00:00Z"), "机构");
    }

    static SubmissionBuilder.Prepared build(DiagnosisProject p, byte[] plan, Instant at) {
        return SubmissionBuilder.build(p, plan, null, "test", at);
    }

    @Test
    void theSameDataIsQueuedOnceEvenWithAFreshlyGeneratedPlan() {
        MemoryOutbox o = new MemoryOutbox();
        DiagnosisProject p = project();
        String first = SubmissionQueue.offer(o, build(p, new byte[] {1}, T0), ZoneOffset.UTC);
        assertThat(first).contains("已加入上传队列");
        // a minute later the plan is generated again (different bytes: it carries a date), the data is the same
        String again = SubmissionQueue.offer(o, build(p, new byte[] {2}, T0.plusSeconds(60)), ZoneOffset.UTC);
        assertThat(again).contains("内容与 2026-11-21 08:00 的提交相同").contains("未重复加入");
        assertThat(o.subs).hasSize(1);
    }

    @Test
    void aChangedProjectReplacesItsOlderSubmissionThatHasNotGoneOut() {
        MemoryOutbox o = new MemoryOutbox();
        DiagnosisProject p = project();
        SubmissionQueue.offer(o, build(p, new byte[] {1}, T0), ZoneOffset.UTC);
        Submission old = o.list().get(0);
        DiagnosisProject changed = new DiagnosisProject(p.id(), p.createdAt(), p.updatedAt().plusSeconds(5),
                p.enterprise(), p.energy(), p.carbon(), p.equipment(), p.plan(),
                p.satisfaction().withRequests("希望提供余热利用的后续服务"));
        String msg = SubmissionQueue.offer(o, build(changed, new byte[] {1}, T0.plusSeconds(120)), ZoneOffset.UTC);
        assertThat(msg).contains("已替换 1 个尚未上传的旧提交");
        assertThat(o.subs).hasSize(1).doesNotContainKey(old.key());
        // an uploaded one is kept (it is on the platform) and the new one queued beside it
        Submission current = o.list().get(0);
        o.update(current.uploading().uploaded("ED-2026-000001", T0.plusSeconds(200)));
        DiagnosisProject changedAgain = new DiagnosisProject(p.id(), p.createdAt(), p.updatedAt().plusSeconds(9),
                p.enterprise(), p.energy(), p.carbon(), p.equipment(), p.plan(), p.satisfaction().withContact("张工"));
        assertThat(o.list().get(0).isOutOfDate(changedAgain.updatedAt())).isTrue();
        SubmissionQueue.offer(o, build(changedAgain, new byte[] {1}, T0.plusSeconds(300)), ZoneOffset.UTC);
        assertThat(o.subs).hasSize(2);
    }

    @Test
    void contentTheplatformRefusedIsNotQueuedAgainUnchanged() {
        MemoryOutbox o = new MemoryOutbox();
        DiagnosisProject p = project();
        SubmissionQueue.offer(o, build(p, new byte[] {1}, T0), ZoneOffset.UTC);
        Submission s = o.list().get(0);
        o.update(s.uploading().failed("确认提交被平台拒绝（HTTP 422：统一社会信用代码缺失）。", false, null));
        assertThatThrownBy(() -> SubmissionQueue.offer(o, build(p, new byte[] {3}, T0.plusSeconds(60)), ZoneOffset.UTC))
                .isInstanceOf(UserException.class).hasMessageContaining("平台曾拒绝").hasMessageContaining("统一社会信用代码缺失");
    }

    @Test
    void contentHashIsTheDocumentedOne() {
        // docs/sync-api.md: SHA-256 of "name SP sha256 SP size LF" per part, sorted by name — written out by hand
        SubmissionPart b = new SubmissionPart("plan.docx", SubmissionPart.Kind.PLAN, "x", 1, Hashes.sha256(new byte[] {1}));
        SubmissionPart a = new SubmissionPart("a.json", SubmissionPart.Kind.PROJECT, "y", 0, Hashes.sha256(new byte[0]));
        String text = "a.json e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 0\n"
                + "plan.docx 4bf5122f344554c53bde2ebb8cd2b7e3d1600ad631c385a5d7cce23c7785459a 1\n";
        assertThat(SubmissionPart.contentHash(List.of(b, a))).isEqualTo(Hashes.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void partNamesAreNeverPaths() {
        assertThat(SubmissionPart.isSafeName("plan.docx")).isTrue();
        assertThat(SubmissionPart.isSafeName("改造方案.docx")).isTrue();
        for (String bad : List.of("../x", "a/b", "a\\b", ".hidden", "", "x..y", "C:x")) {
            assertThat(SubmissionPart.isSafeName(bad)).as(bad).isFalse();
        }
    }

    @Test
    void backoffGrowsExponentiallyUpToTheCapWithFullJitter() {
        Backoff b = Backoff.standard();
        assertThat(b.ceiling(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.ceiling(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(b.ceiling(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(b.ceiling(10)).isEqualTo(Duration.ofMinutes(10)); // 2 s · 2⁹ = 1024 s > 600 s
        assertThat(b.ceiling(1000)).isEqualTo(Duration.ofMinutes(10));
        Random r = new Random(42);
        long min = Long.MAX_VALUE;
        long max = 0;
        for (int i = 0; i < 2000; i++) {
            long d = b.delay(5, r).toMillis();
            min = Math.min(min, d);
            max = Math.max(max, d);
            assertThat(d).isBetween(1_000L, 32_000L);
        }
        assertThat(max - min).as("spread over the whole window (full jitter)").isGreaterThan(25_000);
    }

    @Test
    void aSubmissionCarriesTheProjectThePlanAndTheAnswers() throws Exception {
        DiagnosisProject p = project();
        var prep = SubmissionBuilder.build(p, new byte[] {7, 7}, new SubmissionBuilder.Scan("回执.JPEG", new byte[] {1, 2}), "test", T0);
        assertThat(prep.submission().parts()).extracting(SubmissionPart::name)
                .containsExactly("project.edproj", "plan.docx", "satisfaction.json", "satisfaction-scan.jpg");
        assertThat(org.energydiag.core.io.ProjectFile.parse(prep.files().get("project.edproj")).id()).isEqualTo(p.id());
        String answers = new String(prep.files().get("satisfaction.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(answers).contains("\"form\" : \"企业满意度调查表\"").contains("对本次节能降碳诊断服务总体印象");
        assertThat(prep.submission().status()).isEqualTo(SubmissionStatus.PENDING);
        assertThat(prep.submission().contentHash()).isEqualTo(SubmissionPart.contentHash(prep.submission().parts()));
        assertThatThrownBy(() -> SubmissionBuilder.build(p, new byte[] {1}, new SubmissionBuilder.Scan("x.gif", new byte[] {1}), "t", T0))
                .hasMessageContaining("PDF、JPG 或 PNG");
    }
}
