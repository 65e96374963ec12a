package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The holiday deep valley in the meter tab (as core's DeepValleyTest): 安徽 皖发改价格〔2025〕302号, 2026-10-01 … 10-08
 * with d kWh a quarter hour on day d. Its deep valley (3天及以上节假日 11:00-15:00; 国庆节 10月1日至7日 after
 * 国办发明电〔2025〕7号) is for 用电容量315千伏安及以上、两部制工业用电 only: without the class of users the tab says it
 * was not counted, why, and what to choose; with the class, 448 kWh are 深谷 (4 × 4 × 28), a slice of the pie, and at
 * 0.55 yuan/kWh the cost is 3 315.1168 × 0.55 = 1 823.31 yuan.
 */
class DeepValleyGuiTest {

    @TempDir
    Path dir;
    GuiApp app;
    FrameFixture window;

    @BeforeAll
    static void display() {
        GuiApp.requireDisplay();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private String details() {
        return GuiActionRunner.execute(() -> window.textBox("meter.touDetails").target().getText());
    }

    @Test
    void theTouTabShowsTheDeepValleyOrWhyItIsNotCounted() throws Exception {
        StringBuilder sb = new StringBuilder("时间,总进线(kWh)\r\n");
        LocalDateTime first = LocalDateTime.of(2026, 10, 1, 0, 0);
        for (int i = 0; i < 8 * 96; i++) {
            LocalDateTime t = first.plusMinutes(15L * i);
            sb.append(t.toString().replace('T', ' ')).append(',').append(t.getDayOfMonth()).append("\r\n");
        }
        Path file = dir.resolve("总进线.csv");
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);

        app = GuiApp.launch(dir).newProject();
        window = app.window;
        window.list("workspace.steps").clickItem(3);
        window.tabbedPane("energy.tabs").selectTab("电表数据");
        window.button("meter.import").click();
        DialogFixture dialog = WindowFinder.findDialog("meterImport").withTimeout(GuiApp.WAIT_MS).using(app.robot);
        GuiApp.type(dialog.textBox("meterImport.path"), file.toString());
        app.press(dialog.button("meterImport.detect"), "detected",
                () -> dialog.textBox("meterImport.decisions").target().getText().startsWith("· 格式："));
        app.press(dialog.button("meterImport.check").requireEnabled(), "checked",
                () -> dialog.textBox("meterImport.report").target().getText().startsWith("读取"));
        app.press(dialog.button("meterImport.commit").requireEnabled(), "import committed",
                () -> java.util.Arrays.stream(java.awt.Window.getWindows()).anyMatch(w -> w.isShowing()
                        && w instanceof javax.swing.JDialog jd && jd.getContentPane().getComponentCount() > 0
                        && jd.getContentPane().getComponent(0) instanceof javax.swing.JOptionPane));
        app.acknowledge(Pattern.compile(Pattern.quote("已导入 1 块表、768 个数值。")), GuiApp.WAIT_MS);
        GuiApp.waitUntil("meter listed", () -> window.table("meter.list").target().getRowCount() == 1);
        GuiApp.waitUntil("indicators", () -> window.textBox("meter.indicators").target().getText().contains("有效时段"));

        window.comboBox("meter.schedule").selectItem(Pattern.compile("安徽省：.*"));
        window.tabbedPane("meter.charts").selectTab("分时用电");
        GuiApp.waitUntil("split by 302号", () -> details().contains("302号"));
        assertThat(details()).contains("皖发改价格〔2025〕302号的深谷只适用于用电容量315千伏安及以上执行工商业两部制电价和峰谷分时电价的"
                + "工业用电；未选择电价用户类别，深谷未计入（节假日深谷时段的 448.0 kWh 按当日时段计）（可信度 medium）")
                .contains("请按电费单上的用电容量和计费方式（两部制/单一制）在“电价用户类别”中选择。");
        assertThat(subtitles()).contains("节假日深谷（皖发改价格〔2025〕302号）未计入，原因见下方说明");
        assertThat(sliceKeys()).doesNotContain("深谷");
        Screens.shoot(app.robot, "meter-tou-deep-valley-not-chosen");

        window.comboBox("meter.priceClass").selectItem("用电容量315千伏安及以上、两部制工业用电");
        GuiApp.waitUntil("deep valley counted", () -> details().contains("计入深谷 448.0 kWh"));
        assertThat(details()).contains("皖发改价格〔2025〕302号：每年3天及以上节假日（具体时间以国家公布为准）11:00–15:00计入深谷 448.0 kWh"
                + "（节假日日期按国办发明电〔2025〕7号）（可信度 medium）").doesNotContain("请按电费单");
        GuiApp.waitUntil("深谷 slice", () -> sliceKeys().contains("深谷"));
        assertThat(subtitles()).contains("节假日深谷：皖发改价格〔2025〕302号，11:00–15:00");
        GuiApp.type(window.textBox("energy.tariff.flatPrice"), "0.55");
        GuiApp.waitUntil("cost shown", () -> details().contains("分时电费"));
        assertThat(details()).contains("按平段电价 0.55 元/kWh：分时电费 1,823.31 元").contains("深谷 75.30");
        assertThat(GuiActionRunner.execute(() -> window.textBox("meter.indicators").target().getText())).contains("深谷 13.0%");
        Screens.shoot(app.robot, "meter-tou-deep-valley");
    }

    private List<String> subtitles() {
        ChartPanel tou = (ChartPanel) window.panel("meter.tou").target();
        return GuiActionRunner.execute(() -> {
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < tou.getChart().getSubtitleCount(); i++) {
                if (tou.getChart().getSubtitle(i) instanceof TextTitle t) {
                    titles.add(t.getText());
                }
            }
            return titles;
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> sliceKeys() {
        ChartPanel tou = (ChartPanel) window.panel("meter.tou").target();
        return GuiActionRunner.execute(() -> tou.getChart() == null ? List.<String>of()
                : new ArrayList<>(((PiePlot<String>) tou.getChart().getPlot()).getDataset().getKeys()));
    }
}
