package org.energydiag.core.project;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.energy.BalanceNode;
import org.energydiag.core.energy.BalanceStage;
import org.energydiag.core.energy.EnergyBalanceData;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.process.ProcessUnit;

/**
 * The process units are the 主要生产系统 that the equipment inventory (所在工序) and the energy
 * balance (最终使用·主要生产系统 units) refer to by name: one list, used everywhere. When a unit is
 * renamed, the references follow.
 */
public final class ProcessLinks {

    private ProcessLinks() {
    }

    /**
     * Applies a change of the process flow and carries a unit's rename to the equipment items
     * located in it and to the balance's 主要生产系统 unit of that name.
     */
    public static DiagnosisProject withUnit(DiagnosisProject p, ProcessUnit changed) {
        String oldName = p.site().process().unit(changed.id()).map(ProcessUnit::name).orElse(null);
        DiagnosisProject out = p.withSite(p.site().withProcess(p.site().process().with(changed)), p.updatedAt());
        if (oldName == null || oldName.isBlank() || oldName.equals(changed.name()) || changed.name().isBlank()) {
            return out;
        }
        return rename(out, oldName, changed.name());
    }

    static DiagnosisProject rename(DiagnosisProject p, String oldName, String newName) {
        boolean equipmentChanged = false;
        List<EquipmentItem> items = new ArrayList<>();
        for (EquipmentItem i : p.equipment().items()) {
            if (oldName.equals(i.text(EquipmentField.LOCATION))) {
                items.add(i.with(EquipmentField.LOCATION, newName));
                equipmentChanged = true;
            } else {
                items.add(i);
            }
        }
        DiagnosisProject out = equipmentChanged ? p.withEquipment(p.equipment().withItems(items), p.updatedAt()) : p;
        EnergyBalanceData b = out.energy().balance();
        if (b != null) {
            boolean nodesChanged = false;
            List<BalanceNode> nodes = new ArrayList<>();
            for (BalanceNode n : b.nodes()) {
                if (n.stage() == BalanceStage.MAIN_PRODUCTION && oldName.equals(n.name())) {
                    nodes.add(new BalanceNode(n.id(), newName, n.stage(), n.efficiencyPercent()));
                    nodesChanged = true;
                } else {
                    nodes.add(n);
                }
            }
            if (nodesChanged) {
                out = out.withEnergy(out.energy().withBalance(new EnergyBalanceData(b.year(), nodes, b.flows(), b.tolerancePercent())),
                        out.updatedAt());
            }
        }
        return out;
    }
}
