package org.energydiag.core.equipment.rating;

import java.util.List;

/**
 * The efficiency rating of one equipment item, with everything needed to show where it comes
 * from.
 *
 * @param itemId         the rated item's id
 * @param grade          the grade, {@link Grade#BELOW} under 3级 (能效限定值), or
 *                       {@link Grade#CANNOT_RATE}
 * @param standard       the standard with its edition, e.g. "GB 18613-2020"; empty when no table applies
 * @param table          the table of the standard, e.g. "表1"; empty when not known
 * @param edition        the edition (year) of the standard the table belongs to, e.g. "2020"; empty when no table applies
 * @param rule           (Chinese) the rule that derived the limits when the item is not a row of the table as it
 *                       stands, e.g. "功率档间按 IEC 60034-30-1 插值公式"; empty when the table's own row was used
 * @param basis          (Chinese) the compared value, the limits used and any rule or assumption applied
 * @param missing        (Chinese) for {@link Grade#CANNOT_RATE}: exactly what is missing or why the data
 *                       cannot decide, starting with "无法评级："; empty otherwise
 * @param obsolete       true when the series or model matches an entry of the bundled
 *                       elimination-catalogue excerpt
 * @param obsoleteReason (Chinese) the matched entries, their reason and deadline; empty when not obsolete
 * @param obsoleteSource the official citation of the matched entries (catalogue, batch, item), as
 *                       documents print it; empty when not obsolete
 * @param obsoleteProvenance where the bundled excerpt comes from and how far to trust it, for the
 *                       window and the command line only; empty when not obsolete
 * @param trust          the trust note of the table used; empty when no table applies
 * @param grade1Limits   the 1级 limits of the compared quantities (efficiency %, specific power, or the
 *                       transformer's no-load and load losses in kW), for savings estimates; empty when unknown
 */
public record Rating(String itemId, Grade grade, String standard, String table, String edition, String rule,
                     String basis, String missing,
                     boolean obsolete, String obsoleteReason, String obsoleteSource, String obsoleteProvenance, String trust,
                     List<Double> grade1Limits) {

    public Rating {
        standard = standard == null ? "" : standard;
        table = table == null ? "" : table;
        edition = edition == null ? "" : edition;
        rule = rule == null ? "" : rule;
        basis = basis == null ? "" : basis;
        missing = missing == null ? "" : missing;
        obsoleteReason = obsoleteReason == null ? "" : obsoleteReason;
        obsoleteSource = obsoleteSource == null ? "" : obsoleteSource;
        obsoleteProvenance = obsoleteProvenance == null ? "" : obsoleteProvenance;
        trust = trust == null ? "" : trust;
        grade1Limits = grade1Limits == null ? List.of() : List.copyOf(grade1Limits);
    }

    /** True for 1级, 2级, 3级 and 不达标; false for 无法评级. */
    public boolean rated() {
        return grade != Grade.CANNOT_RATE;
    }

    /** "GB 18613-2020 表1" for a source column; empty when no table applies. */
    public String reference() {
        return (standard + " " + table).trim();
    }

    /**
     * The reference with the rule that derived the limits, as documents cite it:
     * "GB 18613-2020 表1（功率档间按 IEC 60034-30-1 插值公式）"; the plain reference when no rule applied.
     */
    public String citation() {
        String ref = reference();
        return rule.isEmpty() || ref.isEmpty() ? ref : ref + "（" + rule + "）";
    }
}
