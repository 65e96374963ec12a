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
            e.button("followUp.entry.choosePhoto").click();
            app.choose(JFileChooserFinder.findFileChooser().withTimeout(GuiApp.WAIT_MS).using(app.robot), photo);
            GuiApp.waitUntil("photo chosen", () -> GuiActionRunner.execute(
                    () -> e.label("followUp.entry.photoLabel").target().getText()).contains("回访照片"));
            e.button("followUp.entry.save").click();
            GuiApp.waitUntil("the visit listed with its photo", () -> text(d, "followUp.details").contains("运行良好，感谢指导")
                    && text(d, "followUp.details").contains("佐证材料 1 份"));
            Screens.shoot(app.robot, "followup-view");

            // the verification's set-up opens filled (meter, periods, the pasted monthly output) and saves as it was
            d.button("followUp.setup").requireEnabled(org.assertj.swing.timing.Timeout.timeout(GuiApp.WAIT_MS)).click();
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

    private static String text(DialogFixture d, String name) {
        return GuiActionRunner.execute(() -> d.textBox(name).target().getText());
    }
}
