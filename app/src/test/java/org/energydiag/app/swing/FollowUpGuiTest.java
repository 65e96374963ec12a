package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.energydiag.app.AppContext;
import org.energydiag.core.demo.DemoFollowUp;
import org.energydiag.core.demo.DemoProjects;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.followup.ImplementationStatus;
import org.energydiag.core.meter.MeterStore;
import org.energydiag.core.progress.NullProgressMonitor;
import org.energydiag.core.project.DiagnosisProject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 文件 → 改造实施跟踪: the demo plant with its follow-up and its motors' sub-meter in the data folder;
 * the view shows the saving verified from the meter, a project is marked 已完成 and a 回访 is
 * recorded with a photo; both are saved with the project.
 */
class FollowUpGuiTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    /** The demo with decisions and follow-up stored in the data folder with its meter; its id. */
    static String seed(AppContext ctx) {
        Instant now = Instant.now();
        DiagnosisProject p = DemoProjects.cementPlant(now, "某诊断机构");
        p = DemoFollowUp.decidedAndFollowedUp(p, ProjectEvaluation.of(p, ctx.references(), List.of(), LocalDate.now()).report(), now);
        ctx.projects().put(p);
        ctx.meterStore().store(p.id(), List.of(DemoFollowUp.meter(p, now)), MeterStore.OnExisting.REPLACE, List.of("demo"),
                "demo-meter", "demo", "{}", NullProgressMonitor.INSTANCE);
        return p.id();
    }

    @Test
    void recordAVisitWithAPhotoMarkAProjectCompleteAndSeeTheVerifiedSaving() throws Exception {
        Path photo = dir.resolve("回访照片.png");
        BufferedImage img = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        img.getGraphics().fillRect(10, 10, 30, 20);
        javax.imageio.ImageIO.write(img, "png", photo.toFile());
        String[] id = new String[1];
        AppContext[] context = new AppContext[1];
        try (GuiApp app = GuiApp.launch(dir, data -> {
            AppContext ctx = new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone());
            id[0] = seed(ctx);
            context[0] = ctx;
            return ctx;
        }, r -> { })) {
            app.menu("menu.followUp");
            DialogFixture d = WindowFinder.findDialog("followUp.dialog").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            GuiApp.waitUntil("the verification shown", () -> text(d, "followUp.details").contains("核验节能量"));
            assertThat(text(d, "followUp.details")).contains("R² = ").contains("tce/a").contains("90%置信");
            assertThat(GuiActionRunner.execute(() -> d.label("followUp.summary").target().getText())).contains("核验节能量合计");

            // the key project under way is marked 已完成
            JTableFixture subjects = d.table("followUp.subjects");
            int row = GuiActionRunner.execute(() -> {
                for (int r = 0; r < subjects.target().getRowCount(); r++) {
                    if (String.valueOf(subjects.target().getValueAt(r, 2)).startsWith("实施中")) {
                        return r;
                    }
                }
                return -1;
            });
            assertThat(row).isNotNegative();
            subjects.selectRows(row);
            d.button("followUp.complete").requireEnabled().click();
            GuiApp.waitUntil("marked 已完成", () -> GuiActionRunner.execute(
                    () -> String.valueOf(subjects.target().getValueAt(row, 2)).startsWith("已完成")));

            // a 回访 with a photo
            d.button("followUp.visit").requireEnabled(org.assertj.swing.timing.Timeout.timeout(GuiApp.WAIT_MS)).click();
            DialogFixture e = WindowFinder.findDialog("followUp.entry").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            GuiActionRunner.execute(() -> {
                e.textBox("followUp.entry.persons").target().setText("诊断机构：张工；企业：李娜");
                e.textBox("followUp.entry.notes").target().setText("现场查看熟料烧成系统改造后的运行情况");
                e.textBox("followUp.entry.feedback").target().setText("运行良好，感谢指导");
            });
            // the button opens a modal chooser: a click lost under load (the full suite at load 5 once
            // timed out here) is repeated while no chooser shows, never pressed programmatically (modal)
            var choosePhoto = e.button("followUp.entry.choosePhoto");
            java.util.function.BooleanSupplier chooserShown = () -> !app.robot.finder().findAll(
                    c -> c instanceof javax.swing.JFileChooser && c.isShowing()).isEmpty();
            for (int i = 0; i < 3; i++) {
                app.robot.waitForIdle();
                if (GuiActionRunner.execute(chooserShown::getAsBoolean)) {
                    break;
                }
                choosePhoto.click();
                if (GuiApp.waitFor(chooserShown, 3_000)) {
                    break;
                }
            }
            app.choose(JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot), photo);
            GuiApp.waitUntil("photo chosen", () -> GuiActionRunner.execute(
                    () -> e.label("followUp.entry.photoLabel").target().getText()).contains("回访照片"));
            e.button("followUp.entry.save").click();
            GuiApp.waitUntil("the visit listed with its photo", () -> text(d, "followUp.details").contains("运行良好，感谢指导")
                    && text(d, "followUp.details").contains("佐证材料 1 份"));
            Screens.shoot(app.robot, "followup-view");

            // the verification's set-up opens filled (meter, periods, the pasted monthly output) and saves as it was
            d.table("followUp.verifications").selectRows(0);
            d.button("followUp.editSetup").requireEnabled(org.assertj.swing.timing.Timeout.timeout(GuiApp.WAIT_MS)).click();
            DialogFixture s = WindowFinder.findDialog("followUp.setupEntry").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            assertThat(GuiActionRunner.execute(() -> s.textBox("followUp.setup.meters").target().getText())).isEqualTo(DemoFollowUp.METER);
            assertThat(GuiActionRunner.execute(() -> s.textBox("followUp.setup.drivers").target().getText().lines().count())).isEqualTo(20);
            Screens.shoot(app.robot, "followup-setup");
            s.button("followUp.setup.save").click();
            GuiApp.waitUntil("verified again after saving the set-up", () -> !d.button("followUp.setup").target().isEnabled()
                    || text(d, "followUp.details").contains("核验节能量"));
            GuiApp.waitUntil("verified again", () -> d.button("followUp.setup").target().isEnabled()
                    && text(d, "followUp.details").contains("核验节能量"));
            d.button("followUp.close").click();

            // both saved with the project, the photo's bytes beside it
            AppContext ctx = context[0];
            DiagnosisProject p = ctx.projects().load(id[0]).orElseThrow();
            assertThat(p.followUp().implementations()).filteredOn(i -> i.status() == ImplementationStatus.COMPLETED).hasSize(2);
            var visit = p.followUp().visits().stream().filter(v -> v.feedback().equals("运行良好，感谢指导")).findFirst().orElseThrow();
            assertThat(visit.evidenceIds()).singleElement().satisfies(aid -> {
                assertThat(p.site().attachment(aid)).isPresent();
                assertThat(ctx.attachments().get(id[0], aid, org.energydiag.core.evidence.Attachment.Blob.STORED)).isPresent();
            });
        }
    }

    /** A whole-plant kWh meter for the test: daily use follows the monthly output, less {@code savedPerDay} from {@code after}. */
    static org.energydiag.core.meter.MeterSeries wholePlant(List<org.energydiag.core.followup.DriverPeriod> output, LocalDate after,
                                                           double savedPerDay) {
        java.util.Random r = new java.util.Random(7);
        List<Long> starts = new java.util.ArrayList<>();
        List<Double> values = new java.util.ArrayList<>();
        for (var period : output) {
            java.time.YearMonth m = java.time.YearMonth.from(period.start());
            double perDay = period.production() / m.lengthOfMonth();
            for (LocalDate day = m.atDay(1); !day.isAfter(m.atEndOfMonth()); day = day.plusDays(1)) {
                double kwh = 300_000 + 25 * perDay + 4_000 * r.nextGaussian() - (day.isBefore(after) ? 0 : savedPerDay);
                for (int h = 0; h < 24; h++) {
                    starts.add(org.energydiag.core.meter.MeterSeries.epoch(day.atTime(h, 0)));
                    values.add(kwh / 24);
                }
            }
        }
        return new org.energydiag.core.meter.MeterSeries(WHOLE_PLANT, org.energydiag.core.reference.CarrierId.ELECTRICITY, "kWh", 60,
                starts.stream().mapToLong(Long::longValue).toArray(), values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static final String WHOLE_PLANT = "全厂总进线有功电量（测试）";

    /**
     * Two completed key projects, each verified from the window: the demo's first, and the energy management
     * centre, recorded 已完成 through 编辑实施记录… and given a verification of its own through 新建核验… (its
     * periods drafted from the record, a second meter with a known step change); the list shows both results
     * with their statistics, a set-up is edited and one removed. A task whose agreed completion has passed
     * shows as 逾期, in the list and in the summary.
     */
    @Test
    void twoCompletedKeyProjectsAreEachVerifiedAndAnyTaskCanBeLate() throws Exception {
        String[] id = new String[1];
        AppContext[] context = new AppContext[1];
        java.time.YearMonth m = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
        LocalDate started = m.minusMonths(8).atDay(3);
        LocalDate finished = m.minusMonths(8).atDay(25);
        java.util.concurrent.atomic.AtomicReference<List<org.energydiag.core.followup.DriverPeriod>> output =
                new java.util.concurrent.atomic.AtomicReference<>();
        try (GuiApp app = GuiApp.launch(dir, data -> {
            AppContext ctx = new AppContext(data, dir.resolve("home"), Clock.systemDefaultZone());
            id[0] = seed(ctx);
            DiagnosisProject p = ctx.projects().load(id[0]).orElseThrow();
            output.set(p.followUp().verifications().get(0).drivers());
            // 1 500 tce/a planned for the centre ≈ 33 440 kWh a day at 0.1229 kgce/kWh; the meter saves 80 % of it
            ctx.meterStore().store(id[0], List.of(wholePlant(output.get(), finished.plusDays(1), 0.8 * 1500e3 / 0.1229 / 365)),
                    MeterStore.OnExisting.REPLACE, List.of("test"), "test-meter", "test", "{}", NullProgressMonitor.INSTANCE);
            context[0] = ctx;
            return ctx;
        }, r -> { })) {
            app.menu("menu.followUp");
            DialogFixture d = WindowFinder.findDialog("followUp.dialog").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            JTableFixture verifications = d.table("followUp.verifications");
            GuiApp.waitUntil("the demo's verification listed", () -> verifications.target().getRowCount() == 1
                    && String.valueOf(verifications.target().getValueAt(0, 2)).startsWith("核验节能量"));
            JTableFixture subjects = d.table("followUp.subjects");

            // the demo's task behind its agreed completion: 逾期, with its date, and counted in the summary
            int late = rowWhere(subjects, 2, v -> v.contains("逾期"));
            assertThat(late).isNotNegative();
            assertThat(GuiActionRunner.execute(() -> String.valueOf(subjects.target().getValueAt(late, 3)))).isNotBlank();
            assertThat(GuiActionRunner.execute(() -> d.label("followUp.summary").target().getText())).contains("尚未完成的任务和项目 1 项");

            // a task with no date agreed: given yesterday as its planned completion, it is 逾期 at once
            int task = rowWhere(subjects, 0, v -> v.equals("改造任务"), r -> String.valueOf(subjects.target().getValueAt(r, 2)).equals("未启动")
                    && String.valueOf(subjects.target().getValueAt(r, 3)).isEmpty());
            assertThat(task).isNotNegative();
            app.selectRow(subjects, task);
            d.button("followUp.editRecord").requireEnabled(org.assertj.swing.timing.Timeout.timeout(GuiApp.WAIT_MS)).click();
            DialogFixture rec = WindowFinder.findDialog("followUp.recordEntry").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            assertThat(GuiActionRunner.execute(() -> rec.textBox("followUp.record.plannedFinish").target().getText())).isEmpty();
            String yesterday = LocalDate.now().minusDays(1).toString();
            GuiActionRunner.execute(() -> rec.textBox("followUp.record.plannedFinish").target().setText(yesterday));
            rec.button("followUp.record.save").click();
            GuiApp.waitUntil("the task shown late", () -> String.valueOf(subjects.target().getValueAt(task, 2)).contains("逾期")
                    && String.valueOf(subjects.target().getValueAt(task, 3)).equals(yesterday));
            GuiApp.waitUntil("two late in the summary", () -> d.label("followUp.summary").target().getText().contains("尚未完成的任务和项目 2 项"));

            // the energy management centre (a key project not started) recorded 已完成 with its dates
            int centre = rowWhere(subjects, 0, v -> v.equals("重点项目"), r -> String.valueOf(subjects.target().getValueAt(r, 2)).equals("未启动"));
            assertThat(centre).isNotNegative();
            String centreName = GuiActionRunner.execute(() -> String.valueOf(subjects.target().getValueAt(centre, 1)));
            app.selectRow(subjects, centre);
            d.button("followUp.editRecord").requireEnabled(org.assertj.swing.timing.Timeout.timeout(GuiApp.WAIT_MS)).click();
            DialogFixture rec2 = WindowFinder.findDialog("followUp.recordEntry").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            // pre-filled from the plan's 实施时间
            assertThat(GuiActionRunner.execute(() -> rec2.textBox("followUp.record.plannedFinish").target().getText())).isNotEmpty();
            GuiApp.choose(rec2.comboBox("followUp.record.status"), ImplementationStatus.COMPLETED.ordinal());
            GuiActionRunner.execute(() -> {
                rec2.textBox("followUp.record.start").target().setText(started.toString());
                rec2.textBox("followUp.record.finish").target().setText(finished.toString());
                rec2.textBox("followUp.record.investment").target().setText("395");
            });
            Screens.shoot(app.robot, "followup-record");
            rec2.button("followUp.record.save").click();
            GuiApp.waitUntil("the centre 已完成", () -> String.valueOf(subjects.target().getValueAt(centre, 2)).equals("已完成"));

            // 新建核验… for it: credited to it, the periods drawn from its record
            app.selectRow(subjects, centre);
            d.button("followUp.setup").requireEnabled(org.assertj.swing.timing.Timeout.timeout(GuiApp.WAIT_MS)).click();
            DialogFixture s = WindowFinder.findDialog("followUp.setupEntry").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            assertThat(GuiActionRunner.execute(() -> s.textBox("followUp.setup.name").target().getText())).contains(centreName);
            assertThat(GuiActionRunner.execute(() -> s.list("followUp.setup.subjects").target().getSelectedIndices())).containsExactly(centre);
            assertThat(GuiActionRunner.execute(() -> s.textBox("followUp.setup.baselineFrom").target().getText()))
                    .isEqualTo(m.minusMonths(20).atDay(1).toString());
            assertThat(GuiActionRunner.execute(() -> s.textBox("followUp.setup.baselineTo").target().getText()))
                    .isEqualTo(m.minusMonths(9).atEndOfMonth().toString());
            assertThat(GuiActionRunner.execute(() -> s.textBox("followUp.setup.reportingFrom").target().getText()))
                    .isEqualTo(m.minusMonths(7).atDay(1).toString());
            GuiActionRunner.execute(() -> {
                s.textBox("followUp.setup.meters").target().setText(WHOLE_PLANT);
                s.textBox("followUp.setup.drivers").target().setText(org.energydiag.core.followup.DriverText.format(output.get()));
            });
            Screens.shoot(app.robot, "followup-setup-new");
            s.button("followUp.setup.save").click();

            // both listed, each verified, with its statistics; the summary adds both
            GuiApp.waitUntil("two verifications, both verified", () -> verifications.target().getRowCount() == 2
                    && String.valueOf(verifications.target().getValueAt(0, 2)).startsWith("核验节能量")
                    && String.valueOf(verifications.target().getValueAt(1, 2)).startsWith("核验节能量"));
            assertThat(GuiActionRunner.execute(() -> String.valueOf(verifications.target().getValueAt(1, 1)))).isEqualTo(centreName);
            for (int r = 0; r < 2; r++) {
                int row = r;
                assertThat(GuiActionRunner.execute(() -> String.valueOf(verifications.target().getValueAt(row, 3)))).contains("R² = ")
                        .contains("CV(RMSE)");
            }
            Screens.shoot(app.robot, "followup-two-verifications");
            AppContext ctx = context[0];
            DiagnosisProject p = ctx.projects().load(id[0]).orElseThrow();
            assertThat(p.followUp().verifications()).hasSize(2);
            String centreId = p.followUp().verifications().get(1).subjectIds().get(0);
            assertThat(p.followUp().implementation(centreId).orElseThrow().status()).isEqualTo(ImplementationStatus.COMPLETED);
            var f = org.energydiag.core.verification.FollowUpEvaluation.of(
                    ProjectEvaluation.of(p, ctx.references(), List.of(), LocalDate.now()), ctx.meterStore(), LocalDate.now(),
                    NullProgressMonitor.INSTANCE);
            assertThat(f.verifications()).allSatisfy(v -> assertThat(v.verified()).as(v.reason()).isTrue());
            // the second meter was built with 80 % of the centre's 1 500 tce/a
            assertThat(f.verifications().get(1).annualTce()).isCloseTo(1200, org.assertj.core.api.Assertions.within(
                    Math.max(f.verifications().get(1).annualUncertaintyTce(), 60)));
            assertThat(GuiActionRunner.execute(() -> d.label("followUp.summary").target().getText()))
                    .contains("核验节能量合计 " + org.energydiag.core.report.plan.NumberStyle.amount(f.verifiedTce()) + " tce/a");

            // 编辑核验… renames the second; 删除核验 removes the first, the second stays verified
            app.selectRow(verifications, 1);
            d.button("followUp.editSetup").requireEnabled(org.assertj.swing.timing.Timeout.timeout(GuiApp.WAIT_MS)).click();
            DialogFixture e = WindowFinder.findDialog("followUp.setupEntry").withTimeout(GuiApp.WAIT_MS).using(app.robot);
            assertThat(GuiActionRunner.execute(() -> e.textBox("followUp.setup.meters").target().getText())).isEqualTo(WHOLE_PLANT);
            GuiActionRunner.execute(() -> e.textBox("followUp.setup.name").target().setText("全厂总进线（能源管控中心）"));
            e.button("followUp.setup.save").click();
            GuiApp.waitUntil("renamed", () -> verifications.target().getRowCount() == 2
                    && String.valueOf(verifications.target().getValueAt(1, 0)).equals("全厂总进线（能源管控中心）"));
            app.selectRow(verifications, 0);
            d.button("followUp.removeSetup").requireEnabled(org.assertj.swing.timing.Timeout.timeout(GuiApp.WAIT_MS));
            app.press(d.button("followUp.removeSetup"), "the removal asked", () -> java.util.Arrays.stream(java.awt.Window.getWindows())
                    .anyMatch(w -> w.isShowing() && w instanceof javax.swing.JDialog j
                            && j.getContentPane().getComponentCount() > 0 && j.getContentPane().getComponent(0) instanceof javax.swing.JOptionPane));
            app.acknowledge(java.util.regex.Pattern.compile("(?s).*删除核验.*"), GuiApp.WAIT_MS);
            GuiApp.waitUntil("one left", () -> verifications.target().getRowCount() == 1
                    && String.valueOf(verifications.target().getValueAt(0, 0)).equals("全厂总进线（能源管控中心）")
                    && String.valueOf(verifications.target().getValueAt(0, 2)).startsWith("核验节能量"));
            d.button("followUp.close").click();
            DiagnosisProject q = ctx.projects().load(id[0]).orElseThrow();
            assertThat(q.followUp().verifications()).singleElement().satisfies(v -> {
                assertThat(v.name()).isEqualTo("全厂总进线（能源管控中心）");
                assertThat(v.subjectIds()).containsExactly(centreId);
            });
        }
    }

    /** The first row whose column {@code c} satisfies {@code test} (and {@code also}), or -1. */
    @SafeVarargs
    private static int rowWhere(JTableFixture t, int c, java.util.function.Predicate<String> test,
                                java.util.function.IntPredicate... also) {
        return GuiActionRunner.execute(() -> {
            for (int r = 0; r < t.target().getRowCount(); r++) {
                int row = r;
                if (test.test(String.valueOf(t.target().getValueAt(r, c))) && java.util.Arrays.stream(also).allMatch(a -> a.test(row))) {
                    return r;
                }
            }
            return -1;
        });
    }

    private static String text(DialogFixture d, String name) {
        return GuiActionRunner.execute(() -> d.textBox(name).target().getText());
    }
}
