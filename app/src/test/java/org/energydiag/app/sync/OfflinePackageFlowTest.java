package org.energydiag.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.energydiag.app.sync.SyncFixtures.TOKEN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2Outbox;
import org.energydiag.core.sync.PackageException;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionPackage;
import org.energydiag.core.sync.SubmissionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The USB path: a submission exported as an offline package on the site laptop, imported and
 * uploaded on the office computer; the site laptop uploads it too when it comes online — the
 * platform still stores it once (same idempotency key). A damaged package is refused.
 */
class OfflinePackageFlowTest {

    @TempDir
    Path dir;

    @Test
    void uploadedFromAnotherComputerAndFromTheLaptopTheServerKeepsOneCopy() throws Exception {
        Path zip = dir.resolve("提交.zip");
        try (FakePlatform server = FakePlatform.start(TOKEN);
             Database laptop = Database.open(dir.resolve("laptop"));
             Database office = Database.open(dir.resolve("office"))) {
            H2Outbox site = new H2Outbox(laptop);
            Submission s = SyncFixtures.enqueue(site, 150_000, 31);
            SubmissionPackage.write(s, part -> site.content(s.key(), part), zip);

            H2Outbox there = new H2Outbox(office);
            try (var imported = SubmissionPackage.readToFiles(zip, dir.resolve("office"))) { // streamed, as the window does
                there.enqueueFiles(imported.submission(), imported.files());
            }
            assertThat(there.find(s.key()).orElseThrow().contentHash()).isEqualTo(s.contentHash());
            for (var part : s.parts()) {
                assertThat(there.content(s.key(), part.name())).isEqualTo(site.content(s.key(), part.name()));
            }
            SyncFixtures.engine(there, SyncFixtures.client(server.baseUri(), TOKEN, Duration.ofSeconds(5))).run();
            assertThat(there.find(s.key()).orElseThrow().status()).isEqualTo(SubmissionStatus.UPLOADED);

            // later the laptop is online and sends its copy: the platform recognises the key
            SyncFixtures.engine(site, SyncFixtures.client(server.baseUri(), TOKEN, Duration.ofSeconds(5))).run();
            Submission fromLaptop = site.find(s.key()).orElseThrow();
            assertThat(fromLaptop.status()).isEqualTo(SubmissionStatus.UPLOADED);
            assertThat(fromLaptop.receipt()).isEqualTo(there.find(s.key()).orElseThrow().receipt());
            assertThat(server.completedCount()).isEqualTo(1);
            assertThat(server.completesByContentHash()).isEqualTo(Map.of(s.contentHash(), 1));
            assertThat(server.chunkBytesAccepted()).isEqualTo(s.totalBytes());
        }
    }

    @Test
    void aDamagedPackageIsRefusedAndNothingIsQueued() throws Exception {
        Path zip = dir.resolve("p.zip");
        try (Database db = Database.open(dir.resolve("a"))) {
            H2Outbox o = new H2Outbox(db);
            Submission s = SyncFixtures.enqueue(o, 20_000, 32);
            SubmissionPackage.write(s, part -> o.content(s.key(), part), zip);
        }
        byte[] b = Files.readAllBytes(zip);
        b[b.length / 2] ^= 0x5A; // a flipped byte in the middle of the archive
        Files.write(zip, b);
        try (Database db = Database.open(dir.resolve("b"))) {
            H2Outbox o = new H2Outbox(db);
            assertThatThrownBy(() -> SubmissionPackage.read(zip)).isInstanceOf(PackageException.class);
            assertThat(o.list()).isEmpty();
        }
    }
}
