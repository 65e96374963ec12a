package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.core.diagnosis.RetrofitFixtures.NOW;
import static org.energydiag.core.diagnosis.RetrofitFixtures.candidate;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.finding;
import static org.energydiag.core.diagnosis.RetrofitFixtures.input;

import java.util.List;
import org.energydiag.core.management.ManagementAnswers;
import org.energydiag.core.management.MeteringCount;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

/**
 * Rules MANAGEMENT and METERING: the demo's checklist answers and GB 17167 metering counts → findings → tasks.
 *
 * <p>Score by hand: all 24 items answered, maximum 160. Points lost: SYS-3 partial 5 → −2.5, OPE-3 partial 10 → −5,
 * STA-4 no −5, DIG-2 partial 5 → −2.5, CER-1 no −10, CER-2 no −5, CER-3 partial 5 → −2.5; total −32.5.
 * Score 160 − 32.5 = 127.5 = 79.7 % → 一般 (60 % to under 85 %).
 */
class ManagementRulesTest {

    private static DiagnosisProject withAnswers(ManagementAnswers a) {
        DiagnosisProject p = demo();
        return p.withPlan(p.plan().withManagement(a), NOW);
    }

    @Test
    void checklistScoreIsStatedAsANote() {
        DiagnosisRules.Outcome o = new ManagementRule().apply(input(demo()));

        assertThat(o.status().active()).isTrue();
        assertThat(o.status().reason()).isEqualTo("得分 127.50/160（一般）");
        Finding score = o.findings().get(0);
        assertThat(score.id()).isEqualTo("MANAGEMENT:SCORE");
        assertThat(score.severity()).isEqualTo(Severity.INFO);
        assertThat(score.title()).isEqualTo("能源管理水平一般");
        assertThat(score.evidence()).isEqualTo("能源管理检查表得分 127.50/160（一般）");
        // one finding per area with gaps, in checklist order
        assertThat(o.findings()).extracting(Finding::id).containsExactly("MANAGEMENT:SCORE", "MANAGEMENT:SYSTEM",
                "MANAGEMENT:OPERATION", "MANAGEMENT:STATISTICS", "MANAGEMENT:DIGITAL", "MANAGEMENT:CERTIFICATION");
    }

    /* CER-1 no, CER-2 no, CER-3 partial: three gaps in one area → 一般 (MEDIUM); one gap → 轻微 (LOW). */
    @Test
    void certificationGapsAreAManagementTask() {
        DiagnosisRules.Outcome o = new ManagementRule().apply(input(demo()));

        Finding f = finding(o, "MANAGEMENT:CERTIFICATION");
        assertThat(f.item()).isEqualTo(DiagnosisItem.MANAGEMENT);
        assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(f.title()).isEqualTo("能源管理体系认证存在不足");
        assertThat(f.evidence()).startsWith("能源管理检查表未满足项：是否通过能源管理体系认证（GB/T 23331 / ISO 50001）；");
        assertThat(f.source()).contains("GB/T 23331-2020");
        RetrofitTask c = candidate(o, "MANAGEMENT:CERTIFICATION");
        assertThat(c.category()).isEqualTo(TaskCategory.MANAGEMENT);
        assertThat(c.category().label()).isEqualTo("节能降碳管理提升类");
        assertThat(c.name()).isEqualTo("能源管理体系建设与认证");

        Finding system = finding(o, "MANAGEMENT:SYSTEM");
        assertThat(system.severity()).isEqualTo(Severity.LOW);
        assertThat(system.evidence()).isEqualTo("能源管理检查表未满足项：是否每年安排节能技术改造、计量器具配备和节能培训资金");
        assertThat(candidate(o, "MANAGEMENT:SYSTEM").name()).isEqualTo("管理体系及制度文件完善");
    }

    @Test
    void digitalAndStatisticsGapsGoToTheirItemsAndCategories() {
        DiagnosisRules.Outcome o = new ManagementRule().apply(input(demo()));

        // DIG-2 partial (no energy management centre) → digital platform task
        RetrofitTask digital = candidate(o, "MANAGEMENT:DIGITAL");
        assertThat(digital.category().label()).isEqualTo("数字化与智能化提升类");
        assertThat(digital.name()).isEqualTo("数字化能碳管理平台建设");
        // STA-4 no (no energy baseline) → a statistics finding belongs to 能源计量及统计
        assertThat(finding(o, "MANAGEMENT:STATISTICS").item()).isEqualTo(DiagnosisItem.METERING);
        assertThat(candidate(o, "MANAGEMENT:STATISTICS").category().label()).isEqualTo("节能降碳管理提升类");
    }

    @Test
    void emptyChecklistMakesManagementInactiveButMeteringStillRuns() {
        ManagementAnswers onlyMetering = ManagementAnswers.empty().withMetering(demo().plan().management().metering());
        DiagnosisInput in = input(withAnswers(onlyMetering));

        DiagnosisRules.Outcome m = new ManagementRule().apply(in);
        assertThat(m.status().active()).isFalse();
        assertThat(m.status().reason()).isEqualTo("能源管理检查表尚未填写（步骤“能源管理情况”）");
        assertThat(m.findings()).isEmpty();
        assertThat(m.candidates()).isEmpty();

        assertThat(new MeteringRule().apply(in).status().active()).isTrue();
    }

    // ---------------------------------------------------------------- metering (GB 17167-2006)

    /*
     * 电力, 主要用能设备: 43 of 48 = 89.58 % < 95 %;  水, 进出主要次级用能单位: 5 of 6 = 83.33 % < 95 %.
     * The other four counts are complete (100 % ≥ 100 %).
     */
    @Test
    void meteringBelowGb17167IsOneDigitalTask() {
        DiagnosisRules.Outcome o = new MeteringRule().apply(input(demo()));

        assertThat(o.status().active()).isTrue();
        // window and command line: the requirements are labelled as the 2006 edition's values until the 2025 table is verified
        assertThat(o.status().reason()).isEqualTo("已核对 6 项配备率（配备率要求为 GB 17167-2006 表3 的数值："
                + "GB 17167-2025 已于2026-02-01实施并代替2006版，其配备率表核实之前沿用2006版数值）");
        assertThat(o.status().name()).isEqualTo("计量器具配备率（GB 17167-2006 表3）");
        Finding power = finding(o, "METERING:电力:EQUIPMENT");
        assertThat(power.item()).isEqualTo(DiagnosisItem.METERING);
        assertThat(power.severity()).isEqualTo(Severity.HIGH);
        assertThat(power.title()).isEqualTo("电力主要用能设备计量器具配备率不达标");
        assertThat(power.evidence()).startsWith("应配 48 处，已配 43 处，配备率 89.58%，要求 95%");
        // plan and lists: a plain citation of the table, no label
        assertThat(power.source()).isEqualTo("GB 17167-2006 表3：电力，主要用能设备配备率应不低于95%");
        assertThat(finding(o, "METERING:水:SUB_UNIT").evidence()).startsWith("应配 6 处，已配 5 处，配备率 83.33%，要求 95%");

        assertThat(o.candidates()).hasSize(1);
        RetrofitTask c = candidate(o, "METERING");
        assertThat(c.category()).isEqualTo(TaskCategory.DIGITAL);
        assertThat(c.category().label()).isEqualTo("数字化与智能化提升类");
        assertThat(c.name()).isEqualTo("能源计量器具配备完善");
        assertThat(c.content()).isEqualTo("补齐电力主要用能设备、水进出主要次级用能单位的计量器具，使配备率达到 GB 17167-2006 表3 的要求，"
                + "并接入在线监测系统");
        assertThat(c.findingIds()).containsExactly("METERING:电力:EQUIPMENT", "METERING:水:SUB_UNIT");
    }

    @Test
    void completeMeteringGivesNoFindingAndNoTask() {
        List<MeteringCount> full = demo().plan().management().metering().stream()
                .map(c -> new MeteringCount(c.energyKind(), c.level(), c.required(), c.required())).toList();
        DiagnosisRules.Outcome o = new MeteringRule().apply(input(withAnswers(demo().plan().management().withMetering(full))));

        assertThat(o.status().active()).isTrue();
        assertThat(o.findings()).isEmpty();
        assertThat(o.candidates()).isEmpty();
    }

    @Test
    void withoutMeteringCountsTheRuleIsInactive() {
        DiagnosisRules.Outcome o = new MeteringRule().apply(input(withAnswers(demo().plan().management().withMetering(List.of()))));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).isEqualTo("未填写计量器具配备情况（步骤“能源管理情况” › 计量器具配备）");
        assertThat(o.candidates()).isEmpty();
    }
}
