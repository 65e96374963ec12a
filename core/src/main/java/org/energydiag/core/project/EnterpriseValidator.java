package org.energydiag.core.project;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.text.Texts;
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
        required(out, NAME, Texts.get("project.field.name"), e.name());
        if (e.name().length() > 100) {
            out.add(ValidationIssue.error(NAME, Texts.get("project.field.name"), Texts.format("project.tooLong", "100")));
        }
        checkCreditCode(out, e);
        checkRegions(out, e);
        checkSector(out, e);
        checkEnergy(out, e);
        if (e.kind() == DiagnosisKind.PRODUCT_EQUIPMENT) {
            required(out, FOOTPRINT_PRODUCTS, Texts.get("project.field.carbonFootprintProducts"), e.carbonFootprintProducts());
        }
        required(out, AGENCY, Texts.get("project.field.agencyName"), e.agencyName());
        if (e.referenceStandards().isBlank()) {
            out.add(ValidationIssue.warning(STANDARDS, Texts.get("project.field.referenceStandards"), Texts.get("project.standardsMissing")));
        }
        checkProducts(out, e.products());
        required(out, INTRODUCTION, Texts.get("project.field.introduction"), e.profile().introduction());
        recommended(out, ORGANIZATION, Texts.get("project.field.organization"), e.profile().organization());
        recommended(out, SCALE, Texts.get("project.field.productionScale"), e.profile().productionScale());
        recommended(out, POSITION, Texts.get("project.field.industryPosition"), e.profile().industryPosition());
        checkContacts(out, e.contacts());
        return out;
    }

    private static void required(List<ValidationIssue> out, String field, String where, String value) {
        if (value == null || value.isBlank()) {
            out.add(ValidationIssue.error(field, where, Texts.get("project.required")));
        }
    }

    private static void recommended(List<ValidationIssue> out, String field, String where, String value) {
        if (value == null || value.isBlank()) {
            out.add(ValidationIssue.warning(field, where, Texts.get("project.recommended")));
        }
    }

    private void checkCreditCode(List<ValidationIssue> out, Enterprise e) {
        String where = Texts.get("project.field.creditCode");
        if (e.creditCode().isBlank()) {
            out.add(ValidationIssue.error(CREDIT_CODE, where, Texts.get("project.required")));
            return;
        }
        var problem = CreditCode.check(e.creditCode());
        if (problem.isPresent()) {
            var p = problem.get();
            String msg = switch (p.problem()) {
                case WRONG_LENGTH -> Texts.format("project.credit.length", p.detail());
                case INVALID_CHARACTER -> Texts.format("project.credit.char", Integer.toString(p.position()), p.detail());
                case REGION_NOT_DIGITS -> Texts.format("project.credit.region", Integer.toString(p.position()), p.detail());
                case WRONG_CHECK_CHARACTER -> Texts.format("project.credit.check", p.detail());
            };
            out.add(ValidationIssue.error(CREDIT_CODE, where, msg));
            return;
        }
        String region = CreditCode.regionCode(e.creditCode());
        if (!divisions.isKnown(region)) {
            out.add(ValidationIssue.warning(CREDIT_CODE, where, Texts.format("project.credit.unknownRegion", region)));
        } else if (e.province() != null && !region.startsWith(e.province().code().substring(0, 2))) {
            out.add(ValidationIssue.warning(CREDIT_CODE, where,
                    Texts.format("project.credit.otherProvince", region, e.province().name())));
        }
    }

    private void checkRegions(List<ValidationIssue> out, Enterprise e) {
        if (e.province() == null) {
            out.add(ValidationIssue.error(PROVINCE, Texts.get("project.field.province"), Texts.get("project.required")));
        } else if (divisions.find(e.province().code()).isEmpty()) {
            out.add(ValidationIssue.error(PROVINCE, Texts.get("project.field.province"), Texts.format("project.region.unknown", e.province().code())));
        }
        if (e.city() == null) {
            out.add(ValidationIssue.error(CITY, Texts.get("project.field.city"), Texts.get("project.required")));
        } else if (e.province() != null && !divisions.isCityOf(e.city().code(), e.province().code())) {
            out.add(ValidationIssue.error(CITY, Texts.get("project.field.city"),
                    Texts.format("project.region.notIn", e.city().name(), e.province().name())));
        }
        if (e.district() != null && e.city() != null
                && !divisions.isDistrictOf(e.district().code(), e.city().code())) {
            out.add(ValidationIssue.error(DISTRICT, Texts.get("project.field.district"),
                    Texts.format("project.region.notIn", e.district().name(), e.city().name())));
        }
    }

    private void checkSector(List<ValidationIssue> out, Enterprise e) {
        if (e.sector() == null) {
            out.add(ValidationIssue.error(SECTOR, Texts.get("project.field.sector"), Texts.get("project.required")));
            return;
        }
        String where = Texts.get("project.field.industryCode");
        if (e.sector() == Sector.OTHER && e.industryCode().isBlank()) {
            out.add(ValidationIssue.error(INDUSTRY_CODE, where, Texts.get("project.industry.required")));
            return;
        }
        if (!e.industryCode().isBlank()) {
            switch (industries.check(e.industryCode())) {
                case MALFORMED -> out.add(ValidationIssue.error(INDUSTRY_CODE, where,
                        Texts.format("project.industry.malformed", e.industryCode())));
                case UNKNOWN_DIVISION -> out.add(ValidationIssue.error(INDUSTRY_CODE, where,
                        Texts.format("project.industry.unknown", e.industryCode())));
                case SECTION_MISMATCH -> out.add(ValidationIssue.error(INDUSTRY_CODE, where,
                        Texts.format("project.industry.section", e.industryCode(),
                                industries.sectionOf(e.industryCode()).map(s -> s.code() + " " + s.name()).orElse(""))));
                case VALID -> { }
            }
        }
    }

    private static void checkEnergy(List<ValidationIssue> out, Enterprise e) {
        String where = Texts.get("project.field.energy2025");
        BigDecimal v = e.energyConsumption2025();
        if (v == null) {
            if (e.kind() == DiagnosisKind.KEY_SECTOR_ENTERPRISE) {
                out.add(ValidationIssue.error(ENERGY_2025, where, Texts.get("project.required")));
            }
            return;
        }
        if (v.signum() <= 0) {
            out.add(ValidationIssue.error(ENERGY_2025, where, Texts.get("project.energy.positive")));
        } else if (v.compareTo(MAX_ENERGY_WAN_TCE) > 0) {
            out.add(ValidationIssue.error(ENERGY_2025, where,
                    Texts.format("project.energy.tooLarge", v.toPlainString(), MAX_ENERGY_WAN_TCE.toPlainString())));
        }
    }

    private static void checkProducts(List<ValidationIssue> out, List<Product> products) {
        if (products.isEmpty()) {
            out.add(ValidationIssue.error(PRODUCTS, Texts.get("project.field.products"), Texts.get("project.products.none")));
            return;
        }
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            String row = Texts.format("project.products.row", i + 1) + " ";
            if (p.name() == null || p.name().isBlank()) {
                out.add(rowIssue(PRODUCTS, row + Texts.get("project.products.name"), i, "name", Severity.ERROR, Texts.get("project.required")));
            }
            if (p.annualOutput() == null) {
                out.add(rowIssue(PRODUCTS, row + Texts.get("project.products.annualOutput"), i, "annualOutput", Severity.ERROR, Texts.get("project.required")));
            } else if (p.annualOutput().signum() < 0) {
                out.add(rowIssue(PRODUCTS, row + Texts.get("project.products.annualOutput"), i, "annualOutput", Severity.ERROR,
                        Texts.get("project.nonNegative")));
            }
            if (p.unit() == null || p.unit().isBlank()) {
                out.add(rowIssue(PRODUCTS, row + Texts.get("project.products.unit"), i, "unit", Severity.ERROR, Texts.get("project.unitRequired")));
            }
            if (p.capacity() != null && p.capacity().signum() < 0) {
                out.add(rowIssue(PRODUCTS, row + Texts.get("project.products.capacity"), i, "capacity", Severity.ERROR,
                        Texts.get("project.nonNegative")));
            } else if (p.capacity() != null && p.annualOutput() != null && p.capacity().signum() > 0
                    && p.annualOutput().compareTo(p.capacity().multiply(new BigDecimal("1.2"))) > 0) {
                out.add(rowIssue(PRODUCTS, row + Texts.get("project.products.annualOutput"), i, "annualOutput", Severity.WARNING,
                        Texts.format("project.products.overCapacity", p.annualOutput().toPlainString(),
                                p.capacity().toPlainString())));
            }
        }
    }

    private static void checkContacts(List<ValidationIssue> out, List<Contact> contacts) {
        if (contacts.isEmpty()) {
            out.add(ValidationIssue.error(CONTACTS, Texts.get("project.field.contacts"), Texts.get("project.contacts.none")));
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String row = Texts.format("project.contacts.row", i + 1) + " ";
            if (c.name() == null || c.name().isBlank()) {
                out.add(rowIssue(CONTACTS, row + Texts.get("project.contacts.name"), i, "name", Severity.ERROR, Texts.get("project.required")));
            }
            String phone = c.phone() == null ? "" : c.phone().replaceAll("[\\s()（）]", "");
            if (phone.isEmpty()) {
                out.add(rowIssue(CONTACTS, row + Texts.get("project.contacts.phone"), i, "phone", Severity.ERROR, Texts.get("project.required")));
            } else if (!MOBILE.matcher(phone).matches() && !LANDLINE.matcher(phone).matches()) {
                out.add(rowIssue(CONTACTS, row + Texts.get("project.contacts.phone"), i, "phone", Severity.ERROR,
                        Texts.format("project.phone", c.phone())));
            }
            if (c.email() != null && !c.email().isBlank() && !EMAIL.matcher(c.email().trim()).matches()) {
                out.add(rowIssue(CONTACTS, row + Texts.get("project.contacts.email"), i, "email", Severity.ERROR,
                        Texts.format("project.email", c.email())));
            }
        }
    }

    private static ValidationIssue rowIssue(String field, String where, int row, String column, Severity s,
                                            String message) {
        return new ValidationIssue(field, where, row, column, s, message);
    }
}
