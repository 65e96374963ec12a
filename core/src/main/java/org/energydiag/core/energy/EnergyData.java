package org.energydiag.core.energy;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the engineer enters for 一（三） 能源消费情况: three years of consumption by carrier,
 * coefficient overrides, 等价值 coefficients, output value, product output and the balance.
 *
 * @param baseYear                     近一年; the table covers baseYear-2 … baseYear
 * @param electricityEquivalent        等价值 coefficient of electricity, kgce/kWh (null: not set)
 * @param electricityEquivalentSource  where that coefficient comes from
 * @param heatEquivalent               等价值 coefficient of heat, kgce/MJ (null: same as 当量值)
 * @param heatEquivalentSource         where that coefficient comes from
 * @param tariff                       the electricity price facts for the meter data's time-of-use analysis
 */
public record EnergyData(int baseYear, List<ConsumptionRecord> consumption, List<CoefficientOverride> overrides,
                         BigDecimal electricityEquivalent, String electricityEquivalentSource,
                         BigDecimal heatEquivalent, String heatEquivalentSource,
                         List<OutputValue> outputValues, List<ProductionRecord> production,
                         EnergyBalanceData balance, List<org.energydiag.core.energy.BenchmarkLink> benchmarkLinks,
                         ElectricityTariff tariff) {

    public static final int DEFAULT_BASE_YEAR = 2025;

    public EnergyData {
        baseYear = baseYear == 0 ? DEFAULT_BASE_YEAR : baseYear;
        consumption = consumption == null ? List.of() : List.copyOf(consumption);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        electricityEquivalentSource = electricityEquivalentSource == null ? "" : electricityEquivalentSource;
        heatEquivalentSource = heatEquivalentSource == null ? "" : heatEquivalentSource;
        outputValues = outputValues == null ? List.of() : List.copyOf(outputValues);
        production = production == null ? List.of() : List.copyOf(production);
        balance = balance == null ? EnergyBalanceData.empty(baseYear) : balance;
        benchmarkLinks = benchmarkLinks == null ? List.of() : List.copyOf(benchmarkLinks);
        tariff = tariff == null ? ElectricityTariff.empty() : tariff;
    }

    /** The form before the electricity tariff was added (format version 7). */
    public EnergyData(int baseYear, List<ConsumptionRecord> consumption, List<CoefficientOverride> overrides,
                      BigDecimal electricityEquivalent, String electricityEquivalentSource,
                      BigDecimal heatEquivalent, String heatEquivalentSource,
                      List<OutputValue> outputValues, List<ProductionRecord> production,
                      EnergyBalanceData balance, List<org.energydiag.core.energy.BenchmarkLink> benchmarkLinks) {
        this(baseYear, consumption, overrides, electricityEquivalent, electricityEquivalentSource, heatEquivalent,
                heatEquivalentSource, outputValues, production, balance, benchmarkLinks, null);
    }

    public static EnergyData empty() {
        return new EnergyData(DEFAULT_BASE_YEAR, null, null, null, null, null, null, null, null, null, null, null);
    }

    public List<Integer> years() {
        return List.of(baseYear - 2, baseYear - 1, baseYear);
    }

    public EnergyData withConsumption(List<ConsumptionRecord> v) {
        return new EnergyData(baseYear, v, overrides, electricityEquivalent, electricityEquivalentSource, heatEquivalent,
                heatEquivalentSource, outputValues, production, balance, benchmarkLinks, tariff);
    }

    public EnergyData withOverrides(List<CoefficientOverride> v) {
        return new EnergyData(baseYear, consumption, v, electricityEquivalent, electricityEquivalentSource, heatEquivalent,
                heatEquivalentSource, outputValues, production, balance, benchmarkLinks, tariff);
    }

    public EnergyData withEquivalents(BigDecimal elec, String elecSource, BigDecimal heat, String heatSource) {
        return new EnergyData(baseYear, consumption, overrides, elec, elecSource, heat, heatSource, outputValues,
                production, balance, benchmarkLinks, tariff);
    }

    public EnergyData withOutputValues(List<OutputValue> v) {
        return new EnergyData(baseYear, consumption, overrides, electricityEquivalent, electricityEquivalentSource,
                heatEquivalent, heatEquivalentSource, v, production, balance, benchmarkLinks, tariff);
    }

    public EnergyData withProduction(List<ProductionRecord> v) {
        return new EnergyData(baseYear, consumption, overrides, electricityEquivalent, electricityEquivalentSource,
                heatEquivalent, heatEquivalentSource, outputValues, v, balance, benchmarkLinks, tariff);
    }

    public EnergyData withBalance(EnergyBalanceData v) {
        return new EnergyData(baseYear, consumption, overrides, electricityEquivalent, electricityEquivalentSource,
                heatEquivalent, heatEquivalentSource, outputValues, production, v, benchmarkLinks, tariff);
    }

    public EnergyData withBenchmarkLinks(List<org.energydiag.core.energy.BenchmarkLink> v) {
        return new EnergyData(baseYear, consumption, overrides, electricityEquivalent, electricityEquivalentSource,
                heatEquivalent, heatEquivalentSource, outputValues, production, balance, v, tariff);
    }

    public EnergyData withBaseYear(int y) {
        return new EnergyData(y, consumption, overrides, electricityEquivalent, electricityEquivalentSource, heatEquivalent,
                heatEquivalentSource, outputValues, production, balance, benchmarkLinks, tariff);
    }

    public EnergyData withTariff(ElectricityTariff v) {
        return new EnergyData(baseYear, consumption, overrides, electricityEquivalent, electricityEquivalentSource,
                heatEquivalent, heatEquivalentSource, outputValues, production, balance, benchmarkLinks, v);
    }
}
