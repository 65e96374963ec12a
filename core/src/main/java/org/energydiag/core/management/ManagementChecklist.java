package org.energydiag.core.management;

import static org.energydiag.core.management.ManagementArea.CERTIFICATION;
import static org.energydiag.core.management.ManagementArea.DIGITAL;
import static org.energydiag.core.management.ManagementArea.METERING;
import static org.energydiag.core.management.ManagementArea.OPERATION;
import static org.energydiag.core.management.ManagementArea.ORGANIZATION;
import static org.energydiag.core.management.ManagementArea.STATISTICS;
import static org.energydiag.core.management.ManagementArea.SYSTEM;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.energydiag.core.text.Texts;

/**
 * The checklist behind 一（四）能源管理情况: concrete questions with scores and the document each
 * comes from, plus the GB 17167-2006 metering check.
 * <p>
 * Sources: the titles, numbers and dates of GB/T 23331-2020 (实施 2021-06-01, corresponds to
 * ISO 50001:2018), GB/T 15587-2023 (实施 2024-01-01), GB 17167-2006 and 《重点用能单位节能管理办法》
 * (国家发展改革委等7部门令第15号, 施行 2018-05-01) were checked against public copies; GB/T 23331
 * clause numbers follow the ISO 50001:2018 structure. Where a requirement could not be traced to a
 * checked clause the basis is a plain description.
 */
public final class ManagementChecklist {

    static final String GBT23331 = Texts.get("management.gbt23331");
    static final String GBT15587 = Texts.get("management.gbt15587");
    static final String GB17167 = Texts.get("management.gb17167");
    static final String MEASURES = Texts.get("management.measures");

    /** How an item is phrased in the generated paragraph. */
    record Phrase(String topic, String yes, String no) {
    }

    private static final List<ManagementItem> ITEMS;
    private static final Map<String, Phrase> PHRASES;

    static {
        List<ManagementItem> items = new ArrayList<>();
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        class Add {
            void item(String id, ManagementArea area, String question, int max, String basis,
                      String topic, String yes, String no) {
                items.add(new ManagementItem(id, area, question, max, basis));
                phrases.put(id, new Phrase(topic, yes, no));
            }
        }
        Add a = new Add();

        a.item("SYS-1", SYSTEM, Texts.get("management.sys1Question"), 10,
                Texts.format("management.sys1Basis", GBT23331),
                Texts.get("management.sys1Topic"), Texts.get("management.sys1Yes"), Texts.get("management.sys1No"));
        a.item("SYS-2", SYSTEM, Texts.get("management.sys2Question"), 10,
                Texts.format("management.sys2Basis", MEASURES),
                Texts.get("management.sys2Topic"), Texts.get("management.sys2Yes"), Texts.get("management.sys2No"));
        a.item("SYS-3", SYSTEM, Texts.get("management.sys3Question"), 5,
                Texts.format("management.sys3Basis", MEASURES),
                Texts.get("management.sys3Topic"), Texts.get("management.sys3Yes"), Texts.get("management.sys3No"));

        a.item("ORG-1", ORGANIZATION, Texts.get("management.org1Question"), 5,
                Texts.format("management.org1Basis", GBT23331),
                Texts.get("management.org1Topic"), Texts.get("management.org1Yes"), Texts.get("management.org1No"));
        a.item("ORG-2", ORGANIZATION, Texts.get("management.org2Question"), 10,
                Texts.format("management.org2Basis", MEASURES),
                Texts.get("management.org2Topic"), Texts.get("management.org2Yes"), Texts.get("management.org2No"));
        a.item("ORG-3", ORGANIZATION, Texts.get("management.org3Question"), 5,
                Texts.format("management.org3Basis", GBT23331),
                Texts.get("management.org3Topic"), Texts.get("management.org3Yes"), Texts.get("management.org3No"));

        a.item("OPE-1", OPERATION, Texts.get("management.ope1Question"), 5,
                Texts.format("management.ope1Basis", GBT23331),
                Texts.get("management.ope1Topic"), Texts.get("management.ope1Yes"), Texts.get("management.ope1No"));
        a.item("OPE-2", OPERATION, Texts.get("management.ope2Question"), 5,
                Texts.get("management.ope2Basis"),
                Texts.get("management.ope2Topic"), Texts.get("management.ope2Yes"), Texts.get("management.ope2No"));
        a.item("OPE-3", OPERATION, Texts.get("management.ope3Question"), 10,
                Texts.get("management.ope3Basis"),
                Texts.get("management.ope3Topic"), Texts.get("management.ope3Yes"), Texts.get("management.ope3No"));
        a.item("OPE-4", OPERATION, Texts.get("management.ope4Question"), 5,
                Texts.format("management.ope4Basis", GBT23331),
                Texts.get("management.ope4Topic"), Texts.get("management.ope4Yes"), Texts.get("management.ope4No"));
        a.item("OPE-5", OPERATION, Texts.get("management.ope5Question"), 5,
                Texts.get("management.ope5Basis"),
                Texts.get("management.ope5Topic"), Texts.get("management.ope5Yes"), Texts.get("management.ope5No"));

        a.item("STA-1", STATISTICS, Texts.get("management.sta1Question"), 10,
                Texts.format("management.sta1Basis", MEASURES),
                Texts.get("management.sta1Topic"), Texts.get("management.sta1Yes"), Texts.get("management.sta1No"));
        a.item("STA-2", STATISTICS, Texts.get("management.sta2Question"), 5,
                Texts.get("management.sta2Basis"),
                Texts.get("management.sta2Topic"), Texts.get("management.sta2Yes"), Texts.get("management.sta2No"));
        a.item("STA-3", STATISTICS, Texts.get("management.sta3Question"), 5,
                Texts.get("management.sta3Basis"),
                Texts.get("management.sta3Topic"), Texts.get("management.sta3Yes"), Texts.get("management.sta3No"));
        a.item("STA-4", STATISTICS, Texts.get("management.sta4Question"), 5,
                Texts.format("management.sta4Basis", GBT23331),
                Texts.get("management.sta4Topic"), Texts.get("management.sta4Yes"), Texts.get("management.sta4No"));

        a.item("MET-1", METERING, Texts.get("management.met1Question"), 5,
                Texts.format("management.met1Basis", MEASURES, GB17167),
                Texts.get("management.met1Topic"), Texts.get("management.met1Yes"), Texts.get("management.met1No"));
        a.item("MET-2", METERING, Texts.get("management.met2Question"), 5,
                Texts.format("management.met2Basis", GB17167),
                Texts.get("management.met2Topic"), Texts.get("management.met2Yes"), Texts.get("management.met2No"));
        a.item("MET-3", METERING, Texts.get("management.met3Question"), 10,
                Texts.format("management.met3Basis", MEASURES, GB17167),
                Texts.get("management.met3Topic"), Texts.get("management.met3Yes"), Texts.get("management.met3No"));

        a.item("DIG-1", DIGITAL, Texts.get("management.dig1Question"), 10,
                Texts.format("management.dig1Basis", MEASURES),
                Texts.get("management.dig1Topic"), Texts.get("management.dig1Yes"), Texts.get("management.dig1No"));
        a.item("DIG-2", DIGITAL, Texts.get("management.dig2Question"), 5,
                Texts.get("management.dig2Basis"),
                Texts.get("management.dig2Topic"), Texts.get("management.dig2Yes"), Texts.get("management.dig2No"));
        a.item("DIG-3", DIGITAL, Texts.get("management.dig3Question"), 5,
                Texts.get("management.dig3Basis"),
                Texts.get("management.dig3Topic"), Texts.get("management.dig3Yes"), Texts.get("management.dig3No"));

        a.item("CER-1", CERTIFICATION, Texts.get("management.cer1Question"), 10,
                Texts.format("management.cer1Basis", GBT23331),
                Texts.get("management.cer1Topic"), Texts.get("management.cer1Yes"), Texts.get("management.cer1No"));
        a.item("CER-2", CERTIFICATION, Texts.get("management.cer2Question"), 5,
                Texts.format("management.cer2Basis", GBT23331),
                Texts.get("management.cer2Topic"), Texts.get("management.cer2Yes"), Texts.get("management.cer2No"));
        a.item("CER-3", CERTIFICATION, Texts.get("management.cer3Question"), 5,
                GBT15587,
                Texts.get("management.cer3Topic"), Texts.get("management.cer3Yes"), Texts.get("management.cer3No"));

        ITEMS = List.copyOf(items);
        PHRASES = Map.copyOf(phrases);
    }

    private ManagementChecklist() {
    }

    /** All questions, in report order. */
    public static List<ManagementItem> items() {
        return ITEMS;
    }

    /** The question with this id. */
    public static Optional<ManagementItem> item(String id) {
        return ITEMS.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The energy kinds listed in the GB 17167-2006 配备率 table, in table order. */
    public static List<String> meteringEnergyKinds() {
        return MeteringStandard.bundled().rows().stream().map(MeteringRequirement::energyKind).toList();
    }

    /** A metering count checked against the bundled GB 17167-2006 table. */
    public static MeteringResult checkMetering(MeteringCount c) {
        MeteringStandard std = MeteringStandard.bundled();
        Double min = std.find(c.energyKind()).map(r -> r.percent(c.level())).orElse(null);
        double rate = c.ratePercent();
        String basis;
        boolean meets;
        if (min == null) {
            basis = std.find(c.energyKind()).isPresent()
                    ? Texts.format("management.meteringNoRequirement", MeteringStandard.CITATION, c.energyKind(), c.level().label())
                    : Texts.format("management.meteringKindNotListed", MeteringStandard.CITATION);
            meets = true;
        } else {
            basis = Texts.format("management.meteringRequirement", MeteringStandard.CITATION, c.energyKind(), c.level().label(),
                    formatPercent(min));
            meets = c.required() == 0 || rate >= min - 1e-9;
        }
        return new MeteringResult(c, rate, min, meets, basis);
    }

    static Phrase phrase(String id) {
        return PHRASES.get(id);
    }

    static String formatPercent(double p) {
        if (Math.abs(p - Math.rint(p)) < 1e-9) {
            return String.valueOf((long) Math.rint(p));
        }
        return String.format(Locale.ROOT, "%.1f", p);
    }
}
