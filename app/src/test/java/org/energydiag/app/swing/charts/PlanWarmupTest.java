package org.energydiag.app.swing.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The document warm-up runs once per JVM on a daemon thread of low priority (it can never keep the
 * application from exiting), completes normally, and an export waiting for it is released.
 */
@org.junit.jupiter.api.extension.ExtendWith(WarmupOn.class)
class PlanWarmupTest {

    @Test
    void librariesWarmOnceOnALowPriorityDaemonThread() throws Exception {
        CompletableFuture<Void> first = PlanWarmup.documents();
        assertThat(PlanWarmup.documents()).as("started once per JVM").isSameAs(first);
        first.get(5, TimeUnit.MINUTES); // a generous bound: only fails a hung warm-up
        assertThat(first).isCompletedWithValue(null);
        PlanWarmup.await();

        Thread worker = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("plan-warmup"))
                .findFirst().orElseThrow();
        assertThat(worker.isDaemon()).isTrue();
        assertThat(worker.getPriority()).isEqualTo(Thread.MIN_PRIORITY);
    }
}
