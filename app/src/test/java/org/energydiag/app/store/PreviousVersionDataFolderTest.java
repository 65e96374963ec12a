package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.energydiag.app.AppContext;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.workspace.ProjectSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installing a newer version never touches the data folder (issue #22); the newer program must
 * open the folder an older one left. {@code datafolder-before-v6.zip} was made by the program
 * itself as it was at commit dccf53e^ (2026-11-21: schema V1–V5, project format 5, before the
 * attachments migration V6), built from that commit and run as
 * <pre>
 *   java -jar energydiag.jar demo --out demo.edproj
 *   java -jar energydiag.jar --data-dir D import demo.edproj
 *   java -jar energydiag.jar --data-dir D import demo.edproj --copy
 * </pre>
 * It holds that folder's {@code energydiag.mv.db} (two projects) and the {@code demo.edproj} it
 * imported (as {@code demo-made-by-that-version.edproj}). Today's program opens the folder as at
 * start-up, migrates it and shows both projects with the file's content.
 */
class PreviousVersionDataFolderTest {

    @TempDir
    Path dir;

    @Test
    void aDataFolderOfAnEarlierVersionOpensWithItsProjects() throws Exception {
        Path data = dir.resolve("data");
        unzip("datafolder-before-v6.zip", data);
        Path file = data.resolve("demo-made-by-that-version.edproj");
        DiagnosisProject asFiled = ProjectFile.read(file);
        Files.delete(file);
        assertThat(schemaVersions(data)).containsExactly("1", "2", "3", "4", "5");

        AppContext ctx = new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone());
        try {
            List<ProjectSummary> list = ctx.homeController().list();
            assertThat(list).hasSize(2);
            assertThat(list).allSatisfy(s -> {
                assertThat(s.displayName()).isEqualTo(asFiled.displayName());
                assertThat(s.creditCode()).isEqualTo(asFiled.enterprise().creditCode());
                assertThat(s.sector()).isEqualTo("水泥");
            });
            assertThat(list).extracting(ProjectSummary::id).contains(asFiled.id());
            DiagnosisProject stored = ctx.projects().load(asFiled.id()).orElseThrow();
            // what the old program stored reads as what the old program wrote to the file
            assertThat(stored).isEqualTo(asFiled);
            // the copy is a whole project too, under its own id
            String copyId = list.stream().map(ProjectSummary::id).filter(id -> !id.equals(asFiled.id())).findFirst().orElseThrow();
            assertThat(ctx.projects().load(copyId)).get().satisfies(c -> assertThat(c.enterprise()).isEqualTo(asFiled.enterprise()));
        } finally {
            ctx.close();
        }
        assertThat(schemaVersions(data)).startsWith("1", "2", "3", "4", "5", "6").hasSize(Database.LATEST_VERSION);
    }

    private static List<String> schemaVersions(Path data) throws Exception {
        List<String> v = new ArrayList<>();
        var pool = org.h2.jdbcx.JdbcConnectionPool.create(Database.url(data), "sa", "");
        try (Connection c = pool.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                v.add(rs.getString(1));
            }
        } finally {
            pool.dispose();
        }
        return v;
    }

    private static void unzip(String resource, Path target) throws Exception {
        Files.createDirectories(target);
        try (InputStream in = PreviousVersionDataFolderTest.class.getResourceAsStream(resource);
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Files.copy(zip, target.resolve(e.getName()));
            }
        }
    }
}
