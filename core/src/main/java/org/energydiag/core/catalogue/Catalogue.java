package org.energydiag.core.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.energydiag.core.text.Texts;

/**
 * The national catalogue of recommended energy-saving and carbon-reduction technologies and
 * equipment (《国家工业和信息化领域节能降碳技术装备推荐目录》): technologies by part and section,
 * and equipment models by class, each row with the 序号 as printed in the source.
 *
 * <p>The 2024 edition is bundled ({@link #loadBundled()}); a newer edition in the same JSON format
 * can be read with {@link #load(InputStream)} without a new release. Instances are immutable.
 */
public final class Catalogue {

    /** Name of the bundled edition, next to this class. */
    static final String BUNDLED = "catalogue-2024.json";

    /** A section of the technology parts, in catalogue order, with its number of technologies. */
    public record Section(String part, String name, int count) {
    }

    /** An equipment class, in catalogue order, with its number of models. */
    public record EquipmentClass(String part, String name, int count) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CatalogueFile(String edition, String title, String source, List<Technology> technologies,
                         List<EquipmentModel> equipment) {
    }

    private record Indexed<T>(T item, String name, String all, String group) {
    }

    /**
     * Words an inventory class may be called by, mapped to a word of the catalogue's class name.
     * Checked before plain containment so that, e.g., "热泵" means refrigeration, not pumps.
     */
    private static final Map<String, String> CLASS_ALIASES = aliases();

    private static Map<String, String> aliases() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("热泵", "制冷");
        m.put("空调", "制冷");
        m.put("冷水机", "制冷");
        m.put("冷机", "制冷");
        m.put("冷库", "制冷");
        m.put("电机", "电动机");
        m.put("马达", "电动机");
        m.put("空压", "压缩机");
        m.put("注塑机", "塑料机械");
        m.put("注射成型机", "塑料机械");
        m.put("发动机", "内燃机");
        m.put("柴油机", "内燃机");
        m.put("汽油机", "内燃机");
        return m;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final String edition;
    private final String title;
    private final String source;
    private final List<Technology> technologies;
    private final List<EquipmentModel> equipment;
    private final List<Indexed<Technology>> technologyIndex;
    private final List<Indexed<EquipmentModel>> equipmentIndex;

    private Catalogue(CatalogueFile f) {
        this.edition = f.edition();
        this.title = f.title();
        this.source = f.source() == null ? "" : f.source();
        this.technologies = List.copyOf(f.technologies());
        this.equipment = List.copyOf(f.equipment());
        this.technologyIndex = technologies.stream().map(t -> new Indexed<>(t, norm(t.name()),
                norm(t.name() + "\n" + t.description() + "\n" + t.applicability()), null)).toList();
        this.equipmentIndex = equipment.stream().map(e -> new Indexed<>(e, norm(e.product() + "\n" + e.model()),
                norm(e.product() + "\n" + e.model() + "\n" + e.applicant() + "\n" + e.efficiency()),
                norm(e.equipmentClass()))).toList();
    }

    /** The edition bundled with the application (2024). */
    public static Catalogue loadBundled() {
        try (InputStream in = Catalogue.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalogue missing: " + BUNDLED);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("bundled catalogue unreadable", e);
        }
    }

    /**
     * Reads an edition in the bundled JSON format (the stream is not closed).
     *
     * @throws IllegalArgumentException with a Chinese message naming the row when the file is not a
     *                                  catalogue, a list is empty or a required field is missing
     */
    public static Catalogue load(InputStream in) {
        Objects.requireNonNull(in, "in");
        CatalogueFile f;
        try {
            f = MAPPER.readValue(in, CatalogueFile.class);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException(Texts.format("catalogue.notACatalogue", why));
        }
        if (f == null) {
            throw new IllegalArgumentException(Texts.get("catalogue.emptyFile"));
        }
        validate(f);
        return new Catalogue(f);
    }

    private static void validate(CatalogueFile f) {
        if (blank(f.edition())) {
            throw new IllegalArgumentException(Texts.get("catalogue.noEdition"));
        }
        if (blank(f.title())) {
            throw new IllegalArgumentException(Texts.get("catalogue.noTitle"));
        }
        if (f.technologies() == null || f.technologies().isEmpty()) {
            throw new IllegalArgumentException(Texts.get("catalogue.noTechnologies"));
        }
        if (f.equipment() == null || f.equipment().isEmpty()) {
            throw new IllegalArgumentException(Texts.get("catalogue.noEquipment"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < f.technologies().size(); i++) {
            Technology t = f.technologies().get(i);
            String where = Texts.format("catalogue.technologyRow", i + 1);
            if (t == null) {
                throw new IllegalArgumentException(Texts.format("catalogue.emptyRow", where));
            }
            if (!blank(t.section())) {
                where += Texts.format("catalogue.rowNumber", t.section(), t.number());
            }
            require(t.part(), where, Texts.get("catalogue.fieldPart"));
            require(t.section(), where, Texts.get("catalogue.fieldSection"));
            if (t.number() <= 0) {
                throw new IllegalArgumentException(Texts.format("catalogue.noNumber", where));
            }
            require(t.name(), where, Texts.get("catalogue.fieldName"));
            require(t.description(), where, Texts.get("catalogue.fieldDescription"));
            require(t.applicability(), where, Texts.get("catalogue.fieldApplicability"));
            if (!seen.add(t.section() + "\n" + t.number())) {
                throw new IllegalArgumentException(Texts.format("catalogue.duplicateInSection", where));
            }
        }
        seen.clear();
        for (int i = 0; i < f.equipment().size(); i++) {
            EquipmentModel e = f.equipment().get(i);
            String where = Texts.format("catalogue.equipmentRow", i + 1);
            if (e == null) {
                throw new IllegalArgumentException(Texts.format("catalogue.emptyRow", where));
            }
            if (!blank(e.equipmentClass())) {
                where += Texts.format("catalogue.rowNumber", e.equipmentClass(), e.number());
            }
            require(e.part(), where, Texts.get("catalogue.fieldPart"));
            require(e.equipmentClass(), where, Texts.get("catalogue.fieldEquipmentClass"));
            if (e.number() <= 0) {
                throw new IllegalArgumentException(Texts.format("catalogue.noNumber", where));
            }
            require(e.applicant(), where, Texts.get("catalogue.fieldApplicant"));
            require(e.product(), where, Texts.get("catalogue.fieldProduct"));
            require(e.model(), where, Texts.get("catalogue.fieldModel"));
            require(e.efficiency(), where, Texts.get("catalogue.fieldEfficiency"));
            if (!seen.add(e.equipmentClass() + "\n" + e.number())) {
                throw new IllegalArgumentException(Texts.format("catalogue.duplicateInClass", where));
            }
        }
    }

    private static void require(String value, String where, String field) {
        if (blank(value)) {
            throw new IllegalArgumentException(Texts.format("catalogue.missingField", where, field));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String edition() {
        return edition;
    }

    public String title() {
        return title;
    }

    /** The announcement the edition was published with. */
    public String source() {
        return source;
    }

    /** All technologies in catalogue order. */
    public List<Technology> technologies() {
        return technologies;
    }

    /** All equipment models in catalogue order. */
    public List<EquipmentModel> equipment() {
        return equipment;
    }

    /** The parts in catalogue order: the technology parts, then the equipment part(s). */
    public List<String> parts() {
        Set<String> parts = new LinkedHashSet<>();
        technologies.forEach(t -> parts.add(t.part()));
        equipment.forEach(e -> parts.add(e.part()));
        return List.copyOf(parts);
    }

    /** The technology sections in catalogue order, each with its part and number of technologies. */
    public List<Section> sections() {
        return grouped(technologies, t -> t.part() + "\n" + t.section()).stream()
                .map(g -> new Section(g.get(0).part(), g.get(0).section(), g.size())).toList();
    }

    /** The equipment classes in catalogue order, each with its number of models. */
    public List<EquipmentClass> equipmentClasses() {
        return grouped(equipment, e -> e.part() + "\n" + e.equipmentClass()).stream()
                .map(g -> new EquipmentClass(g.get(0).part(), g.get(0).equipmentClass(), g.size())).toList();
    }

    private static <T> List<List<T>> grouped(List<T> rows, Function<T, String> key) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return List.copyOf(groups.values());
    }

    /**
     * Full-text search over name, description and applicability: every whitespace-separated term
     * must occur (case- and width-insensitive substring). Technologies whose name holds all terms
     * come first, then those whose name holds some, then description/applicability-only matches;
     * catalogue order within each rank. A blank query matches everything.
     *
     * @param partOrNull    keep only technologies whose part contains this text (null or blank: all)
     * @param sectionOrNull keep only technologies whose section contains this text (null or blank: all)
     */
    public List<Technology> searchTechnologies(String query, String partOrNull, String sectionOrNull) {
        List<String> terms = terms(query);
        String part = blank(partOrNull) ? null : norm(partOrNull.strip());
        String section = blank(sectionOrNull) ? null : norm(sectionOrNull.strip());
        List<Indexed<Technology>> candidates = technologyIndex.stream()
                .filter(x -> part == null || norm(x.item().part()).contains(part))
                .filter(x -> section == null || norm(x.item().section()).contains(section))
                .toList();
        return ranked(candidates, terms);
    }

    /**
     * Full-text search over product, model, applicant and efficiency, with the same rules as
     * {@link #searchTechnologies}: product/model matches rank before applicant/efficiency-only ones.
     *
     * @param classOrNull keep only models of the classes {@link #equipmentForClass} would pick for
     *                    this keyword (null or blank: all)
     */
    public List<EquipmentModel> searchEquipment(String query, String classOrNull) {
        List<String> terms = terms(query);
        List<Indexed<EquipmentModel>> candidates = blank(classOrNull) ? equipmentIndex
                : equipmentIndex.stream().filter(x -> classMatches(x.group(), classOrNull)).toList();
        return ranked(candidates, terms);
    }

    /**
     * The models of the equipment classes that match an inventory class keyword, in catalogue order:
     * classes whose name contains the keyword ("变压器", "风机", "泵", "压缩机", "锅炉", "制冷"),
     * whose short name the keyword contains ("水泵", "配电变压器", "锅炉窑炉"), or that a common
     * synonym points to ("电机"/"永磁电机" → 电动机, "空压机" → 压缩机, "热泵"/"空调"/"冷水机组" →
     * 工业制冷设备, "注塑机" → 塑料机械, "柴油机" → 内燃机). A blank keyword matches nothing.
     */
    public List<EquipmentModel> equipmentForClass(String keyword) {
        if (blank(keyword)) {
            return List.of();
        }
        return equipmentIndex.stream().filter(x -> classMatches(x.group(), keyword)).map(Indexed::item).toList();
    }

    private static boolean classMatches(String normalizedClass, String keyword) {
        String k = norm(keyword.strip());
        if (k.isEmpty()) {
            return false;
        }
        List<String> aliasTargets = CLASS_ALIASES.entrySet().stream()
                .filter(a -> k.contains(a.getKey())).map(Map.Entry::getValue).toList();
        if (!aliasTargets.isEmpty()) {
            return aliasTargets.stream().anyMatch(normalizedClass::contains);
        }
        if (normalizedClass.contains(k)) {
            return true;
        }
        String bare = bare(normalizedClass);
        return !bare.isEmpty() && k.contains(bare);
    }

    /** "(九)工业制冷设备" → "制冷": without the number, "工业" and "设备". */
    private static String bare(String normalizedClass) {
        String s = normalizedClass.replaceFirst("^\\([^)]*\\)", "").strip();
        if (s.startsWith("工业") && s.length() > 2) {
            s = s.substring(2);
        }
        if (s.endsWith("设备") && s.length() > 2) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    private static <T> List<T> ranked(List<Indexed<T>> candidates, List<String> terms) {
        record Hit<T>(T item, int rank) {
        }
        List<Hit<T>> hits = new ArrayList<>();
        for (Indexed<T> x : candidates) {
            int rank = rank(x, terms);
            if (rank >= 0) {
                hits.add(new Hit<>(x.item(), rank));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank)); // stable: catalogue order within a rank
        return hits.stream().map(Hit::item).toList();
    }

    /** -1: no match; 0: all terms in the name; 1: some in the name; 2: none in the name. */
    private static int rank(Indexed<?> x, List<String> terms) {
        int inName = 0;
        for (String t : terms) {
            if (!x.all().contains(t)) {
                return -1;
            }
            if (x.name().contains(t)) {
                inName++;
            }
        }
        return inName == terms.size() ? 0 : inName > 0 ? 1 : 2;
    }

    private static List<String> terms(String query) {
        if (blank(query)) {
            return List.of();
        }
        List<String> terms = new ArrayList<>();
        for (String t : norm(query).split("\\s+")) {
            if (!t.isEmpty()) {
                terms.add(t);
            }
        }
        return terms;
    }

    /** Width- and case-folded text for matching (full-width letters, digits, spaces, brackets). */
    private static String norm(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
