package org.energydiag.core.meter;

import org.energydiag.core.reference.CarrierId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.energydiag.core.progress.ProgressMonitor;

/**
 * Where imported meter data lives (per project). Storing an import is one transaction: all of it
 * or nothing, also when cancelled.
 */
public interface MeterStore {

    /** A stored meter. */
    record MeterInfo(String name, CarrierId carrierId, String unit, int intervalMinutes, long firstStart, long lastStart,
                     int values) {
    }

    /** A past import, with its report kept for review. */
    record ImportRecord(String id, Instant createdAt, List<String> files, String contentHash, String headerSignature,
                        String reportJson, int meters, long values) {
    }

    /** What committing would do, per meter: values new, already stored (to be replaced or kept), invalid. */
    record DryRun(List<MeterCount> meters, Optional<ImportRecord> sameContentImported) {
        public long newValues() {
            return meters.stream().mapToLong(MeterCount::newValues).sum();
        }

        public long existingValues() {
            return meters.stream().mapToLong(MeterCount::existingValues).sum();
        }
    }

    /**
     * @param intervalConflict the meter exists with another interval length (cannot be merged)
     */
    record MeterCount(String name, long newValues, long existingValues, long invalidValues, boolean intervalConflict) {
    }

    /** What to do with values already stored for the same meter and time. */
    enum OnExisting { REPLACE, SKIP }

    List<MeterInfo> meters(String projectId);

    Optional<MeterSeries> load(String projectId, String meterName);

    DryRun dryRun(String projectId, List<MeterSeries> series, String contentHash);

    /**
     * Stores the series and the import record in one transaction.
     *
     * @throws ProgressMonitor.CancelledException when cancelled (nothing is stored)
     */
    ImportRecord store(String projectId, List<MeterSeries> series, OnExisting onExisting, List<String> files,
                       String contentHash, String headerSignature, String reportJson, ProgressMonitor monitor);

    List<ImportRecord> imports(String projectId);

    /** Deletes a meter and its data. */
    void deleteMeter(String projectId, String meterName);

    /** A saved column mapping for files whose header has this signature. */
    Optional<String> profile(String headerSignature);

    void saveProfile(String headerSignature, String name, String settingsJson);
}
