package org.energydiag.core.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 表3-1 节能降碳改造重点任务清单. */
class Table31Test {

    private static KeyProject project(String name, Phase phase, Double inv, Double tce, Double tco2, Double cost,
                                      String effect) {
        KeyProject.Builder b = KeyProject.named(name).edit();
        b.phase = phase;
        b.content = name + "建设内容";
        b.investmentWanYuan = inv;
        b.savingTce = tce;
        b.reductionTco2 = tco2;
        b.costSavingWanYuan = cost;
        b.expectedEffect = effect;
        b.implementationTime = "2026年";
        return b.build();
    }

    @Test
    void columnsAreTheTemplatesExactly() {
        assertThat(Table31.COLUMNS).containsExactly("项目阶段", "序号", "项目名称", "建设内容", "预计总投资（万元）", "预期实施效果",
                "实施时间");
    }

    @Test
    void rowsAreGroupedByPhaseAndNumberedWithinEach() {
        List<KeyProject> projects = List.of(
                project("余热发电提效", Phase.MEDIUM, 2600.0, null, null, null, ""),
                project("高效电机替换", Phase.SHORT, 180.0, null, null, null, ""),
                project("能源管控中心", Phase.LONG, 380.0, null, null, null, ""),
                project("空压站改造", Phase.SHORT, null, null, null, null, ""),
                project("光伏建设", Phase.MEDIUM, 1500.0, null, null, null, ""));

        List<Table31.Row> rows = Table31.rows(projects);

        assertThat(rows).extracting(r -> r.phase().label(), Table31.Row::number, Table31.Row::name).containsExactly(
                tuple("短期", 1, "高效电机替换"),
                tuple("短期", 2, "空压站改造"),
                tuple("中期", 1, "余热发电提效"),
                tuple("中期", 2, "光伏建设"),
                tuple("长期", 1, "能源管控中心"));
        assertThat(rows.get(1).investmentWanYuan()).isNull(); // not estimated yet
        assertThat(rows.get(0).content()).isEqualTo("高效电机替换建设内容");
        assertThat(rows.get(0).time()).isEqualTo("2026年");
        assertThat(rows.get(0).projectId()).isEqualTo(projects.get(1).id());
        assertThat(Phase.SHORT.span()).isEqualTo("1年内");
    }

    @Test
    void effectIsTheEngineersTextOrMadeFromTheEstimates() {
        KeyProject estimated = project("能源管控中心", Phase.LONG, 380.0, 1500.0, 3900.0, 150.0, "");
        KeyProject partly = project("电机", Phase.SHORT, null, 12.345, null, null, "");
        KeyProject written = project("光伏", Phase.MEDIUM, null, 1500.0, null, null, "年发电 600 万kWh");

        assertThat(Table31.effect(estimated)).isEqualTo("年节能 1,500 tce，年减排CO2 3,900 t，年节约费用 150 万元");
        assertThat(Table31.effect(partly)).isEqualTo("年节能 12.35 tce");
        assertThat(Table31.effect(written)).isEqualTo("年发电 600 万kWh");
        assertThat(Table31.rows(List.of(estimated)).get(0).effect()).isEqualTo(Table31.effect(estimated));
    }
}
