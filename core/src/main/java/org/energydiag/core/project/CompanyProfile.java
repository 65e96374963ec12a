package org.energydiag.core.project;

/** The descriptive texts of 一(一) 基本情况. */
public record CompanyProfile(String introduction, String organization, String productionScale,
                             String industryPosition) {
    public static CompanyProfile empty() {
        return new CompanyProfile("", "", "", "");
    }

    public CompanyProfile withIntroduction(String v) {
        return new CompanyProfile(v, organization, productionScale, industryPosition);
    }

    public CompanyProfile withOrganization(String v) {
        return new CompanyProfile(introduction, v, productionScale, industryPosition);
    }

    public CompanyProfile withProductionScale(String v) {
        return new CompanyProfile(introduction, organization, v, industryPosition);
    }

    public CompanyProfile withIndustryPosition(String v) {
        return new CompanyProfile(introduction, organization, productionScale, v);
    }
}
