package org.energydiag.app.controller;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.energydiag.app.text.Texts;
import org.energydiag.core.meter.ColumnMapping;
import org.energydiag.core.meter.ImportSettings;
import org.energydiag.core.meter.ImportSettingsJson;
import org.energydiag.core.meter.Layout;
import org.energydiag.core.meter.MeterCsv;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.meter.MeterUnit;
import org.energydiag.core.meter.ValueKind;
import org.energydiag.core.progress.ProgressMonitor;

/**
 * The meter import dialog's logic: detect, let the engineer adjust, check (dry run: read and
 * compare with what is stored), commit atomically, and remember the mapping by header signature so
 * the next export of the same software imports in one click. Detection is the command line's
 * ({@link MeterCsv#sniff(List, Charset, Layout)}), and what it cannot settle is asked the same way:
 * {@link #openQuestions()} applies the rule of {@code meter-import}. Methods may take long: the UI
 * runs them in the background with a monitor.
 */
public final class MeterImportController {

    /**
     * What detection found, and what the engineer has answered so far.
     *
     * @param settings       the settings as detected and adjusted
     * @param preview        the first records of the first file
     * @param header         the header cells (empty when there is none)
     * @param signature      the header signature the mapping profile is kept under
     * @param profileApplied a saved mapping profile was applied
     * @param decisions      what detection decided and on what evidence (Chinese sentences)
     * @param questions      what the data cannot settle (all of them; see {@link #openQuestions()})
     * @param forcedLayout   the layout the engineer chose, null = detected
     * @param detectedInterval the interval the detection found (restored when the engineer sets 0)
     * @param zoneChosen     the engineer (or a saved profile) chose the zone of the file's times
     * @param intervalChosen the engineer set the interval
     */
    public record Detected(ImportSettings settings, List<String[]> preview, List<String> header, String signature,
                           boolean profileApplied, List<String> decisions, List<MeterCsv.Question> questions,
                           Layout forcedLayout, int detectedInterval, boolean zoneChosen, boolean intervalChosen) {

        public Detected {
            decisions = List.copyOf(decisions);
            questions = List.copyOf(questions);
        }

        Detected with(ImportSettings s, boolean zone, boolean interval) {
            return new Detected(s, preview, header, signature, profileApplied, decisions, questions, forcedLayout,
                    detectedInterval, zone, interval);
        }
    }

    /** A checked import, ready to commit. */
    public record Checked(MeterCsv.Result result, MeterStore.DryRun dryRun, String contentHash) {
    }

    private final MeterStore store;
    private final String projectId;
    private List<Path> files = List.of();
    private Path source;
    private Charset charset;
    private Detected detected;

    public MeterImportController(MeterStore store, String projectId) {
        this.store = store;
        this.projectId = projectId;
    }

    public List<Path> files() {
        return files;
    }

    public Optional<Detected> detected() {
        return Optional.ofNullable(detected);
    }

    /** Detects how to read the file or folder, applying a saved mapping when the header is known. */
    public Detected detect(Path fileOrFolder, Charset forcedCharset) throws IOException {
        return detect(fileOrFolder, forcedCharset, null);
    }

    /**
     * As {@link #detect(Path, Charset)} with the layout the engineer chose (null = detect). A zone
     * the engineer already chose for this file is kept: it does not depend on the layout.
     */
    public Detected detect(Path fileOrFolder, Charset forcedCharset, Layout forcedLayout) throws IOException {
        List<Path> f = MeterCsv.files(fileOrFolder);
        MeterCsv.Sniffed s = MeterCsv.sniff(f, forcedCharset, forcedLayout);
        String sig = ImportSettingsJson.headerSignature(s.header(), s.settings().delimiter(), s.settings().layout());
        ImportSettings settings = s.settings();
        boolean applied = false;
        boolean zoneChosen = false;
        Optional<String> profile = store.profile(sig);
        if (profile.isPresent()) {
            ImportSettings p = ImportSettingsJson.fromJson(profile.get());
            settings = ImportSettingsJson.applyProfile(settings, p);
            applied = true;
            // a zone other than China time was chosen by the engineer for this software's exports
            zoneChosen = !p.zone().equals(ImportSettings.DEFAULT_ZONE);
        }
        boolean sameSource = detected != null && fileOrFolder.equals(source);
        if (sameSource && detected.zoneChosen()) {
            settings = settings.withZone(detected.settings().zone());
            zoneChosen = true;
        }
        files = f;
        source = fileOrFolder;
        charset = forcedCharset;
        detected = new Detected(settings, s.preview(), s.header(), sig, applied, s.decisions(), s.questions(), forcedLayout,
                s.settings().intervalMinutes(), zoneChosen, false);
        return detected;
    }

    /** Detects the same file again with the layout the engineer chose (null = detect). */
    public Detected redetect(Layout forcedLayout) throws IOException {
        if (source == null) {
            throw new IllegalStateException("detect first");
        }
        return detect(source, charset, forcedLayout);
    }

    /** The engineer changed the settings in the dialog. */
    public void adjust(ImportSettings settings) {
        Detected d = require();
        detected = d.with(settings, d.zoneChosen(), d.intervalChosen());
    }

    /** The engineer chose the zone of the file's local times: answers the zone question. */
    public void chooseZone(ZoneId zone) {
        Detected d = require();
        detected = d.with(d.settings().withZone(zone), true, d.intervalChosen());
    }

    /**
     * The engineer set the interval in minutes; 0 goes back to what was found in the data (and
     * leaves an interval question open).
     */
    public void chooseInterval(int minutes) {
        if (minutes < 0 || minutes > 1440 || minutes > 0 && 1440 % minutes != 0) {
            throw new IllegalArgumentException(Texts.get("controller.meterImport.badInterval"));
        }
        Detected d = require();
        detected = d.with(d.settings().withInterval(minutes == 0 ? d.detectedInterval() : minutes), d.zoneChosen(), minutes > 0);
    }

    /**
     * Long layout: the column naming the meters (or channels). One mapping per name met in the
     * preview, as detection makes them: the unit from the name ("Active Import Interval (kW)") or
     * else from the value column; other names met later take the value column's mapping.
     */
    public void chooseMeterColumn(int column) {
        Detected d = require();
        ImportSettings s = d.settings();
        if (s.layout() != Layout.LONG || column == s.meterColumn()) {
            return;
        }
        if (column < 0 || column == s.timeColumn() || column == s.timeColumn2()) {
            throw new IllegalArgumentException(Texts.get("controller.meterImport.meterColumnIsTime"));
        }
        ColumnMapping base = s.longDefault() != null ? s.longDefault()
                : s.columns().isEmpty() ? null : s.columns().get(0).withName("");
        if (base == null) {
            throw new IllegalStateException("no value column");
        }
        if (base.column() == column) {
            throw new IllegalArgumentException(Texts.format("controller.meterImport.meterColumnIsValue", name(d, column)));
        }
        Set<String> names = new LinkedHashSet<>();
        for (int i = s.firstDataRecord(); i < d.preview().size(); i++) {
            String[] r = d.preview().get(i);
            if (r.length > column && !r[column].isBlank() && r.length > s.timeColumn() && !r[s.timeColumn()].isBlank()) {
                names.add(r[column].strip());
            }
        }
        List<ColumnMapping> mappings = new ArrayList<>();
        for (String n : names) {
            MeterUnit u = MeterUnit.fromHeader(n).orElse(base.unit());
            ColumnMapping m = base.withName(n).withUnit(u);
            if (u != null && u != base.unit() && m.kind() != ValueKind.REGISTER && m.kind() != ValueKind.DEMAND) {
                m = m.withKind(u.quantity() == MeterUnit.Quantity.POWER ? ValueKind.POWER : ValueKind.INTERVAL);
            }
            mappings.add(m);
        }
        ImportSettings changed = new ImportSettings(s.charset(), s.delimiter(), s.decimalComma(), s.headerRecord(),
                s.firstDataRecord(), s.layout(), s.timeColumn(), s.timeColumn2(), s.dateOrder(), s.dateOrderAmbiguous(),
                s.means(), s.intervalMinutes(), column, mappings, base, s.zone(), s.midnightLast());
        detected = d.with(changed, d.zoneChosen(), d.intervalChosen());
    }

    /** The header text of a column, or "第 n 列". */
    public static String name(Detected d, int column) {
        return column >= 0 && column < d.header().size() && !d.header().get(column).isBlank() ? d.header().get(column)
                : Texts.format("controller.meterImport.column", column + 1);
    }

    /**
     * The questions still open with the current settings, by the rule of {@code meter-import}:
     * the unit while an included mapping has none, the date order while it is ambiguous, the zone
     * until one was chosen, the interval until one was set. A mapping left without a unit by the
     * engineer's changes (another meter column) asks for it too, as detection would have.
     */
    public List<MeterCsv.Question> openQuestions() {
        if (detected == null) {
            return List.of();
        }
        ImportSettings s = detected.settings();
        List<String> answered = new ArrayList<>();
        if (s.columns().stream().filter(ColumnMapping::include).allMatch(m -> m.unit() != null)) {
            answered.add("--unit");
        }
        if (!s.dateOrderAmbiguous()) {
            answered.add("--date-order");
        }
        if (detected.zoneChosen()) {
            answered.add("--zone");
        }
        if (detected.intervalChosen()) {
            answered.add("--interval");
        }
        List<MeterCsv.Question> open = new ArrayList<>(detected.questions().stream()
                .filter(q -> !answered.contains(q.option())).toList());
        if (!answered.contains("--unit") && open.stream().noneMatch(q -> q.option().equals("--unit"))) {
            // detection had every unit, the engineer's changes (another meter column) lost one
            List<String> unknown = s.columns().stream().filter(m -> m.include() && m.unit() == null)
                    .map(ColumnMapping::meterName).distinct().toList();
            String names = String.join("、", unknown.stream().limit(5).map(n -> "“" + n + "”").toList());
            open.add(0, new MeterCsv.Question("--unit", unknown.size() > 5
                    ? Texts.format("controller.meterImport.noUnitMany", names, unknown.size())
                    : Texts.format("controller.meterImport.noUnit", names)));
        }
        return List.copyOf(open);
    }

    /** Reads everything and compares with the store; changes nothing. */
    public Checked check(ProgressMonitor monitor) throws IOException {
        Detected d = require();
        if (!openQuestions().isEmpty()) {
            throw new IllegalStateException("questions open: " + openQuestions());
        }
        // the content hash (to recognise a file imported before) is taken beside the reading, on the
        // second core: a cold SHA-256 of a year of 15-minute data costs as much as reading it
        java.util.concurrent.CompletableFuture<String> hashing = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return ImportSettingsJson.contentHash(files);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        MeterCsv.Result r;
        try {
            r = MeterCsv.read(files, d.settings(), monitor);
        } catch (IOException | RuntimeException e) {
            hashing.cancel(false);
            throw e;
        }
        String hash;
        try {
            hash = hashing.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        return new Checked(r, store.dryRun(projectId, r.series(), hash), hash);
    }

    /** Stores a checked import in one transaction and remembers the mapping. */
    public MeterStore.ImportRecord commit(Checked checked, MeterStore.OnExisting onExisting, ProgressMonitor monitor) {
        MeterStore.ImportRecord rec = store.store(projectId, checked.result().series(), onExisting,
                files.stream().map(p -> p.getFileName().toString()).toList(), checked.contentHash(), detected.signature(),
                ImportSettingsJson.reportJson(checked.result().report()), monitor);
        store.saveProfile(detected.signature(), files.get(0).getFileName().toString(),
                ImportSettingsJson.toJson(detected.settings()));
        return rec;
    }

    private Detected require() {
        if (detected == null) {
            throw new IllegalStateException("detect first");
        }
        return detected;
    }
}
