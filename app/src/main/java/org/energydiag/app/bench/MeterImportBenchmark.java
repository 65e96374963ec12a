package org.energydiag.app.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.energydiag.app.controller.MeterImportController;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2MeterStore;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.core.meter.MeterCsv;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;

/**
 * Meter import benchmark (README): generates a one-year 15-minute wide file with 50 meters
 * (35 040 rows × 51 columns) and a long file of 1 752 000 rows, then times a bare CSV parse of each,
 * the importer's parse and validation, and the store into a fresh database.
 * Usage: {@code java -cp app/target/energydiag.jar org.energydiag.app.bench.MeterImportBenchmark [dir]}
 */
public final class MeterImportBenchmark {

    static final int METERS = 50;
    static final int INTERVALS = 365 * 96;
    static final int WARMUP_ROUNDS = 8;
    static final int TIMED_ROUNDS = 7;

    private MeterImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("meter-bench");
        Files.createDirectories(dir);
        Path wide = dir.resolve("wide-50x35040.csv");
        Path longFile = dir.resolve("long-1752000.csv");
        if (!Files.exists(wide)) {
            writeWide(wide);
        }
        if (!Files.exists(longFile)) {
            writeLong(longFile);
        }
        System.out.printf("machine: %d cores, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("round 1 (cold JVM)");
        run("wide 35 040 × 51", wide, dir.resolve("db-wide-1"));
        run("long 1 752 000 rows", longFile, dir.resolve("db-long-1"));
        // warm: eight rounds of each file untimed, so that the JIT has compiled both the bare parse
        // and the import (as after a few imports in the window), then the median of seven rounds
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            time(wide);
            time(longFile);
        }
        List<double[]> w = new java.util.ArrayList<>();
        List<double[]> l = new java.util.ArrayList<>();
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            w.add(time(wide));
            l.add(time(longFile));
        }
        System.out.printf("warm (after %d untimed rounds, median of %d rounds)%n", WARMUP_ROUNDS, TIMED_ROUNDS);
        printWarm("wide 35 040 × 51", w);
        printWarm("long 1 752 000 rows", l);
    }

    /** {bare parse, import parse+validate} in seconds. */
    static double[] time(Path file) throws Exception {
        long t0 = System.nanoTime();
        long cells = bareParse(file);
        long bare = System.nanoTime() - t0;
        t0 = System.nanoTime();
        MeterCsv.Result result = importRead(file);
        long parse = System.nanoTime() - t0;
        if (cells == 0 || result.series().isEmpty()) {
            throw new IllegalStateException("nothing read");
        }
        return new double[] {bare / 1e9, parse / 1e9};
    }

    /** A bare FastCSV parse of the file; returns the number of cells. */
    static long bareParse(Path file) throws Exception {
        long cells = 0;
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
            for (CsvRecord rec : r) {
                cells += rec.getFieldCount();
            }
        }
        return cells;
    }

    /** The importer's detection, parse and validation, as meter-import runs them. */
    static MeterCsv.Result importRead(Path file) throws Exception {
        List<Path> files = List.of(file);
        return MeterCsv.read(files, MeterCsv.sniff(files, null).settings(), NullProgressMonitor.INSTANCE);
    }

    static void printWarm(String label, List<double[]> rounds) {
        double[] bare = rounds.stream().mapToDouble(r -> r[0]).sorted().toArray();
        double[] parse = rounds.stream().mapToDouble(r -> r[1]).sorted().toArray();
        double[] ratio = rounds.stream().mapToDouble(r -> r[1] / r[0]).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %-22s bare CSV parse %.3f s; import parse+validate %.3f s (%.1f× bare, median of the ratios)%n",
                label, bare[bare.length / 2], parse[parse.length / 2], ratio[ratio.length / 2]);
    }

    /**
     * The cold round as the window runs it, through the window's controller: the project's database
     * is open before the user picks a file (opened with the project, timed apart), then the file is
     * detected, read and validated ({@link MeterImportController#check}, with the content hash taken
     * beside the reading) and stored ({@link MeterImportController#commit}).
     */
    static void run(String label, Path file, Path dbDir) throws Exception {
        long t0 = System.nanoTime();
        long cells = bareParse(file);
        long bare = System.nanoTime() - t0;
        t0 = System.nanoTime();
        try (Database db = Database.open(dbDir)) {
            DiagnosisProject p = DiagnosisProject.create(Clock.systemUTC().instant());
            new H2ProjectRepository(db, Clock.systemUTC()).put(p);
            long open = System.nanoTime() - t0;
            t0 = System.nanoTime();
            MeterImportController controller = new MeterImportController(new H2MeterStore(db, Clock.systemUTC()), p.id());
            controller.detect(file, null);
            MeterImportController.Checked checked = controller.check(NullProgressMonitor.INSTANCE);
            MeterCsv.Result result = checked.result();
            long parse = System.nanoTime() - t0;
            Runtime rt = Runtime.getRuntime();
            long used = (rt.totalMemory() - rt.freeMemory()) >> 20;
            t0 = System.nanoTime();
            controller.commit(checked, MeterStore.OnExisting.REPLACE, NullProgressMonitor.INSTANCE);
            long store = System.nanoTime() - t0;
            System.out.printf(Locale.ROOT, "  %-22s %,d cells, %d meters, %,d values: bare CSV parse %.2f s; import detect+parse+validate %.2f s"
                            + " (%.1f× bare); store %.2f s; import total %.2f s (%.2f s with opening a new project database,"
                            + " which the window does when the project opens); heap after parse ≈ %d MB%n",
                    label, cells, result.series().size(), result.report().valuesAccepted(), bare / 1e9, parse / 1e9,
                    parse / (double) bare, store / 1e9, (parse + store) / 1e9, (open + parse + store) / 1e9, used);
        }
    }

    static void writeWide(Path f) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("时间");
            for (int m = 1; m <= METERS; m++) {
                w.write(",支路" + m + "(kWh)");
            }
            w.write("\n");
            LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
            StringBuilder sb = new StringBuilder(600);
            for (int i = 0; i < INTERVALS; i++) {
                sb.setLength(0);
                sb.append(t.plusMinutes(15L * i).toString().replace('T', ' '));
                for (int m = 1; m <= METERS; m++) {
                    sb.append(',').append(value(i, m));
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
    }

    static void writeLong(Path f) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("时间,表计,电量(kWh)\n");
            LocalDateTime t = LocalDateTime.of(2025, 1, 1, 0, 0);
            for (int i = 0; i < INTERVALS; i++) {
                String ts = t.plusMinutes(15L * i).toString().replace('T', ' ');
                for (int m = 1; m <= METERS; m++) {
                    w.write(ts + ",支路" + m + "," + value(i, m) + "\n");
                }
            }
        }
    }

    /** A daily load shape per meter, two decimals. */
    static String value(int i, int m) {
        double v = 10 + m + 5 * Math.sin(2 * Math.PI * (i % 96) / 96.0);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
