package org.energydiag.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionBuilder;
import org.energydiag.core.sync.SubmissionBuilder.Prepared;
import org.energydiag.core.sync.SubmissionPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FakePlatformTest {

    private static final String TOKEN = "test-token-123";
    private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
    private static final int CHUNK = 64 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private FakePlatform platform;

    @BeforeEach
    void start() throws IOException {
        platform = FakePlatform.start(TOKEN);
        platform.maxChunkBytes(CHUNK);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void happyPathOpenUploadInChunksCompleteAndCompleteAgain() throws Exception {
        assertThat(platform.baseUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/energydiag");
        HttpResponse<String> ping = send(request("/api/v1/ping").GET());
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(body(ping).path("apiVersion").asInt()).isEqualTo(1);
        assertThat(body(ping).path("maxChunkBytes").asInt()).isEqualTo(CHUNK);
        assertThat(platform.lastAuthorization()).isEqualTo("Bearer " + TOKEN);

        Prepared p = cementPlant(200_000);
        Submission s = p.submission();
        HttpResponse<String> opened = open(openBody(s), s.key());
        assertThat(opened.statusCode()).isEqualTo(201);
        assertThat(body(opened).path("status").asText()).isEqualTo("OPEN");
        assertThat(body(opened).path("parts")).hasSize(s.parts().size());
        body(opened).path("parts").forEach(n -> assertThat(n.path("received").asLong()).isZero());
        assertThat(open(openBody(s), s.key()).statusCode()).isEqualTo(200);

        int chunks = 0;
        for (SubmissionPart part : s.parts()) {
            chunks += upload(s.key(), part.name(), p.files().get(part.name()));
        }
        JsonNode state = body(send(request("/api/v1/submissions/" + s.key()).GET()));
        assertThat(state.path("status").asText()).isEqualTo("OPEN");
        for (JsonNode n : state.path("parts")) {
            assertThat(n.path("received").asLong()).isEqualTo(s.part(n.path("name").asText()).size());
        }

        HttpResponse<String> done = complete(s.key());
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode receipt = body(done);
        assertThat(receipt.path("status").asText()).isEqualTo("COMPLETE");
        assertThat(receipt.path("receipt").asText()).matches("ED-2026-\\d{6}");
        assertThat(Instant.parse(receipt.path("completedAt").asText())).isNotNull();

        HttpResponse<String> again = complete(s.key());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).path("receipt").asText()).isEqualTo(receipt.path("receipt").asText());
        HttpResponse<String> reopened = open(openBody(s), s.key());
        assertThat(reopened.statusCode()).isEqualTo(200);
        assertThat(body(reopened).path("status").asText()).isEqualTo("COMPLETE");
        assertThat(body(reopened).path("receipt").asText()).isEqualTo(receipt.path("receipt").asText());

        assertThat(platform.completedCount()).isEqualTo(1);
        assertThat(platform.submissionsStored()).isEqualTo(1);
        assertThat(platform.completesByContentHash()).isEqualTo(Map.of(s.contentHash(), 1));
        assertThat(platform.partBytes(s.key(), "plan.docx")).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(p.files().get("plan.docx")));
        assertThat(platform.chunkBytesAccepted()).isEqualTo(s.totalBytes());
        assertThat(platform.requestCount("PUT", ".*/parts/.*")).isEqualTo(chunks);
        assertThat(platform.requestCount("POST", "/complete")).isEqualTo(2);
        assertThat(platform.requestCount("POST", "/api/v1/submissions")).isEqualTo(3);
    }

    @Test
    void wrongOrMissingTokenIsUnauthorizedEverywhere() throws Exception {
        Prepared p = cementPlant(1000);
        String key = p.submission().key();
        for (String auth : new String[] {"Bearer wrong", null, TOKEN}) {
            List<HttpRequest.Builder> requests = List.of(
                    raw("/api/v1/ping", auth).GET(),
                    raw("/api/v1/submissions", auth).header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(openBody(p.submission())))),
                    raw("/api/v1/submissions/" + key, auth).GET(),
                    raw("/api/v1/submissions/" + key + "/parts/plan.docx", auth).header("Idempotency-Key", key)
                            .header("Content-Range", "bytes 0-9/1000").PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[10])),
                    raw("/api/v1/submissions/" + key + "/complete", auth).header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.noBody()));
            for (HttpRequest.Builder r : requests) {
                HttpResponse<String> resp = send(r);
                assertThat(resp.statusCode()).isEqualTo(401);
                assertThat(body(resp).at("/error/code").asText()).isEqualTo("UNAUTHORIZED");
                assertThat(body(resp).at("/error/message").asText()).contains("令牌");
                assertThat(body(resp).at("/error/details").isArray()).isTrue();
            }
        }
        assertThat(platform.lastAuthorization()).isEqualTo(TOKEN);
        assertThat(platform.submissionsStored()).isZero();
    }

    @Test
    void keyReusedWithOtherContentAndIdempotencyKeyMismatch() throws Exception {
        Prepared p = cementPlant(1000);
        Submission s = p.submission();
        assertThat(open(openBody(s), s.key()).statusCode()).isEqualTo(201);
        ObjectNode other = openBody(s);
        other.put("contentHash", "0".repeat(64));
        HttpResponse<String> reused = open(other, s.key());
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(body(reused).at("/error/code").asText()).isEqualTo("KEY_REUSED");

        HttpResponse<String> mismatch = open(openBody(s), UUID.randomUUID().toString());
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(body(mismatch).at("/error/details/0/field").asText()).isEqualTo("Idempotency-Key");
        assertThat(send(request("/api/v1/submissions/" + UUID.randomUUID()).GET()).statusCode()).isEqualTo(404);
        assertThat(platform.submissionsStored()).isEqualTo(1);
    }

    @Test
    void rangeErrors() throws Exception {
        Prepared p = cementPlant(200_000);
        Submission s = p.submission();
        open(openBody(s), s.key());
        byte[] plan = p.files().get("plan.docx");
        int size = plan.length;

        HttpResponse<String> beyond = put(s.key(), "plan.docx", plan, CHUNK, 2 * CHUNK - 1, size);
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(body(beyond).at("/error/code").asText()).isEqualTo("OFFSET_MISMATCH");
        assertThat(body(beyond).at("/error/received").asLong()).isZero();
        assertThat(body(beyond).path("received").asLong()).isZero();

        HttpResponse<String> badTotal = put(s.key(), "plan.docx", plan, 0, 99, size + 1);
        assertThat(badTotal.statusCode()).isEqualTo(400);
        assertThat(body(badTotal).at("/error/code").asText()).isEqualTo("BAD_RANGE");
        HttpResponse<String> malformed = send(chunkRequest(s.key(), "plan.docx", "bytes 0-9", new byte[10]));
        assertThat(body(malformed).at("/error/code").asText()).isEqualTo("BAD_RANGE");
        HttpResponse<String> shortBody = send(chunkRequest(s.key(), "plan.docx", "bytes 0-99/" + size, new byte[50]));
        assertThat(shortBody.statusCode()).isEqualTo(400);
        assertThat(body(shortBody).at("/error/code").asText()).isEqualTo("BAD_RANGE");
        HttpResponse<String> tooLarge = put(s.key(), "plan.docx", plan, 0, CHUNK, size);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(body(tooLarge).at("/error/code").asText()).isEqualTo("CHUNK_TOO_LARGE");
        assertThat(put(s.key(), "nope.docx", plan, 0, 9, size).statusCode()).isEqualTo(404);

        assertThat(platform.bytesReceived(s.key(), "plan.docx")).isZero();
        assertThat(platform.chunkBytesAccepted()).isZero();
    }

    @Test
    void repeatedChunkIsAcknowledgedButNotStoredTwice() throws Exception {
        Prepared p = cementPlant(200_000);
        Submission s = p.submission();
        open(openBody(s), s.key());
        byte[] plan = p.files().get("plan.docx");
        assertThat(put(s.key(), "plan.docx", plan, 0, CHUNK - 1, plan.length).statusCode()).isEqualTo(200);
        assertThat(platform.chunkBytesAccepted()).isEqualTo(CHUNK);

        HttpResponse<String> repeated = put(s.key(), "plan.docx", plan, 0, CHUNK - 1, plan.length);
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(body(repeated).path("received").asLong()).isEqualTo(CHUNK);
        assertThat(platform.chunkBytesAccepted()).isEqualTo(CHUNK);
        assertThat(platform.bytesReceived(s.key(), "plan.docx")).isEqualTo(CHUNK);

        byte[] changed = plan.clone();
        changed[10] ^= 1;
        HttpResponse<String> different = put(s.key(), "plan.docx", changed, 0, CHUNK - 1, plan.length);
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(body(different).at("/error/code").asText()).isEqualTo("CHUNK_MISMATCH");

        // overlapping the end of what is stored: only the new tail is written
        HttpResponse<String> overlap = put(s.key(), "plan.docx", plan, CHUNK / 2, CHUNK / 2 + CHUNK - 1, plan.length);
        assertThat(body(overlap).path("received").asLong()).isEqualTo(CHUNK / 2 + CHUNK);
        assertThat(platform.chunkBytesAccepted()).isEqualTo(CHUNK / 2 + CHUNK);
        assertThat(platform.partBytes(s.key(), "plan.docx")).hasValueSatisfying(
                b -> assertThat(b).isEqualTo(Arrays.copyOf(plan, CHUNK / 2 + CHUNK)));
    }

    @Test
    void checksumMismatchDiscardsThePart() throws Exception {
        Prepared p = cementPlant(100_000);
        Submission real = p.submission();
        List<SubmissionPart> declared = real.parts().stream().map(x -> x.name().equals("plan.docx")
                ? new SubmissionPart(x.name(), x.kind(), x.mediaType(), x.size(), "a".repeat(64)) : x).toList();
        ObjectNode body = openBody(real);
        body.put("contentHash", SubmissionPart.contentHash(declared));
        body.set("parts", partsJson(declared));
        assertThat(open(body, real.key()).statusCode()).isEqualTo(201);
        for (SubmissionPart part : real.parts()) {
            upload(real.key(), part.name(), p.files().get(part.name()));
        }
        HttpResponse<String> mismatch = complete(real.key());
        assertThat(mismatch.statusCode()).isEqualTo(422);
        assertThat(body(mismatch).at("/error/code").asText()).isEqualTo("CHECKSUM_MISMATCH");
        assertThat(body(mismatch).at("/error/part").asText()).isEqualTo("plan.docx");
        assertThat(body(mismatch).path("part").asText()).isEqualTo("plan.docx");
        assertThat(platform.bytesReceived(real.key(), "plan.docx")).isZero();
        assertThat(platform.partBytes(real.key(), "plan.docx")).isEmpty();
        assertThat(platform.bytesReceived(real.key(), "project.edproj")).isEqualTo(real.part("project.edproj").size());

        HttpResponse<String> incomplete = complete(real.key());
        assertThat(incomplete.statusCode()).isEqualTo(409);
        assertThat(body(incomplete).at("/error/code").asText()).isEqualTo("INCOMPLETE");
        assertThat(body(incomplete).path("parts").findValues("received").stream().map(JsonNode::asLong))
                .contains(0L);
        assertThat(platform.completedCount()).isZero();
    }

    @Test
    void contentIsRejectedWithoutEnterpriseNameOrWhenInjected() throws Exception {
        Prepared empty = SubmissionBuilder.build(DiagnosisProject.create(NOW), new byte[] {1, 2, 3}, null, "test", NOW);
        uploadAll(empty);
        HttpResponse<String> rejected = complete(empty.submission().key());
        assertThat(rejected.statusCode()).isEqualTo(422);
        JsonNode err = body(rejected).path("error");
        assertThat(err.path("code").asText()).isEqualTo("REJECTED");
        assertThat(err.at("/details/0/part").asText()).isEqualTo("project.edproj");
        assertThat(err.at("/details/0/field").asText()).isEqualTo("enterprise.name");
        assertThat(err.at("/details/0/problem").asText()).isEqualTo("必填");
        assertThat(body(send(request("/api/v1/submissions/" + empty.submission().key()).GET())).path("status").asText())
                .isEqualTo("OPEN");

        Prepared good = cementPlant(1000);
        uploadAll(good);
        platform.rejectOnComplete("REJECTED", "统一社会信用代码缺失", "project.edproj", "enterprise.creditCode", "必填");
        HttpResponse<String> injected = complete(good.submission().key());
        assertThat(injected.statusCode()).isEqualTo(422);
        assertThat(body(injected).at("/error/message").asText()).isEqualTo("统一社会信用代码缺失");
        assertThat(body(injected).at("/error/details/0/field").asText()).isEqualTo("enterprise.creditCode");
        assertThat(complete(good.submission().key()).statusCode()).isEqualTo(200); // one-shot
        assertThat(platform.completedCount()).isEqualTo(1);
    }

    @Test
    void droppedChunkIsAnIOExceptionAndStoresNothing() throws Exception {
        Prepared p = cementPlant(200_000);
        Submission s = p.submission();
        open(openBody(s), s.key());
        byte[] plan = p.files().get("plan.docx");
        platform.dropNextChunkMidway(1);
        assertThatThrownBy(() -> put(s.key(), "plan.docx", plan, 0, CHUNK - 1, plan.length))
                .isInstanceOf(IOException.class);
        assertThat(platform.bytesReceived(s.key(), "plan.docx")).isZero();
        assertThat(platform.partBytes(s.key(), "plan.docx")).isEmpty();
        assertThat(platform.chunkBytesAccepted()).isZero();

        assertThat(put(s.key(), "plan.docx", plan, 0, CHUNK - 1, plan.length).statusCode()).isEqualTo(200);
        assertThat(platform.bytesReceived(s.key(), "plan.docx")).isEqualTo(CHUNK);
        assertThat(platform.requestCount("PUT", ".*/parts/plan\\.docx")).isEqualTo(2);
    }

    @Test
    void injectedFailuresAreAnsweredThenNormalServiceResumes() throws Exception {
        platform.failNext(1, 500);
        HttpResponse<String> failed = send(request("/api/v1/ping").GET());
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(body(failed).at("/error/code").asText()).isNotBlank();
        assertThat(body(failed).at("/error/message").asText()).isNotBlank();
        assertThat(send(request("/api/v1/ping").GET()).statusCode()).isEqualTo(200);

        platform.failNext(1, 503);
        HttpResponse<String> busy = send(request("/api/v1/ping").GET());
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).contains("1");

        Prepared p = cementPlant(200_000);
        Submission s = p.submission();
        platform.failNextChunks(2, 502);
        assertThat(open(openBody(s), s.key()).statusCode()).isEqualTo(201); // not a chunk
        byte[] plan = p.files().get("plan.docx");
        assertThat(put(s.key(), "plan.docx", plan, 0, CHUNK - 1, plan.length).statusCode()).isEqualTo(502);
        assertThat(put(s.key(), "plan.docx", plan, 0, CHUNK - 1, plan.length).statusCode()).isEqualTo(502);
        assertThat(put(s.key(), "plan.docx", plan, 0, CHUNK - 1, plan.length).statusCode()).isEqualTo(200);
        assertThat(platform.chunkBytesAccepted()).isEqualTo(CHUNK);
    }

    @Test
    void stalledAnswerTimesTheClientOutWhileOthersAreServed() throws Exception {
        Prepared p = cementPlant(200_000);
        Submission s = p.submission();
        open(openBody(s), s.key());
        byte[] plan = p.files().get("plan.docx");
        // the answer is held back far longer than the client waits, so only the client's timeout can end it
        platform.stallNext(1, Duration.ofSeconds(60));
        HttpRequest stalled = chunkRequest(s.key(), "plan.docx", "bytes 0-" + (CHUNK - 1) + "/" + plan.length,
                Arrays.copyOf(plan, CHUNK)).timeout(Duration.ofSeconds(8)).build();
        var pending = http.sendAsync(stalled, HttpResponse.BodyHandlers.ofString());
        // the request itself is handled (its bytes stored); only its answer is held back
        SyncServiceTest.await("stalled chunk received", () -> platform.bytesReceived(s.key(), "plan.docx") == CHUNK);
        // while it is held, another request is served
        assertThat(send(request("/api/v1/ping").GET()).statusCode()).isEqualTo(200);
        assertThat(pending).as("the stalled answer is still held back while the ping was served").isNotDone();
        assertThatThrownBy(pending::join).hasCauseInstanceOf(HttpTimeoutException.class);
        assertThat(platform.bytesReceived(s.key(), "plan.docx")).isEqualTo(CHUNK);

        platform.delayEach(Duration.ofMillis(300));
        long t1 = System.nanoTime();
        assertThat(send(request("/api/v1/ping").GET()).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - t1)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        platform.delayEach(Duration.ZERO);
    }

    @Test
    void offlineRefusesConnectionsAndComesBackWithItsState() throws Exception {
        Prepared p = cementPlant(1000);
        Submission s = p.submission();
        assertThat(open(openBody(s), s.key()).statusCode()).isEqualTo(201);
        platform.setOffline(true);
        assertThatThrownBy(() -> send(request("/api/v1/ping").GET())).isInstanceOf(ConnectException.class);
        assertThatThrownBy(() -> send(request("/api/v1/submissions/" + s.key()).GET())).isInstanceOf(IOException.class);
        platform.setOffline(false);
        assertThat(send(request("/api/v1/ping").GET()).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/v1/submissions/" + s.key()).GET()).statusCode()).isEqualTo(200);
        platform.setOffline(true);
        platform.setOffline(false);
        assertThat(open(openBody(s), s.key()).statusCode()).isEqualTo(200);
    }

    @Test
    void closeIsImmediateEvenWithAStalledRequest() throws Exception {
        platform.stallNext(1, Duration.ofSeconds(60));
        var pending = http.sendAsync(request("/api/v1/ping").GET().build(), HttpResponse.BodyHandlers.ofString());
        SyncServiceTest.await("stalled request received", () -> platform.requestCount("GET", "/api/v1/ping") == 1);
        long t0 = System.nanoTime();
        platform.close();
        // close does not wait for the stalled answer (60 s); the bound is far from both, so load cannot flip it
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThatThrownBy(pending::join).hasCauseInstanceOf(IOException.class);
        assertThatThrownBy(() -> send(request("/api/v1/ping").GET())).isInstanceOf(ConnectException.class);
    }

    @Test
    void defaultClientWithFullSizeChunksAndADroppedOne() throws Exception {
        platform.maxChunkBytes(1024 * 1024);
        HttpClient client = HttpClient.newHttpClient(); // prefers HTTP/2: h2c upgrade is ignored, HTTP/1.1 served
        Prepared p = cementPlant(2_500_000);
        Submission s = p.submission();
        assertThat(client.send(request("/api/v1/submissions").header("Idempotency-Key", s.key())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(openBody(s)))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(201);
        byte[] plan = p.files().get("plan.docx");
        int mib = 1024 * 1024;
        HttpRequest first = chunkRequest(s.key(), "plan.docx", "bytes 0-" + (mib - 1) + "/" + plan.length,
                Arrays.copyOf(plan, mib)).build();
        platform.dropNextChunkMidway(1);
        assertThatThrownBy(() -> client.send(first, HttpResponse.BodyHandlers.ofString())).isInstanceOf(IOException.class);
        assertThat(platform.bytesReceived(s.key(), "plan.docx")).isZero();
        assertThat(platform.chunkBytesAccepted()).isZero();
        platform.failNextChunks(1, 401); // an early answer to a big body is read by the client, not a reset
        assertThat(client.send(first, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        for (int from = 0; from < plan.length; from += mib) {
            int to = Math.min(plan.length, from + mib) - 1;
            HttpResponse<String> r = client.send(chunkRequest(s.key(), "plan.docx", "bytes " + from + "-" + to + "/"
                    + plan.length, Arrays.copyOfRange(plan, from, to + 1)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        assertThat(platform.partBytes(s.key(), "plan.docx")).hasValueSatisfying(b -> assertThat(b).isEqualTo(plan));
        assertThat(platform.chunkBytesAccepted()).isEqualTo(plan.length);
    }

    @Test
    void partNamesAreDecodedFromThePath() throws Exception {
        byte[] bytes = "扫描件".getBytes(StandardCharsets.UTF_8);
        SubmissionPart part = new SubmissionPart("调查表-扫描.pdf", SubmissionPart.Kind.SCAN, "application/pdf",
                bytes.length, Hashes.sha256(bytes));
        Submission base = cementPlant(10).submission();
        ObjectNode body = openBody(base);
        body.put("contentHash", SubmissionPart.contentHash(List.of(part)));
        body.set("parts", partsJson(List.of(part)));
        open(body, base.key());
        assertThat(put(base.key(), part.name(), bytes, 0, bytes.length - 1, bytes.length).statusCode()).isEqualTo(200);
        assertThat(platform.partBytes(base.key(), part.name())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
    }

    // ---------------------------------------------------------------- helpers

    private Prepared cementPlant(int planBytes) {
        byte[] plan = new byte[planBytes];
        new Random(planBytes).nextBytes(plan);
        return SubmissionBuilder.build(DemoProjects.cementPlant(NOW, "测试诊断机构"), plan, null, "EnergyDiag test", NOW);
    }

    private void uploadAll(Prepared p) throws Exception {
        Submission s = p.submission();
        assertThat(open(openBody(s), s.key()).statusCode()).isEqualTo(201);
        for (SubmissionPart part : s.parts()) {
            upload(s.key(), part.name(), p.files().get(part.name()));
        }
    }

    private ObjectNode openBody(Submission s) {
        ObjectNode b = json.createObjectNode();
        b.put("key", s.key());
        b.put("projectId", s.projectId());
        b.put("enterpriseName", s.title());
        b.put("creditCode", s.creditCode());
        b.put("createdAt", s.createdAt().toString());
        b.put("contentHash", s.contentHash());
        b.put("client", "EnergyDiag test");
        b.set("parts", partsJson(s.parts()));
        return b;
    }

    private ArrayNode partsJson(List<SubmissionPart> parts) {
        ArrayNode a = json.createArrayNode();
        for (SubmissionPart p : parts) {
            a.addObject().put("name", p.name()).put("kind", p.kind().name()).put("mediaType", p.mediaType())
                    .put("size", p.size()).put("sha256", p.sha256());
        }
        return a;
    }

    private HttpResponse<String> open(ObjectNode body, String idempotencyKey) throws Exception {
        return send(request("/api/v1/submissions").header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    private HttpResponse<String> complete(String key) throws Exception {
        return send(request("/api/v1/submissions/" + key + "/complete").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends bytes first..last of data. */
    private HttpResponse<String> put(String key, String name, byte[] data, int first, int last, long total)
            throws Exception {
        return send(chunkRequest(key, name, "bytes " + first + "-" + last + "/" + total,
                Arrays.copyOfRange(data, first, last + 1)));
    }

    /** Uploads a part in chunks of {@link #CHUNK}; returns the number of chunks. */
    private int upload(String key, String name, byte[] data) throws Exception {
        int n = 0;
        for (int first = 0; first < data.length; first += CHUNK, n++) {
            int last = Math.min(data.length, first + CHUNK) - 1;
            HttpResponse<String> r = put(key, name, data, first, last, data.length);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(body(r).path("received").asLong()).isEqualTo(last + 1);
        }
        return n;
    }

    private HttpRequest.Builder chunkRequest(String key, String name, String range, byte[] body) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return request("/api/v1/submissions/" + key + "/parts/" + encoded).header("Idempotency-Key", key)
                .header("Content-Range", range).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder request(String path) {
        return raw(path, "Bearer " + TOKEN);
    }

    private HttpRequest.Builder raw(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(platform.baseUri() + path)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder r) throws IOException, InterruptedException {
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode body(HttpResponse<String> r) throws IOException {
        return json.readTree(r.body());
    }
}
