package org.energydiag.core.report.carbon;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.energydiag.core.carbon.ClinkerRecord;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.project.Sector;
import org.energydiag.core.text.Texts;

/**
 * The sector part of GB/T 32151 (温室气体排放核算与报告要求) that applies to an enterprise, and the
 * items it asks to be reported beyond GB/T 32150-2015's general sources. An item is met by the
 * project's own data where the project has a field for it (e.g. the clinker output and its CaO and
 * MgO contents), otherwise by the engineer's statement (the datum, where it is kept, or why it does
 * not apply); an item met by neither is listed as missing in the report, never filled in.
 *
 * <p>Parts and items after the 2015 editions' 核算边界 and 报告内容 chapters (GB/T 32151.4 铝冶炼,
 * .5 钢铁, .7 平板玻璃, .8 水泥, .10 化工). Sectors without a part identified here (石油炼制, 乙烯,
 * 造纸, 印染, 算力, 基站 and the others) follow GB/T 32150-2015 alone, which the report says.
 *
 * @param standard the part's number and title as the report cites it
 */
public record SectorPart(String standard, List<Item> items) {

    /**
     * One item of the part.
     *
     * @param key  stable key (the engineer's statement is saved under it)
     * @param data the project's data that meet it, or null when the project has no field for it
     */
    public record Item(String key, String text, Predicate<ProjectEvaluation> data) {
        /** Whether the project's own data meet the item for the report year. */
        public boolean metByData(ProjectEvaluation ev) {
            return data != null && data.test(ev);
        }
    }

    /** The part for this sector, if one is identified. */
    public static Optional<SectorPart> of(Sector sector) {
        if (sector == null) {
            return Optional.empty();
        }
        return switch (sector) {
            case CEMENT -> Optional.of(part("cement", List.of(
                    item("cement", "clinkerOutput", ev -> clinker(ev) != null && clinker(ev).outputTonnes() != null),
                    item("cement", "clinkerComposition", ev -> clinker(ev) != null && clinker(ev).caoPercent() != null
                            && clinker(ev).mgoPercent() != null),
                    item("cement", "kilnDust", null),
                    item("cement", "rawMealCarbon", null),
                    item("cement", "alternativeFuels", null))));
            case STEEL -> Optional.of(part("steel", List.of(item("steel", "fluxes", null), item("steel", "electrodes", null),
                    item("steel", "carbonInputs", null), item("steel", "carbonOutputs", null))));
            case ELECTROLYTIC_ALUMINIUM -> Optional.of(part("aluminium", List.of(item("aluminium", "anodes", null),
                    item("aluminium", "anodeEffect", null), item("aluminium", "limestone", null))));
            case FLAT_GLASS -> Optional.of(part("glass", List.of(item("glass", "carbonates", null), item("glass", "carbonPowder", null))));
            case SYNTHETIC_AMMONIA, METHANOL, PVC -> Optional.of(part("chemical", List.of(item("chemical", "carbonBalance", null),
                    item("chemical", "nitrousOxide", null), item("chemical", "recovery", null))));
            default -> Optional.empty();
        };
    }

    private static SectorPart part(String id, List<Item> items) {
        return new SectorPart(Texts.get("carbonreport.sector." + id), items);
    }

    private static Item item(String part, String key, Predicate<ProjectEvaluation> data) {
        return new Item(part + "." + key, Texts.get("carbonreport.item." + part + "." + key), data);
    }

    /** The clinker record of the report year (the base year), or null. */
    static ClinkerRecord clinker(ProjectEvaluation ev) {
        int year = ev.project().energy().baseYear();
        return ev.project().carbon().clinker().stream().filter(r -> r.year() == year).findFirst().orElse(null);
    }
}
