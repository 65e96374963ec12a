package org.energydiag.app.store;

import org.energydiag.core.reference.CarrierId;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.energydiag.app.text.Texts;
import org.energydiag.core.meter.MeterSeries;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.ProgressMonitor;
import org.energydiag.core.workspace.StoreException;

/**
 * Meter data in H2: one row per meter and calendar month, the month's interval values as deflated
 * doubles. An import is one transaction; cancelling rolls it back.
 */
public final class H2MeterStore implements MeterStore {

    private final Database db;
    private final Clock clock;

    public H2MeterStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    // ---- blocks ---------------------------------------------------------------------------------

    /** Start of the calendar month containing {@code t} (local wall time, epoch seconds at UTC). */
    static long monthStart(long t) {
        LocalDate d = LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        return d.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    static long nextMonth(long monthStart) {
        return LocalDateTime.ofEpochSecond(monthStart, 0, ZoneOffset.UTC).plusMonths(1).toEpochSecond(ZoneOffset.UTC);
    }

    static byte[] pack(double[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8);
        for (double x : v) {
            b.putDouble(x);
        }
        Deflater d = new Deflater(Deflater.BEST_SPEED);
        d.setInput(b.array());
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(v.length * 2 + 64);
        byte[] buf = new byte[1 << 15];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        d.end();
        return out.toByteArray();
    }

    static double[] unpack(byte[] data, int n) {
        Inflater inf = new Inflater();
        inf.setInput(data);
        byte[] raw = new byte[n * 8];
        try {
            int off = 0;
            while (off < raw.length && !inf.finished()) {
                off += inf.inflate(raw, off, raw.length - off);
            }
        } catch (DataFormatException e) {
            throw new StoreException(Texts.format("store.meterBlockDamaged", e.getMessage()), e);
        } finally {
            inf.end();
        }
        ByteBuffer b = ByteBuffer.wrap(raw);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = b.getDouble();
        }
        return v;
    }

    // ---- queries --------------------------------------------------------------------------------

    @Override
    public List<MeterInfo> meters(String projectId) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, carrier_id, unit, interval_minutes FROM meter WHERE project_id = ? ORDER BY name")) {
            ps.setString(1, projectId);
            List<MeterInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MeterSeries s = loadById(c, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5));
                    out.add(new MeterInfo(s.name(), s.carrierId(), s.unit(), s.intervalMinutes(),
                            s.size() == 0 ? 0 : s.starts()[0], s.size() == 0 ? 0 : s.starts()[s.size() - 1], s.present()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.readMetersFailed", e.getMessage()), e);
        }
    }

    @Override
    public Optional<MeterSeries> load(String projectId, String meterName) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, carrier_id, unit, interval_minutes FROM meter WHERE project_id = ? AND name = ?")) {
            ps.setString(1, projectId);
            ps.setString(2, meterName);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(loadById(c, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.readMeterDataFailed", e.getMessage()), e);
        }
    }

    private static MeterSeries loadById(Connection c, String id, String name, String carrierText, String unit, int interval)
            throws SQLException {
        CarrierId carrier = CarrierId.of(carrierText);
        TreeMap<Long, double[]> blocks = blocks(c, id);
        long step = interval * 60L;
        if (blocks.isEmpty()) {
            return new MeterSeries(name, carrier, unit, interval, new long[0], new double[0]);
        }
        // trim to the first and last value
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (var e : blocks.entrySet()) {
            double[] v = e.getValue();
            for (int i = 0; i < v.length; i++) {
                if (!Double.isNaN(v[i])) {
                    first = Math.min(first, e.getKey() + i * step);
                    last = Math.max(last, e.getKey() + i * step);
                }
            }
        }
        if (first == Long.MAX_VALUE) {
            return new MeterSeries(name, carrier, unit, interval, new long[0], new double[0]);
        }
        int n = (int) ((last - first) / step) + 1;
        long[] starts = new long[n];
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        for (int i = 0; i < n; i++) {
            starts[i] = first + i * step;
        }
        for (var e : blocks.entrySet()) {
            double[] v = e.getValue();
            for (int i = 0; i < v.length; i++) {
                long t = e.getKey() + i * step;
                if (t >= first && t <= last) {
                    values[(int) ((t - first) / step)] = v[i];
                }
            }
        }
        return new MeterSeries(name, carrier, unit, interval, starts, values);
    }

    private static TreeMap<Long, double[]> blocks(Connection c, String meterId) throws SQLException {
        TreeMap<Long, double[]> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT block_start, n, data FROM meter_block WHERE meter_id = ?")) {
            ps.setString(1, meterId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), unpack(rs.getBytes(3), rs.getInt(2)));
                }
            }
        }
        return out;
    }

    private record Meter(String id, String unit, int interval) {
    }

    private static Map<String, Meter> meterIds(Connection c, String projectId) throws SQLException {
        Map<String, Meter> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, id, unit, interval_minutes FROM meter WHERE project_id = ?")) {
            ps.setString(1, projectId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getString(1), new Meter(rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
            }
        }
        return m;
    }

    @Override
    public DryRun dryRun(String projectId, List<MeterSeries> series, String contentHash) {
        try (Connection c = db.connection()) {
            Map<String, Meter> ids = meterIds(c, projectId);
            List<MeterCount> counts = new ArrayList<>();
            for (MeterSeries s : series) {
                Meter m = ids.get(s.name());
                long fresh = 0;
                long existing = 0;
                if (m != null && (m.interval() != s.intervalMinutes() || !m.unit().equals(s.unit()))) {
                    counts.add(new MeterCount(s.name(), 0, 0, s.present(), true));
                    continue;
                }
                TreeMap<Long, double[]> blocks = m == null ? new TreeMap<>() : blocks(c, m.id());
                long step = s.intervalMinutes() * 60L;
                long ms = Long.MAX_VALUE;
                long next = Long.MIN_VALUE;
                double[] b = null;
                for (int i = 0; i < s.size(); i++) {
                    if (Double.isNaN(s.values()[i])) {
                        continue;
                    }
                    long t = s.starts()[i];
                    if (t < ms || t >= next) { // the calendar once per month, not per value
                        ms = monthStart(t);
                        next = nextMonth(ms);
                        b = blocks.get(ms);
                    }
                    int k = (int) ((t - ms) / step);
                    if (b != null && k < b.length && !Double.isNaN(b[k])) {
                        existing++;
                    } else {
                        fresh++;
                    }
                }
                counts.add(new MeterCount(s.name(), fresh, existing, 0, false));
            }
            return new DryRun(counts, imports(projectId).stream().filter(i -> i.contentHash().equals(contentHash)).findFirst());
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.checkMeterDataFailed", e.getMessage()), e);
        }
    }

    @Override
    public ImportRecord store(String projectId, List<MeterSeries> series, OnExisting onExisting, List<String> files,
                              String contentHash, String headerSignature, String reportJson, ProgressMonitor monitor) {
        monitor.begin(Texts.get("store.saveMeterData"), Math.max(1, series.size()));
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                Map<String, Meter> ids = meterIds(c, projectId);
                long values = 0;
                for (MeterSeries s : series) {
                    monitor.checkCancelled();
                    Meter m = ids.get(s.name());
                    if (m == null) {
                        m = new Meter(UUID.randomUUID().toString(), s.unit(), s.intervalMinutes());
                        try (PreparedStatement ps = c.prepareStatement(
                                "INSERT INTO meter (id, project_id, name, carrier_id, unit, interval_minutes) VALUES (?,?,?,?,?,?)")) {
                            ps.setString(1, m.id());
                            ps.setString(2, projectId);
                            ps.setString(3, s.name());
                            ps.setString(4, CarrierId.text(s.carrierId()));
                            ps.setString(5, s.unit());
                            ps.setInt(6, s.intervalMinutes());
                            ps.executeUpdate();
                        }
                    } else if (m.interval() != s.intervalMinutes() || !m.unit().equals(s.unit())) {
                        throw new StoreException(Texts.format("store.meterMismatch", s.name(), m.interval(), m.unit(), s.intervalMinutes(),
                                s.unit()));
                    }
                    values += writeBlocks(c, m.id(), s, onExisting);
                    monitor.worked(1);
                }
                monitor.checkCancelled();
                String id = UUID.randomUUID().toString();
                OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO meter_import (id, project_id, created_at, files,"
                        + " content_hash, header_signature, meters, import_values, report) VALUES (?,?,?,?,?,?,?,?,?)")) {
                    ps.setString(1, id);
                    ps.setString(2, projectId);
                    ps.setObject(3, now);
                    ps.setString(4, cut(String.join("\n", files), 4000));
                    ps.setString(5, contentHash);
                    ps.setString(6, headerSignature);
                    ps.setInt(7, series.size());
                    ps.setLong(8, values);
                    ps.setString(9, reportJson);
                    ps.executeUpdate();
                }
                c.commit();
                db.checkpoint(c);
                monitor.done();
                return new ImportRecord(id, now.toInstant(), files, contentHash, headerSignature, reportJson, series.size(), values);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.saveMeterDataFailed", e.getMessage()), e);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** Merges a series into the meter's monthly blocks; returns the number of values written. */
    private static long writeBlocks(Connection c, String meterId, MeterSeries s, OnExisting onExisting) throws SQLException {
        TreeMap<Long, double[]> existing = blocks(c, meterId);
        long step = s.intervalMinutes() * 60L;
        Map<Long, double[]> changed = new TreeMap<>();
        long written = 0;
        // the month of the previous value is kept: a series is mostly in order, so the calendar is
        // consulted once per month, not once per value
        long ms = Long.MAX_VALUE;
        long next = Long.MIN_VALUE;
        double[] b = null;
        for (int i = 0; i < s.size(); i++) {
            double v = s.values()[i];
            if (Double.isNaN(v)) {
                continue;
            }
            long t = s.starts()[i];
            if (t < ms || t >= next) {
                ms = monthStart(t);
                next = nextMonth(ms);
                b = changed.get(ms);
                if (b == null) {
                    int n = (int) ((next - ms) / step);
                    double[] old = existing.get(ms);
                    b = old != null && old.length == n ? old : filled(n);
                    changed.put(ms, b);
                }
            }
            int k = (int) ((t - ms) / step);
            if (k >= b.length) {
                continue; // not on the meter's grid
            }
            if (onExisting == OnExisting.SKIP && !Double.isNaN(b[k])) {
                continue;
            }
            b[k] = v;
            written++;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "MERGE INTO meter_block (meter_id, block_start, n, data) KEY (meter_id, block_start) VALUES (?,?,?,?)")) {
            for (var e : changed.entrySet()) {
                ps.setString(1, meterId);
                ps.setLong(2, e.getKey());
                ps.setInt(3, e.getValue().length);
                ps.setBytes(4, pack(e.getValue()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return written;
    }

    private static double[] filled(int n) {
        double[] b = new double[n];
        Arrays.fill(b, Double.NaN);
        return b;
    }

    @Override
    public List<ImportRecord> imports(String projectId) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement("SELECT id, created_at, files, content_hash,"
                + " header_signature, report, meters, import_values FROM meter_import WHERE project_id = ? ORDER BY created_at DESC")) {
            ps.setString(1, projectId);
            List<ImportRecord> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportRecord(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                            List.of(rs.getString(3).split("\n")), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getInt(7), rs.getLong(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.readImportsFailed", e.getMessage()), e);
        }
    }

    @Override
    public void deleteMeter(String projectId, String meterName) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM meter WHERE project_id = ? AND name = ?")) {
            ps.setString(1, projectId);
            ps.setString(2, meterName);
            ps.executeUpdate();
            db.checkpoint(c);
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.deleteMeterFailed", e.getMessage()), e);
        }
    }

    @Override
    public Optional<String> profile(String headerSignature) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT settings FROM mapping_profile WHERE signature = ?")) {
            ps.setString(1, headerSignature);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.readMappingsFailed", e.getMessage()), e);
        }
    }

    @Override
    public void saveProfile(String headerSignature, String name, String settingsJson) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "MERGE INTO mapping_profile (signature, name, settings, updated_at) KEY (signature) VALUES (?,?,?,?)")) {
            ps.setString(1, headerSignature);
            ps.setString(2, name);
            ps.setString(3, settingsJson);
            ps.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
            db.checkpoint(c);
        } catch (SQLException e) {
            throw new StoreException(Texts.format("store.saveMappingFailed", e.getMessage()), e);
        }
    }
}
