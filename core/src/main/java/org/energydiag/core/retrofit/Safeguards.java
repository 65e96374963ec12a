package org.energydiag.core.retrofit;

/** 三（四）实施保障措施: the four aspects the template names. Blank text means "use the starter text". */
public record Safeguards(String organization, String technical, String funding, String institutional) {

    public Safeguards {
        organization = organization == null ? "" : organization;
        technical = technical == null ? "" : technical;
        funding = funding == null ? "" : funding;
        institutional = institutional == null ? "" : institutional;
    }

    public static Safeguards empty() {
        return new Safeguards("", "", "", "");
    }

    /** Starter texts the engineer edits, naming the enterprise. */
    public static Safeguards starter(String enterprise) {
        String e = enterprise == null || enterprise.isBlank() ? "企业" : enterprise;
        return new Safeguards(
                "成立由" + e + "主要负责人任组长、分管领导任副组长，能源管理、生产、设备、财务等部门负责人参加的节能降碳改造工作领导小组，"
                        + "明确各改造项目的责任部门和责任人，建立月度调度、季度总结的推进机制，协调解决实施中的问题。",
                "依托诊断服务机构和设备供应商开展方案深化设计，优先选用《国家工业和信息化领域节能降碳技术装备推荐目录》所列先进技术装备；"
                        + "改造前开展现场测试，改造后按相关标准进行节能量测试与验收，加强运行人员技术培训，确保改造效果。",
                "将节能降碳改造项目纳入企业年度投资计划，统筹安排自有资金；积极申请国家及地方节能降碳、设备更新、技术改造等专项资金支持，"
                        + "探索合同能源管理、绿色信贷、融资租赁等多元化融资方式，保障项目资金按期到位。",
                "完善能源管理和碳排放管理制度，将改造任务和节能降碳目标分解纳入部门及岗位绩效考核；建立项目实施台账和能耗、碳排放统计分析制度，"
                        + "定期评估实施进展和效果，形成持续改进机制。");
    }

    /** Each blank aspect replaced by its starter text. */
    public Safeguards orStarter(String enterprise) {
        Safeguards s = starter(enterprise);
        return new Safeguards(organization.isBlank() ? s.organization : organization,
                technical.isBlank() ? s.technical : technical, funding.isBlank() ? s.funding : funding,
                institutional.isBlank() ? s.institutional : institutional);
    }
}
