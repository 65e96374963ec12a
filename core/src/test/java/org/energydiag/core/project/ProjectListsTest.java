package org.energydiag.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.ProductionRecord;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.process.ProcessUnit;
import org.energydiag.core.reference.CarrierId;
import org.junit.jupiter.api.Test;

/** The lists entered once and offered in later steps: carriers, products and their units. */
class ProjectListsTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    private static DiagnosisProject withUnit(DiagnosisProject p, ProcessUnit u) {
        return p.withSite(p.site().withProcess(p.site().process().with(u)), NOW);
    }

    @Test
    void carriersPickedInTheProcessStepAreTheProjectsListAndTheEnergyStepLacksTheirLines() {
        DiagnosisProject p = DiagnosisProject.create(NOW);
        // a new project names no carrier: the process step offers the common ones
        assertThat(ProjectLists.carriers(p)).isEmpty();
        assertThat(ProjectLists.carrierChoices(p)).containsExactlyElementsOf(ProjectLists.COMMON_CARRIERS);

        CarrierId coke = CarrierId.of("COKE");
        p = withUnit(p, ProcessUnit.named("熟料烧成").withCarriers(List.of(coke, CarrierId.ELECTRICITY)));
        p = p.withEnergy(p.energy().withConsumption(List.of(new ConsumptionRecord(p.energy().baseYear(), CarrierId.ELECTRICITY,
                SupplyKind.PURCHASED, new BigDecimal("100"), "万kWh", null, ""), new ConsumptionRecord(p.energy().baseYear(),
                CarrierId.NATURAL_GAS, SupplyKind.PURCHASED, new BigDecimal("5"), "万m³", null, ""))), NOW);

        // one list, in the order of the steps, each carrier once
        assertThat(ProjectLists.carriers(p)).containsExactly(coke, CarrierId.ELECTRICITY, CarrierId.NATURAL_GAS);
        // a carrier picked from the full reference list (焦炭) is offered to every other unit from then on
        assertThat(ProjectLists.carrierChoices(p)).startsWith(coke, CarrierId.ELECTRICITY, CarrierId.NATURAL_GAS)
                .contains(CarrierId.RAW_COAL).doesNotHaveDuplicates();
        // the energy step offers the base-year lines still missing: 焦炭 only
        assertThat(ProjectLists.missingConsumption(p)).containsExactly(coke);
    }

    @Test
    void productsOfTheEnterpriseAreOfferedWithTheirUnitsAndTheirOutputForTheBaseYear() {
        DiagnosisProject p = DiagnosisProject.create(NOW);
        p = p.withEnterprise(p.enterprise().toBuilder().products(List.of(new Product("熟料", new BigDecimal("296"), "万t",
                new BigDecimal("310")), new Product("水泥", null, "万t", null), new Product(" ", null, "t", null))).build(), NOW);
        int year = p.energy().baseYear();
        p = p.withEnergy(p.energy().withProduction(List.of(new ProductionRecord(year, "水泥", new BigDecimal("350"), "万t", null),
                new ProductionRecord(year, "商品混凝土", new BigDecimal("20"), "万m³", null))), NOW);

        assertThat(ProjectLists.products(p)).containsExactly(java.util.Map.entry("熟料", "万t"), java.util.Map.entry("水泥", "万t"),
                java.util.Map.entry("商品混凝土", "万m³"));
        // 熟料 has no base-year line yet: it comes with the unit and the output typed in 一（一）
        assertThat(ProjectLists.missingProduction(p)).containsExactly(new ProductionRecord(year, "熟料", new BigDecimal("296"), "万t", null));
    }
}
