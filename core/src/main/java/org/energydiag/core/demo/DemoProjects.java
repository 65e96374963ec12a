package org.energydiag.core.demo;

import org.energydiag.core.reference.CarrierId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.carbon.ClinkerRecord;
import org.energydiag.core.energy.BalanceFlow;
import org.energydiag.core.energy.BalanceNode;
import org.energydiag.core.energy.BalanceStage;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.EnergyBalanceData;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.energy.OutputValue;
import org.energydiag.core.energy.ProductionRecord;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentInventory;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.reference.Region;
import org.energydiag.core.project.CompanyProfile;
import org.energydiag.core.project.Contact;
import org.energydiag.core.project.DiagnosisKind;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.project.Honour;
import org.energydiag.core.project.HonourLevel;
import org.energydiag.core.project.HonourTitle;
import org.energydiag.core.project.Product;
import org.energydiag.core.project.Sector;
import org.energydiag.core.project.SiteData;

/**
 * A realistic, fictitious demo project: a cement plant with two 5000 t/d clinker lines. The
 * enterprise and its credit code are invented (the code has a valid GB 32100 check character).
 * Figures are plausible orders of magnitude, worked out here:
 * <ul>
 *   <li>clinker 2 × 5000 t/d × 310 d ≈ 310 万t/a capacity; output 296 万t in 2025;</li>
 *   <li>cement 385 万t/a at a clinker factor of about 0.77;</li>
 *   <li>energy: clinker coal ≈ 104 kgce/t × 296 万t ≈ 30.8 万tce, electricity ≈ 58 kWh/t ×
 *       385 万t ≈ 2.23 亿kWh × 0.1229 kgce/kWh ≈ 2.7 万tce, total ≈ 33.6 万tce (当量值).</li>
 * </ul>
 * Later chapters extend it so that every step has data.
 */
public final class DemoProjects {

    private DemoProjects() {
    }

    public static DiagnosisProject cementPlant(Instant now, String agencyName) {
        Enterprise e = new Enterprise.Builder()
                .kind(DiagnosisKind.KEY_SECTOR_ENTERPRISE)
                .name("芜湖江岸建材水泥有限公司（示例）")
                .creditCode("91340202MA2T8Q6K7Q")
                .province(new Region("340000", "安徽省"))
                .city(new Region("340200", "芜湖市"))
                .district(new Region("340202", "镜湖区"))
                .address("安徽省芜湖市镜湖区江岸工业园建材路 8 号")
                .sector(Sector.CEMENT)
                .industryCode("C3011")
                .industryName("水泥制造")
                .energyConsumption2025(new BigDecimal("33.97")) // 339 703.935 tce (当量值), as 附件1 prints it
                .agencyName(agencyName == null || agencyName.isBlank() ? "安徽省节能降碳诊断服务中心（示例）" : agencyName)
                .referenceStandards("GB 16780-2021 水泥单位产品能源消耗限额；GB/T 32151.8-2015 温室气体排放核算与报告要求 第8部分：水泥生产企业")
                .honours(List.of(new Honour(HonourTitle.GREEN_FACTORY, HonourLevel.NATIONAL),
                        new Honour(HonourTitle.EFFICIENCY_LEADER, HonourLevel.PROVINCIAL)))
                .otherHonours("安徽省专精特新中小企业（2023年）")
                .products(List.of(
                        new Product("水泥熟料", new BigDecimal("296"), "万t", new BigDecimal("310")),
                        new Product("P·O 42.5 普通硅酸盐水泥", new BigDecimal("305"), "万t", new BigDecimal("360")),
                        new Product("P·C 42.5 复合硅酸盐水泥", new BigDecimal("80"), "万t", new BigDecimal("100"))))
                .profile(new CompanyProfile(
                        "公司成立于2008年，位于芜湖市江岸工业园，占地约 1200 亩，现有员工 560 人，"
                                + "拥有两条 5000 t/d 新型干法水泥熟料生产线，配套 2×9 MW 纯低温余热发电系统和 4 台 Φ4.2×13 m 水泥磨。"
                                + "2025 年生产熟料 296 万吨、水泥 385 万吨，营业收入 13.2 亿元。",
                        "公司实行总经理负责制，下设生产技术部、设备动力部、安全环保部、质量控制部、供应部、销售部和综合办公室。"
                                + "能源管理由设备动力部归口，设能源管理负责人 1 名、专职能源管理员 2 名，各车间设兼职能源统计员。",
                        "熟料设计产能 310 万 t/a，水泥粉磨能力 460 万 t/a；2025 年熟料产能利用率 95.5%。",
                        "在安徽省水泥行业产能规模居前列，熟料单位产品综合能耗优于 GB 16780-2021 的 2 级水平，"
                                + "2024 年入选安徽省能效“领跑者”企业。"))
                .contacts(List.of(
                        new Contact("王建国", "设备动力部部长（能源管理负责人）", "13905531234", "wangjg@example.com"),
                        new Contact("李娜", "能源管理员", "0553-5888123", "lina@example.com")))
                .remarks("示例项目，数据为演示用，不代表真实企业。")
                .build();
        DiagnosisProject p = DiagnosisProject.create(now).withEnterprise(e, now);
        EquipmentInventory inventory = equipment();
        // the process units are the 所在工序 of the inventory: one list, used everywhere
        var flow = org.energydiag.core.process.DemoProcess.cementLine(unit -> inventory.items().stream()
                .filter(i -> unit.equals(i.text(EquipmentField.LOCATION))).map(EquipmentItem::id).toList());
        return p.withEnergy(energy(), now).withCarbon(carbon(), now).withEquipment(inventory, now).withFootprint(footprint(), now)
                .withSite(SiteData.empty().withProcess(flow), now)
                .withPlan(org.energydiag.core.retrofit.RetrofitPlan.empty().withManagement(management())
                        .withTargets(new org.energydiag.core.retrofit.Targets(2028, null, null, null, null, "")), now);
    }

    /**
     * A second sample of another sector: a natural-gas methanol plant (600 000 t/a), with consumption,
     * production, equipment and the management checklist, and no energy balance. Its figures are
     * built from public orders of magnitude (GB 29436-2023 天然气制甲醇 1130–1380 kgce/t; about
     * 150 kWh of electricity per tonne of methanol), not from a real enterprise:
     * <ul>
     *   <li>natural gas 2025: 56 800 万m³ × 1.2143 kgce/m³ = 689 722 tce; electricity 9 000 万kWh ×
     *       0.1229 kgce/kWh = 11 061 tce; total 700 783 tce (当量值) = 70.08 万tce;</li>
     *   <li>methanol 60 万t: 700 783 ÷ 600 000 × 1000 = 1 168 kgce/t, between 1 130 (先进值) and 1 380
     *       (限定值).</li>
     * </ul>
     */
    public static DiagnosisProject methanolPlant(Instant now, String agencyName) {
        Enterprise e = new Enterprise.Builder()
                .kind(DiagnosisKind.KEY_SECTOR_ENTERPRISE)
                .name("重庆长寿天然气化工有限公司（示例）")
                .creditCode("91500115MA5U7KQX3Q")
                .province(new Region("500000", "重庆市"))
                .city(new Region("500100", "市辖区"))
                .district(new Region("500115", "长寿区"))
                .address("重庆市长寿区经济技术开发区化工园区 12 号")
                .sector(Sector.METHANOL)
                .industryCode("C2614")
                .industryName("有机化学原料制造")
                .energyConsumption2025(new BigDecimal("70.08"))
                .agencyName(agencyName == null || agencyName.isBlank() ? "重庆市节能降碳诊断服务中心（示例）" : agencyName)
                .referenceStandards("GB 29436-2023 甲醇单位产品能源消耗限额")
                .products(List.of(new Product("天然气制甲醇", new BigDecimal("60"), "万t", new BigDecimal("60"))))
                .profile(new CompanyProfile("公司成立于2006年，以天然气为原料生产精甲醇，现有 60 万吨/年甲醇装置一套，员工 420 人。",
                        "能源管理由生产技术部归口，设能源管理负责人 1 名、能源管理员 1 名。",
                        "甲醇设计产能 60 万 t/a，2025 年产量 60 万 t。",
                        "甲醇单位产品综合能耗介于 GB 29436-2023 的先进值与限定值之间。"))
                .contacts(List.of(new Contact("赵明", "生产技术部部长（能源管理负责人）", "13908321234", "zhaom@example.com")))
                .remarks("示例项目，数据为演示用，不代表真实企业。")
                .build();
        DiagnosisProject p = DiagnosisProject.create(now).withEnterprise(e, now);
        List<ConsumptionRecord> rows = List.of(
                c(2024, "NATURAL_GAS", SupplyKind.PURCHASED, "55900", "万m3", "139750"),
                c(2024, "ELECTRICITY", SupplyKind.PURCHASED, "8900", "万kWh", "5518"),
                c(2025, "NATURAL_GAS", SupplyKind.PURCHASED, "56800", "万m3", "142000"),
                c(2025, "ELECTRICITY", SupplyKind.PURCHASED, "9000", "万kWh", "5580"));
        List<OutputValue> output = List.of(new OutputValue(2024, d("142000"), "工业总产值（当年价）"),
                new OutputValue(2025, d("150000"), "工业总产值（当年价）"));
        List<ProductionRecord> production = List.of(new ProductionRecord(2024, "天然气制甲醇", d("58.5"), "万t", d("100")),
                new ProductionRecord(2025, "天然气制甲醇", d("60"), "万t", d("100")));
        EnergyData energy = new EnergyData(2025, rows, List.of(), d("0.404"),
                "统计报表目录电力等价值 4.0400 tce/万kWh（参考数据 emission-factors.json）", null, null, output, production, null,
                List.of());
        EquipmentClass m = EquipmentClass.MOTOR;
        EquipmentField n = EquipmentField.NAME;
        EquipmentField l = EquipmentField.LOCATION;
        EquipmentField pw = EquipmentField.RATED_POWER;
        EquipmentField h = EquipmentField.RUNNING_HOURS;
        EquipmentField lr = EquipmentField.LOAD_RATE;
        List<EquipmentItem> items = List.of(
                item(m, n, "合成气压缩机电机", l, "甲醇合成", pw, 8000, EquipmentField.POLES, 2, EquipmentField.RATED_EFFICIENCY, 96.8,
                        EquipmentField.MODEL, "YKS8000-2（10kV）", EquipmentField.YEAR, 2007, h, 8000, lr, 85),
                item(m, n, "循环水泵电机", l, "循环水系统", pw, 710, EquipmentField.POLES, 4, EquipmentField.RATED_EFFICIENCY, 95.0,
                        EquipmentField.SERIES, "Y", EquipmentField.MODEL, "Y5001-4", EquipmentField.YEAR, 2006, EquipmentField.QUANTITY, 3,
                        h, 8000, lr, 80),
                item(EquipmentClass.PUMP, n, "循环冷却水泵", l, "循环水系统", pw, 710, EquipmentField.FLOW_M3H, 6000,
                        EquipmentField.HEAD_M, 32, EquipmentField.SPEED_RPM, 1480, EquipmentField.PUMP_STAGES, "单级",
                        EquipmentField.PUMP_SUCTION, "双吸", EquipmentField.EFFICIENCY, 78, EquipmentField.QUANTITY, 3, h, 8000, lr, 80),
                item(EquipmentClass.AIR_COMPRESSOR, n, "仪表空压机", l, "空压站", pw, 250, EquipmentField.FLOW_M3MIN, 42,
                        EquipmentField.COMPRESSOR_TYPE, "回转式",
                        EquipmentField.PRESSURE_MPA, 0.8, EquipmentField.COOLING, "水冷", EquipmentField.LUBRICATION, "喷油",
                        EquipmentField.DRIVE, "工频", EquipmentField.SPECIFIC_POWER, 7.4, h, 8000, lr, 70),
                item(EquipmentClass.BOILER, n, "燃气蒸汽锅炉", l, "动力站", EquipmentField.BOILER_CAPACITY, 35,
                        EquipmentField.FUEL, "燃气", EquipmentField.DESIGN_EFFICIENCY, 92, EquipmentField.TESTED_EFFICIENCY, 86, h, 8000),
                item(EquipmentClass.TRANSFORMER, n, "110kV 主变压器", l, "总降压站", EquipmentField.CAPACITY_KVA, 20000,
                        EquipmentField.VOLTAGE_KV, "110", EquipmentField.INSULATION, "油浸式", EquipmentField.MODEL, "SZ10-20000/110",
                        EquipmentField.YEAR, 2006, EquipmentField.QUANTITY, 2, EquipmentField.NO_LOAD_LOSS, 19.2,
                        EquipmentField.LOAD_LOSS, 99, lr, 50));
        EquipmentInventory inventory = new EquipmentInventory(items, new BigDecimal("0.62"), "企业2025年电费结算单平均电价（示例）");
        var answers = org.energydiag.core.management.ManagementAnswers.empty();
        for (String id : List.of("SYS-1", "ORG-1", "ORG-2", "OPE-1", "OPE-2", "STA-1", "STA-2", "MET-1", "MET-2", "DIG-1")) {
            answers = answers.withAnswer(id, org.energydiag.core.management.Answer.YES);
        }
        answers = answers.withAnswer("SYS-2", org.energydiag.core.management.Answer.PARTIAL)
                .withAnswer("DIG-2", org.energydiag.core.management.Answer.NO)
                .withAnswer("CER-1", org.energydiag.core.management.Answer.NO);
        return p.withEnergy(energy, now).withCarbon(org.energydiag.core.carbon.CarbonData.empty(), now).withEquipment(inventory, now)
                .withPlan(org.energydiag.core.retrofit.RetrofitPlan.empty().withManagement(answers), now);
    }

    /** The demo's answers to the 能源管理情况 checklist and its metering counts (GB 17167 levels). */
    static org.energydiag.core.management.ManagementAnswers management() {
        var a = org.energydiag.core.management.ManagementAnswers.empty();
        var yes = org.energydiag.core.management.Answer.YES;
        var partial = org.energydiag.core.management.Answer.PARTIAL;
        var no = org.energydiag.core.management.Answer.NO;
        for (String id : List.of("SYS-1", "SYS-2", "ORG-1", "ORG-2", "ORG-3", "OPE-1", "OPE-2", "OPE-4", "OPE-5", "STA-1",
                "STA-2", "STA-3", "MET-1", "MET-2", "MET-3", "DIG-1", "DIG-3")) {
            a = a.withAnswer(id, yes);
        }
        a = a.withAnswer("SYS-3", partial).withAnswer("OPE-3", partial).withAnswer("STA-4", no).withAnswer("DIG-2", partial)
                .withAnswer("CER-1", no).withAnswer("CER-2", no).withAnswer("CER-3", partial)
                .withNote("SYS-1", "《能源管理制度》（2023版）、《节能考核办法》已发布")
                .withNote("DIG-2", "已有 DCS 和能耗在线监测，未建能源管控中心")
                .withNote("OPE-3", "原料磨循环风机为 Y 系列老电机，待更换");
        var unit = org.energydiag.core.management.MeteringLevel.UNIT;
        var sub = org.energydiag.core.management.MeteringLevel.SUB_UNIT;
        var eq = org.energydiag.core.management.MeteringLevel.EQUIPMENT;
        return a.withMetering(List.of(
                new org.energydiag.core.management.MeteringCount("电力", unit, 2, 2),
                new org.energydiag.core.management.MeteringCount("电力", sub, 12, 12),
                new org.energydiag.core.management.MeteringCount("电力", eq, 48, 43),
                new org.energydiag.core.management.MeteringCount("煤炭", unit, 1, 1),
                new org.energydiag.core.management.MeteringCount("煤炭", sub, 2, 2),
                new org.energydiag.core.management.MeteringCount("水", sub, 6, 5)));
    }

    /**
     * The demo after the engineer's decisions: every generated candidate accepted, two key projects
     * drafted from the tasks with estimates (investment and cost saving filled where the rules could
     * not), and the safeguards' starter texts.
     */
    public static DiagnosisProject withDecisions(DiagnosisProject p, org.energydiag.core.diagnosis.RetrofitReport report,
                                                 Instant now) {
        var plan = p.plan();
        for (var c : report.candidates()) {
            plan = plan.accept(c);
        }
        // the engineer confirms the suggested overall level (二（二）)
        plan = plan.withEvaluation(report.evaluation().level(), plan.evaluationText());
        // the benchmark gap is a potential, not a saving: the demo engineer gives the process task of the
        // main product the saving of concrete measures, with its basis (a real plan takes it from the
        // design and a performance test)
        plan = plan.withTasks(plan.tasks().stream().map(t -> measured(p, t)).toList());
        // the demo engineer looked at every suggested catalogue reference and confirmed it
        plan = plan.withTasks(plan.tasks().stream().map(t -> t.withConfirmedRefs(t.catalogueRefs())).toList());
        var projects = new java.util.ArrayList<org.energydiag.core.retrofit.KeyProject>();
        // the two accepted tasks with the largest estimated savings become key projects; the
        // investments are the demo's own figures (a real plan takes them from quotations)
        var biggest = plan.tasks().stream().filter(t -> t.savingTce() != null)
                .sorted(java.util.Comparator.comparingDouble(org.energydiag.core.retrofit.RetrofitTask::savingTce).reversed())
                .limit(2).toList();
        double[] demoInvestment = {3200.0, 60.0};
        for (var t : biggest) {
            int i = projects.size();
            var b = org.energydiag.core.retrofit.KeyProject.fromTask(t).edit();
            b.phase = i == 0 ? org.energydiag.core.retrofit.Phase.MEDIUM : org.energydiag.core.retrofit.Phase.SHORT;
            if (b.investmentWanYuan == null) {
                b.investmentWanYuan = demoInvestment[i];
            }
            if (b.costSavingWanYuan == null) {
                b.costSavingWanYuan = t.savingTce() * 0.12;
            }
            b.benefits = "降低生产成本，减少二氧化碳排放，提升企业能效水平";
            b.safety = "施工期间严格执行停电挂牌、动火审批制度；新设备符合相关安全标准";
            b.feasibility = "技术成熟，已在同行业广泛应用；可结合年度检修实施";
            b.standards = i == 0 && !p.enterprise().referenceStandards().isBlank()
                    ? p.enterprise().referenceStandards().split("；")[0] : "GB 18613-2020《电动机能效限定值及能效等级》";
            b.implementationTime = i == 0 ? span(now, 3, 18) : span(now, 1, 8);
            projects.add(b.build());
        }
        // the energy management centre is a task of its own (数字化), so that 三（一） counts it as 表3-1 does
        var centre = org.energydiag.core.retrofit.RetrofitTask.manual(org.energydiag.core.retrofit.TaskCategory.DIGITAL,
                "能源管控中心建设").withContent("建设能源管控中心及数字化能碳管理平台，集成电、煤、水计量数据")
                .withEstimates(1500.0, 3900.0, 150.0, 380.0);
        plan = plan.withTasks(append(plan.tasks(), centre));
        var dcs = org.energydiag.core.retrofit.KeyProject.fromTask(centre).edit();
        dcs.phase = org.energydiag.core.retrofit.Phase.LONG;
        dcs.originalSystem = "已有 DCS 和能耗在线监测，未建能源管控中心，能源数据分散";
        dcs.technicalRoute = "建设能源管控中心，集成电、煤、水计量数据，实现能耗在线分析与优化调度";
        dcs.content = "建设能源管控中心及数字化能碳管理平台";
        dcs.investmentWanYuan = 380.0;
        dcs.savingTce = 1500.0;
        dcs.reductionTco2 = 3900.0;
        dcs.costSavingWanYuan = 150.0;
        dcs.savingBasis = "按能源管控中心投运后优化调度、减少放空和空载，节能率约为基准年综合能耗的 0.44% 估算（示例数据，以设计方案为准）";
        dcs.implementationTime = span(now, 40, 52);
        projects.add(dcs.build());
        // the targets are to be reached when the last project is done
        int targetYear = java.time.LocalDate.ofInstant(now, DEMO_ZONE).plusMonths(52).getYear();
        plan = plan.withTargets(new org.energydiag.core.retrofit.Targets(targetYear, null, null, null, null, ""));
        plan = plan.withKeyProjects(projects).withSafeguards(
                org.energydiag.core.retrofit.Safeguards.starter(p.enterprise().name()));
        return p.withPlan(plan, now);
    }

    /**
     * The demo's measures for the process task of its main product: the drop in unit consumption
     * (kgce per unit of output) the measures achieve, times the base year's output. Cement: a fourth-
     * generation grate cooler (heat recovery up, −3.0 kgce/t clinker) and a multi-channel low-NOx
     * burner (−1.0 kgce/t); methanol: distillation heat integration (−20 kgce/t). Demo figures.
     */
    static org.energydiag.core.retrofit.RetrofitTask measured(DiagnosisProject p, org.energydiag.core.retrofit.RetrofitTask t) {
        String[][] measures = {
                {"BENCHMARK:水泥熟料", "熟料烧成系统节能改造", "篦冷机更换为第四代行进式稳流篦冷机，窑头更换多通道高效低氮燃烧器，同步优化窑尾预热器和分解炉用风",
                        "4.0", "篦冷机热回收效率提高使熟料烧成热耗降低约 3.0 kgce/t，高效燃烧器降低约 1.0 kgce/t，合计 4.0 kgce/t"},
                {"BENCHMARK:天然气制甲醇", "甲醇精馏系统热集成改造", "甲醇精馏由三塔流程改为双效热集成流程，回收预塔、加压塔塔顶余热",
                        "20", "精馏热集成使甲醇单位产品综合能耗降低约 20 kgce/t"}};
        int year = p.energy().baseYear();
        for (String[] m : measures) {
            if (!t.sourceKey().equals(m[0])) {
                continue;
            }
            String product = m[0].substring(m[0].indexOf(':') + 1);
            var out = p.energy().production().stream().filter(r -> r.year() == year && r.product().equals(product)).findFirst();
            if (out.isEmpty()) {
                return t;
            }
            double tonnes = out.get().output().doubleValue() * (out.get().unit().startsWith("万") ? 1e4 : 1);
            double tce = Double.parseDouble(m[3]) * tonnes / 1000;
            double co2 = tce * 2.66;
            double cost = tce * 0.12;
            String basis = m[4] + "；节能量 = " + m[3] + " kgce/t × " + year + "年产量 " + out.get().output().toPlainString()
                    + " " + out.get().unit() + " = " + String.format(java.util.Locale.ROOT, "%,.0f", tce)
                    + " tce/年；减排量按燃煤排放强度 2.66 tCO2/tce，费用按 0.12 万元/tce 折算（示例数据，以设计方案和性能测试为准）";
            return t.withName(m[1]).withContent(m[2]).withEstimates(tce, co2, cost, t.investmentWanYuan()).withBasis(basis);
        }
        return t;
    }

    private static final java.time.ZoneId DEMO_ZONE = java.time.ZoneId.of("Asia/Shanghai");

    /** 实施时间 from {@code from} to {@code to} months after the month of {@code now} (the plan's date). */
    static String span(Instant now, int from, int to) {
        java.time.YearMonth m = java.time.YearMonth.from(java.time.LocalDate.ofInstant(now, DEMO_ZONE));
        java.time.YearMonth a = m.plusMonths(from);
        java.time.YearMonth b = m.plusMonths(to);
        return a.getYear() + "年" + a.getMonthValue() + "月—" + b.getYear() + "年" + b.getMonthValue() + "月";
    }

    private static <T> java.util.List<T> append(java.util.List<T> list, T item) {
        var out = new java.util.ArrayList<>(list);
        out.add(item);
        return out;
    }

    private static EquipmentItem item(EquipmentClass c, Object... kv) {
        java.util.Map<EquipmentField, String> m = new java.util.EnumMap<>(EquipmentField.class);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((EquipmentField) kv[i], String.valueOf(kv[i + 1]));
        }
        m.putIfAbsent(EquipmentField.QUANTITY, "1");
        return new EquipmentItem(null, c, m, null);
    }

    /**
     * A realistic inventory of the demo plant: 33 items across the classes, with nameplate data as
     * a diagnosis team would read it; it includes an obsolete JS-series motor (淘汰目录第四批 2-3)
     * and an S9 transformer whose no-load loss is above the GB 20052-2024 3级 limit.
     */
    static EquipmentInventory equipment() {
        EquipmentClass M = EquipmentClass.MOTOR;
        EquipmentField N = EquipmentField.NAME;
        EquipmentField L = EquipmentField.LOCATION;
        EquipmentField P = EquipmentField.RATED_POWER;
        EquipmentField PO = EquipmentField.POLES;
        EquipmentField E = EquipmentField.RATED_EFFICIENCY;
        EquipmentField H = EquipmentField.RUNNING_HOURS;
        EquipmentField LR = EquipmentField.LOAD_RATE;
        EquipmentField Q = EquipmentField.QUANTITY;
        EquipmentField MO = EquipmentField.MODEL;
        EquipmentField SE = EquipmentField.SERIES;
        EquipmentField Y = EquipmentField.YEAR;
        List<EquipmentItem> items = new java.util.ArrayList<>(List.of(
                item(M, N, "回转窑主电机", L, "熟料烧成", P, 560, PO, 4, E, 96.0, SE, "YVP", MO, "YVP450-4", Y, 2012, Q, 2, H, 7400, LR, 78),
                item(M, N, "窑尾高温风机电机", L, "熟料烧成", P, 2240, PO, 6, E, 96.5, MO, "YKK6301-6（10kV）", Y, 2010, Q, 2, H, 7400, LR, 80),
                item(M, N, "篦冷机冷却风机电机", L, "熟料烧成", P, 160, PO, 4, E, 95.8, SE, "YE3", MO, "YE3-315L1-4", Y, 2016, Q, 6, H, 7400, LR, 70),
                item(M, N, "煤磨主电机", L, "煤粉制备", P, 400, PO, 6, E, 95.8, SE, "YE3", MO, "YE3-400-6", Y, 2015, H, 6500, LR, 82),
                item(M, N, "选粉机电机", L, "水泥粉磨", P, 132, PO, 4, E, 96.5, SE, "YE4", MO, "YE4-315S-4", Y, 2021, Q, 4, H, 6800, LR, 75),
                item(M, N, "斗式提升机电机", L, "生料粉磨", P, 90, PO, 4, E, 95.2, SE, "YE3", MO, "YE3-280M-4", Y, 2014, Q, 3, H, 7000, LR, 65),
                item(M, N, "胶带输送机电机", L, "原料破碎", P, 37, PO, 4, E, 93.9, SE, "YE3", MO, "YE3-225S-4", Y, 2013, Q, 12, H, 5000, LR, 60),
                item(M, N, "罗茨风机电机", L, "生料粉磨", P, 55, PO, 2, E, 93.5, SE, "Y2", MO, "Y2-250M-2", Y, 2008, Q, 3, H, 7200, LR, 85),
                item(M, N, "石灰石破碎机电机", L, "原料破碎", P, 130, PO, 4, E, 91.5, SE, "JS", MO, "JS127-4", Y, 1992, H, 3000, LR, 70),
                item(M, N, "循环水泵电机", L, "循环水系统", P, 75, PO, 4, E, 95.0, SE, "YE3", MO, "YE3-280S-4", Y, 2016, Q, 2, H, 8000, LR, 80),
                item(M, N, "包装机电机", L, "包装", P, 11, PO, 4, E, 91.4, SE, "YE3", MO, "YE3-160M-4", Y, 2017, Q, 4, H, 4500, LR, 70),
                item(M, N, "窑头收尘风机电机", L, "熟料烧成", P, 250, PO, 4, E, 96.7, SE, "YE4", MO, "YE4-355L-4", Y, 2022, H, 7400, LR, 72),
                item(M, N, "生料库顶收尘电机", L, "生料粉磨", P, 45, PO, 4, E, 96.3, SE, "YE5", MO, "YE5-225M-4", Y, 2023, H, 7200, LR, 70),
                item(EquipmentClass.TRANSFORMER, N, "110kV 主变压器", L, "总降压站", EquipmentField.CAPACITY_KVA, 50000,
                        EquipmentField.VOLTAGE_KV, "110", EquipmentField.INSULATION, "油浸式", MO, "SZ11-50000/110", Y, 2009, Q, 2,
                        EquipmentField.NO_LOAD_LOSS, 33.5, EquipmentField.LOAD_LOSS, 194, LR, 55),
                item(EquipmentClass.TRANSFORMER, N, "窑头配电变压器", L, "熟料烧成", EquipmentField.CAPACITY_KVA, 1600,
                        EquipmentField.VOLTAGE_KV, "10", EquipmentField.INSULATION, "油浸式", EquipmentField.CORE, "电工钢带",
                        EquipmentField.CONNECTION, "Yyn0", MO, "S13-M-1600/10", SE, "S13", Y, 2018,
                        EquipmentField.NO_LOAD_LOSS, 1.05, EquipmentField.LOAD_LOSS, 14.5, LR, 60, H, 8000),
                item(EquipmentClass.TRANSFORMER, N, "生活区配电变压器", L, "厂前区", EquipmentField.CAPACITY_KVA, 1600,
                        EquipmentField.VOLTAGE_KV, "10", EquipmentField.INSULATION, "油浸式", EquipmentField.CORE, "电工钢带",
                        EquipmentField.CONNECTION, "Yyn0", MO, "S9-1600/10", SE, "S9", Y, 1996,
                        EquipmentField.NO_LOAD_LOSS, 2.40, EquipmentField.LOAD_LOSS, 14.5, LR, 35, H, 8760),
                item(EquipmentClass.TRANSFORMER, N, "包装车间变压器", L, "包装", EquipmentField.CAPACITY_KVA, 630,
                        EquipmentField.VOLTAGE_KV, "10", EquipmentField.INSULATION, "油浸式", EquipmentField.CORE, "非晶合金",
                        EquipmentField.CONNECTION, "Yyn0", MO, "SH15-M-630/10", SE, "SH15", Y, 2020,
                        EquipmentField.NO_LOAD_LOSS, 0.25, EquipmentField.LOAD_LOSS, 5.02, LR, 50, H, 6000),
                item(EquipmentClass.TRANSFORMER, N, "中控楼干式变压器", L, "中控楼", EquipmentField.CAPACITY_KVA, 1250,
                        EquipmentField.VOLTAGE_KV, "10", EquipmentField.INSULATION, "干式", EquipmentField.CORE, "电工钢带",
                        EquipmentField.INSULATION_CLASS, "F", MO, "SCB11-1250/10", SE, "SCB11", Y, 2012,
                        EquipmentField.NO_LOAD_LOSS, 2.0, EquipmentField.LOAD_LOSS, 10.3, LR, 40, H, 8760),
                item(EquipmentClass.FAN, N, "窑尾高温风机", L, "熟料烧成", P, 2240, EquipmentField.FAN_TYPE, "离心",
                        EquipmentField.FAN_NUMBER, 28, EquipmentField.PRESSURE_COEFFICIENT, 1.0, EquipmentField.SPECIFIC_SPEED, 25,
                        EquipmentField.EFFICIENCY, 78, Q, 2, H, 7400, LR, 80),
                item(EquipmentClass.FAN, N, "煤磨袋收尘风机", L, "煤粉制备", P, 315, EquipmentField.FAN_TYPE, "离心",
                        EquipmentField.FAN_NUMBER, 16, EquipmentField.PRESSURE_COEFFICIENT, 0.9, EquipmentField.SPECIFIC_SPEED, 20,
                        EquipmentField.EFFICIENCY, 74, H, 6500, LR, 75),
                item(EquipmentClass.FAN, N, "篦冷机一段风机", L, "熟料烧成", P, 160, EquipmentField.FAN_TYPE, "离心",
                        EquipmentField.FAN_NUMBER, 12, EquipmentField.PRESSURE_COEFFICIENT, 0.6, EquipmentField.SPECIFIC_SPEED, 40,
                        EquipmentField.EFFICIENCY, 83, Q, 3, H, 7400, LR, 70),
                item(EquipmentClass.FAN, N, "车间轴流通风机", L, "水泥粉磨", P, 7.5, EquipmentField.FAN_TYPE, "轴流",
                        EquipmentField.FAN_NUMBER, 8, EquipmentField.HUB_RATIO, 0.45, EquipmentField.EFFICIENCY, 72, Q, 6, H, 4000),
                item(EquipmentClass.PUMP, N, "循环冷却水泵", L, "循环水系统", P, 75, EquipmentField.FLOW_M3H, 800,
                        EquipmentField.HEAD_M, 25, EquipmentField.SPEED_RPM, 1480, EquipmentField.PUMP_STAGES, "单级",
                        EquipmentField.PUMP_SUCTION, "双吸", EquipmentField.EFFICIENCY, 82, Q, 2, H, 8000, LR, 80),
                item(EquipmentClass.PUMP, N, "余热锅炉给水泵", L, "余热发电", P, 110, EquipmentField.FLOW_M3H, 60,
                        EquipmentField.HEAD_M, 300, EquipmentField.SPEED_RPM, 2950, EquipmentField.PUMP_STAGES, "多级",
                        EquipmentField.PUMP_SUCTION, "单吸", EquipmentField.EFFICIENCY, 68, Q, 2, H, 7400, LR, 70),
                item(EquipmentClass.PUMP, N, "生活水泵", L, "厂前区", P, 7.5, EquipmentField.FLOW_M3H, 25,
                        EquipmentField.HEAD_M, 40, EquipmentField.SPEED_RPM, 2900, EquipmentField.PUMP_STAGES, "单级",
                        EquipmentField.PUMP_SUCTION, "单吸", EquipmentField.EFFICIENCY, 60, H, 3000),
                item(EquipmentClass.AIR_COMPRESSOR, N, "1#螺杆空压机", L, "空压站", P, 110, EquipmentField.FLOW_M3MIN, 20,
                        EquipmentField.COMPRESSOR_TYPE, "回转式",
                        EquipmentField.PRESSURE_MPA, 0.8, EquipmentField.COOLING, "风冷", EquipmentField.LUBRICATION, "喷油",
                        EquipmentField.DRIVE, "工频", EquipmentField.SPECIFIC_POWER, 7.6, H, 7000, LR, 75),
                item(EquipmentClass.AIR_COMPRESSOR, N, "2#螺杆空压机", L, "空压站", P, 110, EquipmentField.FLOW_M3MIN, 20,
                        EquipmentField.COMPRESSOR_TYPE, "回转式",
                        EquipmentField.PRESSURE_MPA, 0.8, EquipmentField.COOLING, "风冷", EquipmentField.LUBRICATION, "喷油",
                        EquipmentField.DRIVE, "工频", EquipmentField.SPECIFIC_POWER, 6.9, H, 7000, LR, 75),
                item(EquipmentClass.AIR_COMPRESSOR, N, "3#变频螺杆空压机", L, "空压站", P, 90, EquipmentField.FLOW_M3MIN, 16.5,
                        EquipmentField.COMPRESSOR_TYPE, "回转式",
                        EquipmentField.PRESSURE_MPA, 0.8, EquipmentField.COOLING, "风冷", EquipmentField.LUBRICATION, "喷油",
                        EquipmentField.DRIVE, "变频", EquipmentField.SPECIFIC_POWER, 6.5, H, 5000, LR, 60),
                item(EquipmentClass.BOILER, N, "燃气热水锅炉", L, "厂前区供暖", EquipmentField.BOILER_CAPACITY, 4,
                        EquipmentField.FUEL, "燃气", EquipmentField.DESIGN_EFFICIENCY, 92, EquipmentField.TESTED_EFFICIENCY, 88, H, 2500),
                item(EquipmentClass.REFRIGERATION, N, "中控楼冷水机组", L, "中控楼", P, 68, EquipmentField.COOLING_KW, 350,
                        EquipmentField.COP, 5.2, EquipmentField.IPLV, 6.1, H, 2000),
                item(EquipmentClass.KILN, N, "1#回转窑 Φ4.8×74 m", L, "熟料烧成", EquipmentField.FUEL, "燃煤",
                        EquipmentField.TESTED_EFFICIENCY, 55, H, 7400),
                item(EquipmentClass.KILN, N, "2#回转窑 Φ4.8×74 m", L, "熟料烧成", EquipmentField.FUEL, "燃煤",
                        EquipmentField.TESTED_EFFICIENCY, 54, H, 7400),
                item(EquipmentClass.OTHER, N, "余热发电汽轮发电机组", L, "余热发电", P, 9000, Q, 2, H, 7200)));
        return new EquipmentInventory(items, new BigDecimal("0.62"), "企业2025年电费结算单平均电价（示例）");
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static ConsumptionRecord c(int year, String carrier, SupplyKind kind, String qty, String unit, String cost) {
        return new ConsumptionRecord(year, CarrierId.of(carrier), kind, d(qty), unit, cost == null ? null : d(cost), "");
    }

    /**
     * Three years of consumption (2023–2025), output, production and the 2025 balance. In 2025:
     * raw coal 431 000 t × 0.7143 = 307 863.3 tce; grid electricity 22 300 万kWh, green electricity
     * 2 000 万kWh and rooftop PV 600 万kWh, together 24 900 万kWh × 0.1229 = 30 602.1 tce; diesel
     * 850 t × 1.4571 = 1 238.5 tce; total ≈ 339 704 tce (当量值). Clinker takes 92 % of it:
     * 312 527.6 tce ÷ 2 960 000 t ≈ 105.6 kgce/t.
     */
    static EnergyData energy() {
        List<ConsumptionRecord> rows = List.of(
                c(2023, "RAW_COAL", SupplyKind.PURCHASED, "438000", "t", "39420"),
                c(2023, "ELECTRICITY", SupplyKind.PURCHASED, "23500", "万kWh", "14805"),
                c(2023, "DIESEL", SupplyKind.PURCHASED, "910", "t", "710"),
                c(2024, "RAW_COAL", SupplyKind.PURCHASED, "425000", "t", "37400"),
                c(2024, "ELECTRICITY", SupplyKind.PURCHASED, "22800", "万kWh", "14136"),
                c(2024, "GREEN_ELECTRICITY", SupplyKind.PURCHASED, "1000", "万kWh", "650"),
                c(2024, "ONSITE_PV", SupplyKind.ONSITE, "300", "万kWh", null),
                c(2024, "DIESEL", SupplyKind.PURCHASED, "880", "t", "686"),
                c(2025, "RAW_COAL", SupplyKind.PURCHASED, "431000", "t", "36635"),
                c(2025, "ELECTRICITY", SupplyKind.PURCHASED, "22300", "万kWh", "13826"),
                c(2025, "GREEN_ELECTRICITY", SupplyKind.PURCHASED, "2000", "万kWh", "1300"),
                c(2025, "ONSITE_PV", SupplyKind.ONSITE, "600", "万kWh", null),
                c(2025, "DIESEL", SupplyKind.PURCHASED, "850", "t", "663"));
        List<OutputValue> output = List.of(new OutputValue(2023, d("138000"), "工业总产值（当年价）"),
                new OutputValue(2024, d("128500"), "工业总产值（当年价）"),
                new OutputValue(2025, d("132000"), "工业总产值（当年价）"));
        List<ProductionRecord> production = List.of(
                new ProductionRecord(2023, "水泥熟料", d("291"), "万t", d("92")),
                new ProductionRecord(2023, "水泥", d("392"), "万t", d("100")),
                new ProductionRecord(2024, "水泥熟料", d("288"), "万t", d("92")),
                new ProductionRecord(2024, "水泥", d("376"), "万t", d("100")),
                new ProductionRecord(2025, "水泥熟料", d("296"), "万t", d("92")),
                new ProductionRecord(2025, "水泥", d("385"), "万t", d("100")));
        return new EnergyData(2025, rows, List.of(), d("0.404"),
                "统计报表目录电力等价值 4.0400 tce/万kWh（参考数据 emission-factors.json）", null, null, output, production,
                balance2025(), List.of());
    }

    private static EnergyBalanceData balance2025() {
        List<BalanceNode> nodes = List.of(
                new BalanceNode("BUY", "外购能源", BalanceStage.PURCHASE, null),
                new BalanceNode("PV", "屋顶光伏（自发自用）", BalanceStage.PURCHASE, null),
                new BalanceNode("SUB", "110kV总降压变电站", BalanceStage.CONVERSION, null),
                new BalanceNode("NET", "厂区配电网", BalanceStage.DISTRIBUTION, null),
                new BalanceNode("KILN", "熟料烧成", BalanceStage.MAIN_PRODUCTION, d("55")), // named as the process units: one list
                new BalanceNode("RAW", "生料粉磨", BalanceStage.MAIN_PRODUCTION, d("70")),
                new BalanceNode("CEM", "水泥粉磨", BalanceStage.MAIN_PRODUCTION, d("70")),
                new BalanceNode("AIR", "空压站", BalanceStage.AUXILIARY, d("65")),
                new BalanceNode("PUMP", "循环水泵站", BalanceStage.AUXILIARY, d("75")),
                new BalanceNode("TRUCK", "厂内运输（柴油）", BalanceStage.AUXILIARY, d("30")),
                new BalanceNode("OFFICE", "办公及生活设施", BalanceStage.ANCILLARY, null),
                new BalanceNode("WHR", "纯低温余热发电（2×9 MW）", BalanceStage.RECOVERY, null));
        List<BalanceFlow> flows = List.of(
                new BalanceFlow(CarrierId.of("RAW_COAL"), "BUY", "KILN", d("431000"), "t"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "BUY", "SUB", d("22300"), "万kWh"),
                new BalanceFlow(CarrierId.of("GREEN_ELECTRICITY"), "BUY", "SUB", d("2000"), "万kWh"),
                new BalanceFlow(CarrierId.of("DIESEL"), "BUY", "TRUCK", d("850"), "t"),
                new BalanceFlow(CarrierId.of("ONSITE_PV"), "PV", "NET", d("600"), "万kWh"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "SUB", "NET", d("24050"), "万kWh"),
                new BalanceFlow(CarrierId.of("HEAT"), "KILN", "WHR", d("1465400"), "GJ"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "WHR", "NET", d("9800"), "万kWh"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "NET", "RAW", d("7800"), "万kWh"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "NET", "KILN", d("7600"), "万kWh"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "NET", "CEM", d("14700"), "万kWh"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "NET", "AIR", d("2300"), "万kWh"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "NET", "PUMP", d("1500"), "万kWh"),
                new BalanceFlow(CarrierId.of("ELECTRICITY"), "NET", "OFFICE", d("450"), "万kWh"));
        return new EnergyBalanceData(2025, nodes, flows, EnergyBalanceData.DEFAULT_TOLERANCE);
    }

    /** Clinker calcination from measured composition (CaO 65.2 %, of which 0.8 % non-carbonate; MgO 1.8 %). */
    static CarbonData carbon() {
        List<ClinkerRecord> clinker = List.of(
                new ClinkerRecord(2023, d("2910000"), d("65.2"), d("1.8"), d("0.8"), null, null, "2023年熟料化学分析月报平均值"),
                new ClinkerRecord(2024, d("2880000"), d("65.2"), d("1.8"), d("0.8"), null, null, "2024年熟料化学分析月报平均值"),
                new ClinkerRecord(2025, d("2960000"), d("65.2"), d("1.8"), d("0.8"), null, null, "2025年熟料化学分析月报平均值"));
        return CarbonData.empty().withClinker(clinker).withReport(carbonReport());
    }

    /**
     * What the carbon accounting report (企业碳排放核算报告) needs beyond the emissions: the reporting
     * entity, the boundary, each base-year source's data origin, the statements for GB/T 32151.8's
     * items the project has no field for, and the data-quality management. Illustrative, as the rest.
     */
    static org.energydiag.core.carbon.CarbonReportInfo carbonReport() {
        var m = org.energydiag.core.carbon.DataOrigin.METERED;
        var s = org.energydiag.core.carbon.DataOrigin.SETTLEMENT;
        return new org.energydiag.core.carbon.CarbonReportInfo("有限责任公司", "陈志远", "王建国（设备动力部部长）",
                "李娜（能源管理员），0553-5888123",
                "报告主体为公司江岸厂区，包括两条 5000 t/d 熟料生产线及其原料、煤粉制备、熟料烧成、水泥粉磨和包装等主要生产系统，"
                        + "余热发电、空压站、给排水、机修、化验室等辅助生产系统，以及厂区办公楼、食堂、倒班宿舍等附属生产系统；"
                        + "厂区外的矿山开采和产品运输车队不在本报告边界内（柴油仅为厂内铲车、装载机用量）。",
                "公司设备动力部归口碳排放核算工作，由能源管理员专人负责数据收集、核算和归档；电力、原煤按 GB 17167 配备一、二级计量器具，"
                        + "电能表每年由供电公司校验，入厂煤汽车衡每半年检定；原煤低位发热量每批次由化验室按 GB/T 213 测定，熟料 CaO、MgO "
                        + "含量每日按 GB/T 176 分析，月报平均；原始记录和台账保存不少于五年；报告编制后由生产技术部复核、分管副总审核。",
                "",
                List.of(new org.energydiag.core.carbon.CarbonReportInfo.SourceOrigin("原煤燃烧", m, "入厂汽车衡计量，与采购结算单核对"),
                        new org.energydiag.core.carbon.CarbonReportInfo.SourceOrigin("柴油燃烧", s, "采购发票及油库发放台账"),
                        new org.energydiag.core.carbon.CarbonReportInfo.SourceOrigin("外购电力", s, "供电公司电费结算单"),
                        new org.energydiag.core.carbon.CarbonReportInfo.SourceOrigin("外购绿色电力", s, "绿电交易结算凭证"),
                        new org.energydiag.core.carbon.CarbonReportInfo.SourceOrigin("熟料煅烧（过程排放）", m, "熟料产量按生料消耗和料耗比核定，月度盘库校核")),
                List.of(new org.energydiag.core.carbon.CarbonReportInfo.SectorStatement("cement.kilnDust",
                                "窑头粉尘经收尘器全部回窑，无旁路放风系统，不单独核算。"),
                        new org.energydiag.core.carbon.CarbonReportInfo.SectorStatement("cement.rawMealCarbon",
                                "生料中非燃料碳含量未测定；本报告未核算该项排放，拟自下一年度起按月测定。"),
                        new org.energydiag.core.carbon.CarbonReportInfo.SectorStatement("cement.alternativeFuels",
                                "报告年度未使用替代燃料和废弃物。")));
    }

    /**
     * The footprint of P·O 42.5 (产品碳足迹核算), cradle-to-gate, 1 t, 2025. The two cements share the
     * plant's energy and clinker calcination by mass (305 万t and 80 万t); limestone and sandstone come from
     * the plant's own quarry (their energy is the plant's, said in the exclusions), iron tailings are the
     * plant's (shared), gypsum and fly ash P·O 42.5's own (5 % and 10 % of its mass).
     * Transport by heavy diesel truck uses GB/T 51366-2019's factor for a 30 t truck, 0.078 kgCO2e/(t·km).
     * <p>Factors of the inputs themselves (each with its source in the factor table):
     * <ul>
     *   <li>天然石膏: 32.8 kgCO2e/t, GB/T 51366-2019 建筑碳排放计算标准 附录D 表D.0.1 建材碳排放因子 (row 天然石膏;
     *       seen as reproduced in the published table "建材类型及碳排放因子": 普通硅酸盐水泥 735, 生石灰 1190,
     *       天然石膏 32.8 kgCO2e/t …).</li>
     *   <li>粉煤灰 and 铁尾矿: 0 by rule, not a measured factor — GB/T 51366-2019 6.2 (建材生产阶段): when low-value
     *       wastes are used as raw materials (使用低价值废料作为原料时) their upstream emissions may be ignored; fly ash
     *       (a residue of coal-fired power) and iron-ore tailings are such wastes, the burden staying with the
     *       producing system (the cut-off approach of ISO 14067:2018 / GB/T 24067-2024 for inputs that are wastes of
     *       another system); only their transport (a transport line each) and the plant's own processing count.</li>
     * </ul>
     */
    static org.energydiag.core.footprint.FootprintData footprint() {
        String truck = "GB/T 51366-2019 建筑碳排放计算标准 附录E 重型柴油货车运输（载重30t）";
        String wasteRule = "GB/T 51366-2019 建筑碳排放计算标准 6.2节：低价值废料作为原料时不计其上游过程排放（按规则取零，运输另计）";
        var s = org.energydiag.core.footprint.FootprintStudy.of("P·O 42.5 普通硅酸盐水泥").withOutput(d("3050000"))
                .withCoProducts(List.of(new org.energydiag.core.footprint.CoProduct("P·O 42.5 普通硅酸盐水泥", d("3050000")),
                        new org.energydiag.core.footprint.CoProduct("P·C 42.5 复合硅酸盐水泥", d("800000"))))
                .withMaterials(List.of(
                        new org.energydiag.core.footprint.Material("铁尾矿（铁质校正料）", d("90000"), "t", d("0"), "kgCO2e/t", wasteRule, 2019, true),
                        new org.energydiag.core.footprint.Material("天然石膏", d("152500"), "t", d("32.8"), "kgCO2e/t",
                                "GB/T 51366-2019 建筑碳排放计算标准 附录D 表D.0.1 建材碳排放因子（天然石膏）", 2019, false),
                        new org.energydiag.core.footprint.Material("粉煤灰", d("305000"), "t", d("0"), "kgCO2e/t", wasteRule, 2019, false)))
                .withTransport(List.of(
                        new org.energydiag.core.footprint.TransportLeg("天然石膏", d("152500"), d("180"), "公路（重型柴油货车）", d("0.078"), truck, 2019, false),
                        new org.energydiag.core.footprint.TransportLeg("粉煤灰", d("305000"), d("60"), "公路（重型柴油货车）", d("0.078"), truck, 2019, false),
                        new org.energydiag.core.footprint.TransportLeg("铁尾矿（铁质校正料）", d("90000"), d("30"), "公路（重型柴油货车）", d("0.078"), truck, 2019, true)))
                .withExclusions("石灰石、砂岩由企业自有矿山开采，矿山用电、用油已计入企业能源消费，不重复计算；助磨剂用量低于产品质量的 0.05%，按取舍准则排除。")
                .withDataQuality("能源消费、熟料产量和成分为企业2025年统计和化验数据；原材料用量取自2025年物料平衡表；运输距离按供应商所在地至厂区的公路里程。");
        return org.energydiag.core.footprint.FootprintData.empty().with(s);
    }
}
