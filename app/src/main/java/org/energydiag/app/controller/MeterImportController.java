package org.energydiag.app.controller;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.energydiag.core.meter.ImportSettings;
import org.energydiag.core.meter.ImportSettingsJson;
import org.energydiag.core.meter.MeterCsv;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.ProgressMonitor;

/**
 * The meter import dialog's logic: detect, let the engineer adjust, check (dry run: read and
 * compare with what is stored), commit atomically, and remember the mapping by header signature so
 * the next export of the same software imports in one click. Methods may take long: the UI runs
 * them in the background with a monitor.
 */
public final class MeterImportController {

    /** What detection found. */
    public record Detected(ImportSettings settings, List<String[]> preview, List<String> header, String signature,
                           boolean profileApplied) {
    }

    /** A checked import, ready to commit. */
    public record Checked(MeterCsv.Result result, MeterStore.DryRun dryRun, String contentHash) {
    }

    private final MeterStore store;
    private final String projectId;
    private List<Path> files = List.of();
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
        List<Path> f = MeterCsv.files(fileOrFolder);
        MeterCsv.Sniffed s = MeterCsv.sniff(f, forcedCharset);
        String sig = ImportSettingsJson.headerSignature(s.header(), s.settings().delimiter(), s.settings().layout());
        ImportSettings settings = s.settings();
        boolean applied = false;
        Optional<String> profile = store.profile(sig);
        if (profile.isPresent()) {
            settings = ImportSettingsJson.applyProfile(settings, ImportSettingsJson.fromJson(profile.get()));
            applied = true;
        }
        files = f;
        detected = new Detected(settings, s.preview(), s.header(), sig, applied);
        return detected;
    }

    /** The engineer changed the settings in the dialog. */
    public void adjust(ImportSettings settings) {
        if (detected == null) {
            throw new IllegalStateException("detect first");
        }
        detected = new Detected(settings, detected.preview(), detected.header(), detected.signature(), detected.profileApplied());
    }

    /** Reads everything and compares with the store; changes nothing. */
    public Checked check(ProgressMonitor monitor) throws IOException {
        MeterCsv.Result r = MeterCsv.read(files, detected.settings(), monitor);
        String hash = ImportSettingsJson.contentHash(files);
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
}
