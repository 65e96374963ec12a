package org.energydiag.core.report.agency;

import org.energydiag.core.reference.CarrierId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisKind;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Honour;
import org.energydiag.core.project.HonourLevel;
import org.energydiag.core.project.HonourTitle;
import org.energydiag.core.reference.Region;
import org.energydiag.core.project.Sector;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.Phase;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * Three projects for the agency documents, with figures chosen so the totals can be checked by hand:
 * <ol>
 *   <li>A — the demo cement plant (安徽省芜湖市, 水泥, sub-table 一) with three
 *       accepted tasks (2 × 重点用能装备改造类, 1 × 公辅系统优化类) and two key projects;</li>
 *   <li>B — a transformer maker (江苏省苏州市, other sector C3821, sub-table 二) using only
 *       1000 万kWh of purchased electricity in 2025;</li>
 *   <li>C — a second cement plant (江苏省南京市, sub-table 一) without energy data and with one key
 *       project whose investment is not filled in.</li>
 * </ol>
 */
final class AgencyDocumentsFixture {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final String AGENCY = "安徽省节能降碳诊断服务中心（示例）";

    private AgencyDocumentsFixture() {
    }

    static DiagnosisProject a() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, AGENCY);
        KeyProject k1 = keyProject("窑尾余热发电系统提效改造", Phase.MEDIUM, 18000.0, 12000.0, 31000.0, 1440.0);
        KeyProject k2 = keyProject("高效电机替换", Phase.SHORT, 60.0, 350.0, null, 42.0);
        RetrofitTask t1 = task(TaskCategory.KEY_EQUIPMENT, "淘汰 JS 系列电机");
        RetrofitTask t2 = task(TaskCategory.AUXILIARY, "更换 S9 变压器");
        RetrofitTask t3 = task(TaskCategory.KEY_EQUIPMENT, "窑尾高温风机变频改造");
        return p.withPlan(p.plan().withTasks(List.of(t1, t2, t3)).withKeyProjects(List.of(k1, k2)), NOW);
    }

    static DiagnosisProject b() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, AGENCY);
        var e = p.enterprise().toBuilder()
                .kind(DiagnosisKind.PRODUCT_EQUIPMENT)
                .name("苏州示例变压器有限公司")
                .province(new Region("320000", "江苏省"))
                .city(new Region("320500", "苏州市"))
                .district(new Region("320505", "虎丘区"))
                .sector(Sector.OTHER)
                .industryCode("C3821")
                .industryName("变压器、整流器和电感器制造")
                .energyConsumption2025(null)
                .carbonFootprintProducts("油浸式电力变压器；干式变压器")
                .agencyName("江苏省工业节能服务中心（示例）")
                .referenceStandards("T/CEEIA 001-2024 电力变压器产品碳足迹核算规则")
                .honours(List.of(new Honour(HonourTitle.LITTLE_GIANT, HonourLevel.NATIONAL)))
                .otherHonours("")
                .remarks("")
                .build();
        EnergyData energy = EnergyData.empty().withConsumption(List.of(new ConsumptionRecord(2025, CarrierId.of("ELECTRICITY"),
                SupplyKind.PURCHASED, new BigDecimal("1000"), "万kWh", null, null)));
        // a transformer maker: the demo's cement footprint is not its own
        return p.withEnterprise(e, NOW).withEnergy(energy, NOW).withCarbon(CarbonData.empty(), NOW)
                .withFootprint(org.energydiag.core.footprint.FootprintData.empty(), NOW)
                .withPlan(p.plan().withKeyProjects(List.of()), NOW);
    }

    static DiagnosisProject c() {
        DiagnosisProject p = DemoProjects.cementPlant(NOW, "");
        var e = p.enterprise().toBuilder()
                .name("南京示例水泥有限公司")
                .province(new Region("320000", "江苏省"))
                .city(new Region("320100", "南京市"))
                .district(new Region("320115", "江宁区"))
                .energyConsumption2025(new BigDecimal("12.345"))
                .agencyName("")
                .honours(List.of())
                .otherHonours("")
                .build();
        KeyProject k3 = keyProject("能源管控中心建设", Phase.LONG, null, 1500.0, 3900.0, 150.0);
        return p.withEnterprise(e, NOW).withEnergy(EnergyData.empty(), NOW).withCarbon(CarbonData.empty(), NOW)
                .withPlan(p.plan().withKeyProjects(List.of(k3)), NOW);
    }

    static List<DiagnosisProject> all() {
        return List.of(a(), b(), c());
    }

    static RetrofitTask task(TaskCategory c, String name) {
        return new RetrofitTask(null, c, name, "", List.of(), "", List.of(), null, null, null, null, "", "");
    }

    static KeyProject keyProject(String name, Phase phase, Double investment, Double saving, Double reduction,
                                 Double cost) {
        KeyProject.Builder k = KeyProject.named(name).edit();
        k.phase = phase;
        k.investmentWanYuan = investment;
        k.savingTce = saving;
        k.reductionTco2 = reduction;
        k.costSavingWanYuan = cost;
        return k.build();
    }
}
