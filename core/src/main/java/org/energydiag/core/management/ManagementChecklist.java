package org.energydiag.core.management;

import static org.energydiag.core.management.ManagementArea.CERTIFICATION;
import static org.energydiag.core.management.ManagementArea.DIGITAL;
import static org.energydiag.core.management.ManagementArea.METERING;
import static org.energydiag.core.management.ManagementArea.OPERATION;
import static org.energydiag.core.management.ManagementArea.ORGANIZATION;
import static org.energydiag.core.management.ManagementArea.STATISTICS;
import static org.energydiag.core.management.ManagementArea.SYSTEM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checklist behind 一（四）能源管理情况: concrete questions with scores and the document each
 * comes from, plus the GB 17167-2006 metering check.
 * <p>
 * Sources: the titles, numbers and dates of GB/T 23331-2020 (实施 2021-06-01, corresponds to
 * ISO 50001:2018), GB/T 15587-2023 (实施 2024-01-01), GB 17167-2006 and 《重点用能单位节能管理办法》
 * (国家发展改革委等7部门令第15号, 施行 2018-05-01) were checked against public copies; GB/T 23331
 * clause numbers follow the ISO 50001:2018 structure. Where a requirement could not be traced to a
 * checked clause the basis is a plain description.
 */
public final class ManagementChecklist {

    static final String GBT23331 = "GB/T 23331-2020《能源管理体系 要求及使用指南》";
    static final String GBT15587 = "GB/T 15587-2023《能源管理体系 分阶段实施指南》";
    static final String GB17167 = "GB 17167-2006《用能单位能源计量器具配备和管理通则》";
    static final String MEASURES = "《重点用能单位节能管理办法》（国家发展改革委等7部门令第15号，2018年5月1日施行）";

    /** How an item is phrased in the generated paragraph. */
    record Phrase(String topic, String yes, String no) {
    }

    private static final List<ManagementItem> ITEMS;
    private static final Map<String, Phrase> PHRASES;

    static {
        List<ManagementItem> items = new ArrayList<>();
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        class Add {
            void item(String id, ManagementArea area, String question, int max, String basis,
                      String topic, String yes, String no) {
                items.add(new ManagementItem(id, area, question, max, basis));
                phrases.put(id, new Phrase(topic, yes, no));
            }
        }
        Add a = new Add();

        a.item("SYS-1", SYSTEM, "是否建立能源管理制度文件（能源管理办法、节能考核办法等）并正式发布执行", 10,
                "用能单位建立健全节能管理制度的一般要求；" + GBT23331 + " 7.5 成文信息",
                "能源管理制度文件", "建立并发布了能源管理制度文件", "未建立成文的能源管理制度");
        a.item("SYS-2", SYSTEM, "是否制定年度节能目标，分解到车间（部门）并纳入考核", 10,
                MEASURES + " 第五条（节能目标责任制和节能考核评价制度）",
                "节能目标责任制", "制定了年度节能目标并分解考核", "未将节能目标分解落实到车间（部门）并考核");
        a.item("SYS-3", SYSTEM, "是否每年安排节能技术改造、计量器具配备和节能培训资金", 5,
                MEASURES + "（每年安排资金用于节能技术研发、技术改造、能源计量器具配备和节能技术培训）",
                "节能资金投入", "每年安排了节能改造、计量器具配备和培训资金", "未安排专项节能资金");

        a.item("ORG-1", ORGANIZATION, "是否成立由企业主要负责人牵头的能源管理领导机构", 5,
                GBT23331 + " 5.1 领导作用和承诺、5.3 组织的作用、职责和权限",
                "能源管理领导机构", "成立了由主要负责人牵头的能源管理领导机构", "未成立能源管理领导机构");
        a.item("ORG-2", ORGANIZATION, "是否设立能源管理岗位并明确能源管理负责人（重点用能单位：能源管理负责人已备案）", 10,
                "重点用能单位设立能源管理岗位、聘任能源管理负责人并报节能主管部门备案的要求；"
                        + MEASURES + "（由能源管理人员负责能源计量和统计分析等工作）",
                "能源管理岗位和负责人", "设立了能源管理岗位并明确了能源管理负责人", "未设立能源管理岗位、未明确能源管理负责人");
        a.item("ORG-3", ORGANIZATION, "能源管理、统计和计量人员是否经过培训，是否定期开展岗位节能培训", 5,
                GBT23331 + " 7.2 能力、7.3 意识",
                "人员培训", "能源管理、统计和计量人员经过培训并定期开展岗位节能培训", "能源管理人员培训和岗位节能培训缺失");

        a.item("OPE-1", OPERATION, "是否对主要用能设备和系统制定经济运行规程并按规程运行", 5,
                GBT23331 + " 8.1 运行的策划和控制",
                "主要用能设备经济运行管理", "对主要用能设备制定并执行了经济运行规程", "主要用能设备缺少经济运行规程");
        a.item("OPE-2", OPERATION, "是否建立主要用能设备台账，并定期检修维护、检测能效", 5,
                "主要用能设备台账和维护保养管理",
                "主要用能设备台账和维护", "建立了主要用能设备台账并定期维护检测", "未建立完整的主要用能设备台账");
        a.item("OPE-3", OPERATION, "是否已淘汰国家明令淘汰的高耗能落后用能设备和工艺", 10,
                "国家明令淘汰的用能设备、生产工艺目录（不得使用的要求）",
                "落后设备淘汰", "已淘汰国家明令淘汰的落后用能设备", "仍在使用国家明令淘汰的落后用能设备");
        a.item("OPE-4", OPERATION, "采购用能设备时是否把能效（能效等级）作为评价条件", 5,
                GBT23331 + " 8.2 设计、8.3 采购",
                "用能设备采购能效要求", "在用能设备采购中把能效作为评价条件", "用能设备采购未考虑能效");
        a.item("OPE-5", OPERATION, "是否定期开展能源审计、节能诊断或能效测试", 5,
                "能源审计、节能诊断等节能监督检查工作",
                "能源审计和节能诊断", "定期开展能源审计或节能诊断", "未开展能源审计或节能诊断");

        a.item("STA-1", STATISTICS, "是否明确能源统计人员，建立能源原始记录和统计台账", 10,
                MEASURES + "（由能源管理人员负责能源计量和统计分析等工作）",
                "能源统计台账", "配备了能源统计人员并建立了原始记录和统计台账", "能源原始记录和统计台账不健全");
        a.item("STA-2", STATISTICS, "是否按规定定期报送能源统计报表和年度能源利用状况报告", 5,
                "重点用能单位能源统计报表和能源利用状况报告的报送要求",
                "能源统计报表报送", "按规定报送能源统计报表和能源利用状况报告", "未按规定报送能源统计报表或能源利用状况报告");
        a.item("STA-3", STATISTICS, "是否开展能耗对标分析（与能耗限额标准、行业先进值比较）", 5,
                "单位产品能耗与能耗限额标准、行业先进值的对标分析",
                "能耗对标分析", "开展了单位产品能耗对标分析", "未开展能耗对标分析");
        a.item("STA-4", STATISTICS, "是否建立能源绩效参数和能源基准，并定期评价能源绩效", 5,
                GBT23331 + " 6.3 能源评审、6.4 能源绩效参数、6.5 能源基准",
                "能源绩效参数和能源基准", "建立了能源绩效参数和能源基准并定期评价", "未建立能源绩效参数和能源基准");

        a.item("MET-1", METERING, "是否建立能源计量管理制度并配备能源计量管理人员", 5,
                MEASURES + "（建立健全能源计量管理制度）；" + GB17167,
                "能源计量管理制度", "建立了能源计量管理制度并配备了计量管理人员", "未建立能源计量管理制度");
        a.item("MET-2", METERING, "是否建立能源计量器具台账（一览表）和能源计量网络图", 5,
                GB17167 + "（能源计量器具的管理）",
                "能源计量器具台账", "建立了能源计量器具台账", "未建立能源计量器具台账");
        a.item("MET-3", METERING, "能源计量器具是否依法定期检定或校准，是否在有效期内", 10,
                MEASURES + "（配备和使用经依法检定或校准的能源计量器具）；" + GB17167,
                "计量器具检定校准", "能源计量器具按期检定（校准）", "部分能源计量器具未按期检定（校准）");

        a.item("DIG-1", DIGITAL, "是否建设能耗在线监测系统并按要求接入（重点用能单位）", 10,
                MEASURES + "（按要求建设能耗在线监测系统）",
                "能耗在线监测系统", "建设了能耗在线监测系统并已接入", "未建设或未接入能耗在线监测系统");
        a.item("DIG-2", DIGITAL, "是否建立能源管控中心或能源管理信息平台", 5,
                "能源管控中心或能源管理信息化平台建设",
                "能源管理信息平台", "建立了能源管控中心（能源管理平台）", "未建立能源管控中心或能源管理平台");
        a.item("DIG-3", DIGITAL, "主要能源计量数据是否实现自动采集、可追溯存储", 5,
                "能源计量数据自动采集和数据管理",
                "计量数据自动采集", "主要能源计量数据实现了自动采集", "主要能源计量数据仍靠人工抄录");

        a.item("CER-1", CERTIFICATION, "是否通过能源管理体系认证（GB/T 23331 / ISO 50001）", 10,
                GBT23331 + "（对应 ISO 50001:2018）",
                "能源管理体系认证", "通过了能源管理体系认证", "尚未通过能源管理体系认证");
        a.item("CER-2", CERTIFICATION, "是否定期开展能源管理体系内部审核和管理评审", 5,
                GBT23331 + " 9.2 内部审核、9.3 管理评审",
                "内部审核和管理评审", "定期开展能源管理体系内部审核和管理评审", "未开展能源管理体系内部审核和管理评审");
        a.item("CER-3", CERTIFICATION, "尚未认证的，是否正在按阶段建设能源管理体系（已认证的选“不适用”）", 5,
                GBT15587,
                "能源管理体系建设", "正在分阶段建设能源管理体系", "尚未启动能源管理体系建设");

        ITEMS = List.copyOf(items);
        PHRASES = Map.copyOf(phrases);
    }

    private ManagementChecklist() {
    }

    /** All questions, in report order. */
    public static List<ManagementItem> items() {
        return ITEMS;
    }

    /** The question with this id. */
    public static Optional<ManagementItem> item(String id) {
        return ITEMS.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The energy kinds listed in the GB 17167-2006 配备率 table, in table order. */
    public static List<String> meteringEnergyKinds() {
        return MeteringStandard.bundled().rows().stream().map(MeteringRequirement::energyKind).toList();
    }

    /** A metering count checked against the bundled GB 17167-2006 table. */
    public static MeteringResult checkMetering(MeteringCount c) {
        MeteringStandard std = MeteringStandard.bundled();
        Double min = std.find(c.energyKind()).map(r -> r.percent(c.level())).orElse(null);
        double rate = c.ratePercent();
        String basis;
        boolean meets;
        if (min == null) {
            basis = std.find(c.energyKind()).isPresent()
                    ? MeteringStandard.CITATION + " 对" + c.energyKind() + "的" + c.level().label() + "不作配备率要求"
                    : MeteringStandard.CITATION + " 未列出该能源种类";
            meets = true;
        } else {
            basis = MeteringStandard.CITATION + " 表3：" + c.energyKind() + "，" + c.level().label()
                    + "配备率应不低于" + formatPercent(min) + "%";
            meets = c.required() == 0 || rate >= min - 1e-9;
        }
        return new MeteringResult(c, rate, min, meets, basis);
    }

    static Phrase phrase(String id) {
        return PHRASES.get(id);
    }

    static String formatPercent(double p) {
        if (Math.abs(p - Math.rint(p)) < 1e-9) {
            return String.valueOf((long) Math.rint(p));
        }
        return String.format(Locale.ROOT, "%.1f", p);
    }
}
