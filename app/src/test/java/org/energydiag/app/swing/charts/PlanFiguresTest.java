package org.energydiag.app.swing.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.junit.jupiter.api.Test;

/** The figures of an export: drawn while the writer warms up, returned only when that is done; the Sankey's table. */
@org.junit.jupiter.api.extension.ExtendWith(WarmupOn.class)
class PlanFiguresTest {

    @Test
    void figuresComeWithTheWriterWarmAndTheSankeyWithTheFlowsItLeavesUnlabelled() {
        References refs = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
                Catalogue.loadBundled(), List.of());
        ProjectEvaluation ev = ProjectEvaluation.of(DemoProjects.cementPlant(Instant.parse("2026-11-01T00:00:00Z"), ""), refs,
                List.of(), LocalDate.of(2026, 11, 20));
        Map<String, PlanDocxWriter.Figure> figures = PlanFigures.of(ev, ProjectFile.Blobs.NONE);
        assertThat(PlanWarmup.done()).as("the export writes only after the warm-up has finished").isTrue();

        PlanDocxWriter.Figure sankey = figures.get(PlanDocxWriter.FIG_SANKEY);
        assertThat(sankey.heightPx() / (double) sankey.widthPx()).as("15 cm × 11 cm").isCloseTo(11 / 15.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(sankey.caption()).isEqualTo("2025年能量流向图（单位：tce，当量值）");
        PlanDocxWriter.FigureTable t = sankey.table();
        assertThat(t.title()).isEqualTo("2025年能量流向图中未标注数值的流量");
        assertThat(t.header()).containsExactly("起点", "去向及当量值（tce）");
        assertThat(t.rows()).contains(List.of("生料粉磨", "有效利用 6,710；损失 2,876"),
                List.of("空压站（计入其他4项）", "有效利用 1,837；损失 989.3"));
        // a carrier is named where the flow is not to 有效利用 or 损失
        assertThat(t.rows()).anyMatch(r -> r.get(0).startsWith("纯低温余热发电") && r.get(1).equals("厂区配电网（电力）12,044；损失 37,955"));
        // the coal into the kiln is printed on its band, so it is not listed
        assertThat(t.rows()).noneMatch(r -> r.get(1).contains("307,863"));
    }
}
