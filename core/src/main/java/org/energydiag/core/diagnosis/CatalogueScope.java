package org.energydiag.core.diagnosis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.energydiag.core.catalogue.EquipmentModel;
import org.energydiag.core.catalogue.Technology;
import org.energydiag.core.project.Sector;

/**
 * Which parts of the 2024 technology catalogue an enterprise may be pointed to: the sections of its
 * own industry (the notice's sector → the catalogue's 行业 sections) and the cross-sector ones
 * (系统能量梯级利用, 工业绿色微电网, 智慧能源管控, 数字化绿色化协同转型) — never another industry's
 * technology. An equipment model whose name carries an application (井用, 矿用, 数据中心, 燃煤 …)
 * fits only an item that names the same application. Printing nothing is better than printing
 * something unrelated.
 */
public final class CatalogueScope {

    /** Sections for every enterprise. */
    static final List<String> CROSS_SECTOR = List.of("系统能量梯级利用", "工业绿色微电网", "智慧能源管控", "数字化绿色化协同转型");

    private static final Map<Sector, List<String>> OWN = new EnumMap<>(Sector.class);

    static {
        OWN.put(Sector.STEEL, List.of("钢铁行业", "煤炭清洁高效利用", "氢能制取及利用", "工业降碳技术"));
        OWN.put(Sector.ELECTROLYTIC_ALUMINIUM, List.of("有色金属行业", "工业降碳技术"));
        OWN.put(Sector.CEMENT, List.of("建材行业", "工业降碳技术"));
        OWN.put(Sector.FLAT_GLASS, List.of("建材行业", "工业降碳技术"));
        for (Sector s : List.of(Sector.OIL_REFINING, Sector.ETHYLENE, Sector.SYNTHETIC_AMMONIA, Sector.METHANOL, Sector.PVC)) {
            OWN.put(s, List.of("石化化工行业", "煤炭清洁高效利用", "氢能制取及利用", "工业降碳技术"));
        }
        OWN.put(Sector.PAPER, List.of("轻工行业"));
        OWN.put(Sector.PRINTING_DYEING, List.of("轻工行业"));
        OWN.put(Sector.COMPUTING_FACILITY, List.of("数据中心"));
        OWN.put(Sector.TELECOM_BASE_STATION, List.of("通信基站"));
        OWN.put(Sector.OTHER, List.of());
    }

    /** Words in an equipment model's name that tie it to one application. */
    static final List<String> APPLICATIONS = List.of("井用", "潜水", "矿用", "船用", "数据中心", "机房", "燃煤", "煤粉", "循环流化床",
            "生物质", "燃油", "水轮机", "光伏", "车用", "家用", "农用");

    private CatalogueScope() {
    }

    /** Whether the technology's section is the sector's own or a cross-sector one (no sector: cross-sector only). */
    public static boolean applies(Technology t, Sector sector) {
        String section = t.section() == null ? "" : t.section();
        if (CROSS_SECTOR.stream().anyMatch(section::contains)) {
            return true;
        }
        return sector != null && OWN.getOrDefault(sector, List.of()).stream().anyMatch(section::contains);
    }

    private static final java.util.regex.Pattern TECHNOLOGY_REF = java.util.regex.Pattern.compile("年版）(（[^）]+）[^ ]+) 第(\\d+)项");

    /**
     * Whether a reference as a task cites it ({@link DiagnosisRules#ref}) is one this sector may be
     * given: a technology of its own or a cross-sector section (an equipment model: not one named
     * for an application); a reference that names no technology of the catalogue is kept.
     */
    public static boolean referenceApplies(org.energydiag.core.catalogue.Catalogue c, String ref, Sector sector) {
        java.util.regex.Matcher m = TECHNOLOGY_REF.matcher(ref);
        if (c != null && m.find()) {
            String section = m.group(1);
            int number = Integer.parseInt(m.group(2));
            return c.technologies().stream().filter(t -> section.equals(t.section()) && t.number() == number).findFirst()
                    .map(t -> applies(t, sector)).orElse(true);
        }
        return true;
    }

    /** Whether an equipment model fits items described by {@code itemText} (names, models, fuel of the items). */
    public static boolean fits(EquipmentModel m, String itemText) {
        String name = (m.product() == null ? "" : m.product()) + " " + (m.model() == null ? "" : m.model());
        String items = itemText == null ? "" : itemText;
        return APPLICATIONS.stream().noneMatch(w -> name.contains(w) && !items.contains(w));
    }
}
