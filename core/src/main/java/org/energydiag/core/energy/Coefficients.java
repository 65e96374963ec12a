package org.energydiag.core.energy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.reference.CarrierId;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.text.Texts;
import org.energydiag.core.unit.PhysicalUnit;
import org.energydiag.core.unit.UnitException;

/**
 * The standard-coal coefficients in force for one project: the reference pack's 当量值, replaced
 * by the project's overrides, and the 等价值 of electricity and heat. Every coefficient comes with
 * the text of its source.
 */
public final class Coefficients {

    /**
     * A coefficient in kgce per {@code unit} (the carrier's coefficient unit), with its source.
     *
     * @param heat for a fossil fuel by mass or volume, the heat value this coefficient stands for:
     *             the very object {@link #heatValue} gives and the emissions use; null otherwise
     */
    public record Coefficient(double kgcePerUnit, PhysicalUnit unit, String source, HeatValue heat) {

        public Coefficient(double kgcePerUnit, PhysicalUnit unit, String source) {
            this(kgcePerUnit, unit, source, null);
        }
    }

    /** 1 kgce = 29.3076 MJ (GB/T 2589: 7 000 kcal × 4.1868 kJ/kcal). */
    public static final double GJ_PER_KGCE = 0.0293076;

    /**
     * A measured 低位发热量 of a fuel, entered by the engineer: GJ/t for a fuel measured by mass,
     * GJ/10⁴Nm³ by volume.
     */
    public record MeasuredNcv(double value, String source) {
    }

    /**
     * The heat value in force for a fuel, the one that makes both its 当量值 and its combustion
     * emissions: GJ/t ({@code perVolume} false) or GJ/10⁴Nm³, with where it comes from.
     */
    public record HeatValue(double value, boolean perVolume, String source) {
    }

    private final EnergyReference reference;
    private final EnergyData data;
    private final Map<CarrierId, CoefficientOverride> overrides = new HashMap<>();
    private final Map<CarrierId, MeasuredNcv> measured;
    /** One heat value per carrier for the life of this object: 折标 and emissions share the instance. */
    private final Map<CarrierId, HeatValue> heatValues = new HashMap<>();

    public Coefficients(EnergyReference reference, EnergyData data) {
        this(reference, data, Map.of());
    }

    /** @param measured the project's measured 低位发热量 by carrier id; they decide the 当量值 of those fuels */
    public Coefficients(EnergyReference reference, EnergyData data, Map<CarrierId, MeasuredNcv> measured) {
        this.reference = reference;
        this.data = data;
        this.measured = Map.copyOf(measured);
        for (CoefficientOverride o : data.overrides()) {
            overrides.put(o.carrierId(), o);
        }
    }

    /** The unit a heat value of this carrier refers to: t, or 10⁴ m³; null for other dimensions. */
    private static PhysicalUnit heatUnit(EnergyCarrier c) {
        return c.dimension() == org.energydiag.core.unit.Dimension.MASS ? PhysicalUnit.T
                : c.dimension() == org.energydiag.core.unit.Dimension.VOLUME ? PhysicalUnit.WAN_M3 : null;
    }

    /**
     * The one heat value of a fuel, the one its 当量值 stands for and its emissions use, in this order:
     * <ol>
     * <li>the measured 低位发热量 when entered (it then decides the 当量值 too);</li>
     * <li>the project's own coefficient × 29.3076 MJ/kgce;</li>
     * <li>the 平均低位发热量 printed in the same row of GB/T 2589 as the reference coefficient
     * ({@link EnergyCarrier#ncvGj}), e.g. 柴油 42 652 kJ/kg beside 1.4571 kgce/kg — the value GB/T 32150's
     * defaults use as well;</li>
     * <li>the reference coefficient × 29.3076 MJ/kgce when that row prints no heat value.</li>
     * </ol>
     * The same instance is returned for a carrier every time, and {@link #equivalentValue} of a
     * fossil fuel carries it, so 折标 and emissions cannot part.
     *
     * @throws UnitException as {@link #equivalentValue}, or for a carrier that is not a fuel by mass or volume
     */
    public HeatValue heatValue(CarrierId carrierId) {
        HeatValue known = heatValues.get(carrierId);
        if (known != null) {
            return known;
        }
        EnergyCarrier c = reference.carrier(carrierId)
                .orElseThrow(() -> new UnitException(Texts.format("energy.unknownCarrier", carrierId)));
        PhysicalUnit per = heatUnit(c);
        if (per == null) {
            throw new UnitException(Texts.format("energy.notFuel", c.name()));
        }
        boolean perVolume = per == PhysicalUnit.WAN_M3;
        HeatValue h;
        MeasuredNcv m = measured.get(carrierId);
        CoefficientOverride o = overrides.get(carrierId);
        if (m != null) {
            h = new HeatValue(m.value(), perVolume, Texts.format("energy.heat.measured", m.source()));
        } else if ((o == null || o.kgcePerUnit() == null) && c.ncvGj() != null && c.kgcePerUnit() != null) {
            h = new HeatValue(c.ncvGj(), perVolume, Texts.format("energy.heat.reference", plain(c.ncvGj()),
                    perVolume ? Texts.get("energy.unit.gjPerWanM3") : "GJ/t", c.source() == null || c.source().isBlank()
                            ? Texts.get("energy.heat.referenceUncited") : c.source(),
                    plain(c.kgcePerUnit()), c.baseUnit().symbol()));
        } else {
            Coefficient k = coefficient(c);
            double kgcePerUnit = k.kgcePerUnit() / c.baseUnit().convert(1.0, per); // kgce per t or per 10⁴ m³
            h = new HeatValue(kgcePerUnit * GJ_PER_KGCE, perVolume, Texts.format("energy.heat.fromCoefficient", k.source()));
        }
        heatValues.put(carrierId, h);
        return h;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    public EnergyReference reference() {
        return reference;
    }

    public Optional<EnergyCarrier> carrier(CarrierId id) {
        return reference.carrier(id);
    }

    /**
     * The 当量值 coefficient.
     *
     * @throws UnitException when the carrier is unknown, has no coefficient, or an override's unit
     *                       does not fit the carrier
     */
    public Coefficient equivalentValue(CarrierId carrierId) {
        EnergyCarrier c = reference.carrier(carrierId)
                .orElseThrow(() -> new UnitException(Texts.format("energy.unknownCarrier", carrierId)));
        Coefficient k = coefficient(c);
        if (c.fossil() && heatUnit(c) != null) {
            return new Coefficient(k.kgcePerUnit(), k.unit(), k.source(), heatValue(carrierId));
        }
        return k;
    }

    /** The 当量值 in force without its heat value: measured, the project's own, or the reference's. */
    private Coefficient coefficient(EnergyCarrier c) {
        CarrierId carrierId = c.carrierId();
        MeasuredNcv m = measured.get(carrierId);
        PhysicalUnit per = heatUnit(c);
        if (m != null && per != null) {
            // the measured heat value decides the coefficient: GJ per t (or 10⁴ m³) ÷ 29.3076 MJ/kgce
            double kgcePerBase = m.value() / GJ_PER_KGCE * c.baseUnit().convert(1.0, per);
            return new Coefficient(kgcePerBase, c.baseUnit(), Texts.format("energy.coefficient.measured", m.value(),
                    per == PhysicalUnit.T ? "GJ/t" : Texts.get("energy.unit.gjPerWanNm3"),
                    String.format(java.util.Locale.ROOT, "%.4f", kgcePerBase), c.baseUnit().symbol(), m.source()));
        }
        CoefficientOverride o = overrides.get(carrierId);
        if (o != null && o.kgcePerUnit() != null) {
            PhysicalUnit u = PhysicalUnit.parse(o.unit())
                    .orElseThrow(() -> new UnitException(Texts.format("energy.override.unitUnknown", c.name(), o.unit())));
            if (u.dimension() != c.dimension()) {
                throw new UnitException(Texts.format("energy.override.unitMismatch", c.name(), o.unit(), c.dimension().label(),
                        c.baseUnit().symbol()));
            }
            // kgce per override unit → kgce per carrier unit
            double perCarrierUnit = o.kgcePerUnit().doubleValue() * c.baseUnit().toBase().doubleValue() / u.toBase().doubleValue();
            return new Coefficient(perCarrierUnit, c.baseUnit(),
                    Texts.format("energy.coefficient.override", o.kgcePerUnit().toPlainString(), u.symbol(), o.source()));
        }
        if (c.kgcePerUnit() == null) {
            throw new UnitException(Texts.format("energy.noCoefficient", c.name()));
        }
        return new Coefficient(c.kgcePerUnit(), c.baseUnit(),
                c.kgcePerUnit() + " kgce/" + c.baseUnit().symbol() + (c.source() == null || c.source().isBlank() ? ""
                        : "（" + c.source() + "）"));
    }

    /**
     * The 等价值 coefficient: the project's setting for electricity and heat, the 当量值 for the rest.
     * Empty for electricity when no 等价值 coefficient is set.
     */
    public Optional<Coefficient> equalValue(CarrierId carrierId) {
        EnergyCarrier c = reference.carrier(carrierId)
                .orElseThrow(() -> new UnitException(Texts.format("energy.unknownCarrier", carrierId)));
        if (c.isElectricity()) {
            if (data.electricityEquivalent() == null) {
                return Optional.empty();
            }
            return Optional.of(new Coefficient(perCarrierUnit(c, data.electricityEquivalent().doubleValue(), PhysicalUnit.KWH),
                    c.baseUnit(),
                    data.electricityEquivalent().toPlainString() + " kgce/kWh（" + data.electricityEquivalentSource() + "）"));
        }
        if ("HEAT".equals(c.category()) && data.heatEquivalent() != null) {
            return Optional.of(new Coefficient(perCarrierUnit(c, data.heatEquivalent().doubleValue(), PhysicalUnit.MJ),
                    c.baseUnit(),
                    data.heatEquivalent().toPlainString() + " kgce/MJ（" + data.heatEquivalentSource() + "）"));
        }
        return Optional.of(equivalentValue(carrierId));
    }

    private static double perCarrierUnit(EnergyCarrier c, double kgcePerUnit, PhysicalUnit unit) {
        return kgcePerUnit * c.baseUnit().toBase().doubleValue() / unit.toBase().doubleValue();
    }

    /** Converts a quantity as entered to the carrier's base unit, refusing unknown or mismatched units. */
    public double toBaseUnits(CarrierId carrierId, double quantity, String unitText) {
        EnergyCarrier c = reference.carrier(carrierId)
                .orElseThrow(() -> new UnitException(Texts.format("energy.unknownCarrier", carrierId)));
        String units = String.join("、", java.util.Arrays.stream(PhysicalUnit.of(c.dimension())).map(PhysicalUnit::symbol).toList());
        PhysicalUnit u = PhysicalUnit.parse(unitText).orElseThrow(() -> new UnitException(
                Texts.format("energy.unit.unknown", unitText, c.name(), c.dimension().label(), units)));
        if (u.dimension() != c.dimension()) {
            throw new UnitException(Texts.format("energy.unit.wrongDimension", c.name(), unitText, u.dimension().label(),
                    c.dimension().label(), units));
        }
        return u.convert(quantity, c.baseUnit());
    }

    /** tce (当量值) of a quantity as entered: quantity in the carrier's unit × kgce per unit ÷ 1000. */
    public double tce(CarrierId carrierId, double quantity, String unitText) {
        return toBaseUnits(carrierId, quantity, unitText) * equivalentValue(carrierId).kgcePerUnit() / 1000.0;
    }
}
