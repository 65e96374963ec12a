package org.energydiag.app.sync;

import java.time.Duration;

/**
 * A failed exchange with the platform, classified by what the client should do about it
 * (docs/sync-api.md, "Errors"). The message is written for the engineer, in Chinese.
 */
public final class SyncException extends Exception {

    /** What to do about a failure. */
    public enum Kind {
        /** No connection (refused, reset, DNS, timeout): the laptop is probably offline; retry later. */
        OFFLINE,
        /** The server is busy or broken (408, 429, 5xx) or the answer was garbled: retry with backoff. */
        RETRYABLE,
        /** The token is missing or wrong (401/403): wait until the engineer changes it. */
        AUTH,
        /** The platform refused the content (4xx, 422 REJECTED): the engineer must fix something. */
        REJECTED,
        /** The server holds fewer bytes than we thought (416, 409 INCOMPLETE, 422 CHECKSUM_MISMATCH): resume. */
        RESUME
    }

    private final Kind kind;
    private final String code;
    private final Duration retryAfter;
    private final long received;

    public SyncException(Kind kind, String code, String message, Duration retryAfter, long received, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.code = code == null ? "" : code;
        this.retryAfter = retryAfter;
        this.received = received;
    }

    public Kind kind() {
        return kind;
    }

    /** The platform's error code (e.g. REJECTED, OFFSET_MISMATCH), empty for network errors. */
    public String code() {
        return code;
    }

    /** The server's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** For OFFSET_MISMATCH: the bytes the server holds; -1 otherwise. */
    public long received() {
        return received;
    }

    public boolean retriedAutomatically() {
        return kind == Kind.OFFLINE || kind == Kind.RETRYABLE || kind == Kind.RESUME;
    }
}
