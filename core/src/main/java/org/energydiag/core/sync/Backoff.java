package org.energydiag.core.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "full jitter" (AWS Architecture Blog, "Exponential Backoff And
 * Jitter", 2015): the wait before retry n is uniform in [0, min(cap, base·2ⁿ)], so that many
 * laptops coming back online at once do not hammer the platform in step. A floor keeps a retry
 * from happening immediately.
 */
public record Backoff(Duration base, Duration cap, Duration floor) {

    /** 2 s base, 10 min cap, 1 s floor. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(1));
    }

    /** The ceiling of the wait after {@code attempts} failed attempts (1 = the first failure). */
    public Duration ceiling(int attempts) {
        int n = Math.max(0, Math.min(attempts - 1, 30));
        long ms = base.toMillis() << n;
        if (ms <= 0 || ms > cap.toMillis()) {
            ms = cap.toMillis();
        }
        return Duration.ofMillis(Math.max(ms, floor.toMillis()));
    }

    /** The wait before the next attempt after {@code attempts} failed attempts. */
    public Duration delay(int attempts, RandomGenerator random) {
        long max = ceiling(attempts).toMillis();
        long ms = (long) (random.nextDouble() * max);
        return Duration.ofMillis(Math.max(ms, floor.toMillis()));
    }
}
