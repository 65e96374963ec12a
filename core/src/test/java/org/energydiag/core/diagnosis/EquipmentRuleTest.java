package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.energydiag.core.diagnosis.RetrofitFixtures.NOW;
import static org.energydiag.core.diagnosis.RetrofitFixtures.candidate;
import static org.energydiag.core.diagnosis.RetrofitFixtures.demo;
import static org.energydiag.core.diagnosis.RetrofitFixtures.finding;
import static org.energydiag.core.diagnosis.RetrofitFixtures.input;

import java.util.List;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;
import org.energydiag.core.retrofit.DiagnosisItem;
import org.energydiag.core.retrofit.Finding;
import org.energydiag.core.retrofit.RetrofitTask;
import org.energydiag.core.retrofit.Severity;
import org.energydiag.core.retrofit.TaskCategory;

/** Rule EQUIPMENT: equipment list → rating → finding per item → one candidate per (class, kind). */
class EquipmentRuleTest {

    private static EquipmentItem item(DiagnosisProject p, String name) {
        return p.equipment().items().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    private static DiagnosisProject withItems(DiagnosisProject p, List<EquipmentItem> items) {
        return p.withEquipment(p.equipment().withItems(items), NOW);
    }

    /*
     * 回转窑主电机: 2 × 560 kW, 4 poles, load 78 %, 7 400 h/a. GB 18613-2020 表1, 4 poles 560 kW:
     * 1级 97.4 %, 2级 96.7 %, 3级 96 %. Entered efficiency lowered from 96 % to 95.5 % → below the 3级 limit.
     *
     * Savings when replaced by a 1级 motor (output unchanged):
     *   kWh = 2 × 560 × 0.78 × 7 400 × (1/0.955 − 1/0.974)
     *       = 6 464 640 × (1.0471204 − 1.0266940) = 6 464 640 × 0.0204264 = 132 049.2 kWh/a
     *   tce  = 132 049.2 × 0.1229 kgce/kWh ÷ 1000 = 16.229 tce/a
     *   cost = 132 049.2 kWh × 0.62 元/kWh (demo tariff) = 81 870.5 元 = 8.187 万元/a
     */
    @Test
    void motorBelowThe3rdGradeLimitIsAComplianceTask() {
        DiagnosisProject demo = demo();
        EquipmentItem kilnMotor = item(demo, "回转窑主电机").with(EquipmentField.RATED_EFFICIENCY, "95.5");
        DiagnosisProject p = withItems(demo, List.of(kilnMotor));

        DiagnosisRules.Outcome o = new EquipmentRule().apply(input(p));

        assertThat(o.status().active()).isTrue();
        assertThat(o.status().reason()).isEqualTo("已评级 1 项设备（共 1 项）");
        Finding f = finding(o, "EQUIPMENT:BELOW:" + kilnMotor.id());
        assertThat(f.item()).isEqualTo(DiagnosisItem.EQUIPMENT_EFFICIENCY);
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.title()).isEqualTo("回转窑主电机能效低于能效限定值（不达标）");
        assertThat(f.evidence()).startsWith("设备清单：回转窑主电机（电动机，2台）；")
                .contains("额定效率 95.5% < 3级限值（能效限定值）96%，不达标");
        assertThat(f.source()).isEqualTo("GB 18613-2020 表1");

        RetrofitTask c = candidate(o, "EQUIPMENT:MOTOR:BELOW");
        assertThat(c.category()).isEqualTo(TaskCategory.COMPLIANCE);
        assertThat(c.category().label()).isEqualTo("合规整改类");
        assertThat(c.name()).isEqualTo("能效不达标电动机更新改造");
        assertThat(c.content()).isEqualTo("对能效低于限定值的回转窑主电机（共2台）实施更新，新设备达到1级能效");
        assertThat(c.findingIds()).containsExactly(f.id());
        assertThat(c.savingTce()).isCloseTo(16.229, within(0.001));
        assertThat(c.costSavingWanYuan()).isCloseTo(8.187, within(0.001));
        assertThat(c.investmentWanYuan()).isNull(); // no investment entered for the item
        assertThat(c.basis()).contains("投资需按询价补充");
        assertThat(c.catalogueRefs()).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("《目录》（2024年版）"));
    }

    /*
     * In the full demo inventory the lowered kiln motor joins the 罗茨风机电机 (2 poles 55 kW, 93.5 % < 3级 94.3 %)
     * in one task: 2 + 3 = 5 units. Its saving is the sum of both items:
     *   罗茨风机电机: 3 × 55 × 0.85 × 7 200 × (1/0.935 − 1/0.962) = 1 009 800 × 0.0300177 = 30 311.9 kWh → 3.725 tce
     *   total 16.229 + 3.725 = 19.954 tce/a
     */
    @Test
    void itemsOfOneClassAndKindAreGroupedIntoOneCandidate() {
        DiagnosisProject demo = demo();
        List<EquipmentItem> items = demo.equipment().items().stream()
                .map(i -> i.name().equals("回转窑主电机") ? i.with(EquipmentField.RATED_EFFICIENCY, "95.5") : i).toList();
        DiagnosisRules.Outcome o = new EquipmentRule().apply(input(withItems(demo, items)));

        RetrofitTask c = candidate(o, "EQUIPMENT:MOTOR:BELOW");
        assertThat(c.content()).isEqualTo("对能效低于限定值的回转窑主电机、罗茨风机电机（共5台）实施更新，新设备达到1级能效");
        assertThat(c.findingIds()).hasSize(2);
        assertThat(c.savingTce()).isCloseTo(19.954, within(0.001));
        assertThat(c.findingSummary()).isEqualTo("回转窑主电机能效低于能效限定值（不达标）；罗茨风机电机能效低于能效限定值（不达标）");
    }

    @Test
    void thirdGradeMotorsAreKeyEquipmentAndThirdGradeTransformersAuxiliary() {
        DiagnosisProject demo = demo();
        DiagnosisRules.Outcome o = new EquipmentRule().apply(input(demo));

        // 回转窑主电机 96 % = the 3级 limit 96 % (4 poles, 560 kW): only just compliant
        Finding motor = finding(o, "EQUIPMENT:GRADE3:" + item(demo, "回转窑主电机").id());
        assertThat(motor.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(motor.item()).isEqualTo(DiagnosisItem.EQUIPMENT_EFFICIENCY);
        assertThat(motor.title()).isEqualTo("回转窑主电机能效仅达3级（能效限定值），低于节能评价值");
        assertThat(motor.evidence()).contains("额定效率 96% ≥ 3级限值（能效限定值） 96%");
        RetrofitTask motors = candidate(o, "EQUIPMENT:MOTOR:GRADE3");
        assertThat(motors.category().label()).isEqualTo("重点用能装备改造类");
        assertThat(motors.name()).isEqualTo("电动机能效提升改造");
        assertThat(motors.findingIds()).contains(motor.id());

        // 窑头配电变压器 1 600 kVA: P0 1.05 ≤ 1.17 kW and Pk 14.5 ≤ 14.5 kW (GB 20052-2024 3级)
        Finding trafo = finding(o, "EQUIPMENT:GRADE3:" + item(demo, "窑头配电变压器").id());
        assertThat(trafo.evidence()).contains("空载损耗 1.05 kW ≤ 3级限值（能效限定值） 1.17 kW");
        RetrofitTask trafos = candidate(o, "EQUIPMENT:TRANSFORMER:GRADE3");
        assertThat(trafos.category()).isEqualTo(TaskCategory.AUXILIARY);
        assertThat(trafos.category().label()).isEqualTo("公辅系统优化类");
        assertThat(trafos.name()).isEqualTo("变压器能效提升改造");
    }

    @Test
    void obsoleteJsMotorMustBeRetired() {
        DiagnosisProject demo = demo();
        DiagnosisRules.Outcome o = new EquipmentRule().apply(input(demo));

        Finding f = finding(o, "EQUIPMENT:OBSOLETE:" + item(demo, "石灰石破碎机电机").id());
        assertThat(f.severity()).isEqualTo(Severity.HIGH);
        assertThat(f.title()).isEqualTo("石灰石破碎机电机属于淘汰类设备");
        assertThat(f.evidence()).startsWith("设备清单：石灰石破碎机电机（电动机，1台）；").contains("JS");
        assertThat(f.source()).contains("淘汰目录");
        RetrofitTask c = candidate(o, "EQUIPMENT:MOTOR:OBSOLETE");
        assertThat(c.category().label()).isEqualTo("合规整改类");
        assertThat(c.name()).isEqualTo("淘汰类电动机退出更新");
        assertThat(c.content()).startsWith("淘汰石灰石破碎机电机（共1台）");
    }

    @Test
    void emptyInventoryMakesTheRuleInactive() {
        DiagnosisRules.Outcome o = new EquipmentRule().apply(input(withItems(demo(), List.of())));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().ruleId()).isEqualTo("EQUIPMENT");
        assertThat(o.status().reason()).isEqualTo("主要用能设备清单为空（步骤“主要用能设备清单”）");
        assertThat(o.findings()).isEmpty();
        assertThat(o.candidates()).isEmpty();
    }

    @Test
    void inventoryThatCannotBeRatedMakesTheRuleInactive() {
        // a motor without power and efficiency cannot be looked up in GB 18613
        DiagnosisProject p = withItems(demo(), List.of(EquipmentItem.of(EquipmentClass.MOTOR, "备用电机")));
        DiagnosisRules.Outcome o = new EquipmentRule().apply(input(p));

        assertThat(o.status().active()).isFalse();
        assertThat(o.status().reason()).startsWith("设备均无法评级");
        assertThat(o.candidates()).isEmpty();
    }

    @Test
    void withoutAnElectricityPriceTheCostSavingIsUnknownNotNaN() {
        DiagnosisProject p = demo();
        p = p.withEquipment(p.equipment().withTariff(null, ""), NOW);
        DiagnosisRules.Outcome o = new EquipmentRule().apply(input(p));

        assertThat(o.candidates()).isNotEmpty();
        assertThat(o.candidates()).filteredOn(t -> t.savingTce() != null).isNotEmpty()
                .allSatisfy(t -> assertThat(t.costSavingWanYuan()).isNull());
    }
}
