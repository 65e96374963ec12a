package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.CAPACITY_KVA;
import static org.energydiag.core.equipment.EquipmentField.CONNECTION;
import static org.energydiag.core.equipment.EquipmentField.CORE;
import static org.energydiag.core.equipment.EquipmentField.INSULATION;
import static org.energydiag.core.equipment.EquipmentField.INSULATION_CLASS;
import static org.energydiag.core.equipment.EquipmentField.LOAD_LOSS;
import static org.energydiag.core.equipment.EquipmentField.MODEL;
import static org.energydiag.core.equipment.EquipmentField.NO_LOAD_LOSS;
import static org.energydiag.core.equipment.EquipmentField.VOLTAGE_KV;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Power transformers: GB 20052-2024 表1 (10 kV oil), 表2 (10 kV dry), 表3/表4 (35 kV oil, off-load /
 * on-load tap changer). An item meets a grade when both its no-load and its load loss are within
 * that grade's limits; the best grade met counts.
 */
final class TransformerRater {

    static final String OIL = "油浸式";
    static final String DRY = "干式";

    /** The letters of a Chinese transformer model before the first digit, e.g. "SZ" of "SZ11-10000/35". */
    private static final Pattern MODEL_LETTERS = Pattern.compile("^([A-Z]+)\\d");

    private final GradeTables.Transformer tables;

    TransformerRater(GradeTables.Transformer tables) {
        this.tables = tables;
    }

    Outcome rate(EquipmentItem item) {
        Inputs in = new Inputs(item);
        BigDecimal noLoad = in.number(NO_LOAD_LOSS);
        BigDecimal load = in.number(LOAD_LOSS);
        BigDecimal kva = in.number(CAPACITY_KVA);
        String kv = in.choice(VOLTAGE_KV);
        String type = in.choice(INSULATION);
        GradeTables.Source src = tables.oil10();
        if (kv != null && !"10".equals(kv) && !"35".equals(kv)) {
            return Outcome.cannotBecause(src, Texts.format("equipment.transformerVoltage", kv, src.standard()));
        }
        if ("35".equals(kv) && DRY.equals(type)) {
            return Outcome.cannotBecause(src, Texts.format("equipment.transformerNo35dry", src.standard()));
        }
        if ("10".equals(kv) && OIL.equals(type)) {
            String core = in.choice(CORE);
            String connection = null;
            if (kva != null && core != null && connectionMatters(kva, core)) {
                connection = in.choice(CONNECTION);
            } else {
                connection = in.optionalChoice(CONNECTION);
            }
            if (!in.ok()) {
                return Outcome.cannot(src, in.problem());
            }
            return oil10(noLoad, load, kva, core, connection);
        }
        if ("10".equals(kv) && DRY.equals(type)) {
            src = tables.dry10();
            String core = in.choice(CORE);
            String cls = in.choice(INSULATION_CLASS);
            if (!in.ok()) {
                return Outcome.cannot(src, in.problem());
            }
            return dry10(noLoad, load, kva, core, cls);
        }
        if (!in.ok()) {
            return Outcome.cannot("35".equals(kv) ? tables.nltc35().source() : src, in.problem());
        }
        return power35(noLoad, load, kva, item.text(MODEL));
    }

    private boolean connectionMatters(BigDecimal kva, String core) {
        Set<String> labels = new LinkedHashSet<>();
        for (GradeTables.OilRow r : tables.oilRows()) {
            if (r.kva().compareTo(kva) == 0 && r.core().equals(core)) {
                labels.add(String.join("/", r.connections()));
            }
        }
        return labels.size() > 1;
    }

    private Outcome oil10(BigDecimal noLoad, BigDecimal load, BigDecimal kva, String core, String connection) {
        GradeTables.Source src = tables.oil10();
        List<GradeTables.OilRow> rows = new ArrayList<>();
        Set<BigDecimal> capacities = new TreeSet<>();
        for (GradeTables.OilRow r : tables.oilRows()) {
            if (r.core().equals(core)) {
                capacities.add(r.kva());
                if (r.kva().compareTo(kva) == 0) {
                    rows.add(r);
                }
            }
        }
        if (rows.isEmpty()) {
            return Outcome.cannotBecause(src, Texts.format("equipment.transformerCapacity", Fmt.n(kva), src.standard(), src.table(),
                    "10 kV " + OIL + " " + core, Fmt.list(capacities)));
        }
        List<String> notes = new ArrayList<>();
        GradeTables.OilRow row = null;
        if (rows.size() == 1) {
            row = rows.get(0);
            if (connection != null && !row.connections().contains(connection)) {
                notes.add(Texts.format("equipment.transformerSingleRow", Fmt.n(kva), String.join("/", row.connections())));
            }
        } else {
            for (GradeTables.OilRow r : rows) {
                if (r.connections().contains(connection)) {
                    row = r;
                }
            }
            if (row == null) {
                return Outcome.cannotBecause(src, Texts.format("equipment.transformerConnection", connection, Fmt.n(kva),
                        src.table()));
            }
        }
        String spec = Texts.format("equipment.transformerSpecOil10", core, connection == null ? "" : connection + " ", Fmt.n(kva));
        return both(src, noLoad, load, row.noLoad(), row.load(), spec, notes);
    }

    private Outcome dry10(BigDecimal noLoad, BigDecimal load, BigDecimal kva, String core, String cls) {
        GradeTables.Source src = tables.dry10();
        GradeTables.DryRow row = null;
        Set<BigDecimal> capacities = new TreeSet<>();
        for (GradeTables.DryRow r : tables.dryRows()) {
            capacities.add(r.kva());
            if (r.kva().compareTo(kva) == 0) {
                row = r;
            }
        }
        if (row == null) {
            return Outcome.cannotBecause(src, Texts.format("equipment.transformerCapacity", Fmt.n(kva), src.standard(), src.table(),
                    "10 kV " + DRY, Fmt.list(capacities)));
        }
        BigDecimal[] nl = row.noLoadByCore().get(core);
        BigDecimal[] ll = row.loadByClass().get(cls);
        if (nl == null || ll == null) {
            return Outcome.cannotBecause(src, Texts.format("equipment.transformerDryColumn", core, cls, src.table()));
        }
        String spec = Texts.format("equipment.transformerSpecDry10", core, cls, Fmt.n(kva));
        return both(src, noLoad, load, nl, ll, spec, List.of(Texts.get("equipment.transformerDryNote")));
    }

    private Outcome power35(BigDecimal noLoad, BigDecimal load, BigDecimal kva, String model) {
        List<String> notes = new ArrayList<>();
        Boolean onLoad = onLoadTapChanger(model);
        GradeTables.PowerTable table;
        if (onLoad == null) {
            table = tables.nltc35();
            notes.add(Texts.format("equipment.transformerTapAssumed", tables.nltc35().source().table(),
                    tables.oltc35().source().table()));
        } else {
            table = onLoad ? tables.oltc35() : tables.nltc35();
            notes.add(onLoad ? Texts.format("equipment.transformerTapOnLoad", model, table.source().table())
                    : Texts.format("equipment.transformerTapOffLoad", model, table.source().table()));
        }
        GradeTables.Source src = table.source();
        GradeTables.PowerRow row = null;
        Set<BigDecimal> capacities = new TreeSet<>();
        for (GradeTables.PowerRow r : table.rows()) {
            capacities.add(r.kva());
            if (r.kva().compareTo(kva) == 0) {
                row = r;
            }
        }
        if (row == null) {
            String partial = table.partial().isEmpty() ? "" : "；" + src.table() + table.partial();
            return Outcome.cannotBecause(src, Texts.format("equipment.transformerCapacity", Fmt.n(kva), src.standard(), src.table(),
                    "35 kV " + OIL, Fmt.list(capacities)) + partial);
        }
        notes.add(Texts.format("equipment.transformerNoCoreSplit", src.table()));
        String spec = Texts.format("equipment.transformerSpec35", table.source().title(), Fmt.n(kva));
        return both(src, noLoad, load, row.noLoad(), row.load(), spec, notes);
    }

    /** True for on-load (Z in the model letters, e.g. SZ11, SFZ11), false for off-load, null if unknown. */
    static Boolean onLoadTapChanger(String model) {
        if (model == null || model.isBlank()) {
            return null;
        }
        String m = Normalizer.normalize(model, Normalizer.Form.NFKC).toUpperCase().replace(" ", "");
        Matcher matcher = MODEL_LETTERS.matcher(m);
        if (!matcher.find() || !matcher.group(1).startsWith("S")) {
            return null;
        }
        return matcher.group(1).indexOf('Z') > 0;
    }

    private static Outcome both(GradeTables.Source src, BigDecimal noLoad, BigDecimal load, BigDecimal[] nl,
                                BigDecimal[] ll, String spec, List<String> notes) {
        GradeScale.Decision d = GradeScale.decide(k -> {
            if (nl[k - 1] == null || ll[k - 1] == null) {
                return null;
            }
            return noLoad.compareTo(nl[k - 1]) <= 0 && load.compareTo(ll[k - 1]) <= 0;
        });
        String list = limitList(nl, ll);
        String tail = Compare.tail(notes);
        if (d.decided() && d.grade() != Grade.BELOW) {
            int k = d.atLeast();
            String why = k == 1 ? "" : Texts.format("equipment.transformerNotBetter", String.valueOf(k - 1),
                    failures(noLoad, load, nl[k - 2], ll[k - 2]));
            return Outcome.graded(d.grade(), src, Texts.format("equipment.transformerMet", Fmt.u(noLoad, "kW"),
                    Compare.limitName(k), Fmt.u(nl[k - 1], "kW"), Fmt.u(load, "kW"), Fmt.u(ll[k - 1], "kW"), spec, list)
                    + why + tail).withGrade1(nl[0], ll[0]);
        }
        if (d.decided()) {
            return Outcome.graded(Grade.BELOW, src, Texts.format("equipment.transformerBelow", failures(noLoad, load, nl[2], ll[2]),
                    spec, list) + tail).withGrade1(nl[0], ll[0]);
        }
        return Outcome.cannotBecause(src, Texts.format("equipment.transformerOpen", spec, GradeScale.gradeList(d.unknown())));
    }

    private static String failures(BigDecimal noLoad, BigDecimal load, BigDecimal nlLimit, BigDecimal llLimit) {
        List<String> f = new ArrayList<>();
        if (noLoad.compareTo(nlLimit) > 0) {
            f.add(Texts.format("equipment.transformerExceeds", NO_LOAD_LOSS.label(), Fmt.u(noLoad, "kW"), Fmt.u(nlLimit, "kW")));
        }
        if (load.compareTo(llLimit) > 0) {
            f.add(Texts.format("equipment.transformerExceeds", LOAD_LOSS.label(), Fmt.u(load, "kW"), Fmt.u(llLimit, "kW")));
        }
        return String.join("，", f);
    }

    /** "1级 0.33/3.25、2级 0.37/3.615、3级 0.41/4.52 kW". */
    private static String limitList(BigDecimal[] nl, BigDecimal[] ll) {
        List<String> parts = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            parts.add(Texts.format("equipment.transformerLimitEntry", k, Fmt.n(nl[k - 1]), Fmt.n(ll[k - 1])));
        }
        return String.join("、", parts) + " kW";
    }
}
