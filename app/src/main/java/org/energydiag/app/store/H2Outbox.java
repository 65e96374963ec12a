package org.energydiag.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.sync.Outbox;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionPart;
import org.energydiag.core.sync.SubmissionStatus;
import org.energydiag.core.workspace.StoreException;

/**
 * The outbox in H2. Every change is one transaction followed by {@code CHECKPOINT SYNC}, like
 * project saves, so a status the caller saw confirmed survives a kill of the process.
 */
public final class H2Outbox implements Outbox {

    private final Database db;

    public H2Outbox(Database db) {
        this.db = db;
    }

    @Override
    public void enqueue(Submission s, Map<String, byte[]> files) {
        for (SubmissionPart p : s.parts()) {
            byte[] b = files.get(p.name());
            if (b == null || b.length != p.size() || !Hashes.sha256(b).equals(p.sha256())) {
                throw new IllegalArgumentException(Texts.format("store.partMismatch", p.name()));
            }
        }
        insert(s, (ps, name) -> ps.setBytes(8, files.get(name)));
    }

    /** Streams each part's file into the database (checked when the package was read: size and SHA-256). */
    @Override
    public void enqueueFiles(Submission s, Map<String, java.nio.file.Path> files) {
        for (SubmissionPart p : s.parts()) {
            java.nio.file.Path f = files.get(p.name());
            try {
                if (f == null || java.nio.file.Files.size(f) != p.size()) {
                    throw new IllegalArgumentException(Texts.format("store.partMismatch", p.name()));
                }
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException(Texts.format("store.partMismatch", p.name()), e);
            }
        }
        java.util.List<java.io.InputStream> open = new ArrayList<>();
        try {
            long total = s.parts().stream().mapToLong(SubmissionPart::size).sum();
            insert(s, total, (ps, name) -> {
                try {
                    java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(files.get(name)));
                    open.add(in);
                    ps.setBinaryStream(8, in, java.nio.file.Files.size(files.get(name)));
                } catch (java.io.IOException e) {
                    throw new SQLException(e);
                }
            });
        } finally {
            for (java.io.InputStream in : open) {
                try {
                    in.close();
                } catch (java.io.IOException ignored) {
                    // read to the end already
                }
            }
        }
    }

    @FunctionalInterface
    private interface Content {
        void set(PreparedStatement ps, String partName) throws SQLException;
    }

    private void insert(Submission s, Content content) {
        insert(s, -1, content);
    }

    private void insert(Submission s, long needed, Content content) {
        db.write(Texts.get("store.enqueue"), needed, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission (id, project_id, title, credit_code, "
                    + "created_at, project_updated_at, source_hash, content_hash, status, attempts, last_error, retryable, "
                    + "next_attempt_at, uploaded_at, receipt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ps.setString(1, s.key());
                ps.setString(2, s.projectId());
                ps.setString(3, s.title());
                ps.setString(4, s.creditCode());
                ps.setTimestamp(5, ts(s.createdAt()));
                ps.setTimestamp(6, ts(s.projectUpdatedAt()));
                ps.setString(7, s.sourceHash());
                ps.setString(8, s.contentHash());
                ps.setString(9, s.status().name());
                ps.setInt(10, s.attempts());
                ps.setString(11, s.lastError());
                ps.setBoolean(12, s.retryable());
                ps.setTimestamp(13, ts(s.nextAttemptAt()));
                ps.setTimestamp(14, ts(s.uploadedAt()));
                ps.setString(15, s.receipt());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO submission_part (submission_id, ordinal, name, kind, "
                    + "media_type, size, sha256, content) VALUES (?,?,?,?,?,?,?,?)")) {
                int i = 0;
                for (SubmissionPart p : s.parts()) {
                    ps.setString(1, s.key());
                    ps.setInt(2, i++);
                    ps.setString(3, p.name());
                    ps.setString(4, p.kind().name());
                    ps.setString(5, p.mediaType());
                    ps.setLong(6, p.size());
                    ps.setString(7, p.sha256());
                    content.set(ps, p.name());
                    ps.executeUpdate(); // one by one: a streamed part is read once, as it is written
                }
            }
            return null;
        });
    }

    @Override
    public List<Submission> list() {
        return query("SELECT * FROM submission ORDER BY created_at DESC, id", null);
    }

    @Override
    public Optional<Submission> find(String key) {
        return query("SELECT * FROM submission WHERE id = ?", key).stream().findFirst();
    }

    private List<Submission> query(String sql, String param) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setString(1, param);
            }
            Map<String, Row> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString("id"), new Row(rs));
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<String, List<SubmissionPart>> parts = new LinkedHashMap<>();
            try (PreparedStatement pp = c.prepareStatement("SELECT submission_id, name, kind, media_type, size, sha256 "
                    + "FROM submission_part ORDER BY submission_id, ordinal"); ResultSet rs = pp.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    if (rows.containsKey(id)) {
                        parts.computeIfAbsent(id, k -> new ArrayList<>()).add(new SubmissionPart(rs.getString(2),
                                SubmissionPart.Kind.valueOf(rs.getString(3)), rs.getString(4), rs.getLong(5), rs.getString(6)));
                    }
                }
            }
            List<Submission> out = new ArrayList<>();
            for (Row r : rows.values()) {
                out.add(r.submission(parts.getOrDefault(r.id, List.of())));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.cannotReadOutbox", e.getMessage()), e);
        }
    }

    private static final class Row {
        final String id;
        final String projectId;
        final String title;
        final String creditCode;
        final Instant createdAt;
        final Instant projectUpdatedAt;
        final String sourceHash;
        final String contentHash;
        final SubmissionStatus status;
        final int attempts;
        final String lastError;
        final boolean retryable;
        final Instant nextAttemptAt;
        final Instant uploadedAt;
        final String receipt;

        Row(ResultSet rs) throws SQLException {
            id = rs.getString("id");
            projectId = rs.getString("project_id");
            title = rs.getString("title");
            creditCode = rs.getString("credit_code");
            createdAt = instant(rs.getTimestamp("created_at"));
            projectUpdatedAt = instant(rs.getTimestamp("project_updated_at"));
            sourceHash = rs.getString("source_hash");
            contentHash = rs.getString("content_hash");
            status = SubmissionStatus.valueOf(rs.getString("status"));
            attempts = rs.getInt("attempts");
            lastError = rs.getString("last_error");
            retryable = rs.getBoolean("retryable");
            nextAttemptAt = instant(rs.getTimestamp("next_attempt_at"));
            uploadedAt = instant(rs.getTimestamp("uploaded_at"));
            receipt = rs.getString("receipt");
        }

        Submission submission(List<SubmissionPart> parts) {
            return new Submission(id, projectId, title, creditCode, createdAt, projectUpdatedAt, sourceHash, contentHash,
                    parts, status, attempts, lastError, retryable, nextAttemptAt, uploadedAt, receipt);
        }
    }

    @Override
    public byte[] content(String key, String partName) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT content FROM submission_part WHERE submission_id = ? AND name = ?")) {
            ps.setString(1, key);
            ps.setString(2, partName);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException(Texts.format("store.noSuchPart", partName, key), null);
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.cannotReadPart", partName, e.getMessage()), e);
        }
    }

    @Override
    public void update(Submission s) {
        int n = db.write(Texts.get("store.updateUpload"), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE submission SET status = ?, attempts = ?, last_error = ?, "
                    + "retryable = ?, next_attempt_at = ?, uploaded_at = ?, receipt = ? WHERE id = ?")) {
                ps.setString(1, s.status().name());
                ps.setInt(2, s.attempts());
                ps.setString(3, truncate(s.lastError(), 4000));
                ps.setBoolean(4, s.retryable());
                ps.setTimestamp(5, ts(s.nextAttemptAt()));
                ps.setTimestamp(6, ts(s.uploadedAt()));
                ps.setString(7, s.receipt());
                ps.setString(8, s.key());
                return ps.executeUpdate();
            }
        });
        if (n != 1) {
            throw new StoreException(Texts.format("store.noSuchSubmission", s.key()), null);
        }
    }

    @Override
    public int recoverInterrupted() {
        return db.write(Texts.get("store.recoverUploads"), c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE submission SET status = ?, retryable = TRUE, "
                    + "next_attempt_at = NULL WHERE status = ?")) {
                ps.setString(1, SubmissionStatus.PENDING.name());
                ps.setString(2, SubmissionStatus.UPLOADING.name());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void delete(String key) {
        db.write(Texts.get("store.deleteSubmission"), c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM submission WHERE id = ? AND status <> ?")) {
                ps.setString(1, key);
                ps.setString(2, SubmissionStatus.UPLOADING.name());
                if (ps.executeUpdate() != 1) {
                    throw new StoreException(Texts.format("store.submissionNotDeleted", key), null);
                }
            }
            return null;
        });
    }

    @Override
    public long pendingCount() {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM submission WHERE status <> ?")) {
            ps.setString(1, SubmissionStatus.UPLOADED.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.cannotReadOutbox", e.getMessage()), e);
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
