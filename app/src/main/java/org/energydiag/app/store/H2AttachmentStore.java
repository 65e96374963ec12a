package org.energydiag.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.evidence.AttachmentStore;
import org.energydiag.core.io.Hashes;
import org.energydiag.core.workspace.StoreException;

/** Attachment bytes in H2, one row per attachment and kind; every write is a transaction + checkpoint. */
public final class H2AttachmentStore implements AttachmentStore {

    private final Database db;

    public H2AttachmentStore(Database db) {
        this.db = db;
    }

    @Override
    public void put(String projectId, String attachmentId, Map<Attachment.Blob, byte[]> blobs) {
        db.write(Texts.get("store.saveAttachment"), c -> {
            deleteBlobs(c, projectId, attachmentId);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO attachment_blob (project_id, attachment_id, kind, sha256, content) VALUES (?,?,?,?,?)")) {
                for (var e : blobs.entrySet()) {
                    ps.setString(1, projectId);
                    ps.setString(2, attachmentId);
                    ps.setString(3, e.getKey().name());
                    ps.setString(4, Hashes.sha256(e.getValue()));
                    ps.setBytes(5, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static void deleteBlobs(Connection c, String projectId, String attachmentId) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM attachment_blob WHERE project_id = ? AND attachment_id = ?")) {
            del.setString(1, projectId);
            del.setString(2, attachmentId);
            del.executeUpdate();
        }
    }

    /**
     * Replaces the blobs of one attachment inside the caller's transaction, streaming each from its
     * file (an import: the bytes and the project commit together).
     */
    static void replace(Connection c, String projectId, String attachmentId, Map<Attachment.Blob, java.nio.file.Path> blobs)
            throws SQLException {
        deleteBlobs(c, projectId, attachmentId);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO attachment_blob (project_id, attachment_id, kind, sha256, content) VALUES (?,?,?,?,?)")) {
            for (var e : blobs.entrySet()) {
                try (var hashIn = java.nio.file.Files.newInputStream(e.getValue());
                     var in = java.nio.file.Files.newInputStream(e.getValue())) {
                    ps.setString(1, projectId);
                    ps.setString(2, attachmentId);
                    ps.setString(3, e.getKey().name());
                    ps.setString(4, Hashes.sha256(hashIn));
                    ps.setBinaryStream(5, in, java.nio.file.Files.size(e.getValue()));
                    ps.executeUpdate();
                } catch (java.io.IOException ex) {
                    throw new SQLException(ex.getMessage(), ex);
                }
            }
        }
    }

    @Override
    public Optional<byte[]> get(String projectId, String attachmentId, Attachment.Blob blob) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT content FROM attachment_blob WHERE project_id = ? AND attachment_id = ? AND kind = ?")) {
            ps.setString(1, projectId);
            ps.setString(2, attachmentId);
            ps.setString(3, blob.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.cannotReadAttachment", e.getMessage()), e);
        }
    }

    @Override
    public int sweep(String projectId, Set<String> keep) {
        return db.write(Texts.get("store.cleanAttachments"), c -> {
            List<String> gone = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT attachment_id FROM attachment_blob WHERE project_id = ?")) {
                ps.setString(1, projectId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (!keep.contains(rs.getString(1))) {
                            gone.add(rs.getString(1));
                        }
                    }
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM attachment_blob WHERE project_id = ? AND attachment_id = ?")) {
                for (String id : gone) {
                    del.setString(1, projectId);
                    del.setString(2, id);
                    del.addBatch();
                }
                del.executeBatch();
            }
            return gone.size();
        });
    }

    /** The projects that have attachment bytes (usually few: only those need checking at start). */
    public Set<String> projectsWithBlobs() {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT DISTINCT project_id FROM attachment_blob");
             ResultSet rs = ps.executeQuery()) {
            Set<String> out = new java.util.HashSet<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.cannotReadAttachment", e.getMessage()), e);
        }
    }

    /** Deletes the bytes of projects that no longer exist (purged from the recycle bin). */
    public int sweepProjectsNotIn(Set<String> liveProjectIds) {
        return db.write(Texts.get("store.cleanAttachments"), c -> {
            List<String> gone = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT project_id FROM attachment_blob");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!liveProjectIds.contains(rs.getString(1))) {
                        gone.add(rs.getString(1));
                    }
                }
            }
            try (PreparedStatement del = c.prepareStatement("DELETE FROM attachment_blob WHERE project_id = ?")) {
                for (String id : gone) {
                    del.setString(1, id);
                    del.addBatch();
                }
                del.executeBatch();
            }
            return gone.size();
        });
    }

    @Override
    public void copyAll(String fromProjectId, String toProjectId) {
        db.write(Texts.get("store.copyAttachments"), c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO attachment_blob (project_id, attachment_id, kind, sha256, content) "
                    + "SELECT ?, attachment_id, kind, sha256, content FROM attachment_blob WHERE project_id = ?")) {
                ps.setString(1, toProjectId);
                ps.setString(2, fromProjectId);
                return ps.executeUpdate();
            }
        });
    }
}
