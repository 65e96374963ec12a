package org.energydiag.app.cli;

import org.energydiag.core.reference.CarrierId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.app.AppContext;
import org.energydiag.app.MainTestAccess;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.Table31;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same figures on the command line (JSON of tasks, balance and check) and in the exported plan
 * (.docx text) as in the one evaluation, for the cement demo and the methanol sample (another
 * sector). The window's side is {@code RetrofitGuiTest}.
 */
class CrossSurfaceTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @TempDir
    Path dir;
    AppContext ctx;
    CliServices services;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @BeforeEach
    void setUp() {
        ctx = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.fixed(NOW, ZoneOffset.UTC));
        services = MainTestAccess.services(ctx);
    }

    @AfterEach
    void tearDown() {
        ctx.close();
    }

    int run(String... args) {
        out.reset();
        return new Cli().run(List.of(args), services, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    JsonNode json(String... args) throws Exception {
        run(args);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    DiagnosisProject decided(String sample) {
        DiagnosisProject p = sample.equals("cement") ? DemoProjects.cementPlant(NOW, "某诊断机构")
                : DemoProjects.methanolPlant(NOW, "某诊断机构");
        return DemoProjects.withDecisions(p, services.evaluate(p).report(), NOW);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cement", "methanol"})
    void theCommandLineAndThePlanShowTheEvaluationsFigures(String sample) throws Exception {
        DiagnosisProject p = decided(sample);
        Path file = dir.resolve(sample + ".edproj");
        ProjectFile.write(p, file, "test", NOW);
        ProjectEvaluation ev = services.evaluate(ProjectFile.read(file));
        int year = p.energy().baseYear();
        double baseTce = ev.analysis().energy().totalsOf(year).tce();

        JsonNode tasks = json("tasks", file.toString(), "--json");
        JsonNode balance = json("balance", file.toString(), "--json");
        JsonNode check = json("check", file.toString(), "--json");
        Path docx = dir.resolve(sample + ".docx");
        assertThat(run("export-plan", file.toString(), "--out", docx.toString())).isZero();
        String text;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            text = new XWPFWordExtractor(d).getText();
        }

        // targets (三（一）) and the evaluation level (二（二）)
        assertThat(tasks.at("/targets/energySavingTce").asDouble()).isEqualTo(ev.report().targets().savingTce());
        assertThat(tasks.at("/targets/targetYear").asInt()).isEqualTo(ev.report().targets().targetYear());
        assertThat(text).contains("到" + ev.report().targets().targetYear() + "年").contains("年节能量 " + f2(ev.report().targets().savingTce()) + " 吨标准煤");
        assertThat(tasks.at("/evaluation/level").asText()).isEqualTo(ev.report().evaluationLevel());
        assertThat(check.at("/evaluationLevel").asText()).isEqualTo(ev.report().evaluationLevel());
        assertThat(text).contains("综合评价等级").contains(ev.report().evaluationLevel());

        // base-year consumption (一（三）)
        JsonNode totals = balance.at("/energy/totals");
        double jsonTce = Double.NaN;
        for (JsonNode t : totals) {
            if (t.get("year").asInt() == year) {
                jsonTce = t.get("tce").asDouble();
            }
        }
        assertThat(jsonTce).isEqualTo(baseTce);
        assertThat(text).contains(year + "年企业综合能源消费量 " + org.energydiag.core.report.plan.NumberStyle.amount(baseTce) + " 吨标准煤（当量值）");

        // 表3-1: the same rows, the same investments and effects
        JsonNode rows = tasks.at("/table31");
        List<Table31.Row> table = ev.report().table31();
        assertThat(rows).hasSize(table.size());
        for (int i = 0; i < table.size(); i++) {
            assertThat(rows.get(i).get("项目名称").asText()).isEqualTo(table.get(i).name());
            assertThat(rows.get(i).get("预期实施效果").asText()).isEqualTo(table.get(i).effect());
            assertThat(text).contains(table.get(i).name()).contains(table.get(i).effect());
            if (table.get(i).investmentWanYuan() != null) {
                assertThat(rows.get(i).get("预计总投资（万元）").asDouble()).isEqualTo(table.get(i).investmentWanYuan());
            }
        }

        // benchmarks: the product's unit consumption against its standard
        assertThat(balance.at("/benchmarks")).hasSize(ev.analysis().benchmarks().size());
        for (int i = 0; i < ev.analysis().benchmarks().size(); i++) {
            assertThat(balance.at("/benchmarks/" + i + "/value").asDouble()).isCloseTo(ev.analysis().benchmarks().get(i).value(),
                    within(0.0));
            assertThat(balance.at("/benchmarks/" + i + "/standard").asText())
                    .isEqualTo(ev.analysis().benchmarks().get(i).benchmark().standard());
        }

        // the plan check: the same issues on the command line as in the evaluation
        assertThat(check.at("/errors").asInt()).isEqualTo(ev.errors().size());
        assertThat(check.at("/checks")).hasSize(ev.checks().size());
        for (int i = 0; i < ev.checks().size(); i++) {
            assertThat(check.at("/checks/" + i + "/message").asText()).isEqualTo(ev.checks().get(i).message());
        }
    }

    @Test
    void anEmptyProjectIsCheckedNotEvaluatedAndStrictExportRefuses() throws Exception {
        Path file = dir.resolve("empty.edproj");
        ProjectFile.write(DiagnosisProject.create(NOW), file, "test", NOW);
        JsonNode check = json("check", file.toString(), "--json");
        assertThat(run("check", file.toString(), "--json")).isEqualTo(2);
        assertThat(check.at("/evaluable").asBoolean()).isFalse();
        assertThat(check.at("/evaluationLevel").asText()).isEqualTo("无法评价");
        assertThat(check.at("/missing")).hasSize(3);
        assertThat(check.at("/checks/0/level").asText()).isEqualTo("error");
        assertThat(check.at("/checks/0/fix").asText()).isNotBlank();
        // the documents of the notice: none of the reports can be written from an empty project
        assertThat(check.at("/documents/0/document").asText()).isEqualTo("DIAGNOSIS_REPORT");
        assertThat(check.at("/documents/0/canWrite").asBoolean()).isFalse();
        assertThat(check.at("/documents/0/missing")).hasSize(3);
        assertThat(check.at("/documents/2/document").asText()).isEqualTo("CARBON_REPORT");
        assertThat(check.at("/documents/2/canWrite").asBoolean()).isFalse();
        assertThat(check.at("/documents/3/document").asText()).isEqualTo("SATISFACTION_FORM");

        assertThat(run("validate", file.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("【方案检查】诊断综合评价：无法评价").contains("缺少能源管理检查表")
                .contains("【应提交的文件】").contains("企业碳排放核算报告：尚不能编制");

        Path docx = dir.resolve("empty.docx");
        assertThat(run("export-plan", file.toString(), "--out", docx.toString(), "--strict")).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("按 --strict 未导出");
        assertThat(docx).doesNotExist();
        // without --strict the plan is written, with the check listed first
        assertThat(run("export-plan", file.toString(), "--out", docx.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("[错误]").contains("已导出");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            String text = new XWPFWordExtractor(d).getText();
            assertThat(text).contains("综合评价等级").contains("无法评价").doesNotContain("较好").doesNotContain("未发现明显问题");
        }
    }

    @Test
    void checkRefusesAnUnknownOption() {
        assertThat(run("check", "x.edproj", "--jsn")).isEqualTo(2);
    }


    /**
     * The meter data the window evaluates a project with (the data folder's store) is the meter
     * data the command line evaluates it with: the same load analyses, the same findings in the
     * plan; {@code --no-meters} leaves them out, and a folder held by the window asks for it.
     */
    @Test
    void theCommandLineEvaluatesWithTheDataFoldersMeterData() throws Exception {
        DiagnosisProject p = decided("cement");
        Path file = dir.resolve("cement.edproj");
        ProjectFile.write(p, file, "test", NOW);
        // 28 days of 15-minute energy: 40 kWh per quarter hour at night, 100 by day, a 400 kWh peak
        // once a day: a load factor well under what the rule accepts
        int n = 28 * 96;
        long[] t = new long[n];
        double[] v = new double[n];
        long t0 = java.time.LocalDateTime.of(2025, 3, 3, 0, 0).toEpochSecond(ZoneOffset.UTC);
        for (int i = 0; i < n; i++) {
            t[i] = t0 + i * 900L;
            int q = i % 96;
            v[i] = q == 40 ? 400 : q >= 32 && q < 72 ? 100 : 40;
        }
        ctx.projects().put(p); // the project as the window has it, with its meters
        ctx.meterStore().store(p.id(), List.of(new org.energydiag.core.meter.MeterSeries("总进线有功", CarrierId.of("ELECTRICITY"), "kWh", 15, t, v)),
                org.energydiag.core.meter.MeterStore.OnExisting.REPLACE, List.of("总进线.csv"), "hash", null, "{}",
                org.energydiag.core.progress.NullProgressMonitor.INSTANCE);
        List<org.energydiag.core.meter.analysis.LoadAnalysis> window = org.energydiag.core.evaluation.MeterLoads.of(ctx.meterStore(), p,
                ctx.references(), org.energydiag.core.progress.NullProgressMonitor.INSTANCE);
        assertThat(window).hasSize(1);

        ProjectEvaluation cli = services.evaluate(ProjectFile.read(file));
        assertThat(cli.loads()).hasSize(1);
        assertThat(cli.loads().get(0).meterName()).isEqualTo(window.get(0).meterName());
        assertThat(cli.loads().get(0).loadFactor()).isEqualTo(window.get(0).loadFactor());
        List<String> loadFindings = cli.report().findings().stream().filter(f -> f.id().contains(":LF:") || f.id().contains(":NIGHT:"))
                .map(f -> f.title()).toList();
        assertThat(loadFindings).as("findings from the meter data").isNotEmpty();

        JsonNode tasks = json("tasks", file.toString(), "--json");
        List<String> titles = new java.util.ArrayList<>();
        tasks.get("findings").forEach(f -> titles.add(f.get("title").asText()));
        assertThat(titles).containsAll(loadFindings);
        assertThat(run("check", file.toString())).isIn(0, 2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("电表数据：数据文件夹中本项目的 1 块表");
        Path docx = dir.resolve("with-meters.docx");
        assertThat(run("export-plan", file.toString(), "--out", docx.toString())).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(new XWPFWordExtractor(d).getText()).contains(loadFindings.get(0));
        }

        JsonNode without = json("tasks", file.toString(), "--json", "--no-meters");
        List<String> titlesWithout = new java.util.ArrayList<>();
        without.get("findings").forEach(f -> titlesWithout.add(f.get("title").asText()));
        assertThat(titlesWithout).doesNotContainAnyElementsOf(loadFindings);
    }

    @Test
    void aDataFolderHeldByTheWindowAsksForNoMeters() throws Exception {
        DiagnosisProject p = decided("cement");
        Path file = dir.resolve("cement.edproj");
        ProjectFile.write(p, file, "test", NOW);
        ctx.projects(); // the database exists
        ctx.close();
        AppContext window = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.fixed(NOW, ZoneOffset.UTC));
        try {
            window.projects(); // the window holds the folder
            ctx = new AppContext(dir.resolve("data"), dir.resolve("home"), Clock.fixed(NOW, ZoneOffset.UTC));
            services = MainTestAccess.services(ctx);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = new Cli().run(List.of("check", file.toString()), services, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("--no-meters").doesNotContain("Exception");
            assertThat(run("check", file.toString(), "--no-meters")).isIn(0, 2);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("方案检查");
        } finally {
            window.close();
        }
    }
}
