package org.energydiag.core.carbon;

import org.energydiag.core.reference.CarrierId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.energy.ProductionRecord;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.reference.EmissionFactor;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.reference.FuelParameters;
import org.energydiag.core.text.Texts;
import org.energydiag.core.unit.Dimension;
import org.energydiag.core.unit.PhysicalUnit;
import org.energydiag.core.unit.UnitException;
import org.energydiag.core.validation.Severity;
import org.energydiag.core.validation.ValidationIssue;

/**
 * Emissions after GB/T 32150-2015: fuel combustion E = AD × NCV × CC × OF × 44/12, process
 * emissions (cement clinker calcination and those the engineer enters), purchased electricity and
 * heat, minus exported electricity and heat.
 */
public final class CarbonCalculator {

    public static final String FIELD = "carbon";
    /** Molar mass ratio of CO2 to C (44/12), of CO2 to CaO (44/56) and to MgO (44/40), as the guides use them. */
    static final double C_TO_CO2 = 44.0 / 12.0;
    static final double CAO_TO_CO2 = 44.0 / 56.0;
    static final double MGO_TO_CO2 = 44.0 / 40.0;
    /** 1 kgce = 29.3076 MJ (GB/T 2589 definition of standard coal), used to express steam as heat. */
    static final double MJ_PER_KGCE = 29.3076;

    private final EnergyReference reference;

    public CarbonCalculator(EnergyReference reference) {
        this.reference = reference;
    }

    public CarbonResult compute(EnergyData energy, CarbonData carbon, EnergySummary summary) {
        return compute(energy, carbon, summary, new org.energydiag.core.energy.Coefficients(reference, energy, carbon.measuredNcv()));
    }

    /**
     * @param k the project's coefficients (with the measured heat values of {@code carbon}), shared
     *          with the consumption so that each fuel's 当量值 and emissions use one heat value object
     */
    public CarbonResult compute(EnergyData energy, CarbonData carbon, EnergySummary summary,
                                org.energydiag.core.energy.Coefficients k) {
        List<ValidationIssue> issues = new ArrayList<>();
        Map<CarrierId, FuelOverride> overrides = new HashMap<>();
        carbon.fuelOverrides().forEach(o -> overrides.put(o.carrierId(), o));
        List<CarbonResult.YearEmissions> years = new ArrayList<>();
        for (int year : energy.years()) {
            List<CarbonResult.Source> sources = new ArrayList<>();
            Factor grid = gridFactor(carbon, year);
            Factor heat = heatFactor(carbon);
            Factor green = carbon.greenFactor() == null ? new Factor(0, Texts.get("carbon.green.display"), Texts.get("carbon.green.source"))
                    : new Factor(carbon.greenFactor().doubleValue(), carbon.greenFactor().toPlainString() + " kgCO2/kWh", carbon.greenFactorSource());
            Map<String, double[]> fuel = new HashMap<>();
            double gridMwh = 0;
            double greenMwh = 0;
            double exportMwh = 0;
            double heatGj = 0;
            double exportGj = 0;
            for (ConsumptionRecord r : energy.consumption()) {
                if (r.year() != year || r.quantity() == null) {
                    continue;
                }
                EnergyCarrier c = reference.carrier(r.carrierId()).orElse(null);
                if (c == null) {
                    continue; // reported by the energy summary
                }
                double base;
                try {
                    base = k.toBaseUnits(c.carrierId(), r.quantity().doubleValue(), r.unit());
                } catch (UnitException e) {
                    continue; // reported by the energy summary
                }
                if (c.isElectricity()) {
                    double mwh = c.baseUnit().convert(base, PhysicalUnit.MWH);
                    if (r.kind() == SupplyKind.EXPORTED) {
                        exportMwh += mwh;
                    } else if (r.kind() == SupplyKind.PURCHASED) {
                        if (c.renewable()) {
                            greenMwh += mwh;
                        } else {
                            gridMwh += mwh;
                        }
                    }
                    continue;
                }
                if (c.isHeat()) {
                    double gj = c.dimension() == Dimension.HEAT ? c.baseUnit().convert(base, PhysicalUnit.GJ)
                            : base * k.equivalentValue(c.carrierId()).kgcePerUnit() * MJ_PER_KGCE / 1000.0;
                    if (r.kind() == SupplyKind.EXPORTED) {
                        exportGj += gj;
                    } else if (r.kind() == SupplyKind.PURCHASED) {
                        heatGj += gj;
                    }
                    continue;
                }
                if (c.fossil()) {
                    fuel.computeIfAbsent(c.id(), x -> new double[1])[0] += r.kind().sign() * base;
                }
            }
            for (var e : fuel.entrySet()) {
                EnergyCarrier c = reference.carrier(e.getKey()).orElseThrow();
                combustion(c, e.getValue()[0], overrides.get(c.carrierId()), k, year, sources, issues);
            }
            if (gridMwh > 0) {
                sources.add(new CarbonResult.Source(Texts.get("carbon.source.grid"), "ELECTRICITY", gridMwh * grid.value,
                        fmt(gridMwh) + " MWh", grid.display, grid.source));
            }
            if (greenMwh > 0) {
                sources.add(new CarbonResult.Source(Texts.get("carbon.source.green"), "ELECTRICITY", greenMwh * green.value,
                        fmt(greenMwh) + " MWh", green.display, green.source));
            }
            if (heatGj > 0) {
                sources.add(new CarbonResult.Source(Texts.get("carbon.source.heat"), "HEAT", heatGj * heat.value, fmt(heatGj) + " GJ", heat.display, heat.source));
            }
            if (exportMwh > 0) {
                sources.add(new CarbonResult.Source(Texts.get("carbon.source.exportElectricity"), "EXPORT", -exportMwh * grid.value,
                        fmt(exportMwh) + " MWh", grid.display, grid.source));
            }
            if (exportGj > 0) {
                sources.add(new CarbonResult.Source(Texts.get("carbon.source.exportHeat"), "EXPORT", -exportGj * heat.value, fmt(exportGj) + " GJ",
                        heat.display, heat.source));
            }
            clinker(carbon, year, sources, issues);
            for (ProcessEmission p : carbon.processEmissions()) {
                if (p.year() == year && p.tco2() != null) {
                    sources.add(new CarbonResult.Source(p.name(), "PROCESS", p.tco2().doubleValue(), "", Texts.get("carbon.process.factor"), p.source()));
                }
            }
            double total = sources.stream().mapToDouble(CarbonResult.Source::tco2).sum();
            double output = energy.outputValues().stream().filter(o -> o.year() == year && o.wanYuan() != null)
                    .mapToDouble(o -> o.wanYuan().doubleValue()).findFirst().orElse(Double.NaN);
            years.add(new CarbonResult.YearEmissions(year, sources, total,
                    Double.isNaN(output) || output == 0 ? Double.NaN : total / output, intensities(energy, year, total)));
        }
        return new CarbonResult(years, issues);
    }

    /**
     * Combustion emissions of one fuel. The heat value is the one its 当量值 stands for
     * ({@link org.energydiag.core.energy.Coefficients#heatValue}: measured, or the coefficient in
     * force × 29.3076 MJ/kgce), so that 折标 and emissions never use two heat values for one fuel;
     * the fuel row gives the carbon content and oxidation rate (and the heat value only for a
     * carrier without a coefficient).
     */
    private void combustion(EnergyCarrier c, double baseQuantity, FuelOverride o, org.energydiag.core.energy.Coefficients k,
                            int year, List<CarbonResult.Source> sources, List<ValidationIssue> issues) {
        String fuelId = o != null && o.fuelId() != null && !o.fuelId().isBlank() ? o.fuelId() : c.emissionFuel();
        Optional<FuelParameters> def = reference.fuel(fuelId);
        if (def.isEmpty() && (o == null || o.ncv() == null || o.carbonContent() == null || o.oxidationPercent() == null)) {
            issues.add(new ValidationIssue(FIELD, Texts.format("carbon.where.fuel", year, c.name()), -1, "", Severity.ERROR,
                    Texts.format("carbon.fuel.noParameters", c.name())));
            return;
        }
        org.energydiag.core.energy.Coefficients.HeatValue heat = null;
        try {
            heat = k.heatValue(c.carrierId());
        } catch (UnitException e) {
            // no coefficient for this fuel: the fuel row's heat value (the energy summary reports the gap)
        }
        double ncv = heat != null ? heat.value() : o != null && o.ncv() != null ? o.ncv().doubleValue() : def.get().ncv();
        String ncvSource = heat != null ? Texts.format("carbon.fuel.ncvSource", heat.source()) : "";
        double cc = o != null && o.carbonContent() != null ? o.carbonContent().doubleValue() : def.get().carbonContent();
        double of = o != null && o.oxidationPercent() != null ? o.oxidationPercent().doubleValue() / 100.0 : def.get().oxidation();
        boolean perVolume = def.map(FuelParameters::perTenThousandCubicMetres).orElse(c.dimension() == Dimension.VOLUME);
        double ad;
        String adText;
        if (perVolume) {
            if (c.dimension() != Dimension.VOLUME) {
                issues.add(ValidationIssue.error(FIELD, Texts.format("carbon.where.fuel", year, c.name()), Texts.get("carbon.fuel.volumeForMass")));
                return;
            }
            ad = c.baseUnit().convert(baseQuantity, PhysicalUnit.WAN_M3);
            adText = Texts.format("carbon.fuel.activityVolume", fmt(ad));
        } else {
            if (c.dimension() != Dimension.MASS) {
                issues.add(ValidationIssue.error(FIELD, Texts.format("carbon.where.fuel", year, c.name()), Texts.get("carbon.fuel.massForVolume")));
                return;
            }
            ad = c.baseUnit().convert(baseQuantity, PhysicalUnit.T);
            adText = fmt(ad) + " t";
        }
        double e = ad * ncv * cc * of * C_TO_CO2;
        String factor = "NCV " + String.format(java.util.Locale.ROOT, "%.3f", ncv) + (perVolume ? " " + Texts.get("carbon.fuel.ncvPerVolume") : " GJ/t") + " × CC " + cc
                + " tC/GJ × OF " + fmt(of * 100) + "% × 44/12";
        String rest = o != null && o.source() != null && !o.source().isBlank() ? Texts.format("carbon.projectSource", o.source())
                : def.map(f -> f.source() == null || f.source().isBlank() ? Texts.format("carbon.fuel.defaultsUncited", f.name())
                        : Texts.format("carbon.fuel.defaults", f.name(), f.source())).orElse("");
        String source = ncvSource.isEmpty() ? rest : ncvSource + "；" + rest;
        sources.add(new CarbonResult.Source(Texts.format("carbon.source.combustion", c.name()), "FUEL", e, adText, factor, source, heat));
    }

    private void clinker(CarbonData carbon, int year, List<CarbonResult.Source> sources, List<ValidationIssue> issues) {
        for (ClinkerRecord r : carbon.clinker()) {
            if (r.year() != year || r.outputTonnes() == null) {
                continue;
            }
            double f;
            String text;
            String source;
            if (r.caoPercent() != null && r.mgoPercent() != null) {
                double cao = r.caoPercent().doubleValue() - (r.nonCarbonateCaoPercent() == null ? 0 : r.nonCarbonateCaoPercent().doubleValue());
                double mgo = r.mgoPercent().doubleValue() - (r.nonCarbonateMgoPercent() == null ? 0 : r.nonCarbonateMgoPercent().doubleValue());
                f = cao / 100.0 * CAO_TO_CO2 + mgo / 100.0 * MGO_TO_CO2;
                text = String.format(Texts.get("carbon.clinker.formula"), cao, mgo, f);
                source = Texts.format("carbon.clinker.compositionSource", r.source() == null ? "" : r.source());
            } else if (r.factor() != null) {
                f = r.factor().doubleValue();
                text = Texts.format("carbon.clinker.factor", r.factor().toPlainString());
                source = Texts.format("carbon.projectSource", r.source());
            } else {
                Optional<EmissionFactor> d = reference.clinkerFactors().stream().findFirst();
                if (d.isEmpty()) {
                    issues.add(ValidationIssue.error(FIELD, Texts.format("carbon.where.clinker", year), Texts.get("carbon.clinker.noFactor")));
                    continue;
                }
                f = d.get().value();
                text = d.get().value() + " " + d.get().unit();
                source = d.get().indicator() + "（" + d.get().source() + "）";
            }
            sources.add(new CarbonResult.Source(Texts.get("carbon.source.clinker"), "PROCESS", r.outputTonnes().doubleValue() * f,
                    Texts.format("carbon.clinker.activity", fmt(r.outputTonnes().doubleValue())), text, source));
        }
    }

    private static List<CarbonResult.Intensity> intensities(EnergyData energy, int year, double total) {
        List<CarbonResult.Intensity> out = new ArrayList<>();
        List<ProductionRecord> ps = energy.production().stream().filter(p -> p.year() == year && p.output() != null
                && p.output().signum() > 0).toList();
        for (ProductionRecord p : ps) {
            double share = p.energySharePercent() != null ? p.energySharePercent().doubleValue() : ps.size() == 1 ? 100 : Double.NaN;
            if (Double.isNaN(share)) {
                continue;
            }
            double amount = p.output().doubleValue();
            String per = p.unit();
            var u = PhysicalUnit.parse(p.unit());
            if (u.isPresent() && u.get().dimension() == Dimension.MASS) {
                amount = u.get().convert(amount, PhysicalUnit.T);
                per = "t";
            }
            out.add(new CarbonResult.Intensity(p.product(), total * share / 100.0 / amount, "tCO2/" + per));
        }
        return out;
    }

    private record Factor(double value, String display, String source) {
    }

    private Factor gridFactor(CarbonData c, int year) {
        if (c.gridFactor() != null) {
            return new Factor(c.gridFactor().doubleValue(), c.gridFactor().toPlainString() + " tCO2/MWh", c.gridFactorSource());
        }
        return reference.defaultGridFactor(year)
                .map(f -> new Factor(f.value(), Texts.format("carbon.grid.default", f.value(), f.year(), f.indicator()), f.source()))
                .orElse(new Factor(Double.NaN, Texts.get("carbon.factor.notSet"), ""));
    }

    private Factor heatFactor(CarbonData c) {
        if (c.heatFactor() != null) {
            return new Factor(c.heatFactor().doubleValue(), c.heatFactor().toPlainString() + " tCO2/GJ", c.heatFactorSource());
        }
        return reference.heatFactors().stream().findFirst()
                .map(f -> new Factor(f.value(), f.value() + " " + f.unit(), f.indicator() + "（" + f.source() + "）"))
                .orElse(new Factor(Double.NaN, Texts.get("carbon.factor.notSet"), ""));
    }

    /** Six significant figures, digits grouped by thousands (431,000 t; 0.02618 tC/GJ), as every table prints them. */
    static String fmt(double v) {
        java.math.BigDecimal r = new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros();
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.############", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        return f.format(r);
    }
}
