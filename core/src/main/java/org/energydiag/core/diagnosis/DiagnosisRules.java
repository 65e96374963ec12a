package org.energydiag.core.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.catalogue.EquipmentModel;
import org.energydiag.core.catalogue.Technology;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.text.Texts;

/**
 * The diagnosis rules: each looks at one part of the data, reports whether it could run and why
 * not, and turns what it finds into findings and candidate tasks. Thresholds that are not set by a
 * standard are named as diagnosis assumptions in the evidence so the engineer can judge them.
 */
public final class DiagnosisRules {

    /** National target: 非化石能源消费比重 about 20 % by 2025. */
    public static final double NON_FOSSIL_TARGET = 0.20;
    public static final String NON_FOSSIL_SOURCE = Texts.get("diagnosis.nonFossil.source");
    /** Power factor standard for industrial users of 160 kVA and above. */
    public static final double POWER_FACTOR_STANDARD = 0.90;
    public static final String POWER_FACTOR_SOURCE = Texts.get("diagnosis.load.powerFactorSource");
    /** Diagnosis assumptions (not from a standard), stated with every finding that uses them. */
    public static final double LOSS_SHARE_THRESHOLD = 0.05;
    public static final double LOAD_FACTOR_THRESHOLD = 0.50;
    public static final double NIGHT_BASE_THRESHOLD = 0.50;
    public static final double PEAK_SHARE_THRESHOLD = 0.40;
    static final String ASSUMPTION = Texts.get("diagnosis.assumption");

    /** What one rule produced. */
    public record Outcome(RuleStatus status, List<Finding> findings, List<RetrofitTask> candidates) {
    }

    /** All findings, rule statuses and candidates (before the engineer's decisions). */
    public record Result(List<Finding> findings, List<RuleStatus> rules, List<RetrofitTask> candidates) {
    }

    /** Every rule, in the order its findings are listed; a new rule is one class and one line here. */
    public static final List<DiagnosisRule> RULES = List.of(new EquipmentRule(), new BenchmarkRule(), new BalanceRule(),
            new NonFossilRule(), new IntensityTrendRule(), new EnergyCostRule(), new LoadRule(), new ManagementRule(),
            new MeteringRule(), new EmissionSourcesRule(), new GhgAccountingRule());

    private DiagnosisRules() {
    }

    public static Result run(DiagnosisInput in) {
        List<Outcome> outcomes = RULES.stream().map(r -> r.apply(in)).toList();
        List<Finding> f = new ArrayList<>();
        List<RuleStatus> s = new ArrayList<>();
        List<RetrofitTask> c = new ArrayList<>();
        for (Outcome o : outcomes) {
            f.addAll(o.findings());
            s.add(o.status());
            c.addAll(o.candidates());
        }
        return new Result(f, s, c);
    }


    // ---------------------------------------------------------------- helpers

    static Outcome inactive(String id, String name, String reason) {
        return new Outcome(new RuleStatus(id, name, false, reason, 0), List.of(), List.of());
    }

    static Optional<EnergySummary.YearTotals> baseTotals(DiagnosisInput in) {
        if (in.analysis() == null) {
            return Optional.empty();
        }
        int y = in.project().energy().baseYear();
        return in.analysis().energy().totals().stream().filter(t -> t.year() == y).findFirst();
    }

    static Optional<CarbonResult.YearEmissions> baseEmissions(DiagnosisInput in) {
        if (in.analysis() == null) {
            return Optional.empty();
        }
        int y = in.project().energy().baseYear();
        return in.analysis().carbon().years().stream().filter(e -> e.year() == y).findFirst();
    }

    static List<String> techRefs(Catalogue c, org.energydiag.core.project.Sector sector, List<String> queries, int max) {
        List<String> out = new ArrayList<>();
        if (c == null) {
            return out;
        }
        // technologies named after the query first; description matches only when no name matches
        for (boolean byName : new boolean[] {true, false}) {
            for (String q : queries) {
                for (Technology t : c.searchTechnologies(q, null, null)) {
                    if (byName != t.name().contains(q) || !CatalogueScope.applies(t, sector) || CatalogueScope.niche(t)) {
                        continue;
                    }
                    String ref = ref(c, t);
                    if (!out.contains(ref)) {
                        out.add(ref);
                    }
                    if (out.size() >= max) {
                        return out;
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** How a task cites a catalogue technology, e.g. 《目录》（2024年版）… 第3项 名称. */
    public static String ref(Catalogue c, Technology t) {
        return Texts.format("diagnosis.ref.technology", c.edition(), t.section(), t.number(), t.name());
    }

    /** How a task cites a catalogue equipment model. */
    public static String ref(Catalogue c, EquipmentModel m) {
        return Texts.format("diagnosis.ref.equipment", c.edition(), m.equipmentClass(), m.number(), m.product(),
                m.model().isBlank() ? "" : "（" + m.model() + "）");
    }

    static List<String> equipmentRefs(Catalogue c, org.energydiag.core.project.Sector sector, EquipmentClass cls, String itemText) {
        if (c == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        String kw = switch (cls) {
            case MOTOR -> "电动机";
            case TRANSFORMER -> "变压器";
            case FAN -> "风机";
            case PUMP -> "泵";
            case AIR_COMPRESSOR -> "压缩机";
            case BOILER -> "锅炉";
            case REFRIGERATION -> "制冷";
            default -> "";
        };
        if (!kw.isEmpty()) {
            for (EquipmentModel m : c.equipmentForClass(kw)) {
                if (!CatalogueScope.fits(m, itemText)) {
                    continue;
                }
                out.add(ref(c, m));
                if (out.size() >= 2) {
                    break;
                }
            }
        }
        String q = switch (cls) {
            case MOTOR -> "电机";
            case TRANSFORMER -> "变压器";
            case FAN -> "风机";
            case PUMP -> "泵";
            case AIR_COMPRESSOR -> "空压";
            case BOILER -> "锅炉";
            case REFRIGERATION -> "制冷";
            case KILN -> "窑";
            case OTHER -> "余热";
        };
        // technologies named after the class only (never a description match): printing nothing is
        // better than a heat pump for a water pump or a nuclear plant's technology for motors
        int techs = 0;
        for (Technology t : c.searchTechnologies(q, null, null)) {
            if (techs >= 2) {
                break;
            }
            if (CatalogueScope.applies(t, sector) && CatalogueScope.aboutClass(t, q, itemText)) {
                String r = ref(c, t);
                if (!out.contains(r)) {
                    out.add(r);
                    techs++;
                }
            }
        }
        return out;
    }

    static String fmt(Double v) {
        if (v == null || Double.isNaN(v)) {
            return "—";
        }
        return String.format(Locale.ROOT, "%,.2f", v).replaceAll("\\.00$", "");
    }

    static String fmt3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static String fmt4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
