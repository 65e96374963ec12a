package org.energydiag.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.energydiag.app.store.Database;
import org.energydiag.app.store.H2AttachmentStore;
import org.energydiag.app.store.H2MeterStore;
import org.energydiag.app.store.H2ProjectRepository;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.demo.DemoFollowUp;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.GradeTables;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.evaluation.References;
import org.energydiag.core.meter.ImportSettingsJson;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.reference.EnergyReference;
import org.energydiag.core.verification.FollowUpEvaluation;
import org.energydiag.core.workspace.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 打开示例项目 stores the demo with the meter data its savings verification reads (the data folder keeps
 * meter data, the project file does not): the import is named as generated demo data, and the
 * demo's verification is verified from it, finding the step change built into the data.
 */
class DemoMeterTest {

    static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void theDemoIsCreatedWithItsGeneratedMeterAndItsSavingIsVerified() {
        References refs = new References(EnergyReference.load(), new EfficiencyRater(GradeTables.loadBundled()),
                Catalogue.loadBundled(), List.of());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (Database db = Database.open(dir.resolve("data"))) {
            var repo = new H2ProjectRepository(db, clock);
            var meters = new H2MeterStore(db, clock);
            HomeController home = new HomeController(repo, new H2AttachmentStore(db), meters, clock, Settings::defaults, "test");
            var p = home.createDemo(refs, NullProgressMonitor.INSTANCE);

            assertThat(meters.meters(p.id())).singleElement().satisfies(m -> {
                assertThat(m.name()).isEqualTo(DemoFollowUp.METER).contains("示例数据");
                assertThat(m.unit()).isEqualTo("kWh");
            });
            assertThat(meters.imports(p.id())).singleElement().satisfies(i -> {
                assertThat(i.files()).singleElement().satisfies(f -> assertThat(f).contains("示例数据").contains("非实测"));
                assertThat(ImportSettingsJson.report(i.reportJson()).notes()).singleElement()
                        .satisfies(n -> assertThat(n).contains("阶跃下降").contains("90%"));
            });

            LocalDate today = LocalDate.of(2026, 12, 3);
            var ev = ProjectEvaluation.of(repo.load(p.id()).orElseThrow(), refs, List.of(), today);
            var f = FollowUpEvaluation.of(ev, meters, today, NullProgressMonitor.INSTANCE);
            assertThat(f.verifications()).singleElement().satisfies(v -> {
                assertThat(v.verified()).as(v.reason()).isTrue();
                assertThat(v.setup().name()).contains("示例数据");
                // the meter was generated with 90 % of the plan's expected saving (DemoFollowUp.ACHIEVED)
                assertThat(v.annualTce()).isCloseTo(0.9 * v.expectedTce(), org.assertj.core.api.Assertions.within(v.annualUncertaintyTce()));
            });
        }
    }
}
