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

    /** Words in an equipment model's or an equipment task's technology name that tie it to one application or fuel. */
    static final List<String> APPLICATIONS = List.of("井用", "潜水", "矿用", "船用", "数据中心", "机房", "燃煤", "煤粉", "循环流化床",
            "流化床", "固体废弃物", "垃圾", "生物质", "燃油", "水轮机", "光伏", "车用", "家用", "农用", "浓硫酸", "液下", "核",
            "污泥", "脱硫", "抽油机", "油田", "储能", "封存");

    /**
     * Industries a cross-sector technology may be written for (its name says so, e.g. 基于工业互联网的
     * 钢铁企业能源管控系统): such an item applies only to that industry's enterprises; words of an
     * industry none of the notice's sectors is (核电, 油田, 污泥 …) keep it from every enterprise.
     */
    private static final Map<String, List<Sector>> INDUSTRY_WORDS = new java.util.LinkedHashMap<>();

    static {
        List<Sector> chemicals = List.of(Sector.OIL_REFINING, Sector.ETHYLENE, Sector.SYNTHETIC_AMMONIA, Sector.METHANOL, Sector.PVC);
        for (String w : List.of("钢铁", "高炉", "转炉", "焦炉", "烧结", "轧钢")) {
            INDUSTRY_WORDS.put(w, List.of(Sector.STEEL));
        }
        for (String w : List.of("电解铝", "有色")) {
            INDUSTRY_WORDS.put(w, List.of(Sector.ELECTROLYTIC_ALUMINIUM));
        }
        for (String w : List.of("石化", "化工", "炼油", "乙烯", "合成氨", "甲醇", "氯碱")) {
            INDUSTRY_WORDS.put(w, chemicals);
        }
        for (String w : List.of("水泥", "熟料", "玻璃", "建材", "陶瓷")) {
            INDUSTRY_WORDS.put(w, List.of(Sector.CEMENT, Sector.FLAT_GLASS));
        }
        for (String w : List.of("造纸", "印染", "纺织")) {
            INDUSTRY_WORDS.put(w, List.of(Sector.PAPER, Sector.PRINTING_DYEING));
        }
        INDUSTRY_WORDS.put("数据中心", List.of(Sector.COMPUTING_FACILITY));
        INDUSTRY_WORDS.put("基站", List.of(Sector.TELECOM_BASE_STATION));
        for (String w : List.of("核电", "核能", "压水堆", "油田", "抽油机", "污泥", "煤矿", "矿井", "船舶")) {
            INDUSTRY_WORDS.put(w, List.of());
        }
    }

    private CatalogueScope() {
    }

    /** Whether the technology's section is the sector's own or a cross-sector one (no sector: cross-sector only). */
    public static boolean applies(Technology t, Sector sector) {
        String section = t.section() == null ? "" : t.section();
        if (CROSS_SECTOR.stream().anyMatch(section::contains)) {
            // a cross-sector item written for one industry is that industry's
            String name = t.name() == null ? "" : t.name();
            for (Map.Entry<String, List<Sector>> e : INDUSTRY_WORDS.entrySet()) {
                if (name.contains(e.getKey()) && (sector == null || !e.getValue().contains(sector))) {
                    return false;
                }
            }
            return true;
        }
        return sector != null && OWN.getOrDefault(sector, List.of()).stream().anyMatch(section::contains);
    }

    /** Plant features a diagnosis does not record (a wet desulphurisation unit, sludge, CO2 storage …). */
    static final List<String> NICHE = List.of("核", "污泥", "湿法脱硫", "抽油机", "油田", "封存");

    /**
     * Whether a technology needs a plant feature the project does not record ({@link #NICHE}): such an
     * item is not suggested from a finding; the engineer can still pick it from the catalogue.
     */
    public static boolean niche(Technology t) {
        String name = t.name() == null ? "" : t.name();
        return NICHE.stream().anyMatch(name::contains);
    }

    /**
     * Whether a technology's name is about equipment of the class its task is for: the class word
     * itself, not inside another word (电机 in 发电机 or 核电机组 is not a motor, 泵 in 热泵 is not a
     * pump), and no application or fuel the task's items do not have ({@link #APPLICATIONS}).
     */
    public static boolean aboutClass(Technology t, String classWord, String itemText) {
        String name = t.name() == null ? "" : t.name();
        String bare = switch (classWord) {
            case "电机" -> name.replace("发电机", "").replace("核电机", "");
            case "泵" -> name.replace("热泵", "");
            default -> name;
        };
        if (!bare.contains(classWord)) {
            return false;
        }
        String items = itemText == null ? "" : itemText;
        return APPLICATIONS.stream().noneMatch(w -> name.contains(w) && !items.contains(w));
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
