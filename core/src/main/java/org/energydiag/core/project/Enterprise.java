package org.energydiag.core.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.energydiag.core.reference.Region;

/**
 * The enterprise under diagnosis: every field of the step 企业基本情况 (template 一(一)) and every
 * column of the work-plan table (附件1). Immutable; edit through {@link #toBuilder()}.
 * Text fields are never null (empty when not filled); regions and numbers may be null.
 *
 * @param energyConsumption2025 企业2025年能源消费量, in 万吨标准煤 (10⁴ tce)
 */
public record Enterprise(
        DiagnosisKind kind,
        String name,
        String creditCode,
        Region province,
        Region city,
        Region district,
        String address,
        Sector sector,
        String industryCode,
        String industryName,
        BigDecimal energyConsumption2025,
        String carbonFootprintProducts,
        String agencyName,
        String referenceStandards,
        List<Honour> honours,
        String otherHonours,
        List<Product> products,
        CompanyProfile profile,
        List<Contact> contacts,
        String remarks) {

    public Enterprise {
        kind = kind == null ? DiagnosisKind.KEY_SECTOR_ENTERPRISE : kind;
        name = text(name);
        creditCode = text(creditCode);
        address = text(address);
        industryCode = text(industryCode);
        industryName = text(industryName);
        carbonFootprintProducts = text(carbonFootprintProducts);
        agencyName = text(agencyName);
        referenceStandards = text(referenceStandards);
        honours = honours == null ? List.of() : List.copyOf(honours);
        otherHonours = text(otherHonours);
        products = products == null ? List.of() : List.copyOf(products);
        profile = profile == null ? CompanyProfile.empty() : profile;
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
        remarks = text(remarks);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    public static Enterprise empty() {
        return new Builder().build();
    }

    /** 市（区） as written in the work-plan table: city, and district when given. */
    public String cityDistrictDisplay() {
        StringBuilder sb = new StringBuilder();
        // Municipalities and directly administered counties list a placeholder city (市辖区 …).
        if (city != null && !city.display().endsWith("市辖区") && !city.display().endsWith("直辖县级行政区划")
                && !city.display().equals("县")) {
            sb.append(city.display());
        }
        if (district != null) {
            sb.append(district.display());
        }
        return sb.toString();
    }

    /** 所属行业领域 as written in the work-plan table. */
    public String sectorDisplay() {
        if (sector == null) {
            return "";
        }
        if (sector != Sector.OTHER) {
            return sector.label();
        }
        String code = industryCode.isBlank() ? "" : industryCode + " ";
        return (code + industryName).trim();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder; the only way to derive an edited copy. */
    public static final class Builder {
        private DiagnosisKind kind = DiagnosisKind.KEY_SECTOR_ENTERPRISE;
        private String name = "";
        private String creditCode = "";
        private Region province;
        private Region city;
        private Region district;
        private String address = "";
        private Sector sector;
        private String industryCode = "";
        private String industryName = "";
        private BigDecimal energyConsumption2025;
        private String carbonFootprintProducts = "";
        private String agencyName = "";
        private String referenceStandards = "";
        private List<Honour> honours = List.of();
        private String otherHonours = "";
        private List<Product> products = List.of();
        private CompanyProfile profile = CompanyProfile.empty();
        private List<Contact> contacts = List.of();
        private String remarks = "";

        public Builder() {
        }

        private Builder(Enterprise e) {
            Objects.requireNonNull(e);
            kind = e.kind;
            name = e.name;
            creditCode = e.creditCode;
            province = e.province;
            city = e.city;
            district = e.district;
            address = e.address;
            sector = e.sector;
            industryCode = e.industryCode;
            industryName = e.industryName;
            energyConsumption2025 = e.energyConsumption2025;
            carbonFootprintProducts = e.carbonFootprintProducts;
            agencyName = e.agencyName;
            referenceStandards = e.referenceStandards;
            honours = e.honours;
            otherHonours = e.otherHonours;
            products = e.products;
            profile = e.profile;
            contacts = e.contacts;
            remarks = e.remarks;
        }

        public Builder kind(DiagnosisKind v) { kind = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder creditCode(String v) { creditCode = v; return this; }
        public Builder province(Region v) { province = v; return this; }
        public Builder city(Region v) { city = v; return this; }
        public Builder district(Region v) { district = v; return this; }
        public Builder address(String v) { address = v; return this; }
        public Builder sector(Sector v) { sector = v; return this; }
        public Builder industryCode(String v) { industryCode = v; return this; }
        public Builder industryName(String v) { industryName = v; return this; }
        public Builder energyConsumption2025(BigDecimal v) { energyConsumption2025 = v; return this; }
        public Builder carbonFootprintProducts(String v) { carbonFootprintProducts = v; return this; }
        public Builder agencyName(String v) { agencyName = v; return this; }
        public Builder referenceStandards(String v) { referenceStandards = v; return this; }
        public Builder honours(List<Honour> v) { honours = v; return this; }
        public Builder otherHonours(String v) { otherHonours = v; return this; }
        public Builder products(List<Product> v) { products = v; return this; }
        public Builder profile(CompanyProfile v) { profile = v; return this; }
        public Builder contacts(List<Contact> v) { contacts = v; return this; }
        public Builder remarks(String v) { remarks = v; return this; }

        public Enterprise build() {
            return new Enterprise(kind, name, creditCode, province, city, district, address, sector,
                    industryCode, industryName, energyConsumption2025, carbonFootprintProducts,
                    agencyName, referenceStandards, honours, otherHonours, products, profile,
                    contacts, remarks);
        }
    }
}
