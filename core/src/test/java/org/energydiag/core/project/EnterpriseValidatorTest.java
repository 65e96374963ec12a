package org.energydiag.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.energydiag.core.reference.Region;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.junit.jupiter.api.Test;
import org.energydiag.core.validation.Severity;
import org.energydiag.core.validation.ValidationIssue;
import org.energydiag.core.demo.DemoProjects;

class EnterpriseValidatorTest {

    private static final EnterpriseValidator V =
            new EnterpriseValidator(Divisions.load(), IndustryClassification.load());

    private static Enterprise demo() {
        return DemoProjects.cementPlant(Instant.parse("2026-05-01T00:00:00Z"), "").enterprise();
    }

    private static List<String> errorFields(Enterprise e) {
        return V.validate(e).stream().filter(ValidationIssue::isError).map(ValidationIssue::field).toList();
    }

    @Test
    void demoProjectHasNoErrorsAndNoWarnings() {
        assertThat(V.validate(demo())).isEmpty();
    }

    @Test
    void emptyEnterpriseNamesEveryRequiredField() {
        assertThat(errorFields(Enterprise.empty())).contains(
                EnterpriseValidator.NAME, EnterpriseValidator.CREDIT_CODE, EnterpriseValidator.PROVINCE,
                EnterpriseValidator.CITY, EnterpriseValidator.SECTOR, EnterpriseValidator.ENERGY_2025,
                EnterpriseValidator.AGENCY, EnterpriseValidator.PRODUCTS, EnterpriseValidator.INTRODUCTION,
                EnterpriseValidator.CONTACTS);
    }

    @Test
    void wrongCheckCharacterSaysWhichIsExpected() {
        Enterprise e = demo().toBuilder().creditCode("91340202MA2T8Q6K7A").build();
        ValidationIssue i = V.validate(e).get(0);
        assertThat(i.field()).isEqualTo(EnterpriseValidator.CREDIT_CODE);
        assertThat(i.message()).contains("第18位应为“Q”");
    }

    @Test
    void creditCodeFromAnotherProvinceIsAWarning() {
        Enterprise e = demo().toBuilder().creditCode("914403001922038216").build();
        List<ValidationIssue> issues = V.validate(e);
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.message()).contains("440300").contains("安徽省");
        });
    }

    @Test
    void cityMustBelongToProvince() {
        Enterprise e = demo().toBuilder().city(new Region("440300", "深圳市")).district(null).build();
        assertThat(errorFields(e)).containsExactly(EnterpriseValidator.CITY);
    }

    @Test
    void otherSectorNeedsAValidIndustryCode() {
        Enterprise e = demo().toBuilder().sector(Sector.OTHER).industryCode("").build();
        assertThat(errorFields(e)).containsExactly(EnterpriseValidator.INDUSTRY_CODE);
        assertThat(errorFields(e.toBuilder().industryCode("C3011").build())).isEmpty();
        assertThat(errorFields(e.toBuilder().industryCode("3011").build())).isEmpty();
        assertThat(errorFields(e.toBuilder().industryCode("D3011").build())).containsExactly(EnterpriseValidator.INDUSTRY_CODE);
        assertThat(errorFields(e.toBuilder().industryCode("X12").build())).containsExactly(EnterpriseValidator.INDUSTRY_CODE);
    }

    @Test
    void energyMustBePositiveAndInTenThousandTce() {
        assertThat(errorFields(demo().toBuilder().energyConsumption2025(BigDecimal.ZERO).build()))
                .containsExactly(EnterpriseValidator.ENERGY_2025);
        // 336000 was entered in tce instead of 万tce
        List<ValidationIssue> i = V.validate(demo().toBuilder().energyConsumption2025(new BigDecimal("336000")).build());
        assertThat(i).singleElement().satisfies(x -> assertThat(x.message()).contains("除以 10000"));
    }

    @Test
    void productEquipmentDiagnosisNeedsFootprintProductsButNotEnergy() {
        Enterprise e = demo().toBuilder().kind(DiagnosisKind.PRODUCT_EQUIPMENT).energyConsumption2025(null).build();
        assertThat(errorFields(e)).containsExactly(EnterpriseValidator.FOOTPRINT_PRODUCTS);
    }

    @Test
    void productRowsAreCheckedCellByCell() {
        Enterprise e = demo().toBuilder().products(List.of(
                new Product("熟料", new BigDecimal("296"), "万t", new BigDecimal("310")),
                new Product("", new BigDecimal("-1"), "", null))).build();
        List<ValidationIssue> issues = V.validate(e);
        assertThat(issues).extracting(ValidationIssue::where)
                .containsExactly("主要产品 第2行 产品名称", "主要产品 第2行 年产量", "主要产品 第2行 单位");
        assertThat(issues).allSatisfy(i -> assertThat(i.row()).isEqualTo(1));
    }

    @Test
    void outputFarAboveCapacityIsAWarning() {
        Enterprise e = demo().toBuilder().products(List.of(
                new Product("熟料", new BigDecimal("2960000"), "t", new BigDecimal("310")))).build();
        assertThat(V.validate(e)).singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void contactPhoneAndEmail() {
        Enterprise e = demo().toBuilder().contacts(List.of(
                new Contact("王工", "", "139055312", "x@"),
                new Contact("李工", "", "010-68205341", ""),
                new Contact("赵工", "", "0553 5888123-801", ""))).build();
        assertThat(V.validate(e)).extracting(ValidationIssue::where)
                .containsExactly("联系人 第1行 电话", "联系人 第1行 电子邮箱");
    }
}
