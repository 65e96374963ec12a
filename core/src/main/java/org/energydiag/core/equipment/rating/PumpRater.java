package org.energydiag.core.equipment.rating;

import static org.energydiag.core.equipment.EquipmentField.EFFICIENCY;
import static org.energydiag.core.equipment.EquipmentField.FLOW_M3H;
import static org.energydiag.core.equipment.EquipmentField.HEAD_M;
import static org.energydiag.core.equipment.EquipmentField.MODEL;
import static org.energydiag.core.equipment.EquipmentField.NAME;
import static org.energydiag.core.equipment.EquipmentField.PUMP_STAGES;
import static org.energydiag.core.equipment.EquipmentField.PUMP_SUCTION;
import static org.energydiag.core.equipment.EquipmentField.SPECIFIC_SPEED;
import static org.energydiag.core.equipment.EquipmentField.SPEED_RPM;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.text.Texts;

/**
 * Clean-water centrifugal pumps: GB 19762-2025 formula η = a(ln ns)² + b(ln Q)² + c(ln ns)(ln Q) +
 * d(ln ns) + e(ln Q) − Ci, with the coefficients and the Ci per grade, pump type and flow range
 * from the grade pack. Efficiency, higher is better.
 */
final class PumpRater {

    static final String SINGLE_STAGE = "单级";
    static final String MULTI_STAGE = "多级";
    static final String DOUBLE_SUCTION = "双吸";
    static final String TYPE_SINGLE_SUCTION = "单级单吸";
    static final String TYPE_DOUBLE_SUCTION = "单级双吸";
    static final String TYPE_INLINE = "管道";
    static final String TYPE_MULTI = "多级";
    static final String TYPE_LIGHT_VERTICAL = "轻型多级立式";
    static final String TYPE_LIGHT_HORIZONTAL = "轻型多级卧式";
    private static final double SECONDS_PER_HOUR = 3600.0;

    private final GradeTables.Pump pump;

    PumpRater(GradeTables.Pump pump) {
        this.pump = pump;
    }

    Outcome rate(EquipmentItem item) {
        GradeTables.Source src = pump.source();
        Inputs in = new Inputs(item);
        boolean multi = MULTI_STAGE.equals(item.text(PUMP_STAGES));
        BigDecimal eff = in.number(EFFICIENCY);
        BigDecimal q = in.positive(FLOW_M3H);
        BigDecimal nsGiven = null;
        BigDecimal head = null;
        BigDecimal speed = null;
        if (!in.blank(SPECIFIC_SPEED)) {
            nsGiven = in.positive(SPECIFIC_SPEED);
        } else if (multi) {
            in.missing(SPECIFIC_SPEED, Texts.get("equipment.pumpMultistageNs"));
        } else {
            head = in.positive(HEAD_M);
            speed = in.positive(SPEED_RPM);
        }
        String stages = in.choice(PUMP_STAGES);
        String suction = SINGLE_STAGE.equals(stages) ? in.choice(PUMP_SUCTION) : in.optionalChoice(PUMP_SUCTION);
        if (!in.ok()) {
            return Outcome.cannot(src, in.problem());
        }
        List<String> notes = new ArrayList<>();
        String text = item.text(NAME) + " " + item.text(MODEL);
        String type;
        if (SINGLE_STAGE.equals(stages)) {
            if (DOUBLE_SUCTION.equals(suction)) {
                type = TYPE_DOUBLE_SUCTION;
            } else if (text.contains(TYPE_INLINE)) {
                type = TYPE_INLINE;
                notes.add(Texts.format("equipment.pumpTypeFromName", TYPE_INLINE));
            } else {
                type = TYPE_SINGLE_SUCTION;
            }
        } else if (text.contains("轻型")) {
            if (text.contains("立式")) {
                type = TYPE_LIGHT_VERTICAL;
            } else if (text.contains("卧式")) {
                type = TYPE_LIGHT_HORIZONTAL;
            } else {
                return Outcome.cannotBecause(src, Texts.get("equipment.pumpLightOrientation"));
            }
            notes.add(Texts.format("equipment.pumpTypeFromName", type));
        } else {
            type = TYPE_MULTI;
        }
        Map<String, BigDecimal> c = pump.coefficients().get(type.startsWith(SINGLE_STAGE) || type.equals(TYPE_INLINE)
                ? SINGLE_STAGE : MULTI_STAGE);
        GradeTables.CiRow ci = null;
        List<String> ranges = new ArrayList<>();
        for (GradeTables.CiRow r : pump.ci()) {
            if (r.type().equals(type)) {
                ranges.add((r.minInclusive() ? "[" : "(") + Fmt.n(r.qMin()) + ", " + Fmt.n(r.qMax())
                        + (r.maxInclusive() ? "]" : ")"));
                if (r.contains(q)) {
                    ci = r;
                }
            }
        }
        if (c == null || ranges.isEmpty()) {
            return Outcome.cannotBecause(src, Texts.format("equipment.pumpNoType", type, src.standard()));
        }
        if (ci == null) {
            return Outcome.cannotBecause(src, Texts.format("equipment.pumpFlowRange", Fmt.n(q), type, src.standard(), src.table(),
                    String.join("、", ranges)));
        }
        double ns;
        if (nsGiven != null) {
            ns = nsGiven.doubleValue();
            notes.add(Texts.format("equipment.pumpNsGiven", Fmt.n(nsGiven)));
        } else {
            boolean twoSided = DOUBLE_SUCTION.equals(suction);
            double qs = q.doubleValue() / SECONDS_PER_HOUR * (twoSided ? pump.doubleSuctionFactor().doubleValue() : 1.0);
            ns = pump.nsConstant().doubleValue() * speed.doubleValue() * Math.sqrt(qs)
                    / Math.pow(head.doubleValue(), pump.nsHeadExponent().doubleValue());
            notes.add(Texts.format("equipment.pumpNsComputed", Fmt.n(pump.nsConstant()), Fmt.n(pump.nsHeadExponent()),
                    Fmt.n(Fmt.round(ns, 1)), Fmt.n(speed), Fmt.n(Fmt.round(qs, 5)),
                    twoSided ? Texts.format("equipment.pumpNsHalf", Fmt.n(pump.doubleSuctionFactor())) : "", Fmt.n(head)));
        }
        double x = Math.log(ns);
        double y = Math.log(q.doubleValue());
        double base = c.get("a").doubleValue() * x * x + c.get("b").doubleValue() * y * y
                + c.get("c").doubleValue() * x * y + c.get("d").doubleValue() * x + c.get("e").doubleValue() * y;
        BigDecimal[] limits = new BigDecimal[3];
        for (int k = 0; k < 3; k++) {
            limits[k] = ci.ci()[k] == null ? null : Fmt.round(base - ci.ci()[k].doubleValue(), 2);
        }
        notes.add(Texts.format("equipment.pumpFormula",
                type.startsWith(SINGLE_STAGE) || type.equals(TYPE_INLINE) ? SINGLE_STAGE : MULTI_STAGE,
                Fmt.n(c.get("a")), Fmt.n(c.get("b")), Fmt.n(c.get("c")), Fmt.n(c.get("d")), Fmt.n(c.get("e")),
                Fmt.n(ci.ci()[0]), Fmt.n(ci.ci()[1]), Fmt.n(ci.ci()[2])));
        notes.add(Texts.get("equipment.pumpBep"));
        String spec = Texts.format("equipment.pumpSpec", type, Fmt.n(q), Fmt.n(Fmt.round(ns, 1)));
        return Compare.single(src, EFFICIENCY.label(), eff, "%", true, limits, spec, notes);
    }
}
