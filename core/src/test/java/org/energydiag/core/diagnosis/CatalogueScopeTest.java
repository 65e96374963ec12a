package org.energydiag.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.catalogue.Technology;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Sector;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.retrofit.RetrofitTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every catalogue reference a plan gives belongs to the enterprise's industry or a cross-sector section. */
class CatalogueScopeTest {

    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final Catalogue CATALOGUE = Catalogue.loadBundled();
    static final References REFS = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()), CATALOGUE,
            List.of());
    static final Pattern TECHNOLOGY = Pattern.compile("年版）(（[^）]+）[^ ]+) 第(\\d+)项");

    @ParameterizedTest
    @ValueSource(strings = {"cement", "methanol"})
    void referencesOfTheSampleTasksAreOfTheSectorOrCrossSector(String sample) {
        DiagnosisProject p = sample.equals("cement") ? DemoProjects.cementPlant(NOW, "某诊断机构")
                : DemoProjects.methanolPlant(NOW, "某诊断机构");
        Sector sector = p.enterprise().sector();
        ProjectEvaluation ev = ProjectEvaluation.of(p, REFS, List.of(), java.time.LocalDate.of(2026, 6, 1));
        List<String> refs = new ArrayList<>();
        for (RetrofitTask t : ev.report().candidates()) {
            refs.addAll(t.catalogueRefs());
        }
        assertThat(refs).as("the sample plan cites the catalogue").isNotEmpty();
        List<String> wrong = new ArrayList<>();
        for (String r : refs) {
            Matcher m = TECHNOLOGY.matcher(r);
            if (m.find()) {
                Technology t = CATALOGUE.technologies().stream().filter(x -> x.section().equals(m.group(1))
                        && x.number() == Integer.parseInt(m.group(2))).findFirst().orElseThrow(() -> new AssertionError("no such technology: " + r));
                if (!CatalogueScope.applies(t, sector)) {
                    wrong.add(r);
                }
            } else if (CatalogueScope.APPLICATIONS.stream().anyMatch(r::contains)) {
                wrong.add(r);
            }
        }
        assertThat(wrong).as("references outside %s and the cross-sector sections", sector.label()).isEmpty();
    }

    @Test
    void aCementPlantIsNotPointedToSteelOrChemicals() {
        Technology steel = CATALOGUE.technologies().stream().filter(t -> t.section().contains("钢铁")).findFirst().orElseThrow();
        Technology chem = CATALOGUE.technologies().stream().filter(t -> t.section().contains("石化化工")).findFirst().orElseThrow();
        Technology building = CATALOGUE.technologies().stream().filter(t -> t.section().contains("建材")).findFirst().orElseThrow();
        Technology cross = CATALOGUE.technologies().stream().filter(t -> t.section().contains("智慧能源管控")).findFirst().orElseThrow();
        assertThat(CatalogueScope.applies(steel, Sector.CEMENT)).isFalse();
        assertThat(CatalogueScope.applies(chem, Sector.CEMENT)).isFalse();
        assertThat(CatalogueScope.applies(building, Sector.CEMENT)).isTrue();
        assertThat(CatalogueScope.applies(cross, Sector.CEMENT)).isTrue();
        assertThat(CatalogueScope.applies(chem, Sector.METHANOL)).isTrue();
        assertThat(CatalogueScope.applies(building, null)).isFalse();
        assertThat(CatalogueScope.applies(cross, null)).isTrue();
    }

    @Test
    void aModelForOneApplicationFitsOnlyThatApplication() {
        var well = new org.energydiag.core.catalogue.EquipmentModel("三、高效节能装备", "（四）泵", 1, "某公司", "井用潜水电泵", "200QJ", "1级");
        assertThat(CatalogueScope.fits(well, "循环水泵 800 m³/h 卧式")).isFalse();
        assertThat(CatalogueScope.fits(well, "井用潜水电泵 深井取水")).isTrue();
    }

    /*
     * By class, medium and fuel, not by a shared character: the cement sample's equipment tasks are not
     * pointed to a nuclear plant's heat supply (核电机组 holds 电机), a heat pump or a CO2-storage pump for a
     * water pump (热泵 holds 泵), a sulphuric-acid pump, a solid-waste fluidised bed or a coal boiler's
     * carbon capture for a gas boiler, a biomass boiler for fans, or a steel plant's energy management
     * system from a cross-sector section.
     */
    @ParameterizedTest
    @ValueSource(strings = {"cement", "methanol"})
    void equipmentTasksCiteNothingOfAnotherClassMediumOrFuel(String sample) {
        DiagnosisProject p = sample.equals("cement") ? DemoProjects.cementPlant(NOW, "某诊断机构")
                : DemoProjects.methanolPlant(NOW, "某诊断机构");
        ProjectEvaluation ev = ProjectEvaluation.of(p, REFS, List.of(), java.time.LocalDate.of(2026, 6, 1));
        List<String> refs = new ArrayList<>();
        for (RetrofitTask t : ev.report().candidates()) {
            refs.addAll(t.catalogueRefs());
        }
        for (String word : List.of("核电", "压水堆", "热泵回收烟气湿法", "污泥", "浓硫酸", "固体废弃物", "燃煤锅炉", "生物质锅炉", "抽油机",
                "封存", "钢铁企业")) {
            assertThat(refs).as("no reference about %s", word).noneMatch(r -> r.contains(word) && !r.contains("（四）建材"));
        }
        if (sample.equals("cement")) {
            // the motor and gas boiler tasks still get their own class's models
            assertThat(refs).anyMatch(r -> r.contains("电动机") && r.contains("永磁"));
            assertThat(refs).anyMatch(r -> r.contains("低氮冷凝"));
        }
    }

    @Test
    void aTechnologyIsAboutAClassOnlyByItsOwnWord() {
        Technology nuclear = new Technology("二、节能降碳技术", "（八）系统能量梯级利用技术", 1, "压水堆核电机组核能供热关键技术", "", "");
        Technology heatPump = new Technology("二、节能降碳技术", "（八）系统能量梯级利用技术", 3, "基于高温水源热泵的污泥低温真空脱水干化一体化技术",
                "", "");
        Technology pumpSystem = new Technology("二、节能降碳技术", "（十一）智慧能源管控技术", 9, "水泵系统智能节能控制技术", "", "");
        assertThat(CatalogueScope.aboutClass(nuclear, "电机", "回转窑主电机")).isFalse();
        assertThat(CatalogueScope.aboutClass(heatPump, "泵", "循环冷却水泵")).isFalse();
        assertThat(CatalogueScope.aboutClass(pumpSystem, "泵", "循环冷却水泵")).isTrue();
        Technology steelEms = new Technology("二、节能降碳技术", "（十一）智慧能源管控技术", 6, "基于工业互联网的钢铁企业能源管控系统", "", "");
        assertThat(CatalogueScope.applies(steelEms, Sector.CEMENT)).isFalse();
        assertThat(CatalogueScope.applies(steelEms, Sector.STEEL)).isTrue();
    }
}
