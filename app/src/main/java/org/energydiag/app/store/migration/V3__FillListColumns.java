package org.energydiag.app.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energydiag.app.store.StoreMigrations;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.project.DiagnosisProject;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Version 3: fills the list columns added in V2 from each project's document. */
public class V3__FillListColumns extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V3__FillListColumns.class.getName());

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, doc_version, doc FROM project");
             PreparedStatement up = c.prepareStatement(
                     "UPDATE project SET credit_code = ?, region = ?, sector = ? WHERE id = ?")) {
            while (rs.next()) {
                String id = rs.getString(1);
                try {
                    DiagnosisProject p = ProjectJson.fromJson(rs.getString(3), rs.getInt(2));
                    String[] cols = StoreMigrations.listColumns(p);
                    up.setString(1, cols[1]);
                    up.setString(2, cols[2]);
                    up.setString(3, cols[3]);
                    up.setString(4, id);
                    up.executeUpdate();
                } catch (ProjectFileException e) {
                    // The document stays as it is; the list shows blanks until it is opened and saved.
                    LOG.log(Level.WARNING, "project " + id + " unreadable during V3: " + e.getMessage());
                }
            }
        }
    }
}
