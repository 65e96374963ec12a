package org.energydiag.app.sync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.sync.Backoff;
import org.energydiag.core.sync.Outbox;
import org.energydiag.core.sync.Submission;
import org.energydiag.core.sync.SubmissionBuilder;

/** Shared pieces of the sync tests: a demo submission with a plan of a chosen size, a fast engine. */
final class SyncFixtures {

    static final String TOKEN = "test-token-2026";

    private SyncFixtures() {
    }

    /** A submission of the demo project whose plan part has {@code planBytes} random bytes. */
    static SubmissionBuilder.Prepared prepared(int planBytes, long seed) {
        DiagnosisProject p = DemoProjects.cementPlant(Instant.parse("2026-11-01T08:00:00Z"), "某诊断机构");
        byte[] plan = new byte[planBytes];
        new Random(seed).nextBytes(plan);
        return SubmissionBuilder.build(p, plan, null, "EnergyDiag test", Instant.now());
    }

    static Submission enqueue(Outbox outbox, int planBytes, long seed) {
        SubmissionBuilder.Prepared s = prepared(planBytes, seed);
        outbox.enqueue(s.submission(), s.files());
        return s.submission();
    }

    static PlatformClient client(URI base, String token, Duration requestTimeout) {
        return new PlatformClient(new SyncSettings(base.toString(), token), Duration.ofSeconds(2), requestTimeout, "EnergyDiag test");
    }

    /** Retries after 50–200 ms so the tests do not wait for production backoff. */
    static Backoff fastBackoff() {
        return new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(20));
    }

    static SyncEngine engine(Outbox outbox, PlatformClient client) {
        return new SyncEngine(outbox, client, Clock.systemUTC(), fastBackoff(), new Random(7), () -> false,
                new SyncEngine.Listener() {
                    @Override
                    public void progress(Submission s, String part, long sent, long total) {
                    }

                    @Override
                    public void changed(Submission s) {
                    }
                });
    }
}
