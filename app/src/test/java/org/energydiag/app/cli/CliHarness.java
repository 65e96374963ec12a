package org.energydiag.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.energydiag.app.AppContext;
import org.energydiag.app.MainTestAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line run in-process with the same wiring as {@code Main}, on a data folder of the
 * test's own, with a fixed clock ({@link #now()}); {@link #run} captures standard output and error.
 */
abstract class CliHarness {

    @TempDir
    Path dir;
    AppContext ctx;
    CliServices services;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The commands' clock; a test class with a date of its own overrides it. */
    Instant now() {
        return Instant.parse("2026-06-01T00:00:00Z");
    }

    @BeforeEach
    void openContext() {
        ctx = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.fixed(now(), ZoneOffset.UTC));
        services = MainTestAccess.services(ctx);
    }

    @AfterEach
    void closeContext() {
        ctx.close();
    }

    /** Runs the command line; its exit code. */
    int run(String... args) {
        out.reset();
        err.reset();
        return new Cli().run(List.of(args), services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
