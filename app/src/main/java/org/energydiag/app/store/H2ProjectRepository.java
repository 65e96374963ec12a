package org.energydiag.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.ProjectRepository;
import org.energydiag.core.workspace.ProjectSummary;
import org.energydiag.core.workspace.StoreException;

/**
 * Projects in H2, one JSON document per project plus the list columns. Every write is one
 * transaction followed by a synced checkpoint, so a save that returned survives a killed
 * process or a power cut.
 */
public final class H2ProjectRepository implements ProjectRepository {

    private static final String SUMMARY_COLUMNS =
            "id, enterprise_name, credit_code, region, sector, created_at, updated_at, deleted_at";

    private final Database db;
    private final Clock clock;

    public H2ProjectRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<ProjectSummary> listActive() {
        return list("SELECT " + SUMMARY_COLUMNS + " FROM project WHERE deleted_at IS NULL ORDER BY updated_at DESC");
    }

    @Override
    public List<ProjectSummary> listDeleted() {
        return list("SELECT " + SUMMARY_COLUMNS + " FROM project WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC");
    }

    private List<ProjectSummary> list(String sql) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<ProjectSummary> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new ProjectSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, 6), instant(rs, 7), instant(rs, 8)));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.readProjectListFailed", e.getMessage()), e);
        }
    }

    private static Instant instant(ResultSet rs, int col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    @Override
    public Optional<DiagnosisProject> load(String id) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT doc_version, doc FROM project WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(ProjectJson.fromJson(rs.getString(2), rs.getInt(1)));
            }
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.readProjectFailed", e.getMessage()), e);
        } catch (ProjectFileException e) {
            throw new StoreException(Texts.format("store.projectUnreadable", e.getMessage()), e);
        }
    }

    @Override
    public boolean exists(String id) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM project WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.readProjectFailed", e.getMessage()), e);
        }
    }

    @Override
    public void put(DiagnosisProject p) {
        inTransaction(Texts.get("store.saveProject"), c -> merge(c, p));
    }

    private static void merge(Connection c, DiagnosisProject p) throws SQLException {
        ListColumns cols = ListColumns.of(p);
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO project (id, enterprise_name, credit_code, region, sector, doc_version, doc,"
                        + " created_at, updated_at, deleted_at) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
            ps.setString(1, p.id());
            ps.setString(2, cols.enterpriseName());
            ps.setString(3, cols.creditCode());
            ps.setString(4, cols.region());
            ps.setString(5, cols.sector());
            ps.setInt(6, ProjectJson.MODEL_VERSION);
            ps.setString(7, ProjectJson.toJson(p));
            ps.setObject(8, p.createdAt().atOffset(ZoneOffset.UTC));
            ps.setObject(9, p.updatedAt().atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /**
     * The attachment bytes (streamed from their files), then the project, then the project read
     * back from the same transaction and compared: only a project that reads back equal commits.
     */
    @Override
    public void importProject(DiagnosisProject p, java.util.Map<String, java.util.Map<Attachment.Blob, java.nio.file.Path>> blobs) {
        inTransaction(Texts.get("store.importProject"), c -> {
            for (var e : blobs.entrySet()) {
                H2AttachmentStore.replace(c, p.id(), e.getKey(), e.getValue());
            }
            merge(c, p);
            try (PreparedStatement ps = c.prepareStatement("SELECT doc_version, doc FROM project WHERE id = ?")) {
                ps.setString(1, p.id());
                try (ResultSet rs = ps.executeQuery()) {
                    // compared as documents: 1E+15 and 1000000000000000 are the same stored value
                    if (!rs.next() || !ProjectJson.toJson(ProjectJson.fromJson(rs.getString(2), rs.getInt(1))).equals(ProjectJson.toJson(p))) {
                        throw new StoreException(Texts.get("store.importReadBackFailed"));
                    }
                }
            } catch (ProjectFileException ex) {
                throw new StoreException(Texts.format("store.projectUnreadable", ex.getMessage()), ex);
            }
        });
    }

    @Override
    public void save(DiagnosisProject p) {
        ListColumns cols = ListColumns.of(p);
        inTransaction(Texts.get("store.saveProject"), c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE project SET enterprise_name = ?, credit_code = ?, region = ?, sector = ?,"
                            + " doc_version = ?, doc = ?, updated_at = ? WHERE id = ?")) {
                ps.setString(1, cols.enterpriseName());
                ps.setString(2, cols.creditCode());
                ps.setString(3, cols.region());
                ps.setString(4, cols.sector());
                ps.setInt(5, ProjectJson.MODEL_VERSION);
                ps.setString(6, ProjectJson.toJson(p));
                ps.setObject(7, p.updatedAt().atOffset(ZoneOffset.UTC));
                ps.setString(8, p.id());
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("project " + p.id() + " not found");
                }
            }
        });
    }

    @Override
    public void moveToRecycleBin(String id) {
        update(Texts.get("store.deleteProject"), "UPDATE project SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL", id, true);
    }

    @Override
    public void restore(String id) {
        update(Texts.get("store.restoreProject"), "UPDATE project SET deleted_at = NULL WHERE id = ?", id, false);
    }

    @Override
    public void purge(String id) {
        inTransaction(Texts.get("store.purgeProject"), c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM project WHERE id = ? AND deleted_at IS NOT NULL")) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        });
    }

    private void update(String what, String sql, String id, boolean withTime) {
        inTransaction(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (withTime) {
                    ps.setObject(i++, Timestamp.from(clock.instant()).toInstant().atOffset(ZoneOffset.UTC));
                }
                ps.setString(i, id);
                ps.executeUpdate();
            }
        });
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(String what, Work work) {
        db.write(what, c -> {
            work.run(c);
            return null;
        });
    }
}
