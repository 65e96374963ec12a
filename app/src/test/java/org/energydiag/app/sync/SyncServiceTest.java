package org.energydiag.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.app.sync.SyncFixtures.TOKEN;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2Outbox;
import org.energydiag.core.sync.Backoff;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The background uploader: never blocks its caller, notices the network coming back by itself. */
class SyncServiceTest {

    @TempDir
    Path dir;
    Database db;
    H2Outbox outbox;
    FakePlatform server;
    SyncService service;
    final List<SyncService.Status> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        db = Database.open(dir);
        outbox = new H2Outbox(db);
        server = FakePlatform.start(TOKEN);
        server.maxChunkBytes(64 * 1024);
    }

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        server.close();
        db.close();
    }

    SyncService service(SyncSettings settings) {
        service = new SyncService(outbox, () -> settings, s -> SyncFixtures.client(s.baseUri(), s.token(), Duration.ofSeconds(2)),
                Clock.systemUTC(), SyncFixtures.fastBackoff(), new Backoff(Duration.ofMillis(100), Duration.ofMillis(300),
                Duration.ofMillis(50)));
        service.addListener(seen::add);
        return service;
    }

    static void await(String what, BooleanSupplier c) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (!c.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(50);
        }
    }

    @Test
    void resumesByItselfWhenTheNetworkReturns() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 200_000, 21);
        server.setOffline(true);
        service(new SyncSettings(server.baseUri().toString(), TOKEN)).start();
        await("offline noticed", () -> service.status().connectivity() == SyncService.Connectivity.OFFLINE);
        assertThat(service.status().pending()).isEqualTo(1);
        assertThat(service.status().nextTry()).as("probing again by itself").isNotNull();

        server.setOffline(false); // nobody presses anything
        await("uploaded", () -> outbox.find(s.key()).orElseThrow().status() == SubmissionStatus.UPLOADED);
        await("status follows", () -> service.status().pending() == 0
                && service.status().connectivity() == SyncService.Connectivity.ONLINE);
        assertThat(server.completedCount()).isEqualTo(1);
        assertThat(seen).anyMatch(st -> st.uploading() != null && st.sent() > 0);
    }

    @Test
    void callersAreNeverBlockedEvenWhenThePlatformHangs() throws Exception {
        SyncFixtures.enqueue(outbox, 100_000, 22);
        server.delayEach(Duration.ofSeconds(1));
        service(new SyncSettings(server.baseUri().toString(), TOKEN));
        long t0 = System.nanoTime();
        service.start();
        service.syncNow();
        service.changed();
        service.status();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).as("start/syncNow/changed return at once (the platform answers after 1 s)").isLessThan(500);
        service.close(); // closing in the middle of an upload does not hang either
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(6_000);
    }

    @Test
    void notConfiguredSaysWhatToDo() throws Exception {
        SyncFixtures.enqueue(outbox, 10_000, 23);
        service(SyncSettings.none()).start();
        await("status", () -> service.status().connectivity() == SyncService.Connectivity.NOT_CONFIGURED);
        assertThat(service.status().message()).contains("同步设置");
        assertThat(service.status().pending()).isEqualTo(1);
    }

    @Test
    void plainHttpIsRefusedExceptOnThisComputer() {
        assertThat(new SyncSettings("http://platform.example.cn/api", "t").problem()).contains("https");
        assertThat(new SyncSettings("http://127.0.0.1:8080/x", "t").problem()).isNull();
        assertThat(new SyncSettings("https://platform.example.cn/energydiag", "t").isConfigured()).isTrue();
        assertThat(new SyncSettings("platform", "t").problem()).contains("格式不正确");
        assertThat(new SyncSettings("https://platform.example.cn", "").problem()).contains("令牌");
    }

    @Test
    void aStartAfterACrashPutsInterruptedUploadsBackAndSendsThem() throws Exception {
        Submission s = SyncFixtures.enqueue(outbox, 50_000, 24);
        outbox.update(outbox.find(s.key()).orElseThrow().uploading()); // as a kill would leave it
        service(new SyncSettings(server.baseUri().toString(), TOKEN)).start();
        await("uploaded", () -> outbox.find(s.key()).orElseThrow().status() == SubmissionStatus.UPLOADED);
        assertThat(server.completedCount()).isEqualTo(1);
    }
}
