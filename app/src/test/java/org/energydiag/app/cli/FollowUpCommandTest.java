package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.energydiag.core.demo.DemoFollowUp;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.Test;

/** {@code follow-up FILE --json}: statuses, expected and verified savings with the model statistics; bad input exits 2. */
class FollowUpCommandTest extends CliHarness {

    @Override
    Instant now() {
        return Instant.parse("2026-12-03T08:00:00Z");
    }

    @Test
    void theDemoFollowUpIsVerifiedFromTheDataFoldersMeterAndRefusedWithout() throws Exception {
        Path file = dir.resolve("示例.edproj");
        assertThat(run("demo", "--out", file.toString())).isZero();
        // the file holds no meter data: the command says where the demo's verification can be seen
        assertThat(out()).contains("电表数据保存在数据文件夹").contains("打开示例项目");
        DiagnosisProject p = ProjectFile.read(file);

        assertThat(run("follow-up", file.toString(), "--json")).as(err()).isZero();
        JsonNode j = new ObjectMapper().readTree(out());
        assertThat(j.get("statuses").get("COMPLETED").asInt()).isEqualTo(1);
        // the medium-term key project, and the task behind its agreed completion (逾期, with its date)
        assertThat(j.get("statuses").get("IN_PROGRESS").asInt()).isEqualTo(2);
        JsonNode late = null;
        for (JsonNode r : j.get("subjects")) {
            if (r.get("late").asBoolean()) {
                assertThat(late).as("one late subject").isNull();
                late = r;
            }
        }
        assertThat(late).isNotNull();
        assertThat(late.get("kind").asText()).isEqualTo("TASK");
        assertThat(late.get("plannedFinishFromPlan").asBoolean()).isFalse();
        assertThat(java.time.LocalDate.parse(late.get("plannedFinish").asText())).isBefore(java.time.LocalDate.of(2026, 12, 3));
        JsonNode v = j.get("verifications").get(0);
        assertThat(v.get("verified").asBoolean()).isFalse();
        assertThat(v.get("outcome").asText()).isEqualTo("REFUSED_NO_DATA");
        assertThat(v.get("annualTce").isNull()).isTrue();
        double expected = v.get("expectedTce").asDouble();
        // the expected saving is the plan's figure of the completed key project
        double planned = p.plan().keyProjects().stream().filter(k -> p.followUp().implementation(k.id())
                .map(i -> i.status() == org.energydiag.core.followup.ImplementationStatus.COMPLETED).orElse(false))
                .findFirst().orElseThrow().savingTce();
        assertThat(expected).isEqualTo(planned);

        // the project and the demo meter in the data folder: the saving is verified
        ctx.projects().put(p);
        ctx.meterStore().store(p.id(), List.of(DemoFollowUp.meter(p, now())), MeterStore.OnExisting.REPLACE, List.of("demo"),
                "demo-meter", "demo", "{}", NullProgressMonitor.INSTANCE);
        assertThat(run("follow-up", file.toString(), "--json")).as(err()).isZero();
        v = new ObjectMapper().readTree(out()).get("verifications").get(0);
        assertThat(v.get("verified").asBoolean()).as(v.toString()).isTrue();
        assertThat(v.get("model").get("r2").asDouble()).isGreaterThan(0.75);
        assertThat(v.get("model").get("cvRmse").asDouble()).isLessThan(0.2);
        assertThat(v.get("model").get("drivers").get(0).get("t").asDouble()).isGreaterThan(2);
        assertThat(v.get("annualTce").asDouble()).isPositive();
        assertThat(v.get("annualUncertaintyTce").asDouble()).isPositive();
        assertThat(new ObjectMapper().readTree(out()).get("totals").get("verifiedTce").asDouble()).isEqualTo(v.get("annualTce").asDouble());

        // the text form and the exports
        Path xlsx = dir.resolve("跟踪表.xlsx");
        Path docx = dir.resolve("回访记录.docx");
        assertThat(run("follow-up", file.toString(), "--tracking", xlsx.toString(), "--visits", docx.toString())).as(err()).isZero();
        assertThat(out()).contains("【改造实施跟踪】").contains("已完成 1 项").contains("R² = ").contains("tce/a")
                .contains("（逾期：计划 " + late.get("plannedFinish").asText() + " 完成）");
        assertThat(Files.size(xlsx)).isPositive();
        assertThat(Files.size(docx)).isPositive();
        // --no-meters leaves the data folder's meter out, as for every command
        assertThat(run("follow-up", file.toString(), "--json", "--no-meters")).isZero();
        assertThat(new ObjectMapper().readTree(out()).get("verifications").get(0).get("verified").asBoolean()).isFalse();
    }

    @Test
    void badInputIsAChineseMessageAndExit2() throws Exception {
        assertThat(run("follow-up")).isEqualTo(2);
        assertThat(err()).contains("用法：follow-up");
        assertThat(run("follow-up", dir.resolve("没有.edproj").toString())).isEqualTo(2);
        assertThat(err()).contains("无法读取项目");
        Path bad = Files.writeString(dir.resolve("坏.edproj"), "{ not json");
        assertThat(run("follow-up", bad.toString(), "--json")).isEqualTo(2);
        assertThat(err()).contains("无法读取项目").doesNotContain("Exception");
        Path file = dir.resolve("示例.edproj");
        assertThat(run("demo", "--out", file.toString())).isZero();
        assertThat(run("follow-up", file.toString(), "--bogus")).isEqualTo(2);
        assertThat(err()).contains("不认识的选项 --bogus");
        assertThat(run("follow-up", file.toString(), "--tracking", dir.resolve("x.docx").toString())).isEqualTo(2);
        assertThat(err()).contains(".xlsx");
        assertThat(run("follow-up", file.toString(), "--visits")).isEqualTo(2);
        assertThat(err()).contains("缺少输出文件名");
    }
}
