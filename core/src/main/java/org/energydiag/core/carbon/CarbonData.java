package org.energydiag.core.carbon;

import org.energydiag.core.reference.CarrierId;
import java.math.BigDecimal;
import java.util.List;
import org.energydiag.core.text.Texts;

/**
 * What the engineer decides for 一（五） 企业碳排放情况: factor choices and overrides, clinker data
 * and other process emissions. Activity data come from the consumption table.
 *
 * @param gridFactor          kgCO2/kWh (= tCO2/MWh) for purchased grid electricity; null: reference default
 * @param heatFactor          tCO2/GJ for purchased heat; null: reference default
 * @param greenFactor         kgCO2/kWh for purchased green electricity (绿电/绿证); null: 0
 * @param report              what the carbon accounting report needs beyond the emissions (format 9)
 */
public record CarbonData(List<FuelOverride> fuelOverrides, BigDecimal gridFactor, String gridFactorSource,
                         BigDecimal heatFactor, String heatFactorSource, BigDecimal greenFactor, String greenFactorSource,
                         List<ClinkerRecord> clinker, List<ProcessEmission> processEmissions, CarbonReportInfo report) {

    public CarbonData(List<FuelOverride> fuelOverrides, BigDecimal gridFactor, String gridFactorSource,
                      BigDecimal heatFactor, String heatFactorSource, BigDecimal greenFactor, String greenFactorSource,
                      List<ClinkerRecord> clinker, List<ProcessEmission> processEmissions) {
        this(fuelOverrides, gridFactor, gridFactorSource, heatFactor, heatFactorSource, greenFactor, greenFactorSource, clinker,
                processEmissions, null);
    }

    public CarbonData {
        fuelOverrides = fuelOverrides == null ? List.of() : List.copyOf(fuelOverrides);
        gridFactorSource = gridFactorSource == null ? "" : gridFactorSource;
        heatFactorSource = heatFactorSource == null ? "" : heatFactorSource;
        greenFactorSource = greenFactorSource == null ? "" : greenFactorSource;
        clinker = clinker == null ? List.of() : List.copyOf(clinker);
        processEmissions = processEmissions == null ? List.of() : List.copyOf(processEmissions);
        report = report == null ? CarbonReportInfo.empty() : report;
    }

    public static CarbonData empty() {
        return new CarbonData(null, null, null, null, null, null, null, null, null);
    }

    public CarbonData withGrid(BigDecimal f, String source) {
        return new CarbonData(fuelOverrides, f, source, heatFactor, heatFactorSource, greenFactor, greenFactorSource, clinker,
                processEmissions, report);
    }

    public CarbonData withHeat(BigDecimal f, String source) {
        return new CarbonData(fuelOverrides, gridFactor, gridFactorSource, f, source, greenFactor, greenFactorSource, clinker,
                processEmissions, report);
    }

    public CarbonData withGreen(BigDecimal f, String source) {
        return new CarbonData(fuelOverrides, gridFactor, gridFactorSource, heatFactor, heatFactorSource, f, source, clinker,
                processEmissions, report);
    }

    public CarbonData withFuelOverrides(List<FuelOverride> v) {
        return new CarbonData(v, gridFactor, gridFactorSource, heatFactor, heatFactorSource, greenFactor, greenFactorSource,
                clinker, processEmissions, report);
    }

    public CarbonData withClinker(List<ClinkerRecord> v) {
        return new CarbonData(fuelOverrides, gridFactor, gridFactorSource, heatFactor, heatFactorSource, greenFactor,
                greenFactorSource, v, processEmissions, report);
    }

    public CarbonData withProcessEmissions(List<ProcessEmission> v) {
        return new CarbonData(fuelOverrides, gridFactor, gridFactorSource, heatFactor, heatFactorSource, greenFactor,
                greenFactorSource, clinker, v, report);
    }

    public CarbonData withReport(CarbonReportInfo v) {
        return new CarbonData(fuelOverrides, gridFactor, gridFactorSource, heatFactor, heatFactorSource, greenFactor,
                greenFactorSource, clinker, processEmissions, v);
    }

    /**
     * The measured 低位发热量 the engineer entered, by carrier: they decide both the 当量值 of the
     * fuel and its combustion emissions (one heat value per fuel).
     */
    public java.util.Map<CarrierId, org.energydiag.core.energy.Coefficients.MeasuredNcv> measuredNcv() {
        java.util.Map<CarrierId, org.energydiag.core.energy.Coefficients.MeasuredNcv> m = new java.util.HashMap<>();
        for (FuelOverride o : fuelOverrides) {
            if (o.ncv() != null && o.ncv().signum() > 0) {
                m.put(o.carrierId(), new org.energydiag.core.energy.Coefficients.MeasuredNcv(o.ncv().doubleValue(),
                        o.source() == null || o.source().isBlank() ? Texts.get("carbon.sourceNotGiven") : o.source()));
            }
        }
        return m;
    }
}
