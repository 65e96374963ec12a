package org.energydiag.core.equipment.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.energydiag.core.equipment.EquipmentField.POLES;
import static org.energydiag.core.equipment.EquipmentField.RATED_EFFICIENCY;
import static org.energydiag.core.equipment.EquipmentField.RATED_POWER;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.energydiag.core.equipment.EquipmentClass;
import org.junit.jupiter.api.Test;

/**
 * Motors whose rated power lies between two rows of GB 18613-2020 表1 (issue #18). No rule for such
 * powers was found in the standard's text; the industry rule applied is the IEC 60034-30-1 50 Hz
 * interpolation η = A·x³ + B·x² + C·x + D, x = log10(P / 1 kW), for the grades equal to IE3 (3级)
 * and IE4 (2级). The coefficients quoted here are read from the official text of UK SI 2021/745
 * (The Ecodesign for Energy-Related Products and Energy Information Regulations 2021), Schedule 16,
 * paragraph 5, Table 28 "Interpolation coefficients for motors with rated power output P from
 * 0.75 kW up to 200 kW" (legislation.gov.uk), independently of the pack.
 */
class MotorInterpolationTest {

    private static final GradeTables TABLES = GradeTables.loadBundled();
    private static final EfficiencyRater RATER = new EfficiencyRater(TABLES);

    /** UK SI 2021/745 Sch. 16 Table 28, 2 poles: IE3 A, B, C, D and IE4 A, B, C, D. */
    private static final double[] IE3_2P = {0.3569, -3.3076, 11.6108, 82.2503};
    private static final double[] IE4_2P = {0.34, -3.0479, 10.293, 84.8208};

    private static BigDecimal eta(double[] c, double kw) {
        double x = Math.log10(kw);
        return BigDecimal.valueOf(c[0] * x * x * x + c[1] * x * x + c[2] * x + c[3]).setScale(1, RoundingMode.HALF_UP);
    }

    private static Rating motor(String kw, String poles, String eff) {
        return RATER.rate(EfficiencyRaterTest.item(EquipmentClass.MOTOR, RATED_POWER, kw, POLES, poles, RATED_EFFICIENCY, eff));
    }

    @Test
    void theIssueCase_9_2kW_2pole_at_90_3_percent_is_below_3级() {
        // Worked out here: x = log10(9.2) = 0.96379; IE3 = 0.3569·0.89525 − 3.3076·0.92889 + 11.6108·0.96379
        // + 82.2503 = 90.688 → 90.7 %; IE4 → 92.214 → 92.2 %. 1级 has no IE5 coefficients: the 11 kW row's
        // 1级 (GB 18613-2020 表1, 2 poles, 94.0 %) applies. The 7.5 kW row (3级 90.1 %) rated it 3级 before.
        BigDecimal ie3 = eta(IE3_2P, 9.2);
        BigDecimal ie4 = eta(IE4_2P, 9.2);
        assertThat(ie3).isEqualByComparingTo("90.7");
        assertThat(ie4).isEqualByComparingTo("92.2");
        Rating r = motor("9.2", "2", "90.3");
        assertThat(r.grade()).isEqualTo(Grade.BELOW);
        assertThat(r.basis()).startsWith("额定效率 90.3% < 3级限值（能效限定值）" + ie3.toPlainString() + "%，不达标（2极 9.2 kW；限值 1级 94%、2级 "
                + ie4.toPlainString() + "%、3级 " + ie3.toPlainString() + "%）")
                .contains("额定功率 9.2 kW 介于表1的 7.5 kW 与 11 kW 档之间")
                .contains("2级（IE4）" + ie4.toPlainString() + "%、3级（IE3）" + ie3.toPlainString() + "% 按 IEC 60034-30-1 插值公式计算")
                .contains("1级无插值系数，取相邻较大功率档 11 kW 的限值（从严）")
                .contains("IEC 60034-30-1 插值公式");
        assertThat(r.standard()).isEqualTo("GB 18613-2020");
        assertThat(r.table()).isEqualTo("表1");
        assertThat(r.edition()).isEqualTo("2020");
        assertThat(r.rule()).isEqualTo("功率档间按 IEC 60034-30-1 插值公式");
        // the grades around it
        assertThat(motor("9.2", "2", "90.7").grade()).isEqualTo(Grade.GRADE_3);
        assertThat(motor("9.2", "2", "92.2").grade()).isEqualTo(Grade.GRADE_2);
        assertThat(motor("9.2", "2", "93.99").grade()).isEqualTo(Grade.GRADE_2);
        assertThat(motor("9.2", "2", "94.0").grade()).isEqualTo(Grade.GRADE_1);
        // the savings estimate measures the gap to the 1级 limit used
        assertThat(r.grade1Limits()).containsExactly(94.0);
    }

    @Test
    void theCoefficientsReproduceEveryListedGrade3AndGrade2Value() {
        // Independent check of formula and coefficients: at every power of GB 18613-2020 表1 inside a
        // coefficient range (0.12–0.55 kW: Table 27; 0.75–200 kW: Table 28), for 2, 4, 6 and 8 poles, the
        // formula rounded to 0.1 gives exactly the table's 3级 (IE3) and 2级 (IE4) values.
        GradeTables.Motor m = TABLES.motor();
        GradeTables.Interpolation ip = m.interpolation();
        int cells = 0;
        for (GradeTables.MotorRow row : m.rows()) {
            GradeTables.InterpolationRange range = ip.range(row.kw());
            if (range == null) {
                continue;
            }
            for (var e : row.limitsByPoles().entrySet()) {
                for (int g = 2; g <= 3; g++) {
                    BigDecimal formula = range.limit(ip.gradeClasses().get(g), e.getKey(), row.kw(), ip.decimals());
                    assertThat(formula).as("%s kW %d poles %d级", row.kw(), e.getKey(), g).isEqualByComparingTo(e.getValue()[g - 1]);
                    cells++;
                }
            }
        }
        assertThat(cells).isEqualTo(232);
        // and the test's own copy of the 2-pole coefficients is the pack's
        assertThat(ip.range(new BigDecimal("9.2")).coefficients().get("IE3").get(2)).containsExactly(IE3_2P);
        assertThat(ip.range(new BigDecimal("9.2")).coefficients().get("IE4").get(2)).containsExactly(IE4_2P);
    }

    @Test
    void outsideTheCoefficientRangesEveryGradeTakesTheNextHigherRow() {
        // 0.6 kW lies between 0.55 and 0.75 kW, which no coefficient table covers: GB 18613-2020 表1 0.75 kW,
        // 4 poles: 1级 88.2, 2级 85.7, 3级 82.5.
        Rating small = motor("0.6", "4", "85.7");
        assertThat(small.grade()).isEqualTo(Grade.GRADE_2);
        assertThat(small.basis()).contains("该功率段无插值系数，1级、2级、3级取相邻较大功率档 0.75 kW 的限值（从严）");
        assertThat(small.rule()).isEqualTo("功率档间取相邻较大功率档 0.75 kW");
        // 220 kW, 6 poles, between 200 (2级 96.3) and 250 kW (2级 96.5): the 250 kW row.
        assertThat(motor("220", "6", "96.4").grade()).isEqualTo(Grade.GRADE_3);
        assertThat(motor("220", "6", "96.5").grade()).isEqualTo(Grade.GRADE_2);
        // inside Table 27's range: 0.3 kW, 4 poles; IE3 (Table 27: 7.6356, 4.8236, 21.0903, 86.0998) at
        // x = log10(0.3) = −0.52288 → 75.299 → 75.3 %
        double x = Math.log10(0.3);
        BigDecimal ie3 = BigDecimal.valueOf(7.6356 * x * x * x + 4.8236 * x * x + 21.0903 * x + 86.0998).setScale(1, RoundingMode.HALF_UP);
        assertThat(ie3).isEqualByComparingTo("75.3");
        assertThat(motor("0.3", "4", "75.3").grade()).isEqualTo(Grade.GRADE_3);
        assertThat(motor("0.3", "4", "75.29").grade()).isEqualTo(Grade.BELOW);
    }

    @Test
    void theInterpolationSourceIsKeptWithTheTable() {
        GradeTables.Interpolation ip = TABLES.motor().interpolation();
        assertThat(TABLES.motor().betweenRows()).isEqualTo("iec_interpolation");
        assertThat(ip.citation()).isEqualTo("IEC 60034-30-1 插值公式");
        assertThat(ip.sourceTitle()).contains("UK SI 2021/745").contains("Schedule 16").contains("Table 27").contains("Table 28");
        assertThat(ip.sourceUrl()).startsWith("https://www.legislation.gov.uk/uksi/2021/745/schedule/16/paragraph/5");
        assertThat(ip.trust()).isEqualTo("high");
        assertThat(ip.gradeClasses()).containsEntry(3, "IE3").containsEntry(2, "IE4").doesNotContainKey(1);
    }
}
