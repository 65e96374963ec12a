package org.energydiag.core.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.energydiag.core.energy.BalanceFlow;
import org.energydiag.core.energy.CoefficientOverride;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.ProductionRecord;
import org.energydiag.core.process.ProcessUnit;
import org.energydiag.core.reference.CarrierId;

/**
 * The project's lists that several steps use — energy carriers, products and their units — read
 * from wherever the engineer entered them, in the chapters' order, so a later step offers what an
 * earlier one holds and nothing is typed twice. Nothing here is stored: the lists are the union of
 * the steps' own data.
 */
public final class ProjectLists {

    /** The carriers a new process unit is offered before the project names any (the usual ones on site). */
    public static final List<CarrierId> COMMON_CARRIERS = List.of(CarrierId.ELECTRICITY, CarrierId.RAW_COAL,
            CarrierId.NATURAL_GAS, CarrierId.HEAT, CarrierId.STEAM_1_0MPA, CarrierId.DIESEL);

    private ProjectLists() {
    }

    /**
     * Every carrier the project names, first seen first: the process units' 所用能源 (一（二）1), then the
     * consumption lines, coefficient overrides and balance flows (一（三）), then the fuels of 一（五）.
     */
    public static List<CarrierId> carriers(DiagnosisProject p) {
        Set<CarrierId> out = new LinkedHashSet<>();
        for (ProcessUnit u : p.site().process().units()) {
            out.addAll(u.carriers());
        }
        for (ConsumptionRecord r : p.energy().consumption()) {
            add(out, r.carrierId());
        }
        for (CoefficientOverride o : p.energy().overrides()) {
            add(out, o.carrierId());
        }
        for (BalanceFlow f : p.energy().balance().flows()) {
            add(out, f.carrierId());
        }
        p.carbon().fuelOverrides().forEach(f -> add(out, f.carrierId()));
        return List.copyOf(out);
    }

    /** What a process unit's 所用能源 offers: the project's carriers, then the common ones not yet among them. */
    public static List<CarrierId> carrierChoices(DiagnosisProject p) {
        Set<CarrierId> out = new LinkedHashSet<>(carriers(p));
        out.addAll(COMMON_CARRIERS);
        return List.copyOf(out);
    }

    /**
     * Every product the project names with its unit, first seen first: the enterprise's 主要产品 (一（一）),
     * then the products of the production table (一（三）) not among them. Blank names are left out.
     */
    public static Map<String, String> products(DiagnosisProject p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Product pr : p.enterprise().products()) {
            if (!pr.name().isBlank()) {
                out.putIfAbsent(pr.name().trim(), pr.unit());
            }
        }
        for (ProductionRecord r : p.energy().production()) {
            if (r.product() != null && !r.product().isBlank()) {
                out.putIfAbsent(r.product().trim(), r.unit());
            }
        }
        return out;
    }

    /**
     * The production lines of the base year the enterprise's 主要产品 still lack, each with the product's
     * unit and its annual output (the last full year's, as typed in 一（一）), for the engineer to check.
     */
    public static List<ProductionRecord> missingProduction(DiagnosisProject p) {
        int year = p.energy().baseYear();
        Set<String> have = new LinkedHashSet<>();
        p.energy().production().stream().filter(r -> r.year() == year && r.product() != null).forEach(r -> have.add(r.product().trim()));
        List<ProductionRecord> out = new ArrayList<>();
        for (Product pr : p.enterprise().products()) {
            String name = pr.name().trim();
            if (!name.isEmpty() && have.add(name)) {
                out.add(new ProductionRecord(year, name, pr.annualOutput(), pr.unit(), null));
            }
        }
        return out;
    }

    /** The carriers of the project without a consumption line in the base year. */
    public static List<CarrierId> missingConsumption(DiagnosisProject p) {
        int year = p.energy().baseYear();
        Set<CarrierId> have = new LinkedHashSet<>();
        p.energy().consumption().stream().filter(r -> r.year() == year).forEach(r -> add(have, r.carrierId()));
        return carriers(p).stream().filter(c -> !have.contains(c)).toList();
    }

    private static void add(Set<CarrierId> set, CarrierId c) {
        if (c != null) {
            set.add(c);
        }
    }
}
