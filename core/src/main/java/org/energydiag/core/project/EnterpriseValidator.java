package org.energydiag.core.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.validation.Messages;
import org.energydiag.core.validation.Severity;
import org.energydiag.core.validation.ValidationIssue;

/**
 * Checks the step 企业基本情况: required fields, the credit code's check character, divisions
 * against the bundled GB/T 2260 list, number ranges and units. Errors make the step incomplete;
 * warnings point at what the plan document will miss.
 */
public final class EnterpriseValidator {

    /** Field keys, shared with the form so each message lands beside its field. */
    public static final String KIND = "enterprise.kind";
    public static final String NAME = "enterprise.name";
    public static final String CREDIT_CODE = "enterprise.creditCode";
    public static final String PROVINCE = "enterprise.province";
    public static final String CITY = "enterprise.city";
    public static final String DISTRICT = "enterprise.district";
    public static final String SECTOR = "enterprise.sector";
    public static final String INDUSTRY_CODE = "enterprise.industryCode";
    public static final String ENERGY_2025 = "enterprise.energyConsumption2025";
    public static final String FOOTPRINT_PRODUCTS = "enterprise.carbonFootprintProducts";
    public static final String AGENCY = "enterprise.agencyName";
    public static final String STANDARDS = "enterprise.referenceStandards";
    public static final String PRODUCTS = "enterprise.products";
    public static final String INTRODUCTION = "enterprise.profile.introduction";
    public static final String ORGANIZATION = "enterprise.profile.organization";
    public static final String SCALE = "enterprise.profile.productionScale";
    public static final String POSITION = "enterprise.profile.industryPosition";
    public static final String CONTACTS = "enterprise.contacts";

    /**
     * Upper bound of a single enterprise's annual energy consumption, in 万吨标准煤. The largest
     * Chinese steel or refining sites consume on the order of 10⁷ tce (1000 万tce); 3000 leaves a
     * wide margin while still catching a value entered in tce instead of 万tce.
     */
    static final BigDecimal MAX_ENERGY_WAN_TCE = new BigDecimal("3000");

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Divisions divisions;
    private final IndustryClassification industries;

    public EnterpriseValidator(Divisions divisions, IndustryClassification industries) {
        this.divisions = divisions;
        this.industries = industries;
    }

    public List<ValidationIssue> validate(Enterprise e) {
        List<ValidationIssue> out = new ArrayList<>();
        required(out, NAME, "企业名称", e.name());
        if (e.name().length() > 100) {
            out.add(ValidationIssue.error(NAME, "企业名称", Messages.get("v.tooLong", "100")));
        }
        checkCreditCode(out, e);
        checkRegions(out, e);
        checkSector(out, e);
        checkEnergy(out, e);
        if (e.kind() == DiagnosisKind.PRODUCT_EQUIPMENT) {
            required(out, FOOTPRINT_PRODUCTS, "拟开展产品碳足迹核算的工业产品类型", e.carbonFootprintProducts());
        }
        required(out, AGENCY, "诊断服务机构名称", e.agencyName());
        if (e.referenceStandards().isBlank()) {
            out.add(ValidationIssue.warning(STANDARDS, "对照标准", Messages.get("v.standardsMissing")));
        }
        checkProducts(out, e.products());
        required(out, INTRODUCTION, "企业简介", e.profile().introduction());
        recommended(out, ORGANIZATION, "组织结构", e.profile().organization());
        recommended(out, SCALE, "生产规模", e.profile().productionScale());
        recommended(out, POSITION, "行业地位", e.profile().industryPosition());
        checkContacts(out, e.contacts());
        return out;
    }

    private static void required(List<ValidationIssue> out, String field, String where, String value) {
        if (value == null || value.isBlank()) {
            out.add(ValidationIssue.error(field, where, Messages.get("v.required")));
        }
    }

    private static void recommended(List<ValidationIssue> out, String field, String where, String value) {
        if (value == null || value.isBlank()) {
            out.add(ValidationIssue.warning(field, where, Messages.get("v.recommended")));
        }
    }

    private void checkCreditCode(List<ValidationIssue> out, Enterprise e) {
        String where = "统一社会信用代码";
        if (e.creditCode().isBlank()) {
            out.add(ValidationIssue.error(CREDIT_CODE, where, Messages.get("v.required")));
            return;
        }
        var problem = CreditCode.check(e.creditCode());
        if (problem.isPresent()) {
            var p = problem.get();
            String msg = switch (p.problem()) {
                case WRONG_LENGTH -> Messages.get("v.credit.length", p.detail());
                case INVALID_CHARACTER -> Messages.get("v.credit.char", Integer.toString(p.position()), p.detail());
                case REGION_NOT_DIGITS -> Messages.get("v.credit.region", Integer.toString(p.position()), p.detail());
                case WRONG_CHECK_CHARACTER -> Messages.get("v.credit.check", p.detail());
            };
            out.add(ValidationIssue.error(CREDIT_CODE, where, msg));
            return;
        }
        String region = CreditCode.regionCode(e.creditCode());
        if (!divisions.isKnown(region)) {
            out.add(ValidationIssue.warning(CREDIT_CODE, where, Messages.get("v.credit.unknownRegion", region)));
        } else if (e.province() != null && !region.startsWith(e.province().code().substring(0, 2))) {
            out.add(ValidationIssue.warning(CREDIT_CODE, where,
                    Messages.get("v.credit.otherProvince", region, e.province().name())));
        }
    }

    private void checkRegions(List<ValidationIssue> out, Enterprise e) {
        if (e.province() == null) {
            out.add(ValidationIssue.error(PROVINCE, "省份", Messages.get("v.required")));
        } else if (divisions.find(e.province().code()).isEmpty()) {
            out.add(ValidationIssue.error(PROVINCE, "省份", Messages.get("v.region.unknown", e.province().code())));
        }
        if (e.city() == null) {
            out.add(ValidationIssue.error(CITY, "市（区）", Messages.get("v.required")));
        } else if (e.province() != null && !divisions.isCityOf(e.city().code(), e.province().code())) {
            out.add(ValidationIssue.error(CITY, "市（区）",
                    Messages.get("v.region.notIn", e.city().name(), e.province().name())));
        }
        if (e.district() != null && e.city() != null
                && !divisions.isDistrictOf(e.district().code(), e.city().code())) {
            out.add(ValidationIssue.error(DISTRICT, "区（县）",
                    Messages.get("v.region.notIn", e.district().name(), e.city().name())));
        }
    }

    private void checkSector(List<ValidationIssue> out, Enterprise e) {
        if (e.sector() == null) {
            out.add(ValidationIssue.error(SECTOR, "所属行业领域", Messages.get("v.required")));
            return;
        }
        String where = "国民经济行业分类代码";
        if (e.sector() == Sector.OTHER && e.industryCode().isBlank()) {
            out.add(ValidationIssue.error(INDUSTRY_CODE, where, Messages.get("v.industry.required")));
            return;
        }
        if (!e.industryCode().isBlank()) {
            switch (industries.check(e.industryCode())) {
                case MALFORMED -> out.add(ValidationIssue.error(INDUSTRY_CODE, where,
                        Messages.get("v.industry.malformed", e.industryCode())));
                case UNKNOWN_DIVISION -> out.add(ValidationIssue.error(INDUSTRY_CODE, where,
                        Messages.get("v.industry.unknown", e.industryCode())));
                case SECTION_MISMATCH -> out.add(ValidationIssue.error(INDUSTRY_CODE, where,
                        Messages.get("v.industry.section", e.industryCode(),
                                industries.sectionOf(e.industryCode()).map(s -> s.code() + " " + s.name()).orElse(""))));
                case VALID -> { }
            }
        }
    }

    private static void checkEnergy(List<ValidationIssue> out, Enterprise e) {
        String where = "企业2025年能源消费量（万吨标准煤）";
        BigDecimal v = e.energyConsumption2025();
        if (v == null) {
            if (e.kind() == DiagnosisKind.KEY_SECTOR_ENTERPRISE) {
                out.add(ValidationIssue.error(ENERGY_2025, where, Messages.get("v.required")));
            }
            return;
        }
        if (v.signum() <= 0) {
            out.add(ValidationIssue.error(ENERGY_2025, where, Messages.get("v.energy.positive")));
        } else if (v.compareTo(MAX_ENERGY_WAN_TCE) > 0) {
            out.add(ValidationIssue.error(ENERGY_2025, where,
                    Messages.get("v.energy.tooLarge", v.toPlainString(), MAX_ENERGY_WAN_TCE.toPlainString())));
        }
    }

    private static void checkProducts(List<ValidationIssue> out, List<Product> products) {
        if (products.isEmpty()) {
            out.add(ValidationIssue.error(PRODUCTS, "主要产品", Messages.get("v.products.none")));
            return;
        }
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            String row = "主要产品 第" + (i + 1) + "行 ";
            if (p.name() == null || p.name().isBlank()) {
                out.add(rowIssue(PRODUCTS, row + "产品名称", i, "name", Severity.ERROR, Messages.get("v.required")));
            }
            if (p.annualOutput() == null) {
                out.add(rowIssue(PRODUCTS, row + "年产量", i, "annualOutput", Severity.ERROR, Messages.get("v.required")));
            } else if (p.annualOutput().signum() < 0) {
                out.add(rowIssue(PRODUCTS, row + "年产量", i, "annualOutput", Severity.ERROR,
                        Messages.get("v.nonNegative")));
            }
            if (p.unit() == null || p.unit().isBlank()) {
                out.add(rowIssue(PRODUCTS, row + "单位", i, "unit", Severity.ERROR, Messages.get("v.unit.required")));
            }
            if (p.capacity() != null && p.capacity().signum() < 0) {
                out.add(rowIssue(PRODUCTS, row + "设计产能", i, "capacity", Severity.ERROR,
                        Messages.get("v.nonNegative")));
            } else if (p.capacity() != null && p.annualOutput() != null && p.capacity().signum() > 0
                    && p.annualOutput().compareTo(p.capacity().multiply(new BigDecimal("1.2"))) > 0) {
                out.add(rowIssue(PRODUCTS, row + "年产量", i, "annualOutput", Severity.WARNING,
                        Messages.get("v.products.overCapacity", p.annualOutput().toPlainString(),
                                p.capacity().toPlainString())));
            }
        }
    }

    private static void checkContacts(List<ValidationIssue> out, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            out.add(ValidationIssue.error(CONTACTS, "联系人", Messages.get("v.contacts.none")));
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String row = "联系人 第" + (i + 1) + "行 ";
            if (c.name() == null || c.name().isBlank()) {
                out.add(rowIssue(CONTACTS, row + "姓名", i, "name", Severity.ERROR, Messages.get("v.required")));
            }
            String phone = c.phone() == null ? "" : c.phone().replaceAll("[\\s()（）]", "");
            if (phone.isEmpty()) {
                out.add(rowIssue(CONTACTS, row + "电话", i, "phone", Severity.ERROR, Messages.get("v.required")));
            } else if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
                out.add(rowIssue(CONTACTS, row + "电话", i, "phone", Severity.ERROR,
                        Messages.get("v.phone", c.phone())));
            }
            if (c.email() != null && !c.email().isBlank() && !EMAIL.matcher(c.email().trim()).matches()) {
                out.add(rowIssue(CONTACTS, row + "电子邮箱", i, "email", Severity.ERROR,
                        Messages.get("v.email", c.email())));
            }
        }
    }

    private static ValidationIssue rowIssue(String field, String where, int row, String column, Severity s,
                                            String message) {
        return new ValidationIssue(field, where, row, column, s, message);
    }
}
