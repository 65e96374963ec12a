package org.energydiag.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ends a child JVM abruptly (destroyForcibly = SIGKILL) while it is saving edits, several times
 * at random moments, and checks each time that the database opens and holds every edit the child
 * had confirmed as saved — and nothing half-written.
 */
class KillDuringSaveTest {

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingLosesNothingConfirmed() throws Exception {
        DiagnosisProject p = DemoProjects.cementPlant(Instant.now(), "");
        try (Database db = Database.open(dir)) {
            new H2ProjectRepository(db, Clock.systemUTC()).put(p);
        }
        Random rnd = new Random(20261121);
        int next = 1;
        for (int round = 0; round < 4; round++) {
            int killAfter = 15 + rnd.nextInt(60);
            Process child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    EditingChild.class.getName(), dir.toString(), p.id(), Integer.toString(next))
                    .redirectErrorStream(true).start();
            int lastSaved = -1;
            int seen = 0;
            StringBuilder log = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    log.append(line).append('\n');
                    if (line.startsWith("SAVED ")) {
                        lastSaved = Integer.parseInt(line.substring(6));
                        if (++seen >= killAfter) {
                            // edits made after this point may or may not be saved
                            child.destroyForcibly();
                            break;
                        }
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(lastSaved).as("child output:\n%s", log).isGreaterThan(0);

            try (Database db = Database.open(dir)) {
                DiagnosisProject back = new H2ProjectRepository(db, Clock.systemUTC()).load(p.id()).orElseThrow();
                String name = back.enterprise().name();
                int n = Integer.parseInt(name.substring(name.indexOf('-') + 1));
                assertThat(n).as("round %d: last confirmed save %d", round, lastSaved).isGreaterThanOrEqualTo(lastSaved);
                // the two fields of one edit were written together (one transaction)
                assertThat(back.enterprise().remarks()).isEqualTo("备注-" + n);
                next = n + 1;
            }
        }
    }
}
