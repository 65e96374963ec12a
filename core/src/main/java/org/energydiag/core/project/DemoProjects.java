package org.energydiag.core.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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
                .energyConsumption2025(new BigDecimal("33.6"))
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
        return DiagnosisProject.create(now).withEnterprise(e, now);
    }
}
