package org.energydiag.core.process;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.energydiag.core.reference.EnergyReference;
import org.junit.jupiter.api.Test;

class ProcessFlowTest {

    static ProcessUnit unit(String id, String name, String... next) {
        return new ProcessUnit(id, name, "", "", List.of(), "", List.of(), List.of(next));
    }

    static final ProcessFlow ABC = new ProcessFlow(List.of(unit("a", "A", "b"), unit("b", "B", "c"), unit("c", "C")));

    static List<String> ids(ProcessFlow f) {
        return f.units().stream().map(ProcessUnit::id).toList();
    }

    @Test
    void unitNormalisesItsFields() {
        var u = new ProcessUnit(" ", null, null, null, null, null, null, Arrays.asList("x", "y", "x", null, "", "z", "y"));
        assertThat(u.id()).isNotBlank().hasSize(36);
        assertThat(u.name()).isEmpty();
        assertThat(u.principle()).isEmpty();
        assertThat(u.outputs()).isEmpty();
        assertThat(u.controlPoints()).isEmpty();
        assertThat(u.equipmentIds()).isEmpty();
        assertThat(u.carriers()).isEmpty();
        assertThat(u.next()).containsExactly("x", "y", "z");
        assertThatThrownBy(() -> u.next().add("w")).isInstanceOf(UnsupportedOperationException.class);

        var source = new ArrayList<>(List.of("E1"));
        var v = ProcessUnit.named("熟料烧成").withEquipmentIds(source);
        source.add("E2");
        assertThat(v.equipmentIds()).containsExactly("E1");
        assertThat(ProcessUnit.named("x").id()).isNotEqualTo(ProcessUnit.named("x").id());
    }

    @Test
    void withersKeepTheIdAndChangeOneField() {
        var u = ProcessUnit.named("生料粉磨");
        var v = u.withName("水泥粉磨").withPrinciple("p").withOutputs("水泥").withEquipmentIds(List.of("E"))
                .withControlPoints("比表面积").withCarriers(List.of(CarrierId.of("ELECTRICITY"))).withNext(List.of("n", "n"));
        assertThat(v.id()).isEqualTo(u.id());
        assertThat(v).isEqualTo(new ProcessUnit(u.id(), "水泥粉磨", "p", "水泥", List.of("E"), "比表面积",
                List.of(CarrierId.ELECTRICITY), List.of("n")));
    }

    @Test
    void withReplacesByIdOrAppends() {
        var renamed = ABC.with(unit("b", "B2", "c"));
        assertThat(ids(renamed)).containsExactly("a", "b", "c");
        assertThat(renamed.unit("b")).get().extracting(ProcessUnit::name).isEqualTo("B2");
        assertThat(ids(ABC.with(unit("d", "D")))).containsExactly("a", "b", "c", "d");
        assertThat(ABC.unit("b")).get().extracting(ProcessUnit::name).isEqualTo("B"); // immutable
        assertThat(ABC.unit("zz")).isEmpty();
    }

    @Test
    void withoutDropsTheUnitAndEveryReferenceToIt() {
        var flow = ABC.with(unit("d", "D", "b", "c"));
        var f = flow.without("b");
        assertThat(ids(f)).containsExactly("a", "c", "d");
        assertThat(f.unit("a").orElseThrow().next()).isEmpty();
        assertThat(f.unit("d").orElseThrow().next()).containsExactly("c");
        assertThat(f.problems()).isEmpty();
        assertThat(flow.without("nope")).isEqualTo(flow);
    }

    @Test
    void movedReordersAndClamps() {
        assertThat(ids(ABC.moved("c", -1))).containsExactly("a", "c", "b");
        assertThat(ids(ABC.moved("a", 1))).containsExactly("b", "a", "c");
        assertThat(ids(ABC.moved("a", 10))).containsExactly("b", "c", "a");
        assertThat(ids(ABC.moved("c", Integer.MIN_VALUE))).containsExactly("c", "a", "b");
        assertThat(ABC.moved("x", 1)).isEqualTo(ABC);
        assertThat(ABC.moved("b", 0)).isEqualTo(ABC);
    }

    @Test
    void emptyFlow() {
        assertThat(ProcessFlow.empty().isEmpty()).isTrue();
        assertThat(new ProcessFlow(null).isEmpty()).isTrue();
        assertThat(ABC.isEmpty()).isFalse();
        assertThat(ProcessFlow.empty().problems()).isEmpty();
        assertThat(ProcessFlow.empty().hasCycle()).isFalse();
        assertThat(ProcessFlow.empty().sources()).isEmpty();
    }

    @Test
    void problemsNameTheUnitInChinese() {
        var flow = new ProcessFlow(List.of(
                unit("a", "熟料烧成", "b", "ghost"),
                unit("b", " ", "c"),
                unit("c", "水泥粉磨", "c"),
                unit("d", "熟料烧成")));
        assertThat(flow.problems()).containsExactlyInAnyOrder(
                "第 2 个工序未填写名称",
                "工序名称“熟料烧成”重复（第 1、4 个工序）",
                "工序“熟料烧成”的下游工序不存在（编号 ghost），请重新选择",
                "工序“水泥粉磨”的下游工序不能是它自己");
        assertThat(ABC.problems()).isEmpty();
    }

    @Test
    void duplicateIdsAreAProblem() {
        var flow = new ProcessFlow(List.of(unit("a", "原料破碎"), unit("a", "生料粉磨")));
        assertThat(flow.problems()).containsExactly("工序“生料粉磨”与工序“原料破碎”的编号重复（a）");
    }

    @Test
    void aCycleIsNotAProblemButIsReported() {
        var cycle = new ProcessFlow(List.of(unit("a", "A", "b"), unit("b", "B", "c"), unit("c", "C", "a")));
        assertThat(cycle.problems()).isEmpty();
        assertThat(cycle.hasCycle()).isTrue();
        assertThat(cycle.sources()).isEmpty();
        assertThat(ABC.hasCycle()).isFalse();

        // 回料: a recycle loop inside a longer line
        var recycle = ABC.with(unit("c", "C", "b"));
        assertThat(recycle.hasCycle()).isTrue();
        assertThat(recycle.without("c").hasCycle()).isFalse();
        // a self link is a problem, not a cycle
        assertThat(new ProcessFlow(List.of(unit("a", "A", "a"))).hasCycle()).isFalse();
        // a diamond is not a cycle
        var diamond = new ProcessFlow(List.of(unit("a", "A", "b", "c"), unit("b", "B", "d"), unit("c", "C", "d"), unit("d", "D")));
        assertThat(diamond.hasCycle()).isFalse();
    }

    @Test
    void sourcesAreTheUnitsNobodyPointsTo() {
        var flow = new ProcessFlow(List.of(unit("x", "X", "x", "b"), unit("a", "A", "b"), unit("b", "B")));
        assertThat(flow.sources()).extracting(ProcessUnit::id).containsExactly("x", "a");
    }

    @Test
    void demoCementLine() {
        ProcessFlow flow = DemoProcess.cementLine(name -> List.of("EQ-" + name));
        assertThat(flow.units()).extracting(ProcessUnit::name)
                .containsExactly("原料破碎", "生料粉磨", "煤粉制备", "熟料烧成", "水泥粉磨", "包装", "余热发电");
        assertThat(flow.problems()).isEmpty();
        assertThat(flow.hasCycle()).isFalse();
        assertThat(flow.sources()).extracting(ProcessUnit::name).containsExactly("原料破碎", "煤粉制备");
        var byName = new java.util.HashMap<String, ProcessUnit>();
        flow.units().forEach(u -> byName.put(u.name(), u));
        assertThat(byName.get("熟料烧成").next()).containsExactly(byName.get("水泥粉磨").id(), byName.get("余热发电").id());
        assertThat(byName.get("煤粉制备").next()).containsExactly(byName.get("熟料烧成").id());
        assertThat(byName.get("熟料烧成").principle()).contains("1450℃");
        assertThat(byName.get("熟料烧成").controlPoints()).contains("分解炉出口温度", "窑尾O2/CO", "篦冷机二次风温");
        assertThat(byName.get("熟料烧成").outputs()).isEqualTo("熟料");
        var ref = EnergyReference.load();
        for (ProcessUnit u : flow.units()) {
            assertThat(u.equipmentIds()).containsExactly("EQ-" + u.name());
            assertThat(u.principle()).isNotBlank();
            assertThat(u.outputs()).isNotBlank();
            assertThat(u.controlPoints()).isNotBlank();
            assertThat(u.carriers()).isNotEmpty();
            assertThat(u.carriers()).allSatisfy(c -> assertThat(ref.carrier(c)).as(c.value()).isPresent());
        }
        assertThat(flow.units()).flatExtracting(ProcessUnit::carriers)
                .contains(CarrierId.ELECTRICITY, CarrierId.RAW_COAL, CarrierId.DIESEL, CarrierId.HEAT);
    }
}
