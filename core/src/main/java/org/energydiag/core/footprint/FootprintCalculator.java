package org.energydiag.core.footprint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.reference.ElectricityFootprintFactor;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.text.Texts;

/**
 * A product's cradle-to-gate carbon footprint after GB/T 24067-2024 (the method of ISO 14067:2018):
 * <ul>
 *   <li>raw materials and purchased inputs: quantity × the engineer's factor (each with its source
 *       and year; an input without a factor is reported missing, never given one);</li>
 *   <li>transport: t × km × kgCO2e/(t·km);</li>
 *   <li>energy of the study period read from the evaluation: electricity in kWh × the electricity
 *       carbon-footprint factor ({@link ElectricityFootprintFactor}, life-cycle basis, never the
 *       Scope-2 factor; 6.4.9.4), fuel combustion and purchased heat as the evaluation's emission
 *       sources;</li>
 *   <li>process emissions: the evaluation's process sources (for cement the clinker calcination);</li>
 *   <li>the enterprise's lines (energy, process, inputs marked shared) allocated to the product by
 *       its share (6.4.6: mass, value or the engineer's shares), the product's own lines not;</li>
 *   <li>per declared unit (6.3.2): total ÷ (output ÷ declared amount).</li>
 * </ul>
 * GHG totals are in kgCO2e (GWP100, 6.5); the evaluation's tCO2 are × 1000.
 */
public final class FootprintCalculator {

    private final EnergyReference reference;

    public FootprintCalculator(EnergyReference reference) {
        this.reference = reference;
    }

    /**
     * @param energy the evaluation's consumption summary (the study period's electricity)
     * @param carbon the evaluation's emissions (fuel combustion, purchased heat, process sources)
     */
    public FootprintResult compute(FootprintStudy s, int year, EnergySummary energy, CarbonResult carbon) {
        List<String> missing = new ArrayList<>();
        double share = share(s, missing);
        List<FootprintResult.Line> lines = new ArrayList<>();
        if (s.boundary().includesUpstream()) {
            for (Material m : s.materials()) {
                lines.add(material(m, share, missing));
            }
            for (TransportLeg t : s.transport()) {
                lines.add(transport(t, share, missing));
            }
        }
        energy(year, energy, share, lines, missing);
        CarbonResult.YearEmissions y = carbon.years().stream().filter(e -> e.year() == year).findFirst().orElse(null);
        if (y != null) {
            for (CarbonResult.Source src : y.sources()) {
                Stage stage = switch (src.category()) {
                    case "FUEL", "HEAT" -> Stage.ENERGY;
                    case "PROCESS" -> Stage.PROCESS;
                    default -> null; // electricity: by its footprint factor above; exports: not credited
                };
                if (stage != null) {
                    double before = src.tco2() * 1000;
                    lines.add(new FootprintResult.Line(stage, src.name(), Double.NaN, src.activity(), Double.NaN, src.factor(),
                            src.factorSource(), 0, true, before, before * share, src));
                }
            }
        }
        Map<Stage, Double> byStage = new EnumMap<>(Stage.class);
        for (Stage st : Stage.values()) {
            if (st.inside(s.boundary())) {
                byStage.put(st, lines.stream().filter(l -> l.stage() == st && l.computed()).mapToDouble(FootprintResult.Line::kg).sum());
            }
        }
        double total = byStage.values().stream().mapToDouble(Double::doubleValue).sum();
        double units = Double.NaN;
        if (s.output() == null || s.output().signum() <= 0) {
            missing.add(Texts.format("footprint.missing.output", s.declaredUnit()));
        } else if (s.declaredAmount() == null || s.declaredAmount().signum() <= 0 || s.declaredUnit().isBlank()) {
            missing.add(Texts.get("footprint.missing.declaredUnit"));
        } else {
            units = s.output().doubleValue() / s.declaredAmount().doubleValue();
        }
        return new FootprintResult(s, year, share, lines, byStage, total, units, units > 0 ? total / units : Double.NaN, missing);
    }

    /**
     * What the engineer's inputs of {@code s} lack for its report, without the evaluation: the allocation
     * basis, inputs without quantity, factor, matching unit or source, transport without activity or
     * factor, the output and declared unit, and for cradle-to-gate at least one input. The same checks
     * (and texts) as {@link #compute}, which adds those of the energy data.
     */
    public static List<String> inputGaps(FootprintStudy s) {
        List<String> out = new ArrayList<>();
        double share = share(s, out);
        if (s.boundary().includesUpstream()) {
            if (s.materials().isEmpty()) {
                out.add(Texts.get("footprint.missing.noMaterials"));
            }
            s.materials().forEach(m -> material(m, share, out));
            s.transport().forEach(t -> transport(t, share, out));
        }
        if (s.output() == null || s.output().signum() <= 0) {
            out.add(Texts.format("footprint.missing.output", s.declaredUnit()));
        } else if (s.declaredAmount() == null || s.declaredAmount().signum() <= 0 || s.declaredUnit().isBlank()) {
            out.add(Texts.get("footprint.missing.declaredUnit"));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** The studied product's share: its entry's basis ÷ the sum of the entries; 1 without entries. */
    static double share(FootprintStudy s, List<String> missing) {
        if (s.coProducts().isEmpty()) {
            return 1.0;
        }
        double sum = 0;
        Double own = null;
        for (CoProduct c : s.coProducts()) {
            if (c.basis() == null || c.basis().signum() < 0) {
                missing.add(Texts.format("footprint.missing.basis", c.name().isBlank() ? "—" : c.name(), s.allocation().label()));
                return Double.NaN;
            }
            sum += c.basis().doubleValue();
            if (c.name().equals(s.product())) {
                own = c.basis().doubleValue();
            }
        }
        if (own == null) {
            missing.add(Texts.format("footprint.missing.ownShare", s.product()));
            return Double.NaN;
        }
        if (s.allocation() == Allocation.SHARES) {
            if (Math.abs(sum - 100) > 0.01) {
                missing.add(Texts.format("footprint.missing.sharesSum", fmt(sum)));
                return Double.NaN;
            }
            return own / 100.0;
        }
        if (!(sum > 0)) {
            missing.add(Texts.format("footprint.missing.basis", s.product(), s.allocation().label()));
            return Double.NaN;
        }
        return own / sum;
    }

    private static FootprintResult.Line material(Material m, double share, List<String> missing) {
        String name = m.name().isBlank() ? "—" : m.name();
        double q = m.quantity() == null ? Double.NaN : m.quantity().doubleValue();
        double f = m.factor() == null ? Double.NaN : m.factor().doubleValue();
        double before = Double.NaN;
        if (m.quantity() == null) {
            missing.add(Texts.format("footprint.missing.quantity", name));
        }
        if (m.factor() == null) {
            missing.add(Texts.format("footprint.missing.factor", name));
        } else {
            Optional<Double> perKg = toKg(m.factorUnit(), m.unit());
            if (perKg.isEmpty()) {
                missing.add(Texts.format("footprint.missing.factorUnit", name, m.factorUnit(), m.unit()));
            } else if (m.quantity() != null) {
                before = q * f * perKg.get();
            }
        }
        if (m.factor() != null && m.factorSource().isBlank()) {
            missing.add(Texts.format("footprint.missing.factorSource", name));
        }
        double kg = m.shared() ? before * share : before;
        return new FootprintResult.Line(Stage.RAW_MATERIALS, m.name(), q, m.unit(), f, m.factorUnit(), m.factorSource(),
                m.factorYear(), m.shared(), before, kg, m);
    }

    private static FootprintResult.Line transport(TransportLeg t, double share, List<String> missing) {
        String name = t.item().isBlank() ? "—" : t.item();
        double tkm = t.massTonnes() == null || t.distanceKm() == null ? Double.NaN
                : t.massTonnes().doubleValue() * t.distanceKm().doubleValue();
        if (Double.isNaN(tkm)) {
            missing.add(Texts.format("footprint.missing.transportActivity", name));
        }
        if (t.factor() == null) {
            missing.add(Texts.format("footprint.missing.transportFactor", name));
        } else if (t.factorSource().isBlank()) {
            missing.add(Texts.format("footprint.missing.factorSource", name));
        }
        double f = t.factor() == null ? Double.NaN : t.factor().doubleValue();
        double before = tkm * f;
        return new FootprintResult.Line(Stage.TRANSPORT, t.item() + (t.mode().isBlank() ? "" : Texts.format("footprint.transportMode", t.mode())),
                tkm, Texts.get("footprint.unit.tkm"), f, Texts.get("footprint.unit.perTkm"), t.factorSource(), t.factorYear(),
                t.shared(), before, t.shared() ? before * share : before, t);
    }

    /** Electricity of the study period in kWh × the electricity carbon-footprint factor. */
    private void energy(int year, EnergySummary energy, double share, List<FootprintResult.Line> lines, List<String> missing) {
        boolean any = false;
        for (EnergySummary.CarrierLine c : energy.carriers()) {
            Double q = c.quantity().get(year);
            EnergyCarrier carrier = reference.carrier(c.carrierId()).orElse(null);
            if (q == null || carrier == null || !carrier.isElectricity() || !(q > 0)) {
                any |= q != null && q > 0;
                continue;
            }
            any = true;
            Optional<ElectricityFootprintFactor> f = factorFor(carrier, year);
            if (f.isEmpty() || !"kWh".equals(c.unit())) {
                missing.add(Texts.format("footprint.missing.electricityFactor", c.name()));
                lines.add(new FootprintResult.Line(Stage.ENERGY, c.name(), q, c.unit(), Double.NaN, "", "", 0, true, Double.NaN,
                        Double.NaN, c));
                continue;
            }
            ElectricityFootprintFactor ef = f.get();
            double before = q * ef.value();
            lines.add(new FootprintResult.Line(Stage.ENERGY, c.name(), q, c.unit(), ef.value(), ef.unit(), ef.source(),
                    ef.year() == null ? 0 : ef.year(), true, before, before * share, ef));
        }
        if (!any) {
            missing.add(Texts.format("footprint.missing.energy", String.valueOf(year)));
        }
    }

    /**
     * The footprint factor of an electricity carrier: for on-site generation of one kind (光伏, 风电 …)
     * that kind's factor when the pack has it; otherwise, and for grid and purchased green electricity,
     * the national average of the newest year not after {@code year}.
     */
    Optional<ElectricityFootprintFactor> factorFor(EnergyCarrier c, int year) {
        if (c.renewable() && !"ELECTRICITY".equals(c.category())) {
            Optional<ElectricityFootprintFactor> kind = reference.electricityFootprintFactors().stream()
                    .filter(f -> "GENERATION".equals(f.kind()) && f.indicator() != null)
                    .filter(f -> c.name().contains(generationKey(f.indicator())))
                    .filter(f -> f.year() == null || f.year() <= year)
                    .max(java.util.Comparator.comparing(f -> f.year() == null ? 0 : f.year()));
            if (kind.isPresent()) {
                return kind;
            }
        }
        return reference.defaultFootprintFactor(year);
    }

    /** "光伏发电碳足迹因子" → "光伏", "风电碳足迹因子" → "风电". */
    static String generationKey(String indicator) {
        String k = indicator.replace(Texts.get("footprint.factorSuffix"), "");
        String gen = Texts.get("footprint.generationSuffix");
        return k.endsWith(gen) ? k.substring(0, k.length() - gen.length()) : k;
    }

    /**
     * The multiplier from a factor in {@code factorUnit} times a quantity in {@code unit} to kgCO2e:
     * the factor's denominator must be the quantity's unit; its numerator kgCO2e, tCO2e or gCO2e.
     */
    static Optional<Double> toKg(String factorUnit, String unit) {
        String f = factorUnit == null ? "" : factorUnit.replace(" ", "");
        int slash = f.indexOf('/');
        if (slash < 0 || unit == null || !f.substring(slash + 1).equals(unit.replace(" ", ""))) {
            return Optional.empty();
        }
        return switch (f.substring(0, slash).toLowerCase(Locale.ROOT)) {
            case "kgco2e", "kgco2" -> Optional.of(1.0);
            case "tco2e", "tco2" -> Optional.of(1000.0);
            case "gco2e", "gco2" -> Optional.of(0.001);
            default -> Optional.empty();
        };
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
