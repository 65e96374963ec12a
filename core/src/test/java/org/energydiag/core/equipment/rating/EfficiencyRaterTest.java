package org.energydiag.core.equipment.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.core.equipment.EquipmentField.*;

import java.util.EnumMap;
import java.util.Map;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Rating boundaries per class. Every expected limit is quoted from the reference data
 * (shared/reference/standards.md, the section named in each test) and its table.
 */
class EfficiencyRaterTest {

    private static final EfficiencyRater RATER = new EfficiencyRater(GradeTables.loadBundled());

    static EquipmentItem item(EquipmentClass c, Object... fieldValuePairs) {
        Map<EquipmentField, String> m = new EnumMap<>(EquipmentField.class);
        m.put(NAME, "测试设备");
        m.put(QUANTITY, "1");
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            m.put((EquipmentField) fieldValuePairs[i], String.valueOf(fieldValuePairs[i + 1]));
        }
        return new EquipmentItem("t-1", c, m, null);
    }

    static Rating rate(EquipmentClass c, Object... fieldValuePairs) {
        return RATER.rate(item(c, fieldValuePairs));
    }

    @Nested
    class Motors {

        // GB 18613-2020 表1 (standards.md §2), 4-pole 37 kW: 1级 96.1, 2级 95.2, 3级 93.9 (%).
        Rating motor37(String efficiency) {
            return rate(EquipmentClass.MOTOR, RATED_POWER, "37", POLES, "4", RATED_EFFICIENCY, efficiency);
        }

        @Test
        void fourPole37kwBoundaries() {
            assertThat(motor37("96.1").grade()).isEqualTo(Grade.GRADE_1);
            assertThat(motor37("96.09").grade()).isEqualTo(Grade.GRADE_2);
            assertThat(motor37("95.2").grade()).isEqualTo(Grade.GRADE_2);
            assertThat(motor37("95.19").grade()).isEqualTo(Grade.GRADE_3);
            assertThat(motor37("93.9").grade()).isEqualTo(Grade.GRADE_3);
            assertThat(motor37("93.89").grade()).isEqualTo(Grade.BELOW);
        }

        @Test
        void basisNamesValueLimitAndRow() {
            Rating r = motor37("95.2");
            assertThat(r.standard()).isEqualTo("GB 18613-2020");
            assertThat(r.table()).isEqualTo("表1");
            assertThat(r.basis()).startsWith("额定效率 95.2% ≥ 2级限值 95.2%（4极 37 kW；")
                    .contains("1级 96.1%、2级 95.2%、3级 93.9%");
            assertThat(r.missing()).isEmpty();
            assertThat(r.trust()).startsWith("medium-high");
            assertThat(motor37("93.89").basis()).startsWith("额定效率 93.89% < 3级限值（能效限定值）93.9%，不达标");
        }

        @Test
        void twoPoleAndEightPoleColumns() {
            // GB 18613-2020 表1 (standards.md §2), 2-pole 11 kW: 1级 94.0, 2级 92.6, 3级 91.2.
            assertThat(rate(EquipmentClass.MOTOR, RATED_POWER, "11", POLES, "2", RATED_EFFICIENCY, "92.6").grade())
                    .isEqualTo(Grade.GRADE_2);
            // 8-pole 0.12 kW (the smallest row): 3级 50.7.
            assertThat(rate(EquipmentClass.MOTOR, RATED_POWER, "0.12", POLES, "8", RATED_EFFICIENCY, "50.7").grade())
                    .isEqualTo(Grade.GRADE_3);
            assertThat(rate(EquipmentClass.MOTOR, RATED_POWER, "0.12", POLES, "8", RATED_EFFICIENCY, "50.6").grade())
                    .isEqualTo(Grade.BELOW);
        }

        @Test
        void powerBetweenRowsIsInterpolatedAndSaysSo() {
            // 40 kW lies between the 37 and 45 kW rows (GB 18613-2020 表1). 4 poles, x = log10(40) = 1.60206:
            // IE3 (UK SI 2021/745 Sch. 16 Table 28, 4 poles: A 0.0773, B −1.8951, C 9.2984, D 83.7025) → 94.05 → 94.1;
            // IE4 (A 0.2412, B −2.3608, C 8.446, D 86.8321) → 95.30 → 95.3. 95.2 % is therefore 3级, not the
            // 2级 the 37 kW row (95.2) would give; 1级 takes the 45 kW row (96.3).
            Rating r = rate(EquipmentClass.MOTOR, RATED_POWER, "40", POLES, "4", RATED_EFFICIENCY, "95.2");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_3);
            assertThat(r.basis()).contains("4极 40 kW").contains("1级 96.3%、2级 95.3%、3级 94.1%")
                    .contains("额定功率 40 kW 介于表1的 37 kW 与 45 kW 档之间")
                    .contains("2级（IE4）95.3%、3级（IE3）94.1% 按 IEC 60034-30-1 插值公式计算")
                    .contains("1级无插值系数，取相邻较大功率档 45 kW 的限值（从严）");
            assertThat(r.rule()).isEqualTo("功率档间按 IEC 60034-30-1 插值公式");
            assertThat(r.citation()).isEqualTo("GB 18613-2020 表1（功率档间按 IEC 60034-30-1 插值公式）");
            assertThat(rate(EquipmentClass.MOTOR, RATED_POWER, "40", POLES, "4", RATED_EFFICIENCY, "95.3").grade())
                    .isEqualTo(Grade.GRADE_2);
            // a listed power cites no rule
            assertThat(motor37("95.2").rule()).isEmpty();
            assertThat(motor37("95.2").citation()).isEqualTo("GB 18613-2020 表1");
        }

        @Test
        void powerOutsideTheTableCannotBeRated() {
            // GB 18613-2020 表1 spans 0.12–1000 kW (standards.md §2).
            Rating low = rate(EquipmentClass.MOTOR, RATED_POWER, "0.09", POLES, "4", RATED_EFFICIENCY, "60");
            assertThat(low.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(low.missing()).isEqualTo("无法评级：额定功率 0.09 kW 不在 GB 18613-2020 表1 的范围（0.12–1000 kW）");
            assertThat(rate(EquipmentClass.MOTOR, RATED_POWER, "1200", POLES, "4", RATED_EFFICIENCY, "97").grade())
                    .isEqualTo(Grade.CANNOT_RATE);
        }

        @Test
        void missingInputsAreNamed() {
            Rating r = rate(EquipmentClass.MOTOR, RATED_POWER, "37");
            assertThat(r.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(r.missing()).isEqualTo("无法评级：缺少额定效率、极数");
            assertThat(rate(EquipmentClass.MOTOR).missing()).isEqualTo("无法评级：缺少额定效率、额定功率、极数");
            assertThat(rate(EquipmentClass.MOTOR, RATED_POWER, "37", POLES, "4", RATED_EFFICIENCY, "abc").missing())
                    .isEqualTo("无法评级：额定效率“abc”不是数字");
            assertThat(rate(EquipmentClass.MOTOR, RATED_POWER, "37", POLES, "3", RATED_EFFICIENCY, "95").missing())
                    .isEqualTo("无法评级：极数“3”不是可选值（2、4、6、8）");
        }

        @Test
        void polesMayCarryTheirUnit() {
            assertThat(rate(EquipmentClass.MOTOR, RATED_POWER, "37", POLES, "4极", RATED_EFFICIENCY, "95.2").grade())
                    .isEqualTo(Grade.GRADE_2);
        }
    }

    @Nested
    class Transformers {

        // GB 20052-2024 表1 (standards.md §3.1), 400 kVA 电工钢带 Dyn11/Yzn11:
        // 空载 1级 0.33, 2级 0.37, 3级 0.41; 负载 1级 3.25, 2级 3.615, 3级 4.52 (kW).
        Rating oil400(String connection, String noLoad, String load) {
            return rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "10", INSULATION, "油浸式", CORE, "电工钢带",
                    CONNECTION, connection, CAPACITY_KVA, "400", NO_LOAD_LOSS, noLoad, LOAD_LOSS, load);
        }

        @Test
        void lossesExactlyAtGrade2LimitsAreGrade2() {
            Rating r = oil400("Dyn11", "0.37", "3.615");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.standard()).isEqualTo("GB 20052-2024");
            assertThat(r.table()).isEqualTo("表1");
            assertThat(r.basis()).contains("空载损耗 0.37 kW ≤ 2级限值 0.37 kW，负载损耗 3.615 kW ≤ 3.615 kW")
                    .contains("10 kV 油浸式 电工钢带 Dyn11 400 kVA")
                    .contains("未达到1级：空载损耗 0.37 kW > 0.33 kW，负载损耗 3.615 kW > 3.25 kW");
        }

        @Test
        void bothLossesMustMeetTheGrade() {
            assertThat(oil400("Dyn11", "0.33", "3.25").grade()).isEqualTo(Grade.GRADE_1);
            // one loss above 2级 but within 3级 (0.41 / 4.52) → 3级
            assertThat(oil400("Dyn11", "0.371", "3.615").grade()).isEqualTo(Grade.GRADE_3);
            assertThat(oil400("Dyn11", "0.37", "3.616").grade()).isEqualTo(Grade.GRADE_3);
            assertThat(oil400("Dyn11", "0.41", "4.52").grade()).isEqualTo(Grade.GRADE_3);
            // one loss above 3级 → 不达标, even if the other meets 1级
            Rating below = oil400("Dyn11", "0.33", "4.53");
            assertThat(below.grade()).isEqualTo(Grade.BELOW);
            assertThat(below.basis()).contains("负载损耗 4.53 kW > 4.52 kW");
            assertThat(oil400("Dyn11", "0.42", "3.0").grade()).isEqualTo(Grade.BELOW);
        }

        @Test
        void connectionSelectsTheRowUpTo500kva() {
            // 表1 400 kVA 电工钢带 Yyn0: 负载 2级 3.44, 3级 4.3 (kW) → 3.615 is 3级 here.
            assertThat(oil400("Yyn0", "0.37", "3.44").grade()).isEqualTo(Grade.GRADE_2);
            assertThat(oil400("Yyn0", "0.37", "3.615").grade()).isEqualTo(Grade.GRADE_3);
            Rating noConnection = oil400("", "0.37", "3.44");
            assertThat(noConnection.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(noConnection.missing()).isEqualTo("无法评级：缺少联结组");
        }

        @Test
        void from630kvaTheSingleSourceRowIsUsedAndSaid() {
            // 表1 800 kVA 电工钢带 (one row, labelled Yyn0): 空载 0.56/0.63/0.7, 负载 5.4/6.0/7.5 kW.
            Rating r = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "10", INSULATION, "油浸式", CORE, "电工钢带",
                    CONNECTION, "Dyn11", CAPACITY_KVA, "800", NO_LOAD_LOSS, "0.63", LOAD_LOSS, "6.0");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.basis()).contains("800 kVA 只有一行（标为 Yyn0），不区分联结组");
        }

        @Test
        void dryTypeUsesCoreForNoLoadAndInsulationClassForLoad() {
            // GB 20052-2024 表2 (standards.md §3.2), 1000 kVA: 空载 电工钢带 1.02/1.205/1.415;
            // 负载 F(120℃) 7.315/7.315/8.13 kW. 1.2 kW misses 1级 (1.02) but meets 2级.
            Rating r = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "10", INSULATION, "干式", CORE, "电工钢带",
                    INSULATION_CLASS, "F", CAPACITY_KVA, "1000", NO_LOAD_LOSS, "1.2", LOAD_LOSS, "7.3");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.table()).isEqualTo("表2");
            Rating h = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "10", INSULATION, "干式", CORE, "电工钢带",
                    CAPACITY_KVA, "1000", NO_LOAD_LOSS, "1.2", LOAD_LOSS, "7.3");
            assertThat(h.missing()).isEqualTo("无法评级：缺少绝缘耐热等级（干式）");
        }

        @Test
        void thirtyFiveKvTapChangerFromModel() {
            // GB 20052-2024 (standards.md §3.3), 10000 kVA: 表3 空载 4.8/5.7/7.0, 负载 41/41/43;
            // 表4 空载 5.1/6.0/7.4, 负载 43/43/46 (kW). Losses 5.0 / 42 kW.
            Rating offLoad = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "35", INSULATION, "油浸式", MODEL,
                    "S11-10000/35", CAPACITY_KVA, "10000", NO_LOAD_LOSS, "5.0", LOAD_LOSS, "42");
            assertThat(offLoad.grade()).isEqualTo(Grade.GRADE_3);
            assertThat(offLoad.table()).isEqualTo("表3");
            Rating onLoad = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "35", INSULATION, "油浸式", MODEL,
                    "SZ11-10000/35", CAPACITY_KVA, "10000", NO_LOAD_LOSS, "5.0", LOAD_LOSS, "42");
            assertThat(onLoad.grade()).isEqualTo(Grade.GRADE_1);
            assertThat(onLoad.table()).isEqualTo("表4");
            Rating unknown = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "35", INSULATION, "油浸式",
                    CAPACITY_KVA, "10000", NO_LOAD_LOSS, "5.0", LOAD_LOSS, "42");
            assertThat(unknown.table()).isEqualTo("表3");
            assertThat(unknown.basis()).contains("按无励磁调压（表3）评级");
        }

        @Test
        void capacityNotInTableCannotBeRated() {
            Rating r = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "10", INSULATION, "油浸式", CORE, "电工钢带",
                    CONNECTION, "Dyn11", CAPACITY_KVA, "450", NO_LOAD_LOSS, "0.4", LOAD_LOSS, "4");
            assertThat(r.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(r.missing()).startsWith("无法评级：额定容量 450 kVA 不在 GB 20052-2024 表1");
            // 表4 (on-load) was read only up to 20000 kVA (standards.md §3.3).
            Rating partial = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "35", INSULATION, "油浸式", MODEL,
                    "SZ11-25000/35", CAPACITY_KVA, "25000", NO_LOAD_LOSS, "10", LOAD_LOSS, "80");
            assertThat(partial.missing()).contains("表4只读到 20000 kVA");
            assertThat(rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "35", INSULATION, "干式", CAPACITY_KVA, "10000",
                    NO_LOAD_LOSS, "5", LOAD_LOSS, "40").missing()).contains("没有 35 kV 干式变压器");
        }

        @Test
        void missingLossesAreNamed() {
            Rating r = rate(EquipmentClass.TRANSFORMER, VOLTAGE_KV, "10", INSULATION, "油浸式", CORE, "电工钢带",
                    CONNECTION, "Dyn11", CAPACITY_KVA, "400");
            assertThat(r.missing()).isEqualTo("无法评级：缺少空载损耗、负载损耗");
        }
    }

    @Nested
    class AirCompressors {

        // GB 19153-2019 表1 (standards.md §4), 37 kW 风冷 0.8 MPa: 1级 6.7, 2级 7.3, 3级 8.1 kW/(m³/min).
        Rating c37(String pressure, String sp) {
            return rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "37", COOLING, "风冷", PRESSURE_MPA, pressure,
                    COMPRESSOR_TYPE, "回转式", LUBRICATION, "喷油", DRIVE, "工频", SPECIFIC_POWER, sp);
        }

        @Test
        void specificPowerLowerIsBetter() {
            assertThat(c37("0.8", "6.7").grade()).isEqualTo(Grade.GRADE_1);
            assertThat(c37("0.8", "7.3").grade()).isEqualTo(Grade.GRADE_2);
            assertThat(c37("0.8", "7.31").grade()).isEqualTo(Grade.GRADE_3);
            assertThat(c37("0.8", "8.1").grade()).isEqualTo(Grade.GRADE_3);
            Rating below = c37("0.8", "8.11");
            assertThat(below.grade()).isEqualTo(Grade.BELOW);
            assertThat(below.standard()).isEqualTo("GB 19153-2019");
            assertThat(below.table()).isEqualTo("表1");
            assertThat(below.edition()).isEqualTo("2019");
            assertThat(below.basis()).startsWith("输入比功率（实测） 8.11 kW/(m³/min) > 3级限值（能效限定值）8.1 kW/(m³/min)")
                    .contains("表1 一般用喷油回转空气压缩机（工频） 37 kW 风冷 0.8 MPa");
            assertThat(c37("0.8", "7.3").basis()).doesNotContain("未填");
        }

        @Test
        void pressureBetweenColumnsUsesTheNextHigherColumnAndSaysSo() {
            // 0.75 MPa is not a column; the 0.8 MPa column applies (2级 7.3).
            Rating r = c37("0.75", "7.3");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.basis()).contains("排气压力 0.75 MPa 按 0.8 MPa 档评级");
            assertThat(c37("1.3", "7").missing()).isEqualTo("无法评级：排气压力 1.3 MPa 高于表1的最高档 1.25 MPa");
        }

        @Test
        void waterCooledUsesTheLiquidColumn() {
            // 表1 37 kW 液冷 0.8 MPa: 1级 6.4, 2级 7.0, 3级 7.8.
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "37", COOLING, "水冷", PRESSURE_MPA, "0.8",
                    SPECIFIC_POWER, "7.0").grade()).isEqualTo(Grade.GRADE_2);
            // 表1 1.5 kW has no liquid-cooled values ('—').
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "1.5", COOLING, "水冷", PRESSURE_MPA, "0.8",
                    SPECIFIC_POWER, "9").missing()).contains("1.5 kW 没有液冷（水冷）规格");
        }

        @Test
        void table1IsCompleteFrom1_5To630kW() {
            // GB 19153-2019 表1 (found-2026-12 §3.1), 11 kW 风冷 0.8 MPa: 1级 7.5, 2级 8.3, 3级 9.4.
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "11", COOLING, "风冷", PRESSURE_MPA, "0.8",
                    SPECIFIC_POWER, "9.4").grade()).isEqualTo(Grade.GRADE_3);
            // 表1 250 kW 液冷 0.8 MPa (§3.1): 1级 5.7, 2级 6.1, 3级 6.8.
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "250", COOLING, "水冷", PRESSURE_MPA, "0.8",
                    SPECIFIC_POWER, "6.1").grade()).isEqualTo(Grade.GRADE_2);
            // 表1 630 kW 风冷 1.25 MPa (§3.1, 355–630 kW the same): 3级 8.9.
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "630", COOLING, "风冷", PRESSURE_MPA, "1.25",
                    SPECIFIC_POWER, "8.95").grade()).isEqualTo(Grade.BELOW);
            // 表1 22 kW 风冷 0.8 MPa: 1级 6.9, 2级 7.6 (§3.1), 3级 8.5 (standards.md §4).
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "22", COOLING, "风冷", PRESSURE_MPA, "0.8",
                    SPECIFIC_POWER, "7.6").grade()).isEqualTo(Grade.GRADE_2);
            // a power that is not a step of 表1 is not rated
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "12", COOLING, "风冷", PRESSURE_MPA, "0.8",
                    SPECIFIC_POWER, "8").missing()).startsWith("无法评级：额定功率 12 kW 不是参考数据中表1的功率档");
        }

        @Test
        void aCompliantVariableSpeedCompressorIsRatedAgainstTable2NotFailedAgainstTable1() {
            // 90 kW 风冷 0.7 MPa at 7.2 kW/(m³/min): GB 19153-2019 表1 (工频) 3级 is 6.9 — it would fail;
            // 表2 (变转速, found-2026-12 §3.2, 90 kW 风冷 0.7 MPa): 1级 6.1, 2级 6.6, 3级 7.3 → 3级.
            Rating vs = rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "90", COOLING, "风冷", PRESSURE_MPA, "0.7",
                    COMPRESSOR_TYPE, "回转式", LUBRICATION, "喷油", DRIVE, "变频", SPECIFIC_POWER, "7.2");
            assertThat(vs.grade()).isEqualTo(Grade.GRADE_3);
            assertThat(vs.standard()).isEqualTo("GB 19153-2019");
            assertThat(vs.table()).isEqualTo("表2");
            assertThat(vs.basis()).contains("表2 一般用变转速喷油回转空气压缩机（变频） 90 kW 风冷 0.7 MPa")
                    .contains("1级 6.1、2级 6.6、3级 7.3 kW/(m³/min)")
                    .contains("变转速机组的输入比功率如何测定（标准正文的规定）不在参考数据中");
            Rating fixed = rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "90", COOLING, "风冷", PRESSURE_MPA, "0.7",
                    COMPRESSOR_TYPE, "回转式", LUBRICATION, "喷油", DRIVE, "工频", SPECIFIC_POWER, "7.2");
            assertThat(fixed.grade()).isEqualTo(Grade.BELOW);
            assertThat(fixed.table()).isEqualTo("表1");
            assertThat(fixed.basis()).contains("3级限值（能效限定值）6.9 kW/(m³/min)");
            // 表2 2.2 kW 风冷 0.3 MPa (§3.2): 1级 6.1 — the smallest row; 表2 has no 1.5 kW row
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "2.2", COOLING, "风冷", PRESSURE_MPA, "0.3",
                    DRIVE, "变频", SPECIFIC_POWER, "6.1").grade()).isEqualTo(Grade.GRADE_1);
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "1.5", COOLING, "风冷", PRESSURE_MPA, "0.3",
                    DRIVE, "变频", SPECIFIC_POWER, "6.1").missing()).contains("不是参考数据中表2的功率档");
        }

        @Test
        void oilFreePistonCompressorsUseTable4() {
            // GB 19153-2019 表4 全无油润滑往复活塞 (found-2026-12 §3.3), 7.5 kW 0.8 MPa: 1级 8.6, 2级 9.2, 3级 10.6.
            Rating r = rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "7.5", PRESSURE_MPA, "0.8", COMPRESSOR_TYPE, "活塞式",
                    LUBRICATION, "无油", DRIVE, "工频", SPECIFIC_POWER, "9.2");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.table()).isEqualTo("表4");
            assertThat(r.basis()).contains("表4 全无油润滑往复活塞空气压缩机 7.5 kW 0.8 MPa");
            // no cooling columns in 表4: the cooling field is not needed
            assertThat(r.missing()).isEmpty();
            // 表4 0.55 kW has no 1.25 MPa values ('—')
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "0.55", PRESSURE_MPA, "1.25", COMPRESSOR_TYPE, "活塞式",
                    LUBRICATION, "无油", SPECIFIC_POWER, "12").missing()).contains("0.55 kW 没有 1.25 MPa 档");
            // the 18.5 and 22 kW rows are empty in the source: not rated, and said so
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "18.5", PRESSURE_MPA, "0.8", COMPRESSOR_TYPE, "活塞式",
                    LUBRICATION, "无油", SPECIFIC_POWER, "8").missing())
                    .isEqualTo("无法评级：参考数据中没有该规格（18.5、22 kW（源文件中该两行全部为空） 的 GB 19153-2019 表4 行未收录）");
        }

        @Test
        void lubricatedPistonCompressorsUseWhatWasReadOfTable3() {
            // GB 19153-2019 表3 一般用往复活塞 (found-2026-12 §3.4), 15 kW 0.8 MPa: 1级 7.7, 2级 8.5, 3级 8.9.
            Rating r = rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "15", PRESSURE_MPA, "0.8", COMPRESSOR_TYPE, "活塞式",
                    LUBRICATION, "有油", DRIVE, "工频", SPECIFIC_POWER, "8.6");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_3);
            assertThat(r.table()).isEqualTo("表3");
            // 1.5–11 kW were not read: 不评级 with the reason, never a guess
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "5.5", PRESSURE_MPA, "0.8", COMPRESSOR_TYPE, "活塞式",
                    SPECIFIC_POWER, "9").missing()).isEqualTo("无法评级：参考数据中没有该规格（1.5–11 kW 的 GB 19153-2019 表3 行未收录）");
            // 1.1 kW 1级/2级 read, 3级 not: a value failing 2级 cannot be graded
            Rating open = rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "1.1", PRESSURE_MPA, "0.8", COMPRESSOR_TYPE, "活塞式",
                    SPECIFIC_POWER, "11.5");
            assertThat(open.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(open.missing()).contains("3级限值").contains("未达到2级限值 11.2");
            // 22 kW 0.8 MPa: 1级 6.9, 2级 7.3 read, 3级 not read; 6.9 is 1级
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "22", PRESSURE_MPA, "0.8", COMPRESSOR_TYPE, "活塞式",
                    SPECIFIC_POWER, "6.9").grade()).isEqualTo(Grade.GRADE_1);
            // blank lubrication and drive of a piston compressor are taken as 有油, 工频 and said
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "15", PRESSURE_MPA, "0.8", COMPRESSOR_TYPE, "活塞式",
                    SPECIFIC_POWER, "8.6").basis()).contains("润滑方式、驱动方式未填，按有油、工频评级：表3（一般用往复活塞空气压缩机）");
        }

        @Test
        void kindsWithoutATableAreNotRatedAndSayWhy() {
            Rating oilFreeRotary = rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "37", COOLING, "风冷", PRESSURE_MPA, "0.8",
                    COMPRESSOR_TYPE, "回转式", LUBRICATION, "无油", SPECIFIC_POWER, "7");
            assertThat(oilFreeRotary.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(oilFreeRotary.missing()).startsWith("无法评级：参考数据中没有回转式、无油、工频空压机的 GB 19153-2019 限值表")
                    .contains("表1 一般用喷油回转空气压缩机（工频）").contains("表4 全无油润滑往复活塞空气压缩机");
            assertThat(oilFreeRotary.standard()).isEqualTo("GB 19153-2019");
            assertThat(oilFreeRotary.table()).isEmpty();
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, COMPRESSOR_TYPE, "活塞式", DRIVE, "变频").missing())
                    .contains("没有活塞式、有油、变频空压机");
            // a type that is not one of the choices is said, not taken for 回转式
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, COMPRESSOR_TYPE, "螺杆", LUBRICATION, "无油").missing())
                    .isEqualTo("无法评级：结构型式“螺杆”不是可选值（回转式、活塞式）");
        }

        @Test
        void blankTypeLubricationAndDriveAreAssumedAndSaid() {
            Rating r = rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "37", COOLING, "风冷", PRESSURE_MPA, "0.8",
                    SPECIFIC_POWER, "7.3");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.basis()).contains("结构型式、润滑方式、驱动方式未填，按回转式、喷油、工频评级：表1（一般用喷油回转空气压缩机（工频））");
            assertThat(rate(EquipmentClass.AIR_COMPRESSOR, RATED_POWER, "37", COOLING, "风冷", PRESSURE_MPA, "0.8",
                    LUBRICATION, "有油", DRIVE, "工频", SPECIFIC_POWER, "7.3").basis()).contains("结构型式未填，按回转式评级");
        }
    }

    @Nested
    class Fans {

        // GB 19761-2020 表2 (standards.md §5.1), 0.45≤ψ<0.55, 30≤ns<50, No5≤机号<No10:
        // 3级 73, 2级 79, 1级 84 (%).
        Rating centrifugal(String number, String efficiency) {
            return rate(EquipmentClass.FAN, FAN_TYPE, "离心", FAN_NUMBER, number, PRESSURE_COEFFICIENT, "0.5",
                    SPECIFIC_SPEED, "40", EFFICIENCY, efficiency);
        }

        @Test
        void centrifugalTable2Boundaries() {
            assertThat(centrifugal("8", "84").grade()).isEqualTo(Grade.GRADE_1);
            assertThat(centrifugal("8", "79").grade()).isEqualTo(Grade.GRADE_2);
            assertThat(centrifugal("8", "78.9").grade()).isEqualTo(Grade.GRADE_3);
            assertThat(centrifugal("8", "73").grade()).isEqualTo(Grade.GRADE_3);
            Rating below = centrifugal("8", "72.9");
            assertThat(below.grade()).isEqualTo(Grade.BELOW);
            assertThat(below.standard()).isEqualTo("GB 19761-2020");
            assertThat(below.table()).isEqualTo("表2");
            assertThat(below.basis()).contains("0.45≤ψ<0.55、30≤ns<50").contains("No5≤机号<No10");
        }

        @Test
        void fanNumberOnABoundaryBothBandsExclude() {
            // 表2 bands "No2<机号<No3.5" and "No3.5<机号<No5" both exclude No3.5. For 0.45≤ψ<0.55,
            // 30≤ns<50 both bands read 71/77/82 → rated, and said.
            Rating same = centrifugal("3.5", "77");
            assertThat(same.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(same.basis()).contains("机号 No3.5 恰为");
            // For 0.35≤ψ<0.45, 65≤ns<80 they differ (63/73/78 vs 66/78/83) → cannot rate.
            Rating differ = rate(EquipmentClass.FAN, FAN_TYPE, "离心", FAN_NUMBER, "3.5", PRESSURE_COEFFICIENT, "0.4",
                    SPECIFIC_SPEED, "70", EFFICIENCY, "75");
            assertThat(differ.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(differ.missing()).contains("两段限值不同");
        }

        @Test
        void centrifugalTable1() {
            // 表1, 1.05≤ψ<1.35, 35<ns≤55, No4.5<机号≤No7: 3级 54, 2级 65, 1级 68.
            assertThat(rate(EquipmentClass.FAN, FAN_TYPE, "离心", FAN_NUMBER, "6", PRESSURE_COEFFICIENT, "1.2",
                    SPECIFIC_SPEED, "40", EFFICIENCY, "65").table()).isEqualTo("表1");
            assertThat(rate(EquipmentClass.FAN, FAN_TYPE, "离心", FAN_NUMBER, "6", PRESSURE_COEFFICIENT, "1.2",
                    SPECIFIC_SPEED, "40", EFFICIENCY, "53.9").grade()).isEqualTo(Grade.BELOW);
        }

        @Test
        void axialByHubRatio() {
            // 表3, 0.3≤γ<0.4, No5≤机号<No10: 3级 61, 2级 71, 1级 74.
            Rating r = rate(EquipmentClass.FAN, FAN_TYPE, "轴流", FAN_NUMBER, "8", HUB_RATIO, "0.35", EFFICIENCY, "71");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.table()).isEqualTo("表3");
        }

        @Test
        void missingPsiAndNsAreNamed() {
            Rating r = rate(EquipmentClass.FAN, FAN_TYPE, "离心", FAN_NUMBER, "8", EFFICIENCY, "80");
            assertThat(r.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(r.missing()).isEqualTo("无法评级：缺少压力系数ψ、比转速ns");
            assertThat(rate(EquipmentClass.FAN, FAN_TYPE, "轴流", FAN_NUMBER, "8", EFFICIENCY, "80").missing())
                    .isEqualTo("无法评级：缺少轮毂比γ（轴流）");
        }

        @Test
        void rowsNotInTheDataCannotBeRated() {
            // ψ 1.0 with ns 40: 表1 has 0.95≤ψ<1.05 only for 10≤ns<20 and 20≤ns<30.
            Rating r = rate(EquipmentClass.FAN, FAN_TYPE, "离心", FAN_NUMBER, "8", PRESSURE_COEFFICIENT, "1.0",
                    SPECIFIC_SPEED, "40", EFFICIENCY, "80");
            assertThat(r.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(r.missing()).contains("没有 ψ=1、ns=40 的行").contains("10≤ns<20");
        }
    }

    @Nested
    class Pumps {

        // GB 19762-2025 (standards.md §5.2), 单级单吸, Q = 100 m³/h (Ci row [5, 300]: 161.33 / 163.33 /
        // 168.33), H = 32 m, n = 2900 r/min: ns = 3.65·2900·√(100/3600)/32^0.75 = 131.1;
        // η = −8.44(ln ns)² − 0.48(ln Q)² + 0.09(ln ns)(ln Q) + 84.63 ln ns + 8.5 ln Q − Ci
        // → 1级 81.65, 2级 79.65, 3级 74.65 (%), computed independently.
        Rating pump(String efficiency) {
            return rate(EquipmentClass.PUMP, FLOW_M3H, "100", HEAD_M, "32", SPEED_RPM, "2900", PUMP_STAGES, "单级",
                    PUMP_SUCTION, "单吸", EFFICIENCY, efficiency);
        }

        @Test
        void singleStageSingleSuctionBoundaries() {
            assertThat(pump("81.65").grade()).isEqualTo(Grade.GRADE_1);
            assertThat(pump("81.6").grade()).isEqualTo(Grade.GRADE_2);
            assertThat(pump("79.65").grade()).isEqualTo(Grade.GRADE_2);
            assertThat(pump("79.6").grade()).isEqualTo(Grade.GRADE_3);
            assertThat(pump("74.65").grade()).isEqualTo(Grade.GRADE_3);
            Rating below = pump("74.6");
            assertThat(below.grade()).isEqualTo(Grade.BELOW);
            assertThat(below.standard()).isEqualTo("GB 19762-2025");
            assertThat(below.basis()).contains("ns=131.1").contains("Ci 1级 161.33、2级 163.33、3级 168.33");
        }

        @Test
        void doubleSuctionHalvesTheFlowInNs() {
            // 单级双吸, Q = 500 m³/h (Ci row [50, 600]: 161.33/163.33/168.33), H = 50 m, n = 1480:
            // ns = 3.65·1480·√(500/3600/2)/50^0.75 = 75.7 → 1级 83.55, 2级 81.55, 3级 76.55.
            Rating r = rate(EquipmentClass.PUMP, FLOW_M3H, "500", HEAD_M, "50", SPEED_RPM, "1480", PUMP_STAGES, "单级",
                    PUMP_SUCTION, "双吸", EFFICIENCY, "81.55");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.basis()).contains("ns=75.7").contains("双吸取流量×0.5");
        }

        @Test
        void multistageNeedsTheSpecificSpeed() {
            Rating r = rate(EquipmentClass.PUMP, FLOW_M3H, "50", HEAD_M, "100", SPEED_RPM, "2900", PUMP_STAGES, "多级",
                    EFFICIENCY, "60");
            assertThat(r.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(r.missing()).startsWith("无法评级：缺少比转速ns（多级泵的比转速按单级扬程计算");
            // 多级 coefficients, Ci row [5, 100]: 139.33/142.33/150.33; ns 39.45, Q 50 →
            // 1级 59.63, 2级 56.63, 3级 48.63.
            Rating given = rate(EquipmentClass.PUMP, FLOW_M3H, "50", SPECIFIC_SPEED, "39.45", PUMP_STAGES, "多级",
                    EFFICIENCY, "59.63");
            assertThat(given.grade()).isEqualTo(Grade.GRADE_1);
            assertThat(given.basis()).contains("比转速按填写值 ns=39.45");
        }

        @Test
        void flowOutsideTheCiRangeCannotBeRated() {
            Rating r = rate(EquipmentClass.PUMP, FLOW_M3H, "3", HEAD_M, "20", SPEED_RPM, "2900", PUMP_STAGES, "单级",
                    PUMP_SUCTION, "单吸", EFFICIENCY, "40");
            assertThat(r.missing()).startsWith("无法评级：流量 3 m³/h 超出").contains("[5, 300]、(300, 10000]");
        }

        @Test
        void missingInputsAreNamed() {
            assertThat(rate(EquipmentClass.PUMP, FLOW_M3H, "100", PUMP_STAGES, "单级", EFFICIENCY, "80").missing())
                    .isEqualTo("无法评级：缺少扬程、转速、吸入方式");
        }
    }

    @Nested
    class Boilers {

        @Test
        void oilFiredTable4() {
            // GB 24500-2020 表4 (standards.md §6), 燃油: 1级 95, 2级 93, 3级 90 (%).
            Rating r = rate(EquipmentClass.BOILER, FUEL, "燃油", BOILER_CAPACITY, "4", DESIGN_EFFICIENCY, "93");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(r.standard()).isEqualTo("GB 24500-2020");
            assertThat(r.table()).isEqualTo("表4");
            assertThat(r.basis()).startsWith("设计热效率 93% ≥ 2级限值 93%");
            assertThat(rate(EquipmentClass.BOILER, FUEL, "燃油", DESIGN_EFFICIENCY, "92.9").grade()).isEqualTo(Grade.GRADE_3);
            assertThat(rate(EquipmentClass.BOILER, FUEL, "燃油", DESIGN_EFFICIENCY, "89.9").grade()).isEqualTo(Grade.BELOW);
        }

        @Test
        void testedEfficiencyIsUsedWhenNoDesignValueAndSaid() {
            Rating r = rate(EquipmentClass.BOILER, FUEL, "燃油", TESTED_EFFICIENCY, "95");
            assertThat(r.grade()).isEqualTo(Grade.GRADE_1);
            assertThat(r.basis()).startsWith("测试热效率 95% ≥ 1级限值 95%").contains("设计热效率未填，用测试热效率比较");
        }

        @Test
        void biomassByCapacityBand() {
            // 表3 生物质: ≤10 t/h 88/84/80; >10 t/h 91/88/86 (%).
            assertThat(rate(EquipmentClass.BOILER, FUEL, "生物质", BOILER_CAPACITY, "10", DESIGN_EFFICIENCY, "88").grade())
                    .isEqualTo(Grade.GRADE_1);
            assertThat(rate(EquipmentClass.BOILER, FUEL, "生物质", BOILER_CAPACITY, "15", DESIGN_EFFICIENCY, "88").grade())
                    .isEqualTo(Grade.GRADE_2);
            assertThat(rate(EquipmentClass.BOILER, FUEL, "生物质", DESIGN_EFFICIENCY, "88").missing())
                    .isEqualTo("无法评级：缺少额定容量");
        }

        @Test
        void gasNonCondensingUnlessSaid() {
            // 表4 天然气 非冷凝 96/94/92; 冷凝 103/101/98 (%).
            Rating plain = rate(EquipmentClass.BOILER, FUEL, "燃气", DESIGN_EFFICIENCY, "94");
            assertThat(plain.grade()).isEqualTo(Grade.GRADE_2);
            assertThat(plain.basis()).contains("按非冷凝式评级");
            Rating condensing = RATER.rate(item(EquipmentClass.BOILER, FUEL, "燃气", DESIGN_EFFICIENCY, "99")
                    .with(NAME, "冷凝式燃气热水锅炉"));
            assertThat(condensing.grade()).isEqualTo(Grade.GRADE_3);
        }

        @Test
        void coalAndElectricExplainWhyNotGraded() {
            Rating coal = rate(EquipmentClass.BOILER, FUEL, "燃煤", BOILER_CAPACITY, "10", DESIGN_EFFICIENCY, "85");
            assertThat(coal.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(coal.missing()).startsWith("无法评级：燃煤锅炉要按燃烧方式").contains("没有燃烧方式和煤种");
            // Electric boilers: 能效限定值 97 %, no grades (GB 24500-2020 5.2, standards.md §6).
            assertThat(rate(EquipmentClass.BOILER, FUEL, "电", DESIGN_EFFICIENCY, "96.9").grade()).isEqualTo(Grade.BELOW);
            Rating met = rate(EquipmentClass.BOILER, FUEL, "电", DESIGN_EFFICIENCY, "98");
            assertThat(met.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(met.missing()).contains("只规定能效限定值 97%").contains("已达到限定值");
        }

        @Test
        void missingEfficiency() {
            assertThat(rate(EquipmentClass.BOILER, FUEL, "燃油").missing()).isEqualTo("无法评级：缺少设计热效率或测试热效率");
        }
    }

    @Nested
    class OtherClasses {

        @Test
        void classesWithoutTablesCannotBeRated() {
            Rating chiller = rate(EquipmentClass.REFRIGERATION, COP, "5.5");
            assertThat(chiller.grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(chiller.missing()).isEqualTo("无法评级：参考数据中没有该类设备的能效等级表（如冷水机组 GB 19577 未收录）");
            assertThat(rate(EquipmentClass.KILN).missing()).startsWith("无法评级：参考数据中没有窑炉/加热炉的能效等级表");
            assertThat(rate(EquipmentClass.OTHER).grade()).isEqualTo(Grade.CANNOT_RATE);
            assertThat(chiller.standard()).isEmpty();
        }
    }

    @Nested
    class Obsolete {

        @Test
        void s9TransformerIsListedInBatch4() {
            Rating r = rate(EquipmentClass.TRANSFORMER, MODEL, "S9-M-500/10", CAPACITY_KVA, "500");
            assertThat(r.obsolete()).isTrue();
            assertThat(r.obsoleteReason()).contains("第四批 1-2").contains("S9系列").contains("1997年");
            // documents cite the catalogue by title, batch and item; where the excerpt comes from stays in the window
            assertThat(r.obsoleteSource()).isEqualTo("《高耗能落后机电设备（产品）淘汰目录（第四批）》第 1-2 项");
            assertThat(r.obsoleteProvenance()).contains("adgo07/EquipEffi").contains("第四批 1-2").contains("可信度");
            assertThat(r.grade()).isEqualTo(Grade.CANNOT_RATE); // the obsolete check does not need the losses
        }

        @Test
        void capacityOutsideTheListedRangeDoesNotMatch() {
            // 第四批 1-2 lists S9-30…S9-1600.
            assertThat(rate(EquipmentClass.TRANSFORMER, MODEL, "S9-2000/10", CAPACITY_KVA, "2000").obsolete()).isFalse();
        }

        @Test
        void oldMotorSeriesMatchWithLetterOOrDigitZero() {
            assertThat(rate(EquipmentClass.MOTOR, MODEL, "JO2-52-4").obsolete()).isTrue();
            assertThat(rate(EquipmentClass.MOTOR, SERIES, "J02系列").obsolete()).isTrue();
            Rating bj = rate(EquipmentClass.MOTOR, MODEL, "BJO2-42-4");
            assertThat(bj.obsolete()).isTrue();
            assertThat(bj.obsoleteReason()).contains("第一批 1-7").doesNotContain("第一批 1-1 ");
        }

        @Test
        void fanAndWelderEntries() {
            assertThat(rate(EquipmentClass.FAN, MODEL, "Y9-35 No.10D").obsolete()).isTrue();
            assertThat(rate(EquipmentClass.OTHER, MODEL, "ZX5-400").obsolete()).isTrue();
            assertThat(rate(EquipmentClass.OTHER, MODEL, "ZX7-400").obsolete()).isFalse();
        }

        @Test
        void seriesNotInThePackAreNotFlagged() {
            // standards.md §9/§10: Y/Y2 motors and S7/SL7 transformers were not seen in the catalogue
            // parts read, so the pack does not list them.
            assertThat(rate(EquipmentClass.MOTOR, MODEL, "Y2-132S-4").obsolete()).isFalse();
            assertThat(rate(EquipmentClass.MOTOR, SERIES, "Y").obsolete()).isFalse();
            assertThat(rate(EquipmentClass.TRANSFORMER, MODEL, "S7-500/10").obsolete()).isFalse();
            assertThat(rate(EquipmentClass.TRANSFORMER, MODEL, "SL7-500/10").obsolete()).isFalse();
            assertThat(rate(EquipmentClass.TRANSFORMER, MODEL, "S11-M-500/10").obsolete()).isFalse();
            // an entry matches only its own class
            assertThat(rate(EquipmentClass.PUMP, MODEL, "S9-100").obsolete()).isFalse();
        }

        @Test
        void obsoleteAndGradeAreIndependent() {
            Rating r = rate(EquipmentClass.MOTOR, MODEL, "JO2-52-4", RATED_POWER, "37", POLES, "4", RATED_EFFICIENCY, "91");
            assertThat(r.obsolete()).isTrue();
            assertThat(r.grade()).isEqualTo(Grade.BELOW);
        }
    }
}
