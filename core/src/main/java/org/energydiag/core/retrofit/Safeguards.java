package org.energydiag.core.retrofit;

import org.energydiag.core.text.Texts;

/** 三（四）实施保障措施: the four aspects the template names. Blank text means "use the starter text". */
public record Safeguards(String organization, String technical, String funding, String institutional) {

    public Safeguards {
        organization = organization == null ? "" : organization;
        technical = technical == null ? "" : technical;
        funding = funding == null ? "" : funding;
        institutional = institutional == null ? "" : institutional;
    }

    public static Safeguards empty() {
        return new Safeguards("", "", "", "");
    }

    /** Starter texts the engineer edits, naming the enterprise. */
    public static Safeguards starter(String enterprise) {
        String e = enterprise == null || enterprise.isBlank() ? Texts.get("retrofit.starterEnterprise") : enterprise;
        return new Safeguards(Texts.format("retrofit.starterOrganization", e), Texts.get("retrofit.starterTechnical"),
                Texts.get("retrofit.starterFunding"), Texts.get("retrofit.starterInstitutional"));
    }

    /** Each blank aspect replaced by its starter text. */
    public Safeguards orStarter(String enterprise) {
        Safeguards s = starter(enterprise);
        return new Safeguards(organization.isBlank() ? s.organization : organization,
                technical.isBlank() ? s.technical : technical, funding.isBlank() ? s.funding : funding,
                institutional.isBlank() ? s.institutional : institutional);
    }
}
