package org.energydiag.core.project;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.equipment.EquipmentInventory;
import org.energydiag.core.followup.FollowUp;
import org.energydiag.core.footprint.FootprintData;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.text.Texts;

/**
 * A diagnosis project: everything the engineer collects and decides for one enterprise.
 * The aggregate is saved as one unit. Later chapters add their parts here.
 *
 * @param id        stable identity across laptops (UUID)
 * @param createdAt when the project was created
 * @param updatedAt when anything in it last changed
 * @param satisfaction the enterprise's answers on 企业满意度调查表 (附件3), empty until returned
 * @param footprint the product carbon-footprint studies (产品碳足迹核算报告), empty until begun
 * @param followUp  诊断—建议—实施—反馈 after hand-in: implementation records, 回访 and savings verifications
 */
public record DiagnosisProject(String id, Instant createdAt, Instant updatedAt, Enterprise enterprise,
                               EnergyData energy, CarbonData carbon, EquipmentInventory equipment,
                               RetrofitPlan plan, Satisfaction satisfaction, SiteData site,
                               FootprintData footprint, FollowUp followUp) {

    public DiagnosisProject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        updatedAt = updatedAt == null ? createdAt : updatedAt;
        enterprise = enterprise == null ? Enterprise.empty() : enterprise;
        energy = energy == null ? EnergyData.empty() : energy;
        carbon = carbon == null ? CarbonData.empty() : carbon;
        equipment = equipment == null ? EquipmentInventory.empty() : equipment;
        plan = plan == null ? RetrofitPlan.empty() : plan;
        satisfaction = satisfaction == null ? Satisfaction.empty() : satisfaction;
        site = site == null ? SiteData.empty() : site;
        footprint = footprint == null ? FootprintData.empty() : footprint;
        followUp = followUp == null ? FollowUp.empty() : followUp;
    }

    /** The canonical form before the follow-up after hand-in was added (format version 9 as first written). */
    public DiagnosisProject(String id, Instant createdAt, Instant updatedAt, Enterprise enterprise, EnergyData energy,
                            CarbonData carbon, EquipmentInventory equipment, RetrofitPlan plan, Satisfaction satisfaction,
                            SiteData site, FootprintData footprint) {
        this(id, createdAt, updatedAt, enterprise, energy, carbon, equipment, plan, satisfaction, site, footprint, null);
    }

    /** The canonical form before the product carbon-footprint studies were added (format version 8). */
    public DiagnosisProject(String id, Instant createdAt, Instant updatedAt, Enterprise enterprise, EnergyData energy,
                            CarbonData carbon, EquipmentInventory equipment, RetrofitPlan plan, Satisfaction satisfaction,
                            SiteData site) {
        this(id, createdAt, updatedAt, enterprise, energy, carbon, equipment, plan, satisfaction, site, null, null);
    }

    /** The canonical form before the process flow and site evidence were added (format version 5). */
    public DiagnosisProject(String id, Instant createdAt, Instant updatedAt, Enterprise enterprise, EnergyData energy,
                            CarbonData carbon, EquipmentInventory equipment, RetrofitPlan plan, Satisfaction satisfaction) {
        this(id, createdAt, updatedAt, enterprise, energy, carbon, equipment, plan, satisfaction, null, null, null);
    }

    public DiagnosisProject(String id, Instant createdAt, Instant updatedAt, Enterprise enterprise) {
        this(id, createdAt, updatedAt, enterprise, null, null, null, null, null, null, null, null);
    }

    public static DiagnosisProject create(Instant now) {
        return new DiagnosisProject(UUID.randomUUID().toString(), now, now, Enterprise.empty());
    }

    public DiagnosisProject withEnterprise(Enterprise e, Instant now) {
        return new DiagnosisProject(id, createdAt, now, e, energy, carbon, equipment, plan, satisfaction, site, footprint, followUp);
    }

    public DiagnosisProject withEnergy(EnergyData e, Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, e, carbon, equipment, plan, satisfaction, site, footprint, followUp);
    }

    public DiagnosisProject withCarbon(CarbonData c, Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, energy, c, equipment, plan, satisfaction, site, footprint, followUp);
    }

    public DiagnosisProject withEquipment(EquipmentInventory q, Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, energy, carbon, q, plan, satisfaction, site, footprint, followUp);
    }

    public DiagnosisProject withPlan(RetrofitPlan v, Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, energy, carbon, equipment, v, satisfaction, site, footprint, followUp);
    }

    /** The answers of 企业满意度调查表 (附件3). */
    public DiagnosisProject withSatisfaction(Satisfaction v, Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, energy, carbon, equipment, plan, v, site, footprint, followUp);
    }

    /** The production process flow and the site evidence (一（二）1, 四 随附材料). */
    public DiagnosisProject withSite(SiteData v, Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, energy, carbon, equipment, plan, satisfaction, v, footprint, followUp);
    }

    /** The product carbon-footprint studies (产品碳足迹核算报告). */
    public DiagnosisProject withFootprint(FootprintData v, Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, energy, carbon, equipment, plan, satisfaction, site, v, followUp);
    }

    /** The follow-up after hand-in (implementation, 回访, verification). */
    public DiagnosisProject withFollowUp(FollowUp v, Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, energy, carbon, equipment, plan, satisfaction, site, footprint, v);
    }

    /** The same project, changed at {@code now} (every part kept). */
    public DiagnosisProject withUpdatedAt(Instant now) {
        return new DiagnosisProject(id, createdAt, now, enterprise, energy, carbon, equipment, plan, satisfaction, site, footprint, followUp);
    }

    /** A copy with a new identity, e.g. for 复制项目 or importing a project that already exists. */
    public DiagnosisProject copyAsNew(Instant now) {
        return new DiagnosisProject(UUID.randomUUID().toString(), now, now, enterprise, energy, carbon, equipment, plan, satisfaction, site, footprint, followUp);
    }

    /** Name shown in lists: the enterprise name, or a placeholder. */
    public String displayName() {
        return enterprise.name().isBlank() ? Texts.get("project.unnamed") : enterprise.name();
    }
}
