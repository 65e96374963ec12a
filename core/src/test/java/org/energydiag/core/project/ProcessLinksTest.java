package org.energydiag.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.energy.BalanceNode;
import org.energydiag.core.energy.BalanceStage;
import org.energydiag.core.energy.EnergyBalanceData;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.process.ProcessUnit;
import org.junit.jupiter.api.Test;
import org.energydiag.core.demo.DemoProjects;

/** One list used everywhere: renaming a 工序 renames the equipment's 所在工序 and the balance's unit. */
class ProcessLinksTest {

    @Test
    void aRenameFollowsIntoTheInventoryAndTheBalance() {
        DiagnosisProject p = DemoProjects.cementPlant(Instant.parse("2026-11-01T00:00:00Z"), "机构");
        EnergyBalanceData b = p.energy().balance();
        List<BalanceNode> nodes = new ArrayList<>(b.nodes());
        nodes.add(new BalanceNode("KILN2", "熟料烧成", BalanceStage.MAIN_PRODUCTION, null));
        p = p.withEnergy(p.energy().withBalance(new EnergyBalanceData(b.year(), nodes, b.flows(), b.tolerancePercent())), p.updatedAt());
        long inKiln = p.equipment().items().stream().filter(i -> "熟料烧成".equals(i.text(EquipmentField.LOCATION))).count();
        assertThat(inKiln).isGreaterThan(3);
        ProcessUnit kiln = p.site().process().units().stream().filter(u -> u.name().equals("熟料烧成")).findFirst().orElseThrow();

        DiagnosisProject renamed = ProcessLinks.withUnit(p, kiln.withName("熟料煅烧"));

        assertThat(renamed.site().process().unit(kiln.id()).orElseThrow().name()).isEqualTo("熟料煅烧");
        assertThat(renamed.equipment().items().stream().filter(i -> "熟料煅烧".equals(i.text(EquipmentField.LOCATION))).count())
                .isEqualTo(inKiln);
        assertThat(renamed.equipment().items()).noneMatch(i -> "熟料烧成".equals(i.text(EquipmentField.LOCATION)));
        assertThat(renamed.energy().balance().nodes()).anyMatch(n -> n.id().equals("KILN2") && n.name().equals("熟料煅烧"));
        // other edits do not touch the references
        DiagnosisProject other = ProcessLinks.withUnit(p, kiln.withPrinciple("新的说明"));
        assertThat(other.equipment()).isEqualTo(p.equipment());
        assertThat(other.energy()).isEqualTo(p.energy());
    }
}
