package org.energydiag.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    private static final String TECH_1 = "一、工业节能降碳技术";
    private static final String TECH_2 = "二、信息化领域节能降碳技术";
    private static final String EQUIP = "三、高效节能装备";

    private final Catalogue c = Catalogue.loadBundled();

    @Test
    void bundledEditionIs2024() {
        assertThat(c.edition()).isEqualTo("2024");
        assertThat(c.title()).isEqualTo("国家工业和信息化领域节能降碳技术装备推荐目录（2024年版）");
        assertThat(c.source()).contains("工业和信息化部公告").contains("2024年第8号");
        assertThat(c.parts()).containsExactly(TECH_1, TECH_2, EQUIP);
    }

    @Test
    void has173TechnologiesIn15SectionsWithTheCountsOfTheSource() {
        assertThat(c.technologies()).hasSize(173);
        assertThat(c.sections()).extracting(Catalogue.Section::part, Catalogue.Section::name, Catalogue.Section::count)
                .containsExactly(
                        tuple(TECH_1, "（一）钢铁行业节能降碳技术", 7),
                        tuple(TECH_1, "（二）有色金属行业节能降碳技术", 5),
                        tuple(TECH_1, "（三）石化化工行业节能降碳技术", 12),
                        tuple(TECH_1, "（四）建材行业节能降碳技术", 5),
                        tuple(TECH_1, "（五）机械行业节能降碳技术", 32),
                        tuple(TECH_1, "（六）轻工行业节能降碳技术", 3),
                        tuple(TECH_1, "（七）煤炭清洁高效利用技术", 3),
                        tuple(TECH_1, "（八）系统能量梯级利用技术", 6),
                        tuple(TECH_1, "（九）工业绿色微电网技术", 7),
                        tuple(TECH_1, "（十）氢能制取及利用技术", 15),
                        tuple(TECH_1, "（十一）智慧能源管控技术", 11),
                        tuple(TECH_1, "（十二）工业降碳技术", 12),
                        tuple(TECH_2, "（一）数据中心节能降碳技术", 34),
                        tuple(TECH_2, "（二）通信基站、机房节能降碳技术", 12),
                        tuple(TECH_2, "（三）数字化绿色化协同转型技术", 9));
        assertThat(c.technologies().stream().filter(t -> t.part().equals(TECH_1))).hasSize(118);
        assertThat(c.technologies().stream().filter(t -> t.part().equals(TECH_2))).hasSize(55);
    }

    @Test
    void technologyNumbersRunOneToNInEverySection() {
        for (Catalogue.Section s : c.sections()) {
            List<Integer> numbers = c.technologies().stream()
                    .filter(t -> t.part().equals(s.part()) && t.section().equals(s.name()))
                    .map(Technology::number).toList();
            assertThat(numbers).as(s.name()).isEqualTo(IntStream.rangeClosed(1, s.count()).boxed().toList());
        }
    }

    @Test
    void has172EquipmentModelsIn9ClassesWithTheCountsOfTheSource() {
        assertThat(c.equipment()).hasSize(172);
        assertThat(c.equipmentClasses()).extracting(Catalogue.EquipmentClass::name, Catalogue.EquipmentClass::count)
                .containsExactly(
                        tuple("（一）电动机", 32),
                        tuple("（二）工业锅炉", 4),
                        tuple("（三）变压器", 15),
                        tuple("（四）风机", 30),
                        tuple("（五）压缩机", 29),
                        tuple("（六）泵", 9),
                        tuple("（七）塑料机械", 7),
                        tuple("（八）内燃机", 3),
                        tuple("（九）工业制冷设备", 43));
        assertThat(c.equipment()).allMatch(e -> e.part().equals(EQUIP));
    }

    @Test
    void equipmentNumbersRunOneToNExceptTheTransformerGapAt13() {
        for (Catalogue.EquipmentClass k : c.equipmentClasses()) {
            List<Integer> numbers = c.equipment().stream().filter(e -> e.equipmentClass().equals(k.name()))
                    .map(EquipmentModel::number).toList();
            if (k.name().equals("（三）变压器")) {
                List<Integer> expected = new ArrayList<>(IntStream.rangeClosed(1, 16).boxed().toList());
                expected.remove(Integer.valueOf(13));
                assertThat(numbers).as(k.name()).isEqualTo(expected).doesNotContain(13);
            } else {
                assertThat(numbers).as(k.name()).isEqualTo(IntStream.rangeClosed(1, k.count()).boxed().toList());
            }
        }
    }

    @Test
    void noPageHeadersOrPageNumbersLeftInTheText() {
        for (Technology t : c.technologies()) {
            for (String s : List.of(t.name(), t.description(), t.applicability())) {
                assertThat(s).as("%s %d", t.section(), t.number())
                        .doesNotContain("中国重型机械", "政策汇编", "序号", "技术名称", "\n")
                        .isEqualTo(s.strip());
            }
            // names start with a letter or a digit that belongs to the name (e.g. 10kV), never a row number
            assertThat(t.name()).as("%s %d", t.section(), t.number()).doesNotMatch("^\\d+\\s.*").doesNotContain(" ");
            assertThat(t.applicability()).startsWith("适用");
            assertThat(t.description()).endsWith("。");
        }
        for (EquipmentModel e : c.equipment()) {
            for (String s : List.of(e.applicant(), e.product(), e.model(), e.efficiency())) {
                assertThat(s).as("%s %d", e.equipmentClass(), e.number())
                        .doesNotContain("中国重型机械", "政策汇编", "序号", " ", "\n").isNotBlank();
            }
            assertThat(e.efficiency()).isEqualTo("优于1级能效");
        }
    }

    @Test
    void spotChecksAgainstTheSource() {
        Technology steel5 = tech("（一）钢铁行业节能降碳技术", 5);
        assertThat(steel5.name()).isEqualTo("钢铁烧结烟气选择性循环技术");
        assertThat(steel5.description()).startsWith("基于烧结风箱烟气排放特征的差异").endsWith("实现节能减污降碳协同治理。");
        assertThat(steel5.applicability()).isEqualTo("适用于钢铁行业烧结烟气治理。");
        // the rows around the page headers of the source
        assertThat(tech("（二）有色金属行业节能降碳技术", 5).applicability()).isEqualTo("适用于有色金属行业窑炉设备。");
        assertThat(tech("（九）工业绿色微电网技术", 7).applicability()).isEqualTo("适用于储能、热电联产、光热电行业。");
        assertThat(tech("（五）机械行业节能降碳技术", 3).name()).isEqualTo("10kV永磁直驱变频调速一体机装置");
        assertThat(tech("（一）数据中心节能降碳技术", 26).name())
                .isEqualTo("浸没式液冷用零臭氧消耗潜能值、低全球变暖潜能氟化冷却液技术");
        assertThat(tech("（三）数字化绿色化协同转型技术", 9).name()).isEqualTo("基于工业互联网面向工业窑炉节能燃烧的大涡湍流算法");

        EquipmentModel t2 = equip("（三）变压器", 2);
        assertThat(t2.applicant()).isEqualTo("上海置信电气非晶有限公司");
        assertThat(t2.product()).isEqualTo("三相油浸式非晶合金立体卷铁心配电变压器");
        assertThat(t2.model()).isEqualTo("SBH25-M.RL-100/10-NX1");
        assertThat(equip("（三）变压器", 14).applicant()).isEqualTo("海南金盘智能科技股份有限公司");
        assertThat(equip("（一）电动机", 29).model()).isEqualTo("TYZD-355M2-6-50/315kW");
        EquipmentModel r20 = equip("（九）工业制冷设备", 20);
        assertThat(r20.applicant()).isEqualTo("克莱门特捷联制冷设备（上海）有限公司");
        assertThat(r20.product()).isEqualTo("螺杆式低温空气源热泵（冷水）机组");
        assertThat(r20.model()).isEqualTo("ERACS.E-N-LT-X");
        assertThat(equip("（九）工业制冷设备", 5).model()).isEqualTo("LSBLX350/R4(BP)-QNLEA10CA10");
        assertThat(equip("（二）工业锅炉", 3).model()).isEqualTo("SZS15-2.5-Y、Q(LN)(2)");
    }

    @Test
    void searchRanksNameMatchesFirst() {
        List<Technology> hits = c.searchTechnologies("余热", null, null);
        assertThat(hits).isNotEmpty();
        long inName = c.technologies().stream().filter(t -> t.name().contains("余热")).count();
        assertThat(inName).isGreaterThan(5);
        assertThat(hits.subList(0, (int) inName)).allMatch(t -> t.name().contains("余热"));
        assertThat(hits.subList((int) inName, hits.size())).noneMatch(t -> t.name().contains("余热"))
                .isNotEmpty()
                .allMatch(t -> (t.description() + t.applicability()).contains("余热"));
        assertThat(hits.get(0)).isEqualTo(tech("（一）钢铁行业节能降碳技术", 6)); // catalogue order within a rank
    }

    @Test
    void everyTermMustMatchAndCaseAndWidthDoNotMatter() {
        List<Technology> hits = c.searchTechnologies("数据中心  液冷", null, null);
        assertThat(hits).isNotEmpty().allMatch(t -> all(t).contains("数据中心") && all(t).contains("液冷"));
        assertThat(c.searchTechnologies("ups", null, null)).extracting(Technology::name)
                .contains("模块化不间断电源（UPS）技术");
        assertThat(c.searchTechnologies("ＵＰＳ", null, null)).isEqualTo(c.searchTechnologies("UPS", null, null));
        assertThat(c.searchTechnologies("余热 不存在的词", null, null)).isEmpty();
        assertThat(c.searchTechnologies("", null, null)).hasSize(173);
    }

    @Test
    void searchFiltersByPartAndSection() {
        List<Technology> steel = c.searchTechnologies("余热", null, "钢铁行业");
        assertThat(steel).isNotEmpty().allMatch(t -> t.section().equals("（一）钢铁行业节能降碳技术"));
        assertThat(steel).extracting(Technology::number).contains(6, 7);
        assertThat(c.searchTechnologies(null, null, "（一）数据中心节能降碳技术")).hasSize(34);
        assertThat(c.searchTechnologies("", TECH_2, null)).hasSize(55).allMatch(t -> t.part().equals(TECH_2));
        assertThat(c.searchTechnologies("氢", "信息化", null)).allMatch(t -> t.part().equals(TECH_2));
    }

    @Test
    void equipmentSearchAndClasses() {
        List<EquipmentModel> maglev = c.searchEquipment("磁悬浮", "风机");
        assertThat(maglev).isNotEmpty().allMatch(e -> e.equipmentClass().equals("（四）风机"))
                .allMatch(e -> e.product().contains("磁悬浮"));
        assertThat(c.searchEquipment("磁悬浮", null)).extracting(EquipmentModel::equipmentClass)
                .contains("（四）风机", "（九）工业制冷设备");
        assertThat(c.searchEquipment("硕源", null)).hasSize(8).allMatch(e -> e.applicant().contains("硕源"));
        assertThat(c.searchEquipment("scb18", "变压器")).extracting(EquipmentModel::number).containsExactly(7, 11, 14, 15);
        // product matches before applicant-only matches
        List<EquipmentModel> saving = c.searchEquipment("节能", null);
        assertThat(saving.get(0).product()).isEqualTo("HDL系列伺服节能注塑机");
        assertThat(saving.subList(1, saving.size())).isNotEmpty()
                .allMatch(e -> !e.product().contains("节能") && e.applicant().contains("节能"));
    }

    @Test
    void equipmentForAnInventoryClass() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("电动机", 32);
        expected.put("电机", 32);
        expected.put("永磁同步电机", 32);
        expected.put("变压器", 15);
        expected.put("配电变压器", 15);
        expected.put("风机", 30);
        expected.put("泵", 9);
        expected.put("水泵", 9);
        expected.put("空压机", 29);
        expected.put("压缩机", 29);
        expected.put("锅炉", 4);
        expected.put("锅炉窑炉", 4);
        expected.put("制冷", 43);
        expected.put("热泵", 43);
        expected.put("空调", 43);
        expected.put("注塑机", 7);
        expected.put("内燃机", 3);
        expected.forEach((k, n) -> assertThat(c.equipmentForClass(k)).as(k).hasSize(n));
        assertThat(c.equipmentForClass("空压机")).allMatch(e -> e.equipmentClass().equals("（五）压缩机"));
        assertThat(c.equipmentForClass("热泵")).allMatch(e -> e.equipmentClass().equals("（九）工业制冷设备"));
        assertThat(c.equipmentForClass("")).isEmpty();
        assertThat(c.equipmentForClass("照明")).isEmpty();
    }

    @Test
    void loadsANewerEditionFromAStream() throws Exception {
        ObjectNode root = bundledJson();
        root.put("edition", "2025");
        root.put("title", "国家工业和信息化领域节能降碳技术装备推荐目录（2025年版）");
        ArrayNode techs = (ArrayNode) root.get("technologies");
        ObjectNode added = techs.get(0).deepCopy();
        added.put("number", 8).put("name", "测试用新技术").put("extra", "ignored");
        techs.insert(7, added);
        ((ArrayNode) root.get("equipment")).remove(0);

        Catalogue next = Catalogue.load(stream(root));
        assertThat(next.edition()).isEqualTo("2025");
        assertThat(next.technologies()).hasSize(174);
        assertThat(next.sections().get(0).count()).isEqualTo(8);
        assertThat(next.equipment()).hasSize(171);
        assertThat(next.searchTechnologies("测试用新技术", null, null)).extracting(Technology::number).containsExactly(8);
        assertThat(c.technologies()).hasSize(173); // the bundled one is untouched
    }

    @Test
    void refusesEmptyListsAndMissingFieldsWithAChineseMessage() throws Exception {
        ObjectNode empty = bundledJson();
        empty.putArray("equipment");
        assertThatThrownBy(() -> Catalogue.load(stream(empty))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("没有装备条目");

        ObjectNode noTech = bundledJson();
        noTech.remove("technologies");
        assertThatThrownBy(() -> Catalogue.load(stream(noTech))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("没有技术条目");

        ObjectNode noName = bundledJson();
        ((ObjectNode) noName.get("technologies").get(2)).put("name", " ");
        assertThatThrownBy(() -> Catalogue.load(stream(noName))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("第 3 条技术（（一）钢铁行业节能降碳技术 序号 3）：缺少技术名称（name）。");

        ObjectNode noModel = bundledJson();
        ((ObjectNode) noModel.get("equipment").get(40)).remove("model");
        assertThatThrownBy(() -> Catalogue.load(stream(noModel))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("第 41 条装备（（三）变压器 序号 5）").hasMessageContaining("产品型号");

        ObjectNode dup = bundledJson();
        ((ObjectNode) dup.get("technologies").get(1)).put("number", 1);
        assertThatThrownBy(() -> Catalogue.load(stream(dup))).hasMessageContaining("序号与同一章节中的另一条重复");

        assertThatThrownBy(() -> Catalogue.load(new ByteArrayInputStream("不是 JSON".getBytes())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("不是有效的节能降碳技术装备目录文件");
    }

    private Technology tech(String section, int number) {
        return c.technologies().stream().filter(t -> t.section().equals(section) && t.number() == number)
                .findFirst().orElseThrow();
    }

    private EquipmentModel equip(String equipmentClass, int number) {
        return c.equipment().stream().filter(e -> e.equipmentClass().equals(equipmentClass) && e.number() == number)
                .findFirst().orElseThrow();
    }

    private static String all(Technology t) {
        return t.name() + t.description() + t.applicability();
    }

    private static ObjectNode bundledJson() throws Exception {
        try (InputStream in = Catalogue.class.getResourceAsStream(Catalogue.BUNDLED)) {
            return (ObjectNode) new ObjectMapper().readTree(in);
        }
    }

    private static InputStream stream(ObjectNode root) throws Exception {
        return new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(root));
    }
}
