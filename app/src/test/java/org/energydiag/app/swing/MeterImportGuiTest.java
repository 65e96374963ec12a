package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports a GBK meter export through the dialog and sees the load curve of the meter. */
class MeterImportGuiTest {

    @TempDir
    Path dir;
    GuiApp app;
    Robot robot;
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

    private static void waitUntil(String what, java.util.function.BooleanSupplier test) {
        GuiApp.waitUntil(what, test);
    }

    @Test
    void importThroughTheDialogShowsTheLoadCurve() throws Exception {
        // two days of 15-minute data: 192 intervals, value 1 + (i mod 4) kWh → Σ = 48 × (1+2+3+4) = 480 kWh
        StringBuilder sb = new StringBuilder("时间,总进线(kWh)\r\n");
        LocalDateTime t = LocalDateTime.of(2025, 3, 1, 0, 0);
        for (int i = 0; i < 192; i++) {
            sb.append(t.plusMinutes(15L * i).toString().replace('T', ' ')).append(',').append(1 + i % 4).append("\r\n");
        }
        Path file = dir.resolve("总表.csv");
        Files.write(file, sb.toString().getBytes(Charset.forName("GBK")));

        app = GuiApp.launch(dir).newProject();
        robot = app.robot;
        window = app.window;
        window.list("workspace.steps").clickItem(3);
        window.tabbedPane("energy.tabs").selectTab("电表数据");
        window.button("meter.import").click();

        DialogFixture dialog = WindowFinder.findDialog("meterImport").withTimeout(GuiApp.WAIT_MS).using(robot);
        GuiApp.type(dialog.textBox("meterImport.path"), file.toString());
        app.press(dialog.button("meterImport.detect"), "detected",
                () -> dialog.label("meterImport.detected").target().getText().startsWith("GB18030"));
        assertThat(dialog.table("meterImport.mappings").target().getRowCount()).isEqualTo(1);
        dialog.label("meterImport.detected").requireText(Pattern.compile("GB18030.*间隔 15 分钟.*"));
        app.press(dialog.button("meterImport.check"), "checked",
                () -> dialog.textBox("meterImport.report").target().getText().startsWith("读取"));
        assertThat(dialog.textBox("meterImport.report").text()).contains("新数据 192 个").contains("合计 480.000 kWh");
        app.press(dialog.button("meterImport.commit").requireEnabled(), "import committed",
                () -> java.util.Arrays.stream(java.awt.Window.getWindows()).anyMatch(w -> w.isShowing()
                        && w instanceof javax.swing.JDialog jd && jd.getContentPane().getComponentCount() > 0
                        && jd.getContentPane().getComponent(0) instanceof javax.swing.JOptionPane));
        app.acknowledge(Pattern.compile("已导入 1 块表、192 个数值。"), GuiApp.WAIT_MS);

        waitUntil("meter listed", () -> window.table("meter.list").target().getRowCount() == 1);
        waitUntil("load curve drawn", () -> {
            ChartPanel p = (ChartPanel) window.panel("meter.loadCurve").target();
            return p.getChart() != null && p.getChart().getPlot() instanceof XYPlot xy
                    && xy.getDataset() != null && xy.getDataset().getItemCount(0) == 192;
        });
        assertThat(window.textBox("meter.indicators").text()).contains("480.00 kWh").contains("最大需量 16.0 kW");
    }
}
