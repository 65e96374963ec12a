package org.energydiag.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.app.text.Texts;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.validation.ValidationIssue;

/**
 * {@code balance FILE.edproj [--json] [--base-price P] [--shift-kwh K]}: tce by carrier and year (当量值 and 等价值),
 * the balance table with losses, the closure, the utilization rate, emissions by source with their factors and
 * sources, the benchmark comparison (standard, table, kind, trust of each row), and the load analyses of the data
 * folder's meter data with their time-of-use split and cost ({@link LoadJson}). Exit 2 when the file is invalid or a
 * computation refused input (the output still shows what could be computed, and the issues say where).
 */
final class BalanceCommand implements Command {

    @Override
    public String name() {
        return "balance";
    }

    @Override
    public String usage() {
        return Texts.get("cli.balance.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--base-price") || args.get(i).equals("--shift-kwh")) {
                i++;
            } else if (!args.get(i).startsWith("--")) {
                files.add(args.get(i));
            }
        }
        if (files.size() != 1) {
            throw new CliException(Texts.get("cli.balance.usageError"));
        }
        LoadJson.Prices prices = LoadJson.Prices.of(args);
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.balance.failed", e.getMessage()));
        }
        org.energydiag.core.evaluation.ProjectEvaluation ev = s.evaluate(p);
        ProjectAnalysis a = ev.analysis();
        List<ValidationIssue> issues = new ArrayList<>(a.energyIssues());
        issues.addAll(a.carbon().issues());
        if (args.contains("--json")) {
            out.println(json(p, a, ev, prices, issues, s.energyReference()));
        } else {
            text(p, a, issues, out, s.energyReference());
            loadsText(ev, prices, out);
        }
        return issues.stream().anyMatch(ValidationIssue::isError) ? 2 : 0;
    }

    /**
     * For each carrier of the consumption: its coefficient with the official source, where the figure
     * was found and its trust, the one heat value its 折标 and its emissions use, and the values other
     * sources give (alternatives). For the command line only: never in a document.
     */
    static List<Map<String, Object>> carrierReferences(ProjectAnalysis a, EnergyReference ref) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EnergySummary.CarrierLine l : a.energy().carriers()) {
            ref.carrier(l.carrierId()).ifPresent(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("carrier", c.id());
                m.put("name", c.name());
                m.put("kgcePerUnit", c.kgcePerUnit());
                m.put("unit", c.unit());
                m.put("source", c.source());
                m.put("provenance", c.provenance());
                m.put("trust", c.trust());
                m.put("heatValue", l.heat());
                m.put("alternatives", c.alternatives());
                out.add(m);
            });
        }
        return out;
    }

    private static String json(DiagnosisProject p, ProjectAnalysis a, org.energydiag.core.evaluation.ProjectEvaluation ev,
                               LoadJson.Prices prices, List<ValidationIssue> issues, EnergyReference ref) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("project", p.displayName());
        root.put("baseYear", p.energy().baseYear());
        EnergySummary e = a.energy();
        root.put("energy", Map.of("years", e.years(), "carriers", e.carriers(), "totals", e.totals(),
                "unitConsumption", e.unitConsumption(), "coefficientSources", e.coefficientSources()));
        BalanceResult b = a.balance();
        Map<String, Object> bal = new LinkedHashMap<>();
        bal.put("year", b.year());
        bal.put("supplyTce", b.supplyTce());
        bal.put("statisticsTce", b.statisticsTce());
        bal.put("exportTce", b.exportTce());
        bal.put("differenceTce", b.differenceTce());
        bal.put("differencePercent", b.differencePercent());
        bal.put("tolerancePercent", b.tolerancePercent());
        bal.put("closes", b.closes());
        bal.put("utilizationPercent", b.utilizationPercent());
        bal.put("utilizationEstimated", b.utilizationEstimated());
        bal.put("effectiveTce", b.effectiveTce());
        bal.put("lossTce", b.lossTce());
        bal.put("table", b.table());
        bal.put("lossesRanked", b.lossesRanked());
        bal.put("nodes", b.nodes());
        root.put("balance", bal);
        root.put("emissions", a.carbon().years());
        List<Map<String, Object>> bm = new ArrayList<>();
        a.benchmarks().forEach(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("product", r.product());
            m.put("year", r.year());
            m.put("value", r.value());
            m.put("unit", r.unit());
            m.put("standard", r.benchmark().standard());
            m.put("table", r.benchmark().table());
            m.put("kind", r.benchmark().kind());
            m.put("indicator", r.benchmark().indicator());
            m.put("benchmarkUnit", r.benchmark().unit());
            m.put("advancedName", r.benchmark().advancedName());
            m.put("advanced", r.benchmark().level1());
            m.put("level2", r.benchmark().level2());
            m.put("baselineName", r.benchmark().baselineName());
            m.put("baseline", r.benchmark().level3());
            m.put("position", r.position());
            m.put("positionText", r.positionText());
            m.put("linkedByEngineer", r.linkedByEngineer());
            m.put("source", r.benchmark().source());
            m.put("trust", r.benchmark().trust());
            m.put("note", r.benchmark().note());
            bm.add(m);
        });
        root.put("benchmarks", bm);
        root.put("tariff", tariff(p.energy().tariff()));
        root.put("loads", ev.loads().stream().map(l -> LoadJson.of(l, priced(ev, l, prices))).toList());
        root.put("carrierReferences", carrierReferences(a, ref));
        // for product carbon footprints only: a factor type of its own, never the Scope-2 grid factor
        ref.defaultFootprintFactor(p.energy().baseYear()).ifPresent(f -> {
            Map<String, Object> fp = new LinkedHashMap<>();
            fp.put("factor", f);
            fp.put("use", Texts.get("cli.balance.footprintUse"));
            root.put("electricityFootprintFactor", fp);
        });
        root.put("issues", issues.stream().map(i -> Map.of("where", i.where(), "severity", i.severity().label(),
                "message", i.message())).toList());
        try {
            return mapper().writeValueAsString(root);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** JSON with NaN (not computable) written as null. */
    static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule();
        StdSerializer<Double> d = new StdSerializer<>(Double.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
                if (v == null || v.isNaN() || v.isInfinite()) {
                    g.writeNull();
                } else {
                    g.writeNumber(v);
                }
            }
        };
        m.addSerializer(Double.class, d);
        m.addSerializer(double.class, d);
        return new ObjectMapper().registerModule(m).enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** The project's tariff as stored (null where not given). */
    private static Map<String, Object> tariff(org.energydiag.core.energy.ElectricityTariff t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("priceClass", t.priceClass());
        m.put("flatPriceYuanPerKWh", t.flatPrice());
        m.put("shiftKWhPerYear", t.shiftKwhPerYear());
        return m;
    }

    private static LoadJson.Priced priced(org.energydiag.core.evaluation.ProjectEvaluation ev,
                                          org.energydiag.core.meter.analysis.LoadAnalysis l, LoadJson.Prices prices) {
        var fromProject = ev.touCosts().stream().filter(c -> c.meterName().equals(l.meterName())).findFirst().orElse(null);
        return LoadJson.priced(l, fromProject, prices, ev.project().energy().tariff());
    }

    /**
     * One line per meter with a time-of-use split: the documents, the peak share and, with a flat price (the
     * project's 平段电价, or {@code --base-price}), the cost and the saving of the kWh to shift.
     */
    private static void loadsText(org.energydiag.core.evaluation.ProjectEvaluation ev, LoadJson.Prices prices, PrintStream out) {
        boolean heading = false;
        for (var l : ev.loads()) {
            if (l.tou() == null || !l.hasData()) {
                continue;
            }
            if (!heading) {
                out.println(Texts.get("cli.balance.touHeading"));
                heading = true;
            }
            var t = l.tou();
            out.printf("  " + Texts.get("cli.balance.tou"), l.meterName(), t.citations(), t.peakShare() * 100,
                    t.averagePriceFactor());
            for (var dv : t.deepValleys()) {
                out.println("    " + Texts.format("cli.balance.touDeepValley", dv.reason()));
            }
            LoadJson.Priced priced = priced(ev, l, prices);
            var c = priced.costs();
            if (c != null && c.cost() != null) {
                out.printf("    " + Texts.get("option".equals(priced.source()) ? "cli.balance.touCostOption" : "cli.balance.touCost"),
                        c.cost().basePrice(), c.cost().total());
                if (c.shift() != null) {
                    out.printf("    " + Texts.get("cli.balance.touShift"), c.shift().kwhPerYear(), c.shift().fromFactor(),
                            c.shift().toFactor(), c.shift().yuanPerYear());
                }
            }
        }
    }

    private static void text(DiagnosisProject p, ProjectAnalysis a, List<ValidationIssue> issues, PrintStream out,
                             EnergyReference ref) {
        out.println(Texts.format("cli.balance.project", p.displayName()));
        out.println(Texts.get("cli.balance.energyHeading"));
        for (EnergySummary.YearTotals t : a.energy().totals()) {
            out.printf("  " + Texts.get("cli.balance.year"), t.year(), t.tce(),
                    t.tceEqualComplete() ? String.format("%,.2f", t.tceEqual()) : Texts.get("cli.balance.noEqualCoefficient"),
                    t.nonFossilShare() * 100);
        }
        for (EnergySummary.CarrierLine c : a.energy().carriers()) {
            out.println("  " + Texts.format("cli.balance.coefficient", c.coefficientSource()));
            if (c.heat() != null) {
                out.println("    " + Texts.format("cli.balance.heatValue", c.heat().source()));
            }
            ref.carrier(c.carrierId()).ifPresent(r -> r.alternatives().forEach(x -> out.println("    " + Texts.format(
                    "cli.balance.alternative", x.quantity(), x.value() == null ? "—"
                            : java.math.BigDecimal.valueOf(x.value()).stripTrailingZeros().toPlainString(), x.unit(), x.source(),
                    x.trust(), x.note()))));
        }
        BalanceResult b = a.balance();
        out.printf(Texts.get("cli.balance.balance"),
                b.year(), b.supplyTce(), b.statisticsTce(), b.differenceTce(), b.differencePercent(),
                b.closes() ? Texts.get("cli.balance.closes") : Texts.get("cli.balance.notClosing"), b.utilizationPercent(),
                b.utilizationEstimated() ? Texts.get("cli.balance.utilizationEstimated") : "");
        for (BalanceResult.NodeResult r : b.lossesRanked()) {
            out.printf("  " + Texts.get("cli.balance.loss"), r.name(), r.lossTce());
        }
        out.println(Texts.get("cli.balance.carbonHeading"));
        for (CarbonResult.YearEmissions y : a.carbon().years()) {
            out.printf("  " + Texts.get("cli.balance.carbonYear"), y.year(), y.totalTco2());
            for (CarbonResult.Source s : y.ranked()) {
                out.printf("    " + Texts.get("cli.balance.carbonSource"), s.name(), s.tco2(), s.activity(), s.factor(), s.factorSource());
            }
        }
        ref.defaultFootprintFactor(p.energy().baseYear()).ifPresent(f -> out.println("  " + Texts.format(
                "cli.balance.footprint", f.display(), f.trust())));
        out.println(Texts.get("cli.balance.benchmarkHeading"));
        a.benchmarks().forEach(r -> out.printf("  " + Texts.get("cli.balance.benchmark"), r.product(), r.value(), r.unit(),
                r.positionText(),
                r.benchmark().standard(), r.benchmark().indicator()));
        issues.forEach(i -> out.println(i.display()));
    }
}
