package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.equipment.EquipmentClass;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/**
 * {@code rate --json} and {@code tasks --json} match each result to its input by the equipment id
 * and carry the standard, table and edition of each rating and the rule that derived its limits
 * (issue #18), run in-process as {@code Main} wires them.
 */
class EquipmentJsonCliTest extends CliHarness {

    private JsonNode json(String... args) throws Exception {
        assertThat(run(args)).as(String.join(" ", args) + ": " + err()).isZero();
        return new ObjectMapper().readTree(out());
    }

    private static EquipmentItem item(String id, EquipmentClass c, Object... fieldValuePairs) {
        Map<EquipmentField, String> m = new EnumMap<>(EquipmentField.class);
        m.put(EquipmentField.QUANTITY, "1");
        for (int i = 0; i < fieldValuePairs.length; i += 2) {
            m.put((EquipmentField) fieldValuePairs[i], String.valueOf(fieldValuePairs[i + 1]));
        }
        return new EquipmentItem(id, c, m, null);
    }

    /**
     * The cement demo before the engineer's decisions (so the rules' tasks are open candidates), plus
     * the 9.2 kW motor and a variable-speed compressor.
     */
    private Path project() throws Exception {
        Path f = dir.resolve("demo.edproj");
        DiagnosisProject p = DemoProjects.cementPlant(Instant.parse("2026-06-01T00:00:00Z"), "某诊断机构");
        List<EquipmentItem> items = new ArrayList<>(p.equipment().items());
        items.add(item("motor-9.2", EquipmentClass.MOTOR, EquipmentField.NAME, "9.2 kW 清水泵电机", EquipmentField.RATED_POWER, "9.2",
                EquipmentField.POLES, "2", EquipmentField.RATED_EFFICIENCY, "90.3", EquipmentField.RUNNING_HOURS, "6000",
                EquipmentField.LOAD_RATE, "75"));
        items.add(item("vsd-90", EquipmentClass.AIR_COMPRESSOR, EquipmentField.NAME, "4#变频空压机", EquipmentField.RATED_POWER, "90",
                EquipmentField.COMPRESSOR_TYPE, "回转式", EquipmentField.LUBRICATION, "喷油", EquipmentField.DRIVE, "变频",
                EquipmentField.COOLING, "风冷", EquipmentField.PRESSURE_MPA, "0.7", EquipmentField.SPECIFIC_POWER, "7.2"));
        ProjectFile.write(p.withEquipment(p.equipment().withItems(items), p.updatedAt()), f, "test", Instant.parse("2026-06-01T00:00:00Z"));
        return f;
    }

    @Test
    void rateJsonCarriesTheItemIdAndTheStandardTableEditionAndRuleOfEachGrade() throws Exception {
        Path f = project();
        DiagnosisProject p = ProjectFile.read(f);
        JsonNode rate = json("rate", f.toString(), "--json");
        assertThat(rate.path("gradeTablesVersion").asText()).isEqualTo("2026.2");
        Map<String, JsonNode> byId = new HashMap<>();
        rate.path("items").forEach(i -> byId.put(i.path("id").asText(), i));
        Set<String> inputIds = new HashSet<>();
        p.equipment().items().forEach(i -> inputIds.add(i.id()));
        assertThat(byId.keySet()).as("one result per input item, matched by id").isEqualTo(inputIds);
        // the case: 9.2 kW 2 poles at 90.3 % — GB 18613-2020 表1 between 7.5 and 11 kW, 3级 (IE3) by
        // the IEC 60034-30-1 formula 90.7 % (A 0.3569, B −3.3076, C 11.6108, D 82.2503 at x = log10 9.2) → 不达标
        JsonNode motor = byId.get("motor-9.2");
        assertThat(motor.path("grade").asText()).isEqualTo("不达标");
        assertThat(motor.path("standard").asText()).isEqualTo("GB 18613-2020");
        assertThat(motor.path("table").asText()).isEqualTo("表1");
        assertThat(motor.path("edition").asText()).isEqualTo("2020");
        assertThat(motor.path("rule").asText()).isEqualTo("功率档间按 IEC 60034-30-1 插值公式");
        assertThat(motor.path("citation").asText()).isEqualTo("GB 18613-2020 表1（功率档间按 IEC 60034-30-1 插值公式）");
        assertThat(motor.path("basis").asText()).contains("3级限值（能效限定值）90.7%");
        // a compliant variable-speed compressor: GB 19153-2019 表2, 90 kW 风冷 0.7 MPa, 3级 7.3 (表1 would give 6.9)
        JsonNode vsd = byId.get("vsd-90");
        assertThat(vsd.path("grade").asText()).isEqualTo("3级");
        assertThat(vsd.path("standard").asText()).isEqualTo("GB 19153-2019");
        assertThat(vsd.path("table").asText()).isEqualTo("表2");
        assertThat(vsd.path("edition").asText()).isEqualTo("2019");
        assertThat(vsd.path("rule").asText()).isEmpty();
        // a listed motor power cites its table without a rule
        JsonNode belt = rate.path("items").findParents("name").stream().filter(i -> i.path("name").asText().equals("胶带输送机电机"))
                .findFirst().orElseThrow();
        assertThat(belt.path("citation").asText()).isEqualTo("GB 18613-2020 表1");
        // the text form prints the citation with the rule
        assertThat(run("rate", f.toString())).isZero();
        assertThat(out()).contains("9.2 kW 清水泵电机").contains("GB 18613-2020 表1（功率档间按 IEC 60034-30-1 插值公式）");
    }

    @Test
    void tasksJsonNamesTheEquipmentOfEachFindingAndTask() throws Exception {
        Path f = project();
        JsonNode tasks = json("tasks", f.toString(), "--json", "--no-meters");
        Map<String, JsonNode> byEquipment = new HashMap<>();
        tasks.path("findings").forEach(x -> {
            if (x.has("equipmentId")) {
                byEquipment.put(x.path("equipmentId").asText(), x);
            }
        });
        JsonNode motor = byEquipment.get("motor-9.2");
        assertThat(motor).as("the 9.2 kW motor below 3级 is a finding").isNotNull();
        assertThat(motor.path("standard").asText()).isEqualTo("GB 18613-2020");
        assertThat(motor.path("table").asText()).isEqualTo("表1");
        assertThat(motor.path("edition").asText()).isEqualTo("2020");
        assertThat(motor.path("rule").asText()).isEqualTo("功率档间按 IEC 60034-30-1 插值公式");
        assertThat(motor.path("evidence").asText()).contains("IEC 60034-30-1");
        JsonNode vsd = byEquipment.get("vsd-90");
        assertThat(vsd).as("the 3级 variable-speed compressor is a finding").isNotNull();
        assertThat(vsd.path("table").asText()).isEqualTo("表2");
        // findings of other rules carry no equipment id
        tasks.path("findings").forEach(x -> {
            if (!x.path("origin").asText().equals("EQUIPMENT")) {
                assertThat(x.has("equipmentId")).as(x.path("id").asText()).isFalse();
            }
        });
        // the candidate task made from the motor finding names its items
        List<String> taskEquipment = new ArrayList<>();
        tasks.path("tasksByCategory").forEach(c -> c.path("candidates").forEach(t -> t.path("equipmentIds")
                .forEach(id -> taskEquipment.add(id.asText()))));
        assertThat(taskEquipment).contains("motor-9.2", "vsd-90");
    }
}
