package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.energydiag.core.meter.ImportReport;
import org.energydiag.core.meter.ImportSettings;
import org.energydiag.core.meter.Layout;
import org.energydiag.core.meter.MeterCsv;
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
        return "meter-import 文件或文件夹 [--encoding GBK] [--unit kWh] [--layout wide|long|day] --json  读取电表导出文件并报告";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String encoding = Command.option(args, "--encoding");
        String unit = Command.option(args, "--unit");
        String layout = Command.option(args, "--layout");
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--encoding") || a.equals("--unit") || a.equals("--layout")) {
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
        MeterUnit u = null;
        if (unit != null) {
            u = MeterUnit.parse(unit).orElseThrow(() -> new CliException("无法识别的单位“" + unit
                    + "”。可用：Wh、kWh、MWh、kW、MW、kvarh、m³、t、GJ。"));
        }
        MeterCsv.Result result;
        ImportSettings settings;
        try {
            List<Path> files = MeterCsv.files(Path.of(rest.get(0)));
            settings = MeterCsv.sniff(files, cs, forced).settings();
            if (u != null) {
                settings = settings.withDefaultUnit(u);
            }
            result = MeterCsv.read(files, settings, NullProgressMonitor.INSTANCE);
        } catch (IOException e) {
            throw new CliException("无法读取：" + e.getMessage());
        }
        ImportReport r = result.report();
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("encoding", r.encoding());
        root.put("delimiter", String.valueOf(r.delimiter()));
        root.put("layout", switch (r.layout()) {
            case WIDE -> "wide";
            case LONG -> "long";
            case DAY_POINTS -> "day";
        });
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
            x.put("first", m.first().toString());
            x.put("last", m.last().toString());
            x.put("totalKWh", "kWh".equals(m.unit()) ? m.total() : null);
            x.put("total", m.total());
            x.put("maxDemandKW", m.maxDemandKw());
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
}
