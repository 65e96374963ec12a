package org.energydiag.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GB 32100-2015 check character. The valid codes are real registrations published in the
 * 国家企业信用信息公示系统 (华为技术有限公司, 腾讯科技（深圳）有限公司, 小米科技有限责任公司).
 */
class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038216", "9144030071526726XG", "91110108551385082Q"})
    void realCodesAreValid(String code) {
        assertThat(CreditCode.check(code)).isEmpty();
    }

    /**
     * Worked by hand for 914403001922038216 (GB 32100-2015 4.3):
     * values 9 1 4 4 0 3 0 0 1 9 2 2 0 3 8 2 1, weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28;
     * Σ = 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831; 831 mod 31 = 25; 31 − 25 = 6.
     */
    @Test
    void checkCharacterWorkedExample() {
        assertThat(CreditCode.checkCharacter("91440300192203821")).isEqualTo('6');
    }

    @Test
    void remainderZeroGivesCharacterZero() {
        // 31 − (Σ mod 31) = 31 is written as 0; find such a prefix by varying the last digit.
        String base = "9111000010000000";
        boolean found = false;
        for (char c : CreditCode.CHARSET.toCharArray()) {
            String p = base + c;
            if (CreditCode.checkCharacter(p) == '0') {
                assertThat(CreditCode.isValid(p + "0")).isTrue();
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void wrongCheckCharacterIsReportedWithTheExpectedOne() {
        var r = CreditCode.check("914403001922038217");
        assertThat(r).isPresent();
        assertThat(r.get().problem()).isEqualTo(CreditCode.Problem.WRONG_CHECK_CHARACTER);
        assertThat(r.get().detail()).isEqualTo("6");
    }

    @Test
    void lettersIOZSVAreNotInTheCharset() {
        var r = CreditCode.check("9144030071526726IG");
        assertThat(r.get().problem()).isEqualTo(CreditCode.Problem.INVALID_CHARACTER);
        assertThat(r.get().position()).isEqualTo(17);
    }

    @Test
    void lengthAndRegionDigits() {
        assertThat(CreditCode.check("91440300192203821").get().problem()).isEqualTo(CreditCode.Problem.WRONG_LENGTH);
        assertThat(CreditCode.check("91A403001922038216").get().problem()).isEqualTo(CreditCode.Problem.REGION_NOT_DIGITS);
    }

    @Test
    void inputIsNormalised() {
        assertThat(CreditCode.isValid(" 9144030071526726xg ")).isTrue();
        assertThat(CreditCode.isValid("9144 0300 7152 6726 XG")).isTrue();
    }
}
