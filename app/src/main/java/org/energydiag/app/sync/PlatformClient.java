package org.energydiag.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.energydiag.app.text.Texts;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionPart;

/**
 * The HTTP side of docs/sync-api.md (java.net.http): every call either returns what the server
 * confirmed or throws a {@link SyncException} saying what to do. Blocking; called from the sync
 * thread only. An interrupt cancels the request in flight.
 */
public final class PlatformClient {

    /** Server state of a submission. */
    public record State(boolean complete, String receipt, Map<String, Long> received) {
        public long received(String part) {
            return received.getOrDefault(part, 0L);
        }
    }

    static final int DEFAULT_CHUNK = 1 << 20;

    private final HttpClient http;
    private final URI base;
    private final String token;
    private final Duration requestTimeout;
    private final String clientName;
    private final ObjectMapper json = new ObjectMapper();

    public PlatformClient(SyncSettings settings, Duration connectTimeout, Duration requestTimeout, String clientName) {
        this.base = settings.baseUri();
        this.token = settings.token();
        this.requestTimeout = requestTimeout;
        this.clientName = clientName;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** Production timeouts: connect 10 s, each request 60 s (docs/sync-api.md). */
    public PlatformClient(SyncSettings settings, String clientName) {
        this(settings, Duration.ofSeconds(10), Duration.ofSeconds(60), clientName);
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpRequest.Builder request(String path, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(requestTimeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        return b;
    }

    /** Reachability and token check; returns the chunk size to use. */
    public int ping() throws SyncException, InterruptedException {
        JsonNode n = send(request("/api/v1/ping", null).GET().build(), Texts.get("platform.what.ping"));
        int max = n.path("maxChunkBytes").asInt(DEFAULT_CHUNK);
        return max <= 0 ? DEFAULT_CHUNK : Math.min(max, 16 << 20);
    }

    /** Opens the submission, or learns the state of a known key. */
    public State open(Submission s) throws SyncException, InterruptedException {
        ObjectNode body = json.createObjectNode();
        body.put("key", s.key());
        body.put("projectId", s.projectId());
        body.put("enterpriseName", s.title());
        body.put("creditCode", s.creditCode());
        body.put("createdAt", s.createdAt().toString());
        body.put("contentHash", s.contentHash());
        body.put("client", clientName);
        ArrayNode parts = body.putArray("parts");
        for (SubmissionPart p : s.parts()) {
            parts.addObject().put("name", p.name()).put("kind", p.kind().name()).put("mediaType", p.mediaType())
                    .put("size", p.size()).put("sha256", p.sha256());
        }
        HttpRequest r = request("/api/v1/submissions", s.key()).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
        return state(send(r, Texts.get("platform.what.open")));
    }

    public State state(String key) throws SyncException, InterruptedException {
        return state(send(request("/api/v1/submissions/" + key, key).GET().build(), Texts.get("platform.what.state")));
    }

    /** Sends bytes {@code first .. first+length-1} of a part; returns the server's contiguous count. */
    public long putChunk(String key, SubmissionPart part, byte[] content, long first, int length)
            throws SyncException, InterruptedException {
        long last = first + length - 1;
        HttpRequest r = request("/api/v1/submissions/" + key + "/parts/" + part.name(), key)
                .header("Content-Type", "application/octet-stream")
                .header("Content-Range", "bytes " + first + "-" + last + "/" + part.size())
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content, (int) first, length)).build();
        return send(r, Texts.format("platform.what.upload", part.name())).path("received").asLong(-1);
    }

    /** Asks the platform to check and accept the submission; returns the receipt. */
    public String complete(String key) throws SyncException, InterruptedException {
        HttpRequest r = request("/api/v1/submissions/" + key + "/complete", key)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        JsonNode n = send(r, Texts.get("platform.what.complete"));
        if (!"COMPLETE".equals(n.path("status").asText())) {
            throw new SyncException(SyncException.Kind.RETRYABLE, "", Texts.format("platform.notComplete", n.path("status").asText()),
                    null, -1, null);
        }
        return n.path("receipt").asText("");
    }

    private State state(JsonNode n) {
        Map<String, Long> received = new HashMap<>();
        for (JsonNode p : n.path("parts")) {
            received.put(p.path("name").asText(), p.path("received").asLong(0));
        }
        return new State("COMPLETE".equals(n.path("status").asText()), n.path("receipt").asText(""), received);
    }

    private JsonNode send(HttpRequest r, String what) throws SyncException, InterruptedException {
        HttpResponse<String> resp;
        CompletableFuture<HttpResponse<String>> f = http.sendAsync(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            resp = f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            throw network(what, e.getCause() == null ? e : e.getCause());
        }
        int status = resp.statusCode();
        JsonNode body = parse(resp.body());
        if (status == 200 || status == 201) {
            if (body == null) {
                throw new SyncException(SyncException.Kind.RETRYABLE, "", Texts.format("platform.notJson", what), null, -1, null);
            }
            return body;
        }
        JsonNode err = body == null ? null : body.path("error");
        String code = err == null ? "" : err.path("code").asText("");
        String message = err == null ? "" : err.path("message").asText("");
        StringBuilder details = new StringBuilder();
        if (err != null) {
            for (JsonNode d : err.path("details")) {
                details.append("\n  · ");
                if (d.hasNonNull("part")) {
                    details.append(d.path("part").asText()).append(' ');
                }
                if (d.hasNonNull("field")) {
                    details.append(Texts.format("platform.detail.field", d.path("field").asText()));
                }
                details.append(d.path("problem").asText(""));
            }
        }
        String said = message.isEmpty() ? "" : Texts.format("platform.serverSaid", message, details);
        Duration retryAfter = resp.headers().firstValue("Retry-After").map(PlatformClient::seconds).orElse(null);
        if (status == 401 || status == 403) {
            throw new SyncException(SyncException.Kind.AUTH, code, Texts.format("platform.auth", what, status, said), null, -1, null);
        }
        if (status == 416 || "INCOMPLETE".equals(code) || "CHECKSUM_MISMATCH".equals(code)) {
            long received = err == null ? -1 : err.path("received").asLong(body.path("received").asLong(-1));
            throw new SyncException(SyncException.Kind.RESUME, code, Texts.format("platform.resume", what, code), null, received, null);
        }
        if (status == 408 || status == 429 || status >= 500) {
            throw new SyncException(SyncException.Kind.RETRYABLE, code, Texts.format("platform.unavailable", what, status, said), retryAfter, -1, null);
        }
        throw new SyncException(SyncException.Kind.REJECTED, code, Texts.format("platform.rejected", what, status,
                said.isEmpty() ? "" : said), null, -1, null);
    }

    private static Duration seconds(String v) {
        try {
            return Duration.ofSeconds(Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private JsonNode parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return json.readTree(s);
        } catch (IOException e) {
            return null;
        }
    }

    private static SyncException network(String what, Throwable e) {
        String why;
        SyncException.Kind kind = SyncException.Kind.RETRYABLE;
        if (e instanceof HttpConnectTimeoutException) {
            why = Texts.get("platform.network.connectTimeout");
            kind = SyncException.Kind.OFFLINE;
        } else if (e instanceof HttpTimeoutException) {
            why = Texts.get("platform.network.timeout");
        } else if (e instanceof ConnectException || e instanceof java.nio.channels.UnresolvedAddressException
                || e instanceof java.net.UnknownHostException) {
            why = Texts.get("platform.network.unreachable");
            kind = SyncException.Kind.OFFLINE;
        } else if (e instanceof IOException) {
            why = Texts.format("platform.network.interrupted", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } else {
            why = e.toString();
        }
        return new SyncException(kind, "", Texts.format("platform.network.failed", what, why), null, -1, e);
    }
}
