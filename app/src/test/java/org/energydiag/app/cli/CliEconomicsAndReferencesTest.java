package org.energydiag.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.PaybackConvention;
import org.junit.jupiter.api.Test;

/**
 * #18 on the command line: each economic and emission figure of {@code tasks --json} and
 * {@code balance --json} carries how and after which standard it was computed — the payback with its
 * convention, the IRR with its status, the one heat value of each fuel with its table, the values
 * other sources give, and the electricity carbon-footprint factor apart from the Scope-2 factor.
 */
class CliEconomicsAndReferencesTest extends CliHarness {

    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Override
    Instant now() {
        return NOW;
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out());
    }

    private Path demo(String name) {
        Path f = dir.resolve(name);
        assertThat(run("demo", "--out", f.toString())).isZero();
        return f;
    }

    @Test
    void tasksJsonLabelsThePaybackAndTheIrr() throws Exception {
        Path f = demo("demo.edproj");
        assertThat(run("tasks", f.toString(), "--json")).isZero();
        JsonNode kps = json().path("keyProjects");
        assertThat(kps.size()).isGreaterThan(0);
        for (JsonNode k : kps) {
            JsonNode pb = k.path("payback");
            assertThat(pb.path("convention").asText()).isEqualTo("FROM_COMMISSIONING");
            assertThat(pb.path("conventionLabel").asText()).isEqualTo("自投产年起算");
            assertThat(pb.path("basis").asText()).contains("总投资 ÷ 年节约费用");
            assertThat(pb.path("staticYears").asDouble()).isEqualTo(k.path("paybackYears").asDouble());
            // static = investment ÷ annual saving, from commissioning
            assertThat(pb.path("staticYears").asDouble()).isCloseTo(
                    k.path("investmentWanYuan").asDouble() / k.path("costSavingWanYuan").asDouble(), within(1e-9));
            assertThat(k.path("irrStatus").asText()).isEqualTo("FOUND");
            assertThat(k.path("npvIrrBasis").asText()).contains("折现率");
            assertThat(k.path("discountRateSource").asText()).contains("建设项目经济评价方法与参数");
        }
        // the text form prints every key project's payback with its convention
        assertThat(run("tasks", f.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("重点改造项目经济性", "（自投产年起算）");
    }

    /*
     * The issue's case on the command line: investment 10 万元, saving 200 万元/年, 10 years: IRR ≈ 20
     * (2 000 %; worked out in core's FinanceConventionsTest), status FOUND, no "无解" note. The same
     * file with the construction-start convention (1 year): static payback 1 + 10/200 = 1.05 years.
     */
    @Test
    void theIssuesIrrCaseAndTheConstructionStartConvention() throws Exception {
        Path f = demo("demo.edproj");
        DiagnosisProject p = ProjectFile.read(f);
        List<KeyProject> kps = new ArrayList<>(p.plan().keyProjects());
        KeyProject.Builder b = kps.get(0).edit();
        b.investmentWanYuan = 10.0;
        b.costSavingWanYuan = 200.0;
        b.lifeYears = 10;
        kps.set(0, b.build());
        p = p.withPlan(p.plan().withKeyProjects(kps), NOW);
        Path g = dir.resolve("issue18.edproj");
        ProjectFile.write(p, g, "test", NOW);

        assertThat(run("tasks", g.toString(), "--json")).isZero();
        JsonNode k = json().path("keyProjects").get(0);
        assertThat(k.path("irrStatus").asText()).isEqualTo("FOUND");
        assertThat(k.path("irr").asDouble()).isCloseTo(20.0, within(1e-6));
        assertThat(k.path("irrNote").asText()).isEmpty();

        p = p.withPlan(p.plan().withPayback(PaybackConvention.FROM_CONSTRUCTION_START, 1), NOW);
        Path h = dir.resolve("construction.edproj");
        ProjectFile.write(p, h, "test", NOW);
        assertThat(run("tasks", h.toString(), "--json")).isZero();
        JsonNode pb = json().path("keyProjects").get(0).path("payback");
        assertThat(pb.path("convention").asText()).isEqualTo("FROM_CONSTRUCTION_START");
        assertThat(pb.path("constructionYears").asInt()).isEqualTo(1);
        assertThat(pb.path("staticYears").asDouble()).isCloseTo(1.05, within(1e-12));
        assertThat(pb.path("basis").asText()).contains("建设项目经济评价方法与参数", "建设期 1 年");
        assertThat(run("tasks", h.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("自建设开始年起算（建设期 1 年");
    }

    /*
     * balance --json of the demo, 2025: diesel 850 t at its one heat value 42.652 GJ/t (GB/T 2589 表
     * row beside 1.4571 kgce/kg = GB/T 32150-2015 附录A): 850 × 42.652 × 0.0202 × 0.98 × 44/12 = 2 631.52 tCO2;
     * the emission source and the energy line carry that heat value; the footprint factor is apart.
     */
    @Test
    void balanceJsonCarriesTheHeatValuesTheirTablesAndTheFootprintFactorApart() throws Exception {
        Path f = demo("demo.edproj");
        assertThat(run("balance", f.toString(), "--json")).isZero();
        JsonNode j = json();
        JsonNode y2025 = j.path("emissions").get(2);
        JsonNode diesel = null;
        for (JsonNode s : y2025.path("sources")) {
            if (s.path("name").asText().equals("柴油燃烧")) {
                diesel = s;
            }
        }
        assertThat(diesel).isNotNull();
        assertThat(diesel.path("tco2").asDouble()).isCloseTo(850 * 42.652 * 0.0202 * 0.98 * 44 / 12, within(1e-6));
        assertThat(diesel.path("heat").path("value").asDouble()).isEqualTo(42.652);
        assertThat(diesel.path("factorSource").asText()).contains("GB/T 2589-2020", "GB/T 32150-2015");

        JsonNode refs = j.path("carrierReferences");
        JsonNode dieselRef = null;
        for (JsonNode r : refs) {
            if (r.path("carrier").asText().equals("DIESEL")) {
                dieselRef = r;
            }
        }
        assertThat(dieselRef).isNotNull();
        assertThat(dieselRef.path("heatValue").path("value").asDouble()).isEqualTo(42.652);
        assertThat(dieselRef.path("source").asText()).contains("GB/T 2589");
        assertThat(dieselRef.path("trust").asText()).isNotBlank();

        JsonNode fp = j.path("electricityFootprintFactor");
        assertThat(fp.path("factor").path("value").asDouble()).isEqualTo(0.5777);
        assertThat(fp.path("use").asText()).contains("不用作外购电力");
        // the grid factor of the emissions is the Scope-2 one
        for (JsonNode s : y2025.path("sources")) {
            assertThat(s.path("factor").asText()).doesNotContain("CO2e");
        }
    }

    /* The methanol plant burns natural gas: the GB/T 32150 default 389.31 GJ/万Nm³ is shown as an alternative with its source. */
    @Test
    void alternativesAreShownOnTheCommandLine() throws Exception {
        Path f = dir.resolve("methanol.edproj");
        assertThat(run("demo", "--sample", "methanol", "--out", f.toString())).isZero();
        run("balance", f.toString(), "--json");
        JsonNode gas = null; // the JSON is printed whatever the exit code
        for (JsonNode r : json().path("carrierReferences")) {
            if (r.path("carrier").asText().equals("NATURAL_GAS")) {
                gas = r;
            }
        }
        assertThat(gas).isNotNull();
        assertThat(gas.path("heatValue").path("value").asDouble()).isEqualTo(355.44);
        assertThat(gas.path("alternatives").get(0).path("value").asDouble()).isEqualTo(389.31);
        assertThat(gas.path("alternatives").get(0).path("source").asText()).isNotBlank();
        run("balance", f.toString()); // exit 2: the sample's balance table is not filled in (an error of its own)
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("另一来源的低位发热量（排放核算缺省值）：389.31");
    }
}
