package org.energydiag.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.sync.SubmissionPart;

/**
 * A test-only implementation of the sync contract in {@code docs/sync-api.md}, served by the JDK's
 * {@link HttpServer} on {@code 127.0.0.1} (ephemeral port) under {@code /energydiag}, with fault
 * injection for the client's tests.
 *
 * <p>Details the spec leaves open, as implemented here:
 * <ul>
 *   <li>{@code Idempotency-Key} is required on open, PUT and complete (400 {@code BAD_REQUEST}
 *       when missing or different from the key of the request); on GET it is optional but must
 *       match when present.</li>
 *   <li>Extra error fields are put both inside {@code error} and at the top level of the body:
 *       {@code received} (416 {@code OFFSET_MISMATCH}), {@code parts} (409 {@code INCOMPLETE}),
 *       {@code part} (422 {@code CHECKSUM_MISMATCH}).</li>
 *   <li>A repeated chunk whose bytes differ from what is stored is answered 409
 *       {@code CHUNK_MISMATCH}; a chunk that overlaps the stored bytes and goes beyond them has its
 *       new tail appended (the overlap is compared, never stored twice).</li>
 *   <li>Fault-injected delays ({@link #delayEach}, {@link #stallNext}) hold back the <em>answer</em>:
 *       the request is handled first, so a client that times out has lost the response, not the
 *       request (deterministic; the client must then learn the state and not re-send).</li>
 *   <li>Fault injection is applied before authentication: a failing or dropped request is never
 *       handled.</li>
 *   <li>{@code complete} also rejects (422 {@code REJECTED}, field {@code contentHash}) when the
 *       declared content hash does not match the declared parts.</li>
 * </ul>
 */
public final class FakePlatform implements AutoCloseable {

    public static final String PREFIX = "/energydiag";
    private static final String JSON = "application/json; charset=utf-8";
    private static final Pattern RANGE = Pattern.compile("bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18})");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_JSON_BYTES = 16 * 1024 * 1024;
    private static final long MAX_PART_BYTES = 512L * 1024 * 1024;
    private static final long MAX_DRAIN_BYTES = 64L * 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();
    private final String expectedAuthorization;
    private final ExecutorService executor;
    private final Object lifecycle = new Object();
    private HttpServer server;
    private final int port;
    private boolean offline;
    private boolean closed;

    // all submission state is guarded by "this"
    private final Map<String, Sub> submissions = new LinkedHashMap<>();
    private int receiptSequence;
    private long chunkBytesAccepted;
    private Rejection rejection;

    // fault injection, guarded by "this"
    private int failCount;
    private int failStatus;
    private int failChunkCount;
    private int failChunkStatus;
    private int stallCount;
    private Duration stall = Duration.ZERO;
    private int dropChunkCount;
    private volatile Duration delayEach = Duration.ZERO;
    private volatile int maxChunkBytes = 1024 * 1024;

    private final ConcurrentLinkedQueue<String[]> requestLog = new ConcurrentLinkedQueue<>();
    private volatile String lastAuthorization;

    private FakePlatform(String token) throws IOException {
        this.expectedAuthorization = "Bearer " + token;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-platform-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = bind(0);
        this.port = server.getAddress().getPort();
    }

    /** Starts a server that accepts only {@code Authorization: Bearer <token>}. */
    public static FakePlatform start(String token) throws IOException {
        return new FakePlatform(token);
    }

    private HttpServer bind(int onPort) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), onPort), 64);
        s.createContext(PREFIX, this::handle);
        s.setExecutor(executor);
        s.start();
        return s;
    }

    /** {@code http://127.0.0.1:PORT/energydiag}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port + PREFIX);
    }

    /** Stops at once: open connections are closed, stalled handlers interrupted. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            closed = true;
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }
        executor.shutdownNow();
    }

    // ---------------------------------------------------------------- fault injection

    /** The next {@code count} requests (any endpoint) are answered {@code status} with an error body. */
    public synchronized void failNext(int count, int status) {
        failCount = count;
        failStatus = status;
    }

    /** The next {@code count} PUT chunk requests are answered {@code status} with an error body. */
    public synchronized void failNextChunks(int count, int status) {
        failChunkCount = count;
        failChunkStatus = status;
    }

    /** Every request's answer is held back by {@code d}; {@link Duration#ZERO} to stop. */
    public void delayEach(Duration d) {
        delayEach = d == null ? Duration.ZERO : d;
    }

    /** The answers to the next {@code count} requests are held back by {@code d} (the request is handled). */
    public synchronized void stallNext(int count, Duration d) {
        stallCount = count;
        stall = d == null ? Duration.ZERO : d;
    }

    /**
     * The next {@code count} PUT chunks: about half of the body is read, then the connection is
     * closed without an answer. Nothing of such a chunk is stored.
     */
    public synchronized void dropNextChunkMidway(int count) {
        dropChunkCount = count;
    }

    /** The next {@code complete} that reaches content validation is answered 422 with this error (one-shot). */
    public synchronized void rejectOnComplete(String code, String message, String part, String field, String problem) {
        rejection = new Rejection(code == null ? "REJECTED" : code, message, part, field, problem);
    }

    /** Largest accepted chunk (default 1 MiB), reported by ping. */
    public void maxChunkBytes(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("maxChunkBytes must be positive: " + n);
        }
        maxChunkBytes = n;
    }

    /**
     * While offline the server is stopped (connections are refused); back online it listens again
     * on the same port, with all its state.
     */
    public void setOffline(boolean offline) {
        synchronized (lifecycle) {
            if (closed || offline == this.offline) {
                return;
            }
            if (offline) {
                server.stop(0);
                server = null;
                this.offline = true;
                return;
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (true) {
                try {
                    server = bind(port);
                    this.offline = false;
                    return;
                } catch (BindException e) {
                    if (System.nanoTime() > deadline) {
                        throw new UncheckedIOException("cannot listen again on port " + port, e);
                    }
                    sleepQuietly(Duration.ofMillis(50));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    // ---------------------------------------------------------------- observation

    public synchronized int completedCount() {
        return (int) submissions.values().stream().filter(s -> s.receipt != null).count();
    }

    public synchronized int submissionsStored() {
        return submissions.size();
    }

    /** The bytes stored for a part (its contiguous prefix); empty when the key or part is unknown or nothing is stored. */
    public synchronized Optional<byte[]> partBytes(String key, String part) {
        Part p = part(key, part);
        return p == null || p.received == 0 ? Optional.empty() : Optional.of(Arrays.copyOf(p.data, (int) p.received));
    }

    /** contentHash → number of COMPLETE submissions with it. */
    public synchronized Map<String, Integer> completesByContentHash() {
        Map<String, Integer> m = new HashMap<>();
        submissions.values().stream().filter(s -> s.receipt != null).forEach(s -> m.merge(s.contentHash, 1, Integer::sum));
        return Map.copyOf(m);
    }

    /** Contiguous bytes held for a part; 0 when unknown. */
    public synchronized long bytesReceived(String key, String part) {
        Part p = part(key, part);
        return p == null ? 0 : p.received;
    }

    /**
     * Requests received with this method whose decoded path ends with a match of the regex, e.g.
     * {@code ("PUT", ".*&#47;parts/.*")} or {@code ("POST", "/complete")}.
     */
    public int requestCount(String method, String pathSuffixRegex) {
        Pattern p = Pattern.compile("(?s).*(?:" + pathSuffixRegex + ")");
        return (int) requestLog.stream().filter(r -> r[0].equalsIgnoreCase(method) && p.matcher(r[1]).matches()).count();
    }

    /** Total chunk bytes newly written to storage (repeated bytes are not counted). */
    public synchronized long chunkBytesAccepted() {
        return chunkBytesAccepted;
    }

    /** The Authorization header of the last request (null if it had none). */
    public String lastAuthorization() {
        return lastAuthorization;
    }

    private Part part(String key, String part) {
        Sub s = submissions.get(key);
        return s == null ? null : s.parts.get(part);
    }

    // ---------------------------------------------------------------- model

    private static final class Sub {
        final String key;
        final String contentHash;
        final Map<String, Part> parts = new LinkedHashMap<>();
        String receipt;
        String completedAt;

        Sub(String key, String contentHash) {
            this.key = key;
            this.contentHash = contentHash;
        }
    }

    private static final class Part {
        final String name;
        final String mediaType;
        final long size;
        final String sha256;
        byte[] data = new byte[0];
        long received;

        Part(String name, String mediaType, long size, String sha256) {
            this.name = name;
            this.mediaType = mediaType;
            this.size = size;
            this.sha256 = sha256;
        }

        void append(byte[] bytes, int from, int length) {
            int need = (int) received + length;
            if (need > data.length) {
                data = Arrays.copyOf(data, (int) Math.min(size, Math.max(need, data.length * 2L)));
            }
            System.arraycopy(bytes, from, data, (int) received, length);
            received = need;
        }
    }

    private record Rejection(String code, String message, String part, String field, String problem) {
    }

    /** An answer, prepared before it is (possibly late) sent. */
    private record Answer(int status, ObjectNode body, Map<String, String> headers) {
        static Answer of(int status, ObjectNode body) {
            return new Answer(status, body, Map.of());
        }
    }

    /** Thrown by handlers for error answers. */
    private static final class Failure extends Exception {
        final transient Answer answer;

        Failure(Answer answer) {
            super(null, null, false, false);
            this.answer = answer;
        }
    }

    // ---------------------------------------------------------------- dispatch

    private void handle(HttpExchange ex) {
        try (ex) {
            String method = ex.getRequestMethod();
            String rawPath = ex.getRequestURI().getRawPath();
            requestLog.add(new String[] {method, ex.getRequestURI().getPath()});
            String authorization = ex.getRequestHeaders().getFirst("Authorization");
            lastAuthorization = authorization;
            List<String> segs = segments(rawPath);
            boolean chunk = "PUT".equals(method) && segs != null && segs.size() == 6 && segs.get(4).equals("parts");

            Duration hold = delayEach;
            Answer injected = null;
            boolean drop = false;
            synchronized (this) {
                if (stallCount > 0) {
                    stallCount--;
                    hold = hold.plus(stall);
                }
                if (failCount > 0) {
                    failCount--;
                    injected = injectedFailure(failStatus);
                } else if (chunk && failChunkCount > 0) {
                    failChunkCount--;
                    injected = injectedFailure(failChunkStatus);
                } else if (chunk && dropChunkCount > 0) {
                    dropChunkCount--;
                    drop = true;
                }
            }
            if (drop) {
                dropMidway(ex);
                return;
            }
            Answer answer;
            if (injected != null) {
                answer = injected;
            } else if (!expectedAuthorization.equals(authorization)) {
                answer = new Answer(401, error("UNAUTHORIZED", "访问令牌无效或缺失，请在同步设置中检查令牌。"),
                        Map.of("WWW-Authenticate", "Bearer"));
            } else {
                try {
                    answer = route(method, segs, ex);
                } catch (Failure f) {
                    answer = f.answer;
                }
            }
            drain(ex);
            if (!hold.isZero() && !hold.isNegative() && !sleepQuietly(hold)) {
                return; // closing: the connection is dropped
            }
            send(ex, answer);
        } catch (IOException e) {
            // the client went away; nothing to answer
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private Answer route(String method, List<String> segs, HttpExchange ex) throws Failure, IOException {
        if (segs == null || segs.size() < 3 || !segs.get(0).equals("api") || !segs.get(1).equals("v1")) {
            throw notFound("接口不存在：" + ex.getRequestURI().getPath());
        }
        String what = segs.get(2);
        if (segs.size() == 3 && what.equals("ping")) {
            allow(method, "GET");
            ObjectNode b = json.createObjectNode();
            b.put("server", "EnergyDiag FakePlatform");
            b.put("apiVersion", 1);
            b.put("maxChunkBytes", maxChunkBytes);
            return Answer.of(200, b);
        }
        if (!what.equals("submissions")) {
            throw notFound("接口不存在：" + ex.getRequestURI().getPath());
        }
        if (segs.size() == 3) {
            allow(method, "POST");
            return open(ex);
        }
        String key = segs.get(3);
        String idem = ex.getRequestHeaders().getFirst("Idempotency-Key");
        if (segs.size() == 4) {
            allow(method, "GET");
            if (idem != null && !idem.equals(key)) {
                throw badIdempotencyKey(idem, key);
            }
            synchronized (this) {
                return Answer.of(200, state(existing(key)));
            }
        }
        if (segs.size() == 5 && segs.get(4).equals("complete")) {
            allow(method, "POST");
            requireIdempotencyKey(idem, key);
            return complete(key);
        }
        if (segs.size() == 6 && segs.get(4).equals("parts")) {
            allow(method, "PUT");
            requireIdempotencyKey(idem, key);
            return putChunk(ex, key, segs.get(5));
        }
        throw notFound("接口不存在：" + ex.getRequestURI().getPath());
    }

    /** Path segments after the prefix, percent-decoded; null when outside the prefix. */
    private static List<String> segments(String rawPath) {
        if (rawPath == null || !(rawPath.equals(PREFIX) || rawPath.startsWith(PREFIX + "/"))) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String s : rawPath.substring(PREFIX.length()).split("/")) {
            if (!s.isEmpty()) {
                out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- endpoints

    private Answer open(HttpExchange ex) throws Failure, IOException {
        JsonNode body = readJson(ex);
        String key = body.path("key").asText("");
        if (key.isBlank() || key.contains("/")) {
            throw badRequest("请求缺少提交编号（key）。", "key", "必填");
        }
        String idem = ex.getRequestHeaders().getFirst("Idempotency-Key");
        requireIdempotencyKey(idem, key);
        String contentHash = body.path("contentHash").asText("");
        if (!HEX64.matcher(contentHash).matches()) {
            throw badRequest("内容校验值（contentHash）不是 64 位小写十六进制。", "contentHash", "格式不正确");
        }
        JsonNode partsNode = body.path("parts");
        if (!partsNode.isArray() || partsNode.isEmpty()) {
            throw badRequest("提交中没有文件（parts）。", "parts", "必填");
        }
        Sub fresh = new Sub(key, contentHash);
        for (JsonNode p : partsNode) {
            String name = p.path("name").asText("");
            if (!SubmissionPart.isSafeName(name)) {
                throw badRequest("文件名不合规：" + name, "parts.name", "格式不正确");
            }
            if (fresh.parts.containsKey(name)) {
                throw badRequest("文件重复：" + name, "parts.name", "重复");
            }
            long size = p.path("size").asLong(-1);
            if (!p.path("size").canConvertToLong() || size < 0 || size > MAX_PART_BYTES) {
                throw badRequest("文件 " + name + " 的大小不正确。", "parts.size", "格式不正确");
            }
            String sha = p.path("sha256").asText("");
            if (!HEX64.matcher(sha).matches()) {
                throw badRequest("文件 " + name + " 的校验值不是 64 位小写十六进制。", "parts.sha256", "格式不正确");
            }
            fresh.parts.put(name, new Part(name, p.path("mediaType").asText(""), size, sha));
        }
        synchronized (this) {
            Sub known = submissions.get(key);
            if (known != null) {
                if (!known.contentHash.equals(contentHash)) {
                    throw new Failure(Answer.of(409, error("KEY_REUSED", "该提交编号已用于内容不同的另一份提交。",
                            detail(null, "contentHash", "与该编号原有的内容不同"))));
                }
                return Answer.of(200, state(known));
            }
            submissions.put(key, fresh);
            return Answer.of(201, state(fresh));
        }
    }

    private Answer putChunk(HttpExchange ex, String key, String name) throws Failure, IOException {
        long size;
        synchronized (this) {
            Part p = existing(key).parts.get(name);
            if (p == null) {
                throw notFound("该提交中没有文件：" + name);
            }
            size = p.size;
        }
        String range = ex.getRequestHeaders().getFirst("Content-Range");
        Matcher m = range == null ? null : RANGE.matcher(range.trim());
        if (m == null || !m.matches()) {
            throw badRange(name, "Content-Range 格式不正确（应为 bytes 起点-终点/总长）：" + range);
        }
        long first = Long.parseLong(m.group(1));
        long last = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        if (first > last || last >= total) {
            throw badRange(name, "Content-Range 的范围不正确：" + range);
        }
        if (total != size) {
            throw badRange(name, "Content-Range 的总长 " + total + " 与声明的文件大小 " + size + " 不符。");
        }
        long length = last - first + 1;
        if (length > maxChunkBytes) {
            throw new Failure(Answer.of(413, error("CHUNK_TOO_LARGE", "分段过大：每段最多 " + maxChunkBytes + " 字节。",
                    detail(name, "Content-Range", "超过 " + maxChunkBytes + " 字节"))));
        }
        // the whole chunk in memory before anything is stored (a dropped connection throws here)
        byte[] body = ex.getRequestBody().readNBytes((int) length + 1);
        if (body.length != length) {
            throw badRange(name, "数据长度 " + body.length + " 与 Content-Range 的 " + length + " 字节不符。");
        }
        synchronized (this) {
            Sub s = existing(key); // still there: submissions are never removed
            Part p = s.parts.get(name);
            if (first > p.received) {
                ObjectNode b = error("OFFSET_MISMATCH", "分段起点 " + first + " 超出服务器已收到的数据，请从第 " + p.received
                        + " 字节续传。", detail(name, "Content-Range", "起点应为 " + p.received));
                ((ObjectNode) b.get("error")).put("received", p.received);
                b.put("received", p.received);
                return Answer.of(416, b);
            }
            int overlap = (int) Math.min(length, p.received - first);
            if (!Arrays.equals(p.data, (int) first, (int) first + overlap, body, 0, overlap)) {
                throw new Failure(Answer.of(409, error("CHUNK_MISMATCH", "重传的分段与服务器已收到的内容不一致。",
                        detail(name, "Content-Range", "内容不一致"))));
            }
            if (overlap < length) {
                p.append(body, overlap, (int) length - overlap);
                chunkBytesAccepted += length - overlap;
            }
            ObjectNode b = json.createObjectNode();
            b.put("name", name);
            b.put("received", p.received);
            return Answer.of(200, b);
        }
    }

    private synchronized Answer complete(String key) throws Failure {
        Sub s = existing(key);
        if (s.receipt != null) {
            return Answer.of(200, state(s));
        }
        if (s.parts.values().stream().anyMatch(p -> p.received < p.size)) {
            ObjectNode b = error("INCOMPLETE", "文件尚未全部上传，请续传后再完成提交。");
            ArrayNode parts = partStates(s);
            ((ObjectNode) b.get("error")).set("parts", parts);
            b.set("parts", parts.deepCopy());
            ArrayNode details = (ArrayNode) b.get("error").get("details");
            s.parts.values().stream().filter(p -> p.received < p.size).forEach(p ->
                    details.add(detail(p.name, "received", "已收到 " + p.received + " / " + p.size + " 字节")));
            throw new Failure(Answer.of(409, b));
        }
        List<SubmissionPart> actual = new ArrayList<>();
        for (Part p : s.parts.values()) {
            String sha = Hashes.sha256(Arrays.copyOf(p.data, (int) p.received));
            if (!sha.equals(p.sha256)) {
                p.received = 0;
                p.data = new byte[0];
                ObjectNode b = error("CHECKSUM_MISMATCH", "文件 " + p.name + " 的校验值不符，服务器已丢弃该文件，请重新上传。",
                        detail(p.name, "sha256", "校验值不符"));
                ((ObjectNode) b.get("error")).put("part", p.name);
                b.put("part", p.name);
                throw new Failure(Answer.of(422, b));
            }
            actual.add(new SubmissionPart(p.name, SubmissionPart.Kind.PROJECT, p.mediaType, p.size, sha));
        }
        if (!SubmissionPart.contentHash(actual).equals(s.contentHash)) {
            throw rejected("内容校验值与文件清单不符。", null, "contentHash", "与各文件的校验值不一致");
        }
        if (rejection != null) {
            Rejection r = rejection;
            rejection = null;
            throw new Failure(Answer.of(422, error(r.code(), r.message(), detail(r.part(), r.field(), r.problem()))));
        }
        if (!s.parts.containsKey("project.edproj") && s.parts.containsKey("followup.json")) {
            validateFollowUp(s.parts.get("followup.json")); // a follow-up submission (docs/sync-api.md): no project file
        } else {
            validateProject(s.parts.get("project.edproj"));
        }
        s.receipt = String.format("ED-2026-%06d", ++receiptSequence);
        s.completedAt = Instant.now().toString();
        return Answer.of(200, state(s));
    }

    /** The project file must parse and name the enterprise. */
    private void validateProject(Part project) throws Failure {
        String part = "project.edproj";
        if (project == null) {
            throw rejected("缺少项目数据文件（project.edproj）。", part, null, "必填");
        }
        JsonNode root;
        try {
            root = json.readTree(Arrays.copyOf(project.data, (int) project.received));
        } catch (IOException e) {
            throw rejected("项目数据无法解析：" + e.getMessage(), part, null, "不是有效的 JSON");
        }
        String name = "";
        for (String ptr : List.of("/project/enterprise/name", "/enterprise/name", "/project/project/enterprise/name")) {
            JsonNode n = root == null ? null : root.at(ptr);
            if (n != null && n.isTextual() && !n.asText().isBlank()) {
                name = n.asText();
                break;
            }
        }
        if (name.isBlank()) {
            throw rejected("企业名称缺失。", part, "enterprise.name", "必填");
        }
    }

    /** A follow-up submission's records must parse, say their format and name the enterprise and the project. */
    private void validateFollowUp(Part followUp) throws Failure {
        String part = "followup.json";
        JsonNode root;
        try {
            root = json.readTree(Arrays.copyOf(followUp.data, (int) followUp.received));
        } catch (IOException e) {
            throw rejected("回访与实施记录无法解析：" + e.getMessage(), part, null, "不是有效的 JSON");
        }
        if (root == null || !"energydiag-followup".equals(root.path("format").asText())) {
            throw rejected("回访与实施记录的格式不对。", part, "format", "应为 energydiag-followup");
        }
        if (root.path("enterpriseName").asText().isBlank()) {
            throw rejected("企业名称缺失。", part, "enterpriseName", "必填");
        }
        if (root.path("projectId").asText().isBlank()) {
            throw rejected("项目编号缺失。", part, "projectId", "必填");
        }
    }

    // ---------------------------------------------------------------- helpers

    private Sub existing(String key) throws Failure {
        Sub s = submissions.get(key);
        if (s == null) {
            throw notFound("找不到该提交：" + key);
        }
        return s;
    }

    private ObjectNode state(Sub s) {
        ObjectNode b = json.createObjectNode();
        b.put("key", s.key);
        b.put("status", s.receipt == null ? "OPEN" : "COMPLETE");
        b.set("parts", partStates(s));
        if (s.receipt != null) {
            b.put("receipt", s.receipt);
            b.put("completedAt", s.completedAt);
        }
        return b;
    }

    private ArrayNode partStates(Sub s) {
        ArrayNode parts = json.createArrayNode();
        s.parts.values().forEach(p -> parts.addObject().put("name", p.name).put("received", p.received));
        return parts;
    }

    private JsonNode readJson(HttpExchange ex) throws Failure, IOException {
        byte[] bytes = ex.getRequestBody().readNBytes(MAX_JSON_BYTES + 1);
        if (bytes.length > MAX_JSON_BYTES) {
            throw badRequest("请求体过大。", null, "过大");
        }
        try {
            JsonNode n = json.readTree(bytes);
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (IOException e) {
            // fall through
        }
        throw badRequest("请求体不是有效的 JSON 对象。", null, "格式不正确");
    }

    private void requireIdempotencyKey(String header, String key) throws Failure {
        if (header == null || !header.equals(key)) {
            throw badIdempotencyKey(header, key);
        }
    }

    private Failure badIdempotencyKey(String header, String key) {
        return badRequest(header == null ? "请求缺少 Idempotency-Key 头。"
                : "Idempotency-Key 头（" + header + "）与提交编号（" + key + "）不一致。", "Idempotency-Key",
                header == null ? "必填" : "与提交编号不一致");
    }

    private void allow(String method, String allowed) throws Failure {
        if (!allowed.equals(method)) {
            throw new Failure(new Answer(405, error("METHOD_NOT_ALLOWED", "不支持的请求方法：" + method),
                    Map.of("Allow", allowed)));
        }
    }

    private Failure notFound(String message) {
        return new Failure(Answer.of(404, error("NOT_FOUND", message)));
    }

    private Failure badRequest(String message, String field, String problem) {
        return new Failure(Answer.of(400, error("BAD_REQUEST", message, detail(null, field, problem))));
    }

    private Failure badRange(String part, String message) {
        return new Failure(Answer.of(400, error("BAD_RANGE", message, detail(part, "Content-Range", "不正确"))));
    }

    private Failure rejected(String message, String part, String field, String problem) {
        return new Failure(Answer.of(422, error("REJECTED", message, detail(part, field, problem))));
    }

    private Answer injectedFailure(int status) {
        String code;
        String message;
        switch (status) {
            case 401 -> { code = "UNAUTHORIZED"; message = "访问令牌无效或缺失，请在同步设置中检查令牌。"; }
            case 403 -> { code = "FORBIDDEN"; message = "无权提交。"; }
            case 404 -> { code = "NOT_FOUND"; message = "接口不存在。"; }
            case 408 -> { code = "REQUEST_TIMEOUT"; message = "请求超时，请稍后重试。"; }
            case 429 -> { code = "TOO_MANY_REQUESTS"; message = "请求过于频繁，请稍后重试。"; }
            case 500 -> { code = "INTERNAL_ERROR"; message = "服务器内部错误，请稍后重试。"; }
            case 502 -> { code = "BAD_GATEWAY"; message = "网关错误，请稍后重试。"; }
            case 503 -> { code = "UNAVAILABLE"; message = "服务暂时不可用，请稍后重试。"; }
            case 504 -> { code = "GATEWAY_TIMEOUT"; message = "网关超时，请稍后重试。"; }
            default -> { code = "ERROR_" + status; message = "服务器错误（" + status + "）。"; }
        }
        Map<String, String> headers = status == 429 || status == 503 ? Map.of("Retry-After", "1") : Map.of();
        return new Answer(status, error(code, message), headers);
    }

    private ObjectNode error(String code, String message, ObjectNode... details) {
        ObjectNode root = json.createObjectNode();
        ObjectNode e = root.putObject("error");
        e.put("code", code);
        e.put("message", message);
        ArrayNode d = e.putArray("details");
        for (ObjectNode n : details) {
            if (n != null && !n.isEmpty()) {
                d.add(n);
            }
        }
        return root;
    }

    private ObjectNode detail(String part, String field, String problem) {
        ObjectNode n = json.createObjectNode();
        if (part != null) {
            n.put("part", part);
        }
        if (field != null) {
            n.put("field", field);
        }
        if (problem != null) {
            n.put("problem", problem);
        }
        return n;
    }

    private void send(HttpExchange ex, Answer a) throws IOException {
        byte[] bytes = json.writeValueAsBytes(a.body());
        ex.getResponseHeaders().set("Content-Type", JSON);
        a.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(a.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Reads what is left of the request body, so that the client reads the answer instead of a reset. */
    private static void drain(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; total < MAX_DRAIN_BYTES && (n = in.read(buf)) > 0; ) {
            total += n;
        }
    }

    /** Reads about half of the chunk, then closes the connection without answering. */
    private static void dropMidway(HttpExchange ex) throws IOException {
        long length = 0;
        try {
            length = Long.parseLong(ex.getRequestHeaders().getFirst("Content-Length"));
        } catch (RuntimeException e) {
            // unknown length: read nothing
        }
        InputStream in = ex.getRequestBody();
        in.readNBytes((int) Math.min(length / 2, Integer.MAX_VALUE)); // discarded
        // Closing the exchange before response headers were sent closes the connection itself.
        ex.close();
    }

    /** False when interrupted (the server is closing). */
    private static boolean sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
