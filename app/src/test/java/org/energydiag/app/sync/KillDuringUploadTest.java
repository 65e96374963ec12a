package org.energydiag.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.app.sync.SyncFixtures.TOKEN;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2Outbox;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionPart;
import org.energydiag.core.sync.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application is killed (SIGKILL, no shutdown hooks) in the middle of an upload and started
 * again: the submission is found 上传中, goes back to the queue, resumes where the platform
 * stopped, and the platform ends with exactly one complete copy whose bytes are the queued ones.
 */
class KillDuringUploadTest {

    static final int CHUNK = 32 * 1024;

    @TempDir
    Path dir;

    /** The child: the real outbox on the data folder and the real engine; prints each confirmed chunk. */
    public static final class UploadingChild {
        public static void main(String[] args) throws Exception {
            try (Database db = Database.open(Path.of(args[0]))) {
                H2Outbox outbox = new H2Outbox(db);
                PlatformClient client = SyncFixtures.client(URI.create(args[1]), TOKEN, Duration.ofSeconds(10));
                new SyncEngine(outbox, client, Clock.systemUTC(), SyncFixtures.fastBackoff(), new Random(1), () -> false,
                        new SyncEngine.Listener() {
                            @Override
                            public void progress(Submission s, String part, long sent, long total) {
                                System.out.println("SENT " + sent + " " + total);
                                System.out.flush();
                            }

                            @Override
                            public void changed(Submission s) {
                                System.out.println("STATUS " + s.status());
                                System.out.flush();
                            }
                        }).run();
            }
        }
    }

    @Test
    void killedMidUploadResumesAfterRestartAndDeliversOnce() throws Exception {
        Submission s;
        try (Database db = Database.open(dir)) {
            s = SyncFixtures.enqueue(new H2Outbox(db), 600_000, 11);
        }
        try (FakePlatform server = FakePlatform.start(TOKEN)) {
            server.maxChunkBytes(CHUNK);
            server.delayEach(Duration.ofMillis(60)); // slow enough to kill it in the middle
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), UploadingChild.class.getName(), dir.toString(),
                    server.baseUri().toString()).redirectErrorStream(true).start();
            StringBuilder log = new StringBuilder();
            int chunksSeen = 0;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    log.append(line).append('\n');
                    if (line.startsWith("SENT ") && ++chunksSeen >= 6) {
                        child.destroyForcibly();
                        break;
                    }
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(chunksSeen).as("child output:\n%s", log).isGreaterThanOrEqualTo(6);
            assertThat(server.completedCount()).as("killed before the end").isZero();
            long before = server.chunkBytesAccepted();
            assertThat(before).isBetween(1L, s.totalBytes() - 1);
            server.delayEach(Duration.ZERO);

            // restart: the same data folder, as the application does at start
            try (Database db = Database.open(dir)) {
                H2Outbox outbox = new H2Outbox(db);
                assertThat(outbox.find(s.key()).orElseThrow().status()).as("left 上传中 by the kill").isEqualTo(SubmissionStatus.UPLOADING);
                assertThat(outbox.recoverInterrupted()).isEqualTo(1);
                assertThat(outbox.find(s.key()).orElseThrow().status()).isEqualTo(SubmissionStatus.PENDING);
                int putsBefore = server.requestCount("PUT", ".*/parts/.*");
                SyncEngine.Pass pass = SyncFixtures.engine(outbox, SyncFixtures.client(server.baseUri(), TOKEN, Duration.ofSeconds(5))).run();
                assertThat(pass.uploaded()).isEqualTo(1);

                Submission back = outbox.find(s.key()).orElseThrow();
                assertThat(back.status()).isEqualTo(SubmissionStatus.UPLOADED);
                assertThat(server.completedCount()).isEqualTo(1);
                assertThat(server.completesByContentHash()).isEqualTo(Map.of(s.contentHash(), 1));
                for (SubmissionPart p : s.parts()) {
                    assertThat(server.partBytes(s.key(), p.name())).hasValue(outbox.content(s.key(), p.name()));
                }
                assertThat(server.chunkBytesAccepted()).as("every byte stored once").isEqualTo(s.totalBytes());
                // resumed: the bytes the server had were not sent again (at most the chunk in flight at the kill)
                long remainingChunks = (s.totalBytes() - before + CHUNK - 1) / CHUNK + s.parts().size();
                assertThat(server.requestCount("PUT", ".*/parts/.*") - putsBefore).isLessThanOrEqualTo((int) remainingChunks + 1);
            }
        }
    }
}
