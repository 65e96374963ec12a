package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.io.ProjectJson;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.ProjectSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    private static final Instant T = Instant.parse("2026-05-01T08:00:00Z");

    @TempDir
    Path dir;

    private static List<String> appliedVersions(Database db) throws Exception {
        List<String> v = new ArrayList<>();
        try (Connection c = db.connection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                v.add(rs.getString(1));
            }
        }
        return v;
    }

    /** A row as the first schema version stored it: no list columns yet. */
    private static void insertAsVersion1(Database db, DiagnosisProject p) throws Exception {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO project (id, enterprise_name, doc_version, doc, created_at, updated_at) VALUES (?,?,?,?,?,?)")) {
            ps.setString(1, p.id());
            ps.setString(2, p.enterprise().name());
            ps.setInt(3, 1);
            ps.setString(4, ProjectJson.toJson(p));
            ps.setObject(5, T.atOffset(ZoneOffset.UTC));
            ps.setObject(6, T.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    @Test
    void emptyDatabaseIsMigratedToTheLatestVersion() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(appliedVersions(db)).containsExactly("1", "2", "3", "4", "5", "6", "7");
            H2ProjectRepository repo = new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC));
            assertThat(repo.listActive()).isEmpty();
            assertThat(repo.listDeleted()).isEmpty();
        }
        // opening again applies nothing twice
        try (Database db = Database.open(dir)) {
            assertThat(appliedVersions(db)).containsExactly("1", "2", "3", "4", "5", "6", "7");
        }
    }

    @Test
    void databaseOfTheFirstVersionKeepsItsProjectsAndGetsTheListColumns() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "某机构");
        try (Database db = Database.open(dir, "1")) {
            assertThat(appliedVersions(db)).containsExactly("1");
            insertAsVersion1(db, p);
        }
        try (Database db = Database.open(dir)) {
            assertThat(appliedVersions(db)).containsExactly("1", "2", "3", "4", "5", "6", "7");
            H2ProjectRepository repo = new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC));
            ProjectSummary s = repo.listActive().get(0);
            assertThat(s.creditCode()).isEqualTo("91340202MA2T8Q6K7Q");
            assertThat(s.region()).isEqualTo("安徽省芜湖市镜湖区");
            assertThat(s.sector()).isEqualTo("水泥");
            assertThat(s.deletedAt()).isNull();
            assertThat(repo.load(p.id())).contains(p);
        }
    }

    @Test
    void databaseOfThePreviousVersionIsUpgraded() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(T, "某机构");
        try (Database db = Database.open(dir, "2")) {
            assertThat(appliedVersions(db)).containsExactly("1", "2");
            insertAsVersion1(db, p);
        }
        try (Database db = Database.open(dir)) {
            H2ProjectRepository repo = new H2ProjectRepository(db, Clock.fixed(T, ZoneOffset.UTC));
            assertThat(repo.listActive()).singleElement()
                    .satisfies(s -> assertThat(s.sector()).isEqualTo("水泥"));
            assertThat(repo.load(p.id())).contains(p);
        }
    }
    /** The version the start-up fast path trusts is the highest migration shipped (SQL or Java). */
    @Test
    void latestVersionIsTheHighestShippedMigration() throws Exception {
        int highest = 0;
        for (String folder : List.of("db/migration", "org/energydiag/app/store/migration")) {
            Path dirOf = Path.of(MigrationTest.class.getClassLoader().getResource(folder).toURI());
            try (var files = java.nio.file.Files.list(dirOf)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    var m = java.util.regex.Pattern.compile("^V(\\d+)__.*").matcher(f.getFileName().toString());
                    if (m.matches()) {
                        highest = Math.max(highest, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        assertThat(highest).isEqualTo(Database.LATEST_VERSION);
    }

    /** Only a database with every migration applied, none failed and none newer skips Flyway at start. */
    @Test
    void onlyACurrentSchemaSkipsFlyway() throws Exception {
        Path fresh = dir.resolve("fresh");
        try (Database db = Database.open(fresh, "1")) {
            assertThat(Database.upToDate(db.dataSource())).as("schema of version 1").isFalse();
        }
        try (Database db = Database.open(fresh)) {
            assertThat(Database.upToDate(db.dataSource())).as("migrated").isTrue();
            try (Connection c = db.connection()) {
                c.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '7'");
            }
            assertThat(Database.upToDate(db.dataSource())).as("a failed migration").isFalse();
            try (Connection c = db.connection()) {
                c.createStatement().execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE, \"version\" = '8' WHERE \"version\" = '7'");
            }
            assertThat(Database.upToDate(db.dataSource())).as("a newer schema than this program knows").isFalse();
        }
        var pool = org.h2.jdbcx.JdbcConnectionPool.create(Database.url(dir.resolve("empty")), "sa", "");
        try {
            assertThat(Database.upToDate(pool)).as("a new file").isFalse();
        } finally {
            pool.dispose();
        }
    }
}
