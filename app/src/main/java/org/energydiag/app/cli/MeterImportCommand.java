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
 * a meter export (no project needed) and prints what was found as one JSON object.
 */
final class MeterImportCommand implements Command {

    @Override
    public String name() {
        return "meter-import";
    }

    @Override
    public String usage() {
        return "meter-import 文件或文件夹 [--encoding GBK] [--unit kWh | --unit 列名=kWh …] [--layout wide|long|day]"
                + " [--date-order dmy|mdy] [--means start|end] [--zone Asia/Shanghai] [--interval 15] --json  读取电表导出文件并报告";
    }

    private static final List<String> VALUED = List.of("--encoding", "--unit", "--layout", "--date-order", "--means", "--zone",
            "--interval");

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String encoding = Command.option(args, "--encoding");
        String layout = Command.option(args, "--layout");
        String dateOrder = Command.option(args, "--date-order");
        String meansOpt = Command.option(args, "--means");
        String zoneOpt = Command.option(args, "--zone");
        String intervalOpt = Command.option(args, "--interval");
        int intervalMinutes = 0;
        if (intervalOpt != null) {
            try {
                intervalMinutes = Integer.parseInt(intervalOpt.trim());
            } catch (NumberFormatException e) {
                intervalMinutes = -1;
            }
            if (intervalMinutes <= 0 || intervalMinutes > 1440 || 1440 % intervalMinutes != 0) {
                throw new CliException("--interval 应为能整除一天的分钟数，如 5、15、30、60。");
            }
        }
        List<String> unitOpts = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (VALUED.contains(a)) {
                if (i + 1 >= args.size()) {
                    throw new CliException(a + " 后面缺少取值。用法：" + usage());
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
            throw new CliException("用法：" + usage());
        }
        Charset cs = null;
        if (encoding != null) {
            try {
                cs = Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new CliException("不支持的编码“" + encoding + "”。可用：UTF-8、GBK、GB18030。");
            }
        }
        Layout forced = null;
        if (layout != null) {
            forced = switch (layout.toLowerCase(Locale.ROOT)) {
                case "wide" -> Layout.WIDE;
                case "long" -> Layout.LONG;
                case "day" -> Layout.DAY_POINTS;
                default -> throw new CliException("--layout 只能是 wide、long 或 day。");
            };
        }
        DateOrder order = null;
        if (dateOrder != null) {
            order = switch (dateOrder.toLowerCase(Locale.ROOT)) {
                case "dmy" -> DateOrder.DMY;
                case "mdy" -> DateOrder.MDY;
                case "ymd" -> DateOrder.YMD;
                default -> throw new CliException("--date-order 只能是 dmy（日/月/年）、mdy（月/日/年）或 ymd。");
            };
        }
        TimestampMeans means = null;
        if (meansOpt != null) {
            means = switch (meansOpt.toLowerCase(Locale.ROOT)) {
                case "start" -> TimestampMeans.START;
                case "end" -> TimestampMeans.END;
                default -> throw new CliException("--means 只能是 start（时间戳为时段起点）或 end（时段终点）。");
            };
        }
        ZoneId zone = null;
        if (zoneOpt != null) {
            try {
                zone = ZoneId.of(zoneOpt);
            } catch (java.time.DateTimeException e) {
                throw new CliException("无法识别的时区“" + zoneOpt + "”。请写如 Asia/Shanghai、Europe/Dublin、America/Los_Angeles。");
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
            throw new CliException("路径“" + rest.get(0) + "”无效。");
        }
        try {
            List<Path> files = MeterCsv.files(path);
            sniffed = MeterCsv.sniff(files, cs, forced);
            settings = sniffed.settings();
            for (String u : unitOpts) {
                int eq = u.lastIndexOf('=');
                String name = eq > 0 ? u.substring(0, eq) : null;
                String symbol = eq > 0 ? u.substring(eq + 1) : u;
                MeterUnit unit = MeterUnit.parse(symbol).orElseThrow(() -> new CliException("无法识别的单位“" + symbol
                        + "”。可用：Wh、kWh、MWh、kW、MW、kvarh、m³、t、GJ。"));
                if (name == null) {
                    settings = settings.withDefaultUnit(unit);
                } else {
                    String n = name;
                    if (settings.columns().stream().noneMatch(m -> m.meterName().equals(n))) {
                        throw new CliException("--unit " + u + "：文件中没有名为“" + n + "”的数值列或表计。可用："
                                + String.join("、", settings.columns().stream().map(m -> m.meterName()).distinct().limit(20).toList()));
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
                StringBuilder msg = new StringBuilder(files.get(0).getFileName() + "：以下几点无法从数据判断，未导入：");
                open.forEach(q -> msg.append("\n  ").append(q.option()).append("：").append(q.message()));
                msg.append("\n已识别：");
                sniffed.decisions().forEach(d -> msg.append("\n  · ").append(d));
                throw new CliException(msg.toString());
            }
            result = MeterCsv.read(files, settings, NullProgressMonitor.INSTANCE);
        } catch (MeterFormatException e) {
            throw new CliException("无法导入：" + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new CliException("无法读取：找不到 " + e.getFile());
        } catch (AccessDeniedException e) {
            throw new CliException("无法读取：没有权限读取 " + e.getFile());
        } catch (IOException | UncheckedIOException e) {
            throw new CliException("无法读取 " + path + "：" + e.getMessage());
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
        if (args.contains("--json")) {
            try {
                out.println(BalanceCommand.mapper().writeValueAsString(root));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.printf("编码 %s，分隔符 %s，%s，间隔 %d 分钟，时间戳为%s；读取 %d 行，接受 %d 个数值，问题 %d 条%n", r.encoding(),
                    r.delimiter() == '\t' ? "制表符" : String.valueOf(r.delimiter()), r.layout().label(), r.intervalMinutes(),
                    r.means().label(), r.rowsRead(), r.valuesAccepted(), r.problemCount());
            for (ImportReport.MeterStats m : r.meters()) {
                out.printf("  %s：%s %s，%d 个值，合计 %.3f，缺测 %d 段%n", m.name(), m.kind().label(), m.unit(), m.values(),
                        m.total(), m.gaps());
            }
            r.problems().stream().limit(20).forEach(p -> out.printf("  第 %d 行第 %d 列“%s”：%s%n", p.line(), p.column(),
                    p.content(), p.message()));
        }
        return 0;
    }

    /** Why no meter could be imported, and what to try. */
    static String nothingImported(Path path, ImportSettings settings, MeterUnit unit, ImportReport r) {
        StringBuilder m = new StringBuilder(path.getFileName() == null ? path.toString() : path.getFileName().toString())
                .append("：没有导入任何表计（读取 ").append(r.rowsRead()).append(" 行，接受 ").append(r.valuesAccepted())
                .append(" 个数值）。");
        boolean unitMissing = unit == null && (settings.columns().stream().anyMatch(c -> c.include() && c.unit() == null)
                || settings.longDefault() != null && settings.longDefault().unit() == null);
        if (unitMissing) {
            m.append("未能从表头确定单位：请用 --unit 指定，例如 --unit kWh（电量）或 --unit kW（功率）。");
        } else if (r.valuesAccepted() == 0) {
            m.append("没有读到任何数值：请检查数值列，或用 --layout（wide、long、day）、--encoding（UTF-8、GBK）指定格式后再试。");
        }
        r.notes().stream().limit(3).forEach(n -> m.append(n));
        List<ImportReport.Problem> shown = r.problems().stream().filter(p -> p.line() > 0).limit(3).toList();
        if (!shown.isEmpty()) {
            m.append("问题共 ").append(r.problemCount()).append(" 条，例如：");
            for (ImportReport.Problem p : shown) {
                String content = p.content().length() > 40 ? p.content().substring(0, 40) + "…" : p.content();
                m.append(p.file()).append(" 第 ").append(p.line()).append(" 行").append(p.column() > 0 ? "第 " + p.column() + " 列" : "")
                        .append("“").append(content).append("”：").append(p.message()).append("；");
            }
        }
        return m.toString();
    }
}
