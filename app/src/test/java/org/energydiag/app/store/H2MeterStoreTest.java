package org.energydiag.app.store;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.progress.ProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2MeterStoreTest {

    @TempDir
    Path dir;
    Database db;
    H2MeterStore store;
    String project;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
        DiagnosisProject p = DiagnosisProject.create(clock.instant());
        new H2ProjectRepository(db, clock).put(p);
        project = p.id();
        store = new H2MeterStore(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** {@code n} 15-minute intervals from {@code start} (crossing a month end), value i + 1. */
    static MeterSeries series(String name, LocalDateTime start, int n) {
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = MeterSeries.epoch(start.plusMinutes(15L * i));
            v[i] = i + 1;
        }
        return new MeterSeries(name, CarrierId.of("ELECTRICITY"), "kWh", 15, t, v);
    }

    @Test
    void storeLoadAcrossMonthsAndDryRunCountsNewAndExisting() {
        MeterSeries s = series("总表", LocalDateTime.of(2025, 1, 31, 23, 0), 8); // 4 in January, 4 in February
        var dry = store.dryRun(project, List.of(s), "h1");
        assertThat(dry.newValues()).isEqualTo(8);
        assertThat(dry.sameContentImported()).isEmpty();
        store.store(project, List.of(s), MeterStore.OnExisting.REPLACE, List.of("a.csv"), "h1", null, "{}", NullProgressMonitor.INSTANCE);
        MeterSeries back = store.load(project, "总表").orElseThrow();
        assertThat(back.starts()).isEqualTo(s.starts());
        assertThat(back.values()).isEqualTo(s.values());
        var again = store.dryRun(project, List.of(s), "h1");
        assertThat(again.existingValues()).isEqualTo(8);
        assertThat(again.sameContentImported()).isPresent();
        assertThat(store.meters(project)).singleElement().satisfies(m -> assertThat(m.values()).isEqualTo(8));
    }

    @Test
    void replaceOrSkipExistingValues() {
        MeterSeries s = series("总表", LocalDateTime.of(2025, 3, 1, 0, 0), 4);
        store.store(project, List.of(s), MeterStore.OnExisting.REPLACE, List.of("a.csv"), "h1", null, "{}", NullProgressMonitor.INSTANCE);
        double[] v2 = new double[] {10, 20, 30, 40};
        MeterSeries s2 = new MeterSeries("总表", CarrierId.of("ELECTRICITY"), "kWh", 15, s.starts(), v2);
        store.store(project, List.of(s2), MeterStore.OnExisting.SKIP, List.of("b.csv"), "h2", null, "{}", NullProgressMonitor.INSTANCE);
        assertThat(store.load(project, "总表").orElseThrow().values()).containsExactly(1, 2, 3, 4);
        store.store(project, List.of(s2), MeterStore.OnExisting.REPLACE, List.of("b.csv"), "h2", null, "{}", NullProgressMonitor.INSTANCE);
        assertThat(store.load(project, "总表").orElseThrow().values()).containsExactly(10, 20, 30, 40);
        assertThat(store.imports(project)).hasSize(3);
    }

    @Test
    void cancelledImportStoresNothing() {
        MeterSeries a = series("A", LocalDateTime.of(2025, 1, 1, 0, 0), 100);
        MeterSeries b = series("B", LocalDateTime.of(2025, 1, 1, 0, 0), 100);
        ProgressMonitor cancelAfterFirst = new ProgressMonitor() {
            int worked;

            @Override
            public void begin(String taskName, int totalWork) {
            }

            @Override
            public void worked(int units) {
                worked += units;
            }

            @Override
            public boolean isCancelled() {
                return worked >= 1; // after the first meter is written inside the transaction
            }

            @Override
            public void done() {
            }
        };
        assertThatThrownBy(() -> store.store(project, List.of(a, b), MeterStore.OnExisting.REPLACE, List.of("x.csv"), "h",
                null, "{}", cancelAfterFirst)).isInstanceOf(ProgressMonitor.CancelledException.class);
        assertThat(store.meters(project)).isEmpty();
        assertThat(store.imports(project)).isEmpty();
        assertThat(store.load(project, "A")).isEmpty();
    }

    @Test
    void intervalConflictIsRefusedWithTheMeterNamed() {
        store.store(project, List.of(series("A", LocalDateTime.of(2025, 1, 1, 0, 0), 4)), MeterStore.OnExisting.REPLACE,
                List.of("x.csv"), "h", null, "{}", NullProgressMonitor.INSTANCE);
        long[] t = {MeterSeries.epoch(LocalDateTime.of(2025, 2, 1, 0, 0))};
        MeterSeries hourly = new MeterSeries("A", CarrierId.of("ELECTRICITY"), "kWh", 60, t, new double[] {5});
        assertThat(store.dryRun(project, List.of(hourly), "h2").meters().get(0).intervalConflict()).isTrue();
        assertThatThrownBy(() -> store.store(project, List.of(hourly), MeterStore.OnExisting.REPLACE, List.of("y.csv"), "h2",
                null, "{}", NullProgressMonitor.INSTANCE)).hasMessageContaining("“A”");
        assertThat(Arrays.stream(store.load(project, "A").orElseThrow().values()).sum()).isEqualTo(10);
    }

    @Test
    void profilesAreKeptBySignature() {
        assertThat(store.profile("sig")).isEmpty();
        store.saveProfile("sig", "某EMS导出", "{\"a\":1}");
        assertThat(store.profile("sig")).contains("{\"a\":1}");
    }
}
