package org.energydiag.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.ZoneId;
import org.energydiag.app.text.Texts;
import org.energydiag.core.meter.DateOrder;
import org.energydiag.core.meter.ImportReport;
import org.energydiag.core.meter.TimestampMeans;
import org.energydiag.core.meter.ImportSettings;
import org.energydiag.core.meter.Layout;
import org.energydiag.core.meter.MeterCsv;
import org.energydiag.core.meter.MeterFormatException;
import org.energydiag.core.meter.MeterUnit;
import org.energydiag.core.progress.NullProgressMonitor;

/**
 * {@code meter-import FILE_OR_DIR [--encoding E] [--unit U] [--layout wide|long|day] --json}: reads
 * a meter export (no project needed) and prints what was found as one JSON object. With
 * {@code --province P} the kWh meters' load analysis and time-of-use split by that province's schedules
 * ({@code --price-class}, {@code --base-price}, {@code --shift-kwh}: see {@link LoadJson}).
 */
final class MeterImportCommand implements Command {

    @Override
    public String name() {
        return "meter-import";
    }

    @Override
    public String usage() {
        return Texts.get("cli.meterImport.usage");
    }

    private static final List<String> VALUED = List.of("--encoding", "--unit", "--layout", "--date-order", "--means", "--zone",
            "--interval", "--province", "--price-class", "--base-price", "--shift-kwh");

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String encoding = Command.option(args, "--encoding");
        String layout = Command.option(args, "--layout");
        String dateOrder = Command.option(args, "--date-order");
        String meansOpt = Command.option(args, "--means");
        String zoneOpt = Command.option(args, "--zone");
        String intervalOpt = Command.option(args, "--interval");
        String provinceOpt = Command.option(args, "--province");
        String priceClassOpt = Command.option(args, "--price-class");
        LoadJson.Prices prices = LoadJson.Prices.of(args);
        org.energydiag.core.meter.analysis.TouCalendar calendar = null;
        if (provinceOpt != null) {
            calendar = s.references().touFor(provinceOpt).orElseThrow(() -> new CliException(Texts.format("cli.load.noSchedule",
                    provinceOpt, String.join("、", org.energydiag.core.meter.analysis.TouCalendar.byProvince(s.references().tou())
                            .stream().map(c -> c.province()).toList()))));
            if (priceClassOpt != null && !calendar.priceOptions().contains(priceClassOpt)) {
                throw new CliException(Texts.format("cli.load.noPriceClass", priceClassOpt,
                        calendar.priceOptions().isEmpty() ? Texts.get("cli.load.noPriceClasses") : String.join("、", calendar.priceOptions())));
            }
        }
        int intervalMinutes = 0;
        if (intervalOpt != null) {
            try {
                intervalMinutes = Integer.parseInt(intervalOpt.trim());
            } catch (NumberFormatException e) {
                intervalMinutes = -1;
            }
            if (intervalMinutes <= 0 || intervalMinutes > 1440 || 1440 % intervalMinutes != 0) {
                throw new CliException(Texts.get("cli.meterImport.badInterval"));
            }
        }
        List<String> unitOpts = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (VALUED.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new CliException(Texts.format("cli.meterImport.missingValue", a, usage()));
                }
                if (a.equals("--unit")) {
                    unitOpts.add(args.get(i + 1));
                }
                i++;
            } else if (!a.startsWith("--")) {
                rest.add(a);
            }
        }
        if (rest.size() != 1) {
            throw new CliException(Texts.format("cli.meterImport.usageError", usage()));
        }
        Charset cs = null;
        if (encoding != null) {
            try {
                cs = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new CliException(Texts.format("cli.meterImport.badEncoding", encoding));
            }
        }
        Layout forced = null;
        if (layout != null) {
            forced = switch (layout.toLowerCase(Locale.ROOT)) {
                case "wide" -> Layout.WIDE;
                case "long" -> Layout.LONG;
                case "day" -> Layout.DAY_POINTS;
                default -> throw new CliException(Texts.get("cli.meterImport.badLayout"));
            };
        }
        DateOrder order = null;
        if (dateOrder != null) {
            order = switch (dateOrder.toLowerCase(Locale.ROOT)) {
                case "dmy" -> DateOrder.DMY;
                case "mdy" -> DateOrder.MDY;
                case "ymd" -> DateOrder.YMD;
                default -> throw new CliException(Texts.get("cli.meterImport.badDateOrder"));
            };
        }
        TimestampMeans means = null;
        if (meansOpt != null) {
            means = switch (meansOpt.toLowerCase(Locale.ROOT)) {
                case "start" -> TimestampMeans.START;
                case "end" -> TimestampMeans.END;
                default -> throw new CliException(Texts.get("cli.meterImport.badMeans"));
            };
        }
        ZoneId zone = null;
        if (zoneOpt != null) {
            try {
                zone = ZoneId.of(zoneOpt);
            } catch (java.time.DateTimeException e) {
                throw new CliException(Texts.format("cli.meterImport.badZone", zoneOpt));
            }
        }
        MeterCsv.Result result;
        ImportSettings settings;
        MeterCsv.Sniffed sniffed;
        List<String> answered = new ArrayList<>();
        Path path;
        try {
            path = Path.of(rest.get(0));
        } catch (InvalidPathException e) {
            throw new CliException(Texts.format("cli.meterImport.badPath", rest.get(0)));
        }
        try {
            List<Path> files = MeterCsv.files(path);
            sniffed = MeterCsv.sniff(files, cs, forced);
            settings = sniffed.settings();
            for (String u : unitOpts) {
                int eq = u.lastIndexOf('=');
                String name = eq > 0 ? u.substring(0, eq) : null;
                String symbol = eq > 0 ? u.substring(eq + 1) : u;
                MeterUnit unit = MeterUnit.parse(symbol)
                        .orElseThrow(() -> new CliException(Texts.format("cli.meterImport.badUnit", symbol)));
                if (name == null) {
                    settings = settings.withDefaultUnit(unit);
                } else {
                    String n = name;
                    if (settings.columns().stream().noneMatch(m -> m.meterName().equals(n))) {
                        throw new CliException(Texts.format("cli.meterImport.noSuchMeter", u, n,
                                String.join("、", settings.columns().stream().map(m -> m.meterName()).distinct().limit(20).toList())));
                    }
                    settings = settings.withUnitFor(n, unit);
                }
            }
            if (order != null) {
                settings = settings.withDateOrder(order);
                answered.add("--date-order");
            }
            if (means != null) {
                settings = settings.withMeans(means);
            }
            if (zone != null) {
                settings = settings.withZone(zone);
                answered.add("--zone");
            }
            if (intervalMinutes > 0) {
                settings = settings.withInterval(intervalMinutes);
                answered.add("--interval");
            }
            ImportSettings fin = settings;
            boolean unitsKnown = fin.columns().stream().filter(m -> m.include()).allMatch(m -> m.unit() != null);
            if (unitsKnown) {
                answered.add("--unit");
            }
            List<MeterCsv.Question> open = sniffed.questions().stream().filter(q -> !answered.contains(q.option())).toList();
            if (!open.isEmpty()) {
                StringBuilder msg = new StringBuilder(Texts.format("cli.meterImport.openQuestions", files.get(0).getFileName()));
                open.forEach(q -> msg.append("\n  ").append(q.option()).append("：").append(q.message()));
                msg.append("\n").append(Texts.get("cli.meterImport.recognised"));
                sniffed.decisions().forEach(d -> msg.append("\n  · ").append(d));
                throw new CliException(msg.toString());
            }
            result = MeterCsv.read(files, settings, NullProgressMonitor.INSTANCE);
        } catch (MeterFormatException e) {
            throw new CliException(Texts.format("cli.meterImport.cannotImport", e.getMessage()));
        } catch (NoSuchFileException e) {
            throw new CliException(Texts.format("cli.meterImport.notFound", e.getFile()));
        } catch (AccessDeniedException e) {
            throw new CliException(Texts.format("cli.meterImport.accessDenied", e.getFile()));
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(Texts.format("cli.meterImport.cannotRead", path, e.getMessage()));
        }
        ImportReport r = result.report();
        if (result.series().isEmpty() && r.meters().isEmpty()) {
            throw new CliException(nothingImported(path, settings, unitOpts.isEmpty() ? null
                    : MeterUnit.parse(unitOpts.get(0).substring(unitOpts.get(0).lastIndexOf('=') + 1)).orElse(null), r));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("encoding", r.encoding());
        root.put("delimiter", String.valueOf(r.delimiter()));
        root.put("layout", switch (r.layout()) {
            case WIDE -> "wide";
            case LONG -> "long";
            case DAY_POINTS -> "day";
            case SECTIONS -> "sections";
        });
        root.put("zone", settings.zone().getId());
        root.put("decisions", sniffed.decisions());
        root.put("intervalMinutes", r.intervalMinutes());
        root.put("timestampMeans", r.means().name().toLowerCase(Locale.ROOT));
        root.put("dateOrder", settings.dateOrder().name());
        root.put("dateOrderAmbiguous", settings.dateOrderAmbiguous());
        root.put("rowsRead", r.rowsRead());
        root.put("valuesAccepted", r.valuesAccepted());
        List<Map<String, Object>> meters = new ArrayList<>();
        for (ImportReport.MeterStats m : r.meters()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", m.name());
            x.put("unit", m.unit());
            x.put("valueKind", m.kind().name().toLowerCase(Locale.ROOT));
            x.put("values", m.values());
            x.put("first", m.first() == null ? null : m.first().toString());
            x.put("last", m.last() == null ? null : m.last().toString());
            boolean energy = m.kind() != org.energydiag.core.meter.ValueKind.DEMAND;
            x.put("totalKWh", energy && "kWh".equals(m.unit()) ? m.total() : null);
            x.put("total", energy ? m.total() : null);
            x.put("maxDemandKW", Double.isNaN(m.maxDemandKw()) ? null : m.maxDemandKw());
            x.put("gaps", m.gaps());
            x.put("longestGapIntervals", m.longestGapIntervals());
            x.put("duplicates", m.duplicatesIdentical() + m.duplicatesConflicting());
            x.put("conflictingDuplicates", m.duplicatesConflicting());
            x.put("resets", m.resets());
            x.put("rollovers", m.rollovers());
            x.put("negatives", m.negatives());
            x.put("outliers", m.outliers());
            meters.add(x);
        }
        root.put("meters", meters);
        root.put("problems", r.problems().stream().map(p -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("file", p.file());
            x.put("line", p.line());
            x.put("column", p.column());
            x.put("content", p.content());
            x.put("message", p.message());
            return x;
        }).toList());
        root.put("problemCount", r.problemCount());
        root.put("notes", r.notes());
        if (calendar != null) {
            List<Map<String, Object>> loads = new ArrayList<>();
            for (org.energydiag.core.meter.MeterSeries series : result.series()) {
                if ("kWh".equals(series.unit())) {
                    var load = org.energydiag.core.meter.analysis.LoadAnalyzer.analyze(series, null, calendar,
                            priceClassOpt == null ? "" : priceClassOpt);
                    loads.add(LoadJson.of(load, LoadJson.priced(load, null, prices,
                            org.energydiag.core.energy.ElectricityTariff.empty())));
                }
            }
            root.put("loads", loads);
        }
        if (args.contains("--json")) {
            try {
                out.println(BalanceCommand.mapper().writeValueAsString(root));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.printf(Texts.get("cli.meterImport.summary"), r.encoding(),
                    r.delimiter() == '\t' ? Texts.get("cli.meterImport.tab") : String.valueOf(r.delimiter()), r.layout().label(),
                    r.intervalMinutes(),
                    r.means().label(), r.rowsRead(), r.valuesAccepted(), r.problemCount());
            for (ImportReport.MeterStats m : r.meters()) {
                if (m.kind() == org.energydiag.core.meter.ValueKind.DEMAND) { // demand statistics: no energy, no total
                    out.printf("  " + Texts.get("cli.meterImport.demandMeter"), m.name(), m.kind().label(), m.unit(), m.values(),
                            m.maxDemandKw(), m.gaps());
                } else {
                    out.printf("  " + Texts.get("cli.meterImport.meter"), m.name(), m.kind().label(), m.unit(), m.values(),
                            m.total(), m.gaps());
                }
            }
            r.problems().stream().limit(20).forEach(p -> out.printf("  " + Texts.get("cli.meterImport.problem"), p.line(), p.column(),
                    p.content(), p.message()));
        }
        return 0;
    }

    /** Why no meter could be imported, and what to try. */
    static String nothingImported(Path path, ImportSettings settings, MeterUnit unit, ImportReport r) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        StringBuilder m = new StringBuilder(Texts.format("cli.meterImport.nothingImported", file, r.rowsRead(), r.valuesAccepted()));
        boolean unitMissing = unit == null && (settings.columns().stream().anyMatch(c -> c.include() && c.unit() == null)
                || settings.longDefault() != null && settings.longDefault().unit() == null);
        if (unitMissing) {
            m.append(Texts.get("cli.meterImport.unitMissing"));
        } else if (r.valuesAccepted() == 0) {
            m.append(Texts.get("cli.meterImport.noValues"));
        }
        r.notes().stream().limit(3).forEach(n -> m.append(n));
        List<ImportReport.Problem> shown = r.problems().stream().filter(p -> p.line() > 0).limit(3).toList();
        if (!shown.isEmpty()) {
            m.append(Texts.format("cli.meterImport.problemCount", r.problemCount()));
            for (ImportReport.Problem p : shown) {
                String content = p.content().length() > 40 ? p.content().substring(0, 40) + "…" : p.content();
                m.append(p.column() > 0
                        ? Texts.format("cli.meterImport.problemAtColumn", p.file(), p.line(), p.column(), content, p.message())
                        : Texts.format("cli.meterImport.problemAt", p.file(), p.line(), content, p.message()));
            }
        }
        return m.toString();
    }
}
