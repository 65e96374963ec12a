package org.energydiag.core.report.footprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.carbon.ClinkerRecord;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.footprint.Allocation;
import org.energydiag.core.footprint.CoProduct;
import org.energydiag.core.footprint.FootprintData;
import org.energydiag.core.footprint.FootprintResult;
import org.energydiag.core.footprint.FootprintStudy;
import org.energydiag.core.footprint.Material;
import org.energydiag.core.footprint.Stage;
import org.energydiag.core.footprint.TransportLeg;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.reference.CarrierId;
import org.energydiag.core.reference.ElectricityFootprintFactor;
import org.junit.jupiter.api.Test;

/**
 * A product carbon footprint worked by hand (GB/T 24067-2024, the method of ISO 14067:2018), with
 * small numbers, compared with the calculator and with the figures the report prints.
 *
 * <p>The plant makes two products, A (800 t) and B (200 t), in 2025. The footprint of A, declared
 * unit 1 t, cradle-to-gate:
 * <ol>
 *   <li>Raw materials (6.3.4, 6.4.2), quantity × factor:
 *       limestone, shared by both products: 1 200 t × 8 kgCO2e/t = 9 600 kgCO2e;
 *       gypsum, used by A alone: 40 t × 3 kgCO2e/t = 120 kgCO2e;
 *       a binder without a factor: not computed, reported missing (no factor is invented).</li>
 *   <li>Allocation by mass (6.4.6): A's share = 800 ÷ (800 + 200) = 0.8.</li>
 *   <li>Limestone allocated: 9 600 × 0.8 = 7 680; gypsum (own) 120; raw materials 7 800 kgCO2e.</li>
 *   <li>Transport of the gypsum: 40 t × 50 km × 0.1 kgCO2e/(t·km) = 200 kgCO2e (own).</li>
 *   <li>Energy from the evaluation: grid electricity 100 000 kWh × 0.5777 kgCO2e/kWh (2024 national
 *       electricity carbon-footprint factor, the newest not after 2025; 6.4.9.4) = 57 770 kgCO2e;
 *       allocated: 57 770 × 0.8 = 46 216 kgCO2e. (The evaluation's Scope-2 emission of the same
 *       electricity uses another factor and is not used.)</li>
 *   <li>Process emissions from the evaluation: clinker 1 000 t × 0.52 tCO2/t = 520 tCO2 = 520 000
 *       kgCO2e; allocated: 520 000 × 0.8 = 416 000 kgCO2e.</li>
 *   <li>Total: 7 800 + 200 + 46 216 + 416 000 = 470 216 kgCO2e; output 800 t = 800 declared units;
 *       per declared unit 470 216 ÷ 800 = 587.77 kgCO2e/t (printed with three significant figures: 588).</li>
 * </ol>
 */
class FootprintWorkedCaseTest {

    static final LocalDate DATE = LocalDate.of(2026, 6, 1);
    static final org.energydiag.core.evaluation.References REFS = new org.energydiag.core.evaluation.References(
            org.energydiag.core.reference.EnergyReference.load(),
            new org.energydiag.core.equipment.rating.EfficiencyRater(org.energydiag.core.equipment.rating.GradeTables.loadBundled()),
            org.energydiag.core.catalogue.Catalogue.loadBundled(), org.energydiag.core.meter.analysis.TouSchedule.loadBundled());

    static FootprintStudy study(boolean withMissingBinder) {
        List<Material> materials = new java.util.ArrayList<>(List.of(
                new Material("石灰石", new BigDecimal("1200"), "t", new BigDecimal("8"), "kgCO2e/t", "算例因子库", 2023, true),
                new Material("石膏", new BigDecimal("40"), "t", new BigDecimal("3"), "kgCO2e/t", "算例因子库", 2023, false)));
        if (withMissingBinder) {
            materials.add(new Material("粘结剂", new BigDecimal("5"), "t", null, "kgCO2e/t", "", 0, false));
        }
        return FootprintStudy.of("产品A").withOutput(new BigDecimal("800")).withAllocation(Allocation.MASS)
                .withCoProducts(List.of(new CoProduct("产品A", new BigDecimal("800")), new CoProduct("产品B", new BigDecimal("200"))))
                .withMaterials(materials)
                .withTransport(List.of(new TransportLeg("石膏", new BigDecimal("40"), new BigDecimal("50"), "公路", new BigDecimal("0.1"),
                        "算例因子库", 2023, false)))
                .withExclusions("包装材料用量小于产品质量的 1%，按取舍准则排除。").withDataQuality("算例数据。");
    }

    static ProjectEvaluation evaluation(FootprintStudy s) {
        Instant now = Instant.parse("2026-05-01T00:00:00Z");
        EnergyData energy = new EnergyData(2025, List.of(new ConsumptionRecord(2025, CarrierId.ELECTRICITY, SupplyKind.PURCHASED,
                new BigDecimal("100000"), "kWh", null, "")), null, null, null, null, null, null, null, null, null);
        CarbonData carbon = CarbonData.empty().withClinker(List.of(new ClinkerRecord(2025, new BigDecimal("1000"), null, null, null, null,
                new BigDecimal("0.52"), "算例")));
        DiagnosisProject p = DiagnosisProject.create(now).withEnterprise(new Enterprise.Builder().name("算例企业").agencyName("算例机构")
                .products(List.of(new org.energydiag.core.project.Product("产品B", new BigDecimal("200"), "t", null))).build(), now)
                .withEnergy(energy, now).withCarbon(carbon, now).withFootprint(FootprintData.empty().with(s), now);
        return ProjectEvaluation.of(p, REFS, List.of(), DATE);
    }

    @Test
    void theCalculatorGivesTheHandWorkedFootprint() {
        ProjectEvaluation ev = evaluation(study(false));
        FootprintReport r = FootprintReport.of(ev, "产品A").orElseThrow();
        FootprintResult res = r.result();
        assertThat(res.share()).isEqualTo(0.8, within(1e-12));
        assertThat(res.stage(Stage.RAW_MATERIALS)).isEqualTo(7800, within(1e-6));
        assertThat(res.stage(Stage.TRANSPORT)).isEqualTo(200, within(1e-6));
        assertThat(res.stage(Stage.ENERGY)).isEqualTo(46216, within(1e-6));
        assertThat(res.stage(Stage.PROCESS)).isEqualTo(416000, within(1e-6));
        assertThat(res.totalKg()).isEqualTo(470216, within(1e-6));
        assertThat(res.declaredUnits()).isEqualTo(800, within(1e-12));
        assertThat(res.perDeclaredUnit()).isEqualTo(587.77, within(1e-9));
        assertThat(r.missing()).isEmpty();

        // the electricity line uses the footprint factor object of the reference, not the Scope-2 factor
        FootprintResult.Line el = res.lines(Stage.ENERGY).get(0);
        ElectricityFootprintFactor f = (ElectricityFootprintFactor) el.origin();
        assertThat(f.value()).isEqualTo(0.5777);
        assertThat(f.year()).isEqualTo(2024);
        CarbonResult.Source scope2 = ev.analysis().carbon().of(2025).sources().stream()
                .filter(x -> x.category().equals("ELECTRICITY")).findFirst().orElseThrow();
        assertThat(scope2.tco2() * 1000).isNotEqualTo(el.beforeKg());
        // the process line is the evaluation's own source object (computed once)
        CarbonResult.Source clinker = ev.analysis().carbon().of(2025).sources().stream()
                .filter(x -> x.category().equals("PROCESS")).findFirst().orElseThrow();
        assertThat(res.lines(Stage.PROCESS).get(0).origin()).isSameAs(clinker);
        assertThat(res.lines(Stage.PROCESS).get(0).beforeKg()).isEqualTo(clinker.tco2() * 1000);
    }

    @Test
    void aMaterialWithoutFactorIsReportedMissingNotInvented() {
        ProjectEvaluation ev = evaluation(study(true));
        FootprintReport r = FootprintReport.of(ev, "产品A").orElseThrow();
        assertThat(r.result().stage(Stage.RAW_MATERIALS)).isEqualTo(7800, within(1e-6));
        assertThat(r.missing()).containsExactly("原材料“粘结剂”缺少排放因子");
        assertThat(FootprintReport.missing(ev, "产品A")).isEqualTo(r.missing());
        assertThat(FootprintReport.missing(ev, "产品B")).containsExactly("产品“产品B”尚未建立碳足迹核算");
        assertThat(FootprintReport.missing(ev, "不存在")).containsExactly("项目中没有产品“不存在”");
    }

    @Test
    void theDocumentPrintsTheHandWorkedFiguresInTheOrderOfTheStudyReport() throws Exception {
        ProjectEvaluation ev = evaluation(study(false));
        FootprintReport r = FootprintReport.of(ev, "产品A").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FootprintDocxWriter(r, null).write(null, out);
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            text = new XWPFWordExtractor(d).getText();
            assertThat(d.getProperties().getCoreProperties().getTitle()).isEqualTo("算例企业 产品A产品碳足迹核算报告");
        }
        // headings in order (after the table of contents, which lists them too)
        String body = text.substring(text.lastIndexOf(FootprintDocxWriter.headings().get(0)));
        int at = -1;
        for (String h : FootprintDocxWriter.headings()) {
            int i = body.indexOf(h);
            assertThat(i).as(h).isGreaterThan(at);
            at = i;
        }
        // per declared unit 587.77 → "588 kgCO2e/1 t"; total 470.216 t → "470.2"; stages in tCO2e
        assertThat(body).contains("产品A的产品碳足迹为 588 kgCO2e/1 t", "合计 470.2 tCO2e");
        assertThat(body).contains("分摊比例为 80.0%");
        assertThat(body).contains("7.80", "0.20", "46.22", "416.0"); // 7 800, 200, 46 216, 416 000 kgCO2e in t
        assertThat(body).contains("0.5777 kgCO2e/kWh").doesNotContain("0.578 kgCO2e"); // the footprint factor as published, never rounded
        assertThat(body).doesNotContain("【待补充】");
    }

    /**
     * The demo's P·O 42.5 footprint (DemoProjects: 江岸 cement plant, 2025, cradle-to-gate, 1 t), worked by hand
     * from the demo's data and the reference pack's factors:
     * <ol>
     *   <li>Share by mass: 305 万t ÷ (305 + 80) 万t = 305/385 = 0.792208.</li>
     *   <li>Raw materials: 天然石膏 152 500 t × 32.8 kgCO2e/t (GB/T 51366-2019 附录D 表D.0.1) = 5 002 000 kg (own);
     *       粉煤灰 305 000 t and 铁尾矿 90 000 t × 0 (GB/T 51366-2019 6.2: low-value wastes used as raw material
     *       carry no upstream emissions; their transport counts) = 0.</li>
     *   <li>Transport at 0.078 kgCO2e/(t·km) (GB/T 51366-2019 附录E, heavy diesel truck 30 t): gypsum
     *       152 500 × 180 = 27 450 000 t·km → 2 141 100 kg; fly ash 305 000 × 60 → 1 427 400 kg (own); tailings
     *       90 000 × 30 → 210 600 kg, shared → × 305/385 = 166 838.96 kg. Sum 3 735 338.96 kg.</li>
     *   <li>Energy (shared): grid electricity 22 300 万kWh × 0.5777 kgCO2e/kWh (2024 national electricity
     *       carbon-footprint factor, MEE/NBS/NEA notice of 2025) = 128 827 100 kg; purchased green electricity
     *       2 000 万kWh × 0.5777 = 11 554 000 kg; on-site PV 600 万kWh × 0.0545 (the pack's PV generation footprint
     *       factor, 2023) = 327 000 kg; diesel 850 t × 42.652 GJ/t (GB/T 2589-2020 附录A) × 0.0202 tC/GJ × 98 %
     *       × 44/12 = 2 631.523 t; raw coal 431 000 t × 20.908 GJ/t × 0.02618 tC/GJ × 93 % × 44/12 = 804 477.279 t.
     *       Sum 947 816 902.3 kg × 305/385 = 750 867 935.6 kg.</li>
     *   <li>Process (shared): clinker 2 960 000 t × (64.40 % × 44/56 + 1.80 % × 44/40) = 2 960 000 × 0.5258
     *       = 1 556 368 t (GB/T 32151.8-2015) × 305/385 = 1 232 966 857.1 kg.</li>
     *   <li>Total 1 992 572 131.7 kg ÷ 3 050 000 t = 653.30 kgCO2e/t (printed 653).</li>
     * </ol>
     */
    @Test
    void theDemoFootprintIsCompleteAndEqualsTheHandWorkedValue() throws Exception {
        DiagnosisProject p = org.energydiag.core.demo.DemoProjects.cementPlant(Instant.parse("2026-05-01T00:00:00Z"), "某诊断机构");
        ProjectEvaluation ev = ProjectEvaluation.of(p, REFS, List.of(), DATE);
        FootprintReport r = FootprintReport.of(ev, "P·O 42.5 普通硅酸盐水泥").orElseThrow();
        FootprintResult res = r.result();
        double share = 305.0 / 385.0;
        assertThat(r.missing()).isEmpty();
        assertThat(res.share()).isEqualTo(share, within(1e-12));
        assertThat(res.stage(Stage.RAW_MATERIALS)).isEqualTo(5_002_000, within(1e-3));
        assertThat(res.stage(Stage.TRANSPORT)).isEqualTo(2_141_100 + 1_427_400 + 210_600 * share, within(1e-3));
        double diesel = 850 * 42.652 * 0.0202 * 0.98 * 44 / 12 * 1000;
        double coal = 431_000 * 20.908 * 0.02618 * 0.93 * 44 / 12 * 1000;
        assertThat(diesel).isEqualTo(2_631_523.19, within(0.01));
        assertThat(coal).isEqualTo(804_477_279.08, within(0.01));
        double energy = (223_000_000 * 0.5777 + 20_000_000 * 0.5777 + 6_000_000 * 0.0545 + diesel + coal) * share;
        assertThat(energy).isEqualTo(750_867_935.6, within(0.1));
        assertThat(res.stage(Stage.ENERGY)).isEqualTo(energy, within(1e-2));
        double process = 2_960_000 * (0.6440 * 44 / 56 + 0.0180 * 44 / 40) * 1000 * share;
        assertThat(process).isEqualTo(1_232_966_857.1, within(0.1));
        assertThat(res.stage(Stage.PROCESS)).isEqualTo(process, within(1e-1));
        assertThat(res.totalKg()).isEqualTo(1_992_572_131.7, within(1.0));
        assertThat(res.perDeclaredUnit()).isEqualTo(653.30, within(0.005));

        // the zero factors are the rule's, said in the factor table; the gypsum factor names its table
        List<FootprintResult.Line> raw = res.lines(Stage.RAW_MATERIALS);
        assertThat(raw).extracting(FootprintResult.Line::name).containsExactly("铁尾矿（铁质校正料）", "天然石膏", "粉煤灰");
        assertThat(raw.get(1).source()).contains("GB/T 51366-2019", "附录D", "表D.0.1");
        assertThat(raw.get(0).source()).contains("GB/T 51366-2019", "低价值废料").isEqualTo(raw.get(2).source());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FootprintDocxWriter(r, null).write(null, out);
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            text = new XWPFWordExtractor(d).getText();
        }
        assertThat(text).contains("的产品碳足迹为 653 kgCO2e/1 t").doesNotContain("【待补充】");
        assertThat(text).contains("表D.0.1", "低价值废料");
    }

    @Test
    void theDemoReportHoldsNoInternalNotesAndItsFiguresAreTheEvaluations() throws Exception {
        DiagnosisProject p = org.energydiag.core.demo.DemoProjects.cementPlant(Instant.parse("2026-05-01T00:00:00Z"), "某诊断机构");
        ProjectEvaluation ev = ProjectEvaluation.of(p, REFS, List.of(), DATE);
        FootprintReport r = FootprintReport.of(ev, "P·O 42.5 普通硅酸盐水泥").orElseThrow();
        // process: the evaluation's clinker source, allocated by mass 305/385
        CarbonResult.Source clinker = ev.analysis().carbon().of(2025).sources().stream()
                .filter(x -> x.category().equals("PROCESS")).findFirst().orElseThrow();
        assertThat(r.result().lines(Stage.PROCESS).get(0).origin()).isSameAs(clinker);
        assertThat(r.result().stage(Stage.PROCESS)).isEqualTo(clinker.tco2() * 1000 * 3050000 / 3850000, within(1e-3));
        assertThat(r.missing()).isEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FootprintDocxWriter(r, null).write(null, out);
        String text;
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            text = new XWPFWordExtractor(d).getText();
        }
        assertThat(text).contains(org.energydiag.core.report.plan.NumberStyle.amount(r.result().stage(Stage.PROCESS) / 1000));
        List<String> found = new java.util.ArrayList<>();
        for (var e : org.energydiag.core.report.plan.ClientTextTestAccess.forbidden().entrySet()) {
            java.util.regex.Matcher m = e.getValue().matcher(text);
            while (m.find()) {
                found.add(e.getKey() + " “" + m.group() + "”");
            }
        }
        assertThat(found).isEmpty();
    }
}
