package org.energydiag.app.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
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

/**
 * Imports meter exports through the dialog: a GBK export (and its load curve), and real exports
 * (core/src/test/resources/meter/real, see ORIGIN.md there) read with the command line's detection:
 * the 24:00 steel file, the interleaved-channel ESB file, and the day-points file whose unit must
 * be asked.
 */
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

    /*
     * The time-of-use split in the meter tab, across 2026-07-01 in 浙江 (as core's TouCalendarTest): 100 kWh per hour ×
     * the day's number from 2026-06-29 to 2026-07-02; 浙发改价格〔2024〕21号 until June 30 (no ratios found), 112号 from
     * July 1 (2.05 : 1.85 : 1 : 0.4): 16 800 kWh priced, cost 17 325 × the flat price = 10 395 yuan at 0.6 yuan/kWh;
     * 100 000 kWh/a from 高峰 to 低谷: 100 000 × 0.6 × (1.85 − 0.4) = 87 000 yuan/a.
     */
    @Test
    void touSplitAcross20260701WithCostAndShiftSaving() throws Exception {
        StringBuilder sb = new StringBuilder("时间,总进线(kWh)\r\n");
        LocalDateTime first = LocalDateTime.of(2026, 6, 29, 0, 0);
        for (int i = 0; i < 4 * 96; i++) {
            LocalDateTime t = first.plusMinutes(15L * i);
            int day = t.getDayOfMonth() == 29 ? 1 : t.getDayOfMonth() == 30 ? 2 : t.getDayOfMonth() == 1 ? 3 : 4;
            sb.append(t.toString().replace('T', ' ')).append(',').append(25 * day).append("\r\n");
        }
        Path file = dir.resolve("总进线.csv");
        Files.writeString(file, sb.toString(), java.nio.charset.StandardCharsets.UTF_8);
        DialogFixture dialog = openAndDetect(file);
        checkAndImport(dialog, "已导入 1 块表、384 个数值。", 1);
        waitUntil("indicators", () -> window.textBox("meter.indicators").target().getText().contains("有效时段"));
        assertThat(GuiActionRunner.execute(() -> window.textBox("meter.indicators").target().getText())).startsWith("总进线(kWh)：24,000.00 kWh");

        window.comboBox("meter.schedule").selectItem(Pattern.compile("浙江省：.*"));
        waitUntil("split by the 浙江 schedules", () -> window.textBox("meter.indicators").target().getText().contains("112号"));
        assertThat(GuiActionRunner.execute(() -> window.textBox("meter.indicators").target().getText()))
                .contains("分时用电（浙发改价格〔2024〕21号（执行至2026-06-30）、浙发改价格〔2026〕112号（2026-07-01起执行））：")
                .contains("峰段（尖峰+峰）占比 29.2%");
        window.tabbedPane("meter.charts").selectTab("分时用电");
        GuiApp.type(window.textBox("energy.tariff.flatPrice"), "0.6");
        GuiApp.type(window.textBox("energy.tariff.shiftKwh"), "100000");
        waitUntil("shift saving shown", () -> window.textBox("meter.touDetails").target().getText().contains("节省电费"));
        String text = GuiActionRunner.execute(() -> window.textBox("meter.touDetails").target().getText());
        assertThat(text)
                .startsWith("分时电价：浙江省：浙发改价格〔2024〕21号（执行至2026-06-30）、浙发改价格〔2026〕112号（2026-07-01起执行）")
                .contains("· 2026-06-29 至 2026-06-30 按 浙发改价格〔2024〕21号（执行至2026-06-30）（可信度 low）：7,200.00 kWh；比价未收录")
                .contains("· 2026-07-01 至 2026-07-02 按 浙发改价格〔2026〕112号（2026-07-01起执行）（可信度 low-medium）：16,800.00 kWh；"
                        + "比价 尖峰 ×2.05、峰 ×1.85、谷 ×0.4、深谷 ×0.2")
                .contains("平均电价为平段电价的 1.031 倍（比价覆盖 70.0% 的分时电量）")
                .contains("按平段电价 0.6 元/kWh：分时电费 10,395.00 元")
                .contains("每年 100,000 kWh 由高峰移至低谷（比价 1.850 → 0.400，平段电价 0.6 元/kWh），节省电费 87,000.00 元/年");
        ChartPanel tou = (ChartPanel) window.panel("meter.tou").target();
        assertThat(GuiActionRunner.execute(() -> {
            java.util.List<String> titles = new java.util.ArrayList<>();
            for (int i = 0; i < tou.getChart().getSubtitleCount(); i++) {
                if (tou.getChart().getSubtitle(i) instanceof org.jfree.chart.title.TextTitle t) {
                    titles.add(t.getText());
                }
            }
            return titles;
        })).contains("时段依据：浙发改价格〔2024〕21号（执行至2026-06-30）、浙发改价格〔2026〕112号（2026-07-01起执行）");
        Screens.shoot(robot, "meter-tou-zhejiang");

        // the flat price and the kWh to shift are the project's (energy.tariff): an edit that undo takes back
        window.textBox("energy.tariff.flatPrice").click(); // leave the kWh field: its typing is committed
        waitUntil("the flat price is the last edit", () -> undoLabel().contains("移峰电量") || undoLabel().contains("平段电价"));
        app.menu("menu.undo");
        waitUntil("undo takes the kWh to shift back", () -> window.textBox("energy.tariff.shiftKwh").target().getText().isEmpty());
        app.menu("menu.redo");
        waitUntil("redo puts it back", () -> window.textBox("energy.tariff.shiftKwh").target().getText().equals("100000"));
        window.textBox("energy.tariff.flatPrice").requireText("0.6");
    }

    /** The text of 编辑 → 撤销 (the first item of the second menu). */
    private String undoLabel() {
        return ((javax.swing.JFrame) window.target()).getJMenuBar().getMenu(1).getItem(0).getText();
    }

    /** A real export fixture, by absolute path (the test runs in the app module). */
    private static Path realFile(String name) {
        return Path.of("..", "core", "src", "test", "resources", "meter", "real", name).toAbsolutePath().normalize();
    }

    /** A new project, the meter data tab, the import dialog open with {@code file} detected. */
    private DialogFixture openAndDetect(Path file) {
        app = GuiApp.launch(dir).newProject();
        robot = app.robot;
        window = app.window;
        window.list("workspace.steps").clickItem(3);
        window.tabbedPane("energy.tabs").selectTab("电表数据");
        window.button("meter.import").click();
        DialogFixture dialog = WindowFinder.findDialog("meterImport").withTimeout(GuiApp.WAIT_MS).using(robot);
        GuiApp.type(dialog.textBox("meterImport.path"), file.toString());
        app.press(dialog.button("meterImport.detect"), "detected",
                () -> dialog.textBox("meterImport.decisions").target().getText().startsWith("· 格式："));
        return dialog;
    }

    private static String text(DialogFixture dialog, String name) {
        return GuiActionRunner.execute(() -> dialog.textBox(name).target().getText());
    }

    /** 检查, then 导入; waits for the confirmation and for the meter list to show {@code meters} meters. */
    private void checkAndImport(DialogFixture dialog, String confirmation, int meters) {
        app.press(dialog.button("meterImport.check").requireEnabled(), "checked",
                () -> dialog.textBox("meterImport.report").target().getText().startsWith("读取"));
        app.press(dialog.button("meterImport.commit").requireEnabled(), "import committed",
                () -> java.util.Arrays.stream(java.awt.Window.getWindows()).anyMatch(w -> w.isShowing()
                        && w instanceof javax.swing.JDialog jd && jd.getContentPane().getComponentCount() > 0
                        && jd.getContentPane().getComponent(0) instanceof javax.swing.JOptionPane));
        app.acknowledge(Pattern.compile(Pattern.quote(confirmation)), GuiApp.WAIT_MS);
        waitUntil(meters + " meters listed", () -> window.table("meter.list").target().getRowCount() == meters);
    }

    /** The row of the meter list naming {@code meter}; selects it and waits for its indicators. */
    private String[] storedMeter(String meter, String indicatorsStart) {
        var list = window.table("meter.list");
        int row = GuiActionRunner.execute(() -> {
            for (int i = 0; i < list.target().getRowCount(); i++) {
                if (meter.equals(list.target().getValueAt(i, 0))) {
                    return i;
                }
            }
            return -1;
        });
        assertThat(row).as("%s listed", meter).isNotNegative();
        list.selectRows(row);
        waitUntil("indicators of " + meter, () -> window.textBox("meter.indicators").target().getText().startsWith(indicatorsStart));
        return GuiActionRunner.execute(() -> {
            String[] cells = new String[list.target().getColumnCount()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = String.valueOf(list.target().getValueAt(row, c));
            }
            return cells;
        });
    }

    /**
     * Types into an editable combo box and presses Enter, like a user. Under a loaded Xvfb (no
     * window manager) the focus change the keys need is now and then refused; then the typed text
     * is put into the editor and its action fired, as Enter does (logged), and the effect awaited.
     */
    private void typeAndEnter(org.assertj.swing.fixture.JComboBoxFixture combo, String text, java.util.function.BooleanSupplier effect) {
        javax.swing.JTextField editor = GuiActionRunner.execute(
                () -> (javax.swing.JTextField) combo.target().getEditor().getEditorComponent());
        try {
            // into the editor itself: without a window manager (Xvfb) the combo's own focus request
            // could wait for the focus for half a minute before it failed (seen in CI dry runs)
            robot.click(editor);
            if (!GuiApp.waitFor(editor::isFocusOwner, 2_000)) {
                System.err.println("MeterImportGuiTest: " + combo.target().getName() + " did not take the focus");
            }
            GuiActionRunner.execute(editor::selectAll);
            robot.enterText(text);
            robot.waitForIdle();
            robot.pressAndReleaseKey(java.awt.event.KeyEvent.VK_ENTER);
        } catch (org.assertj.swing.exception.ActionFailedException e) {
            System.err.println("MeterImportGuiTest: typing into " + combo.target().getName() + " failed (" + e.getMessage().strip()
                    .lines().findFirst().orElse("") + ")");
        }
        if (!GuiApp.waitFor(effect, 1_500)) {
            System.err.println("MeterImportGuiTest: Enter lost on " + combo.target().getName() + "; committing “" + text + "” directly");
            GuiActionRunner.execute(() -> {
                editor.setText(text);
                editor.postActionEvent();
            });
        }
        waitUntil("“" + text + "” entered into " + combo.target().getName(), effect);
    }

    @Test
    void steelExportWithMidnightAsTheEndOfTheDay() throws Exception {
        DialogFixture dialog = openAndDetect(realFile("1-steel-daewoo-uci.csv"));
        String decisions = text(dialog, "meterImport.decisions");
        assertThat(decisions).contains("24:00", "宽表", "日/月/年");
        assertThat(decisions).contains("“WeekStatus”列为属性列", "“Day_of_week”列为属性列", "“Load_Type”列为属性列",
                "“NSM”列是时间的另一种写法", "“CO2(tCO2)”列不是电能/功率量");
        assertThat(text(dialog, "meterImport.questions")).startsWith("无");
        dialog.comboBox("meterImport.layout").requireSelection("自动");
        dialog.comboBox("meterImport.meterColumn").requireDisabled();
        dialog.comboBox("meterImport.zone").requireSelection("Asia/Shanghai");
        assertThat(dialog.table("meterImport.mappings").target().getRowCount()).isEqualTo(3);
        Screens.shoot(robot, "meter-dialog-steel");

        checkAndImport(dialog, "已导入 3 块表、2016 个数值。", 3);
        // what was checked, before it was stored
        // (the report is gone with the dialog; the stored meters tell the same through the meter list)
        String[] usage = storedMeter("Usage_kWh", "Usage_kWh：29,828.16 kWh");
        assertThat(usage[1]).isEqualTo("kWh");
        assertThat(usage[2]).isEqualTo("15");
        assertThat(usage[3]).isEqualTo("2018-01-08 00:00"); // the first interval: 00:00–00:15, stamped 0:15
        assertThat(usage[4]).isEqualTo("2018-01-14 23:45"); // the last: stamped 00:00, meaning 24:00 of the 14th
        assertThat(usage[5]).isEqualTo("672");
        assertThat(storedMeter("Lagging_Current_Reactive.Power_kVarh", "Lagging_Current_Reactive.Power_kVarh：12,264.44 kvarh")[5])
                .isEqualTo("672");
    }

    /**
     * A real daily statistics export (泰迪杯 2022 A题 附件2, a slice; origin in core's meter/real/ORIGIN.md): one row per day
     * and industry, 有功功率最大值/最小值 in kW. Demand, never energy: the report gives each series' highest value and no
     * total; 商业's highest daily maximum in the slice is 47 764.5426 kW (2021/1/22, read off the file).
     */
    @Test
    void dailyStatisticsAreDemandNotEnergy() throws Exception {
        DialogFixture dialog = openAndDetect(realFile("2-taidi2022-industry-daily-maxmin-kw.csv"));
        assertThat(text(dialog, "meterImport.decisions")).contains("长表", "“行业类型”列为表计/通道名");
        assertThat(text(dialog, "meterImport.questions")).startsWith("无");
        app.press(dialog.button("meterImport.check").requireEnabled(), "checked",
                () -> dialog.textBox("meterImport.report").target().getText().startsWith("读取"));
        String report = text(dialog, "meterImport.report");
        assertThat(report).contains("· 商业 有功功率最大值（kw）：需量统计，13 个值", "其中最高 47764.543 kW（需量统计，不是电量，不计合计）",
                "· 商业 有功功率最小值（kw）：需量统计，13 个值").doesNotContain("NaN").doesNotContain("合计 ");
        Screens.shoot(robot, "meter-dialog-daily-statistics");
        // nothing to store as energy: 导入 stays disabled and says why
        dialog.button("meterImport.commit").requireDisabled();
        assertThat(dialog.label("meterImport.blocked").text()).contains("不是电量", "最大/最小需量");
    }

    @Test
    void interleavedChannelsNewestFirst() throws Exception {
        DialogFixture dialog = openAndDetect(realFile("3-esb-hdf-kw-newest.csv"));
        assertThat(text(dialog, "meterImport.decisions")).contains("长表", "“Read Type”列为表计/通道名", "“MPRN”列为属性列",
                "倒序");
        assertThat(text(dialog, "meterImport.questions")).startsWith("无");
        var meterColumn = dialog.comboBox("meterImport.meterColumn").requireEnabled();
        meterColumn.requireSelection("Read Type");
        assertThat(dialog.table("meterImport.mappings").target().getRowCount()).isEqualTo(2);

        // another column as the meter column: one meter "XXX" whose unit nobody says
        meterColumn.selectItem("MPRN");
        waitUntil("unit asked", () -> dialog.textBox("meterImport.questions").target().getText().contains("单位"));
        dialog.button("meterImport.check").requireDisabled();
        assertThat(dialog.label("meterImport.blocked").text()).contains("单位");
        meterColumn.selectItem("Read Type");
        waitUntil("channels again", () -> dialog.button("meterImport.check").target().isEnabled());
        assertThat(dialog.table("meterImport.mappings").target().getRowCount()).isEqualTo(2);

        app.press(dialog.button("meterImport.check").requireEnabled(), "checked",
                () -> dialog.textBox("meterImport.report").target().getText().startsWith("读取"));
        String report = text(dialog, "meterImport.report");
        assertThat(report).contains("· Active Import Interval (kW)：平均功率，379 个值", "合计 79.862 kWh",
                "· Active Export Interval (kW)：平均功率，394 个值", "合计 51.994 kWh");
        checkAndImport(dialog, "已导入 2 块表、773 个数值。", 2);
        assertThat(storedMeter("Active Import Interval (kW)", "Active Import Interval (kW)：79.86 kWh")[5]).isEqualTo("379");
        assertThat(storedMeter("Active Export Interval (kW)", "Active Export Interval (kW)：51.99 kWh")[5]).isEqualTo("394");
    }

    @Test
    void dayPointsWithoutUnitAskForItUntilChosen() throws Exception {
        DialogFixture dialog = openAndDetect(realFile("6-cn-dgb2016-area1-load-96pt.csv"));
        assertThat(text(dialog, "meterImport.decisions")).contains("日点表", "96 个点");
        assertThat(text(dialog, "meterImport.questions")).contains("单位", "没有单位").doesNotContain("--unit");
        dialog.button("meterImport.check").requireDisabled();
        dialog.button("meterImport.commit").requireDisabled();
        assertThat(dialog.label("meterImport.blocked").text()).contains("待确认", "单位");
        var mappings = dialog.table("meterImport.mappings");
        assertThat(mappings.target().getRowCount()).isEqualTo(1); // 96 point columns, one meter
        Screens.shoot(robot, "meter-dialog-unit-asked");

        // forced to a wide table: 96 columns; back to automatic: the day-points table again
        dialog.comboBox("meterImport.layout").selectItem("宽表");
        waitUntil("read as a wide table", () -> dialog.label("meterImport.detected").target().getText().contains("宽表")
                && mappings.target().getRowCount() == 96);
        dialog.comboBox("meterImport.layout").selectItem("自动");
        waitUntil("read as day points", () -> dialog.label("meterImport.detected").target().getText().contains("日点表")
                && mappings.target().getRowCount() == 1);
        dialog.button("meterImport.check").requireDisabled();

        // the unit chosen as in a sheet: one click selects the cell (the list stays closed), typing chooses
        // (M → MWh, MW → MW); a block of the file's first lines is copied from the preview with Ctrl+C
        var preview = dialog.table("meterImport.preview");
        preview.cell(TableCell.row(1).column(0)).click();
        robot.pressKey(java.awt.event.KeyEvent.VK_SHIFT);
        preview.cell(TableCell.row(2).column(1)).click();
        robot.releaseKey(java.awt.event.KeyEvent.VK_SHIFT);
        waitUntil("preview block selected", () -> preview.target().getSelectedRowCount() == 2 && preview.target().getSelectedColumnCount() == 2
                && preview.target().isFocusOwner());
        robot.pressKey(java.awt.event.KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKeys(java.awt.event.KeyEvent.VK_C);
        robot.releaseKey(java.awt.event.KeyEvent.VK_CONTROL);
        String block = GuiActionRunner.execute(() -> {
            StringBuilder sb = new StringBuilder();
            for (int r = 1; r <= 2; r++) {
                Object a = preview.target().getValueAt(r, 0);
                Object b = preview.target().getValueAt(r, 1);
                sb.append(a == null ? "" : a).append('\t').append(b == null ? "" : b).append('\n');
            }
            return sb.toString();
        });
        waitUntil("preview block copied", () -> block.equals(GuiApp.clipboard()));

        mappings.cell(TableCell.row(0).column(3)).click();
        waitUntil("unit cell selected", () -> mappings.target().getSelectedRow() == 0 && mappings.target().getSelectedColumn() == 3
                && mappings.target().isFocusOwner());
        robot.waitForIdle();
        assertThat(GuiActionRunner.execute(() -> mappings.target().isEditing())).as("one click does not open the drop-down").isFalse();
        robot.enterText("MW");
        waitUntil("unit MW chosen by typing", () -> org.energydiag.core.meter.MeterUnit.MW.equals(mappings.target().getModel().getValueAt(0, 3))
                && !mappings.target().isEditing());
        waitUntil("unit answered", () -> dialog.button("meterImport.check").target().isEnabled());
        Screens.shoot(robot, "meter-dialog-unit-typed");
        assertThat(text(dialog, "meterImport.questions")).startsWith("无");
        assertThat(mappings.valueAt(TableCell.row(0).column(4))).isEqualTo("平均功率");
        app.press(dialog.button("meterImport.check"), "checked",
                () -> dialog.textBox("meterImport.report").target().getText().startsWith("读取"));
        assertThat(text(dialog, "meterImport.report")).contains("672 个值", "2012-01-01T00:00～", "合计 903519278.928 kWh");
        checkAndImport(dialog, "已导入 1 块表、672 个数值。", 1);
    }

    @Test
    void repeatedAutumnHourAsksForTheZone() throws Exception {
        DialogFixture dialog = openAndDetect(realFile("3-esb-hdf-kwh-dst-autumn.csv"));
        assertThat(text(dialog, "meterImport.questions")).contains("时区", "2023-10-29 01:00").doesNotContain("--zone");
        dialog.button("meterImport.check").requireDisabled();
        assertThat(dialog.label("meterImport.blocked").text()).contains("时区");
        var zone = dialog.comboBox("meterImport.zone");
        assertThat(GuiActionRunner.execute(() -> zone.target().getItemAt(0))).isEqualTo("Asia/Shanghai");

        javax.swing.JLabel error = robot.finder().findByName(dialog.target(), "meterImport.settingsError", javax.swing.JLabel.class, false);
        typeAndEnter(zone, "Europe/Dublni", () -> error.isShowing() && error.getText().contains("无法识别的时区“Europe/Dublni”"));
        dialog.button("meterImport.check").requireDisabled();
        zone.selectItem("Europe/Dublin");
        waitUntil("zone answered", () -> dialog.button("meterImport.check").target().isEnabled()
                && !error.isShowing());
        assertThat(text(dialog, "meterImport.questions")).startsWith("无");
        assertThat(dialog.label("meterImport.detected").text()).contains("时区 Europe/Dublin");

        app.press(dialog.button("meterImport.check"), "checked",
                () -> dialog.textBox("meterImport.report").target().getText().startsWith("读取"));
        assertThat(text(dialog, "meterImport.report")).contains("· Active Import Interval (kWh)：区间用量，146 个值",
                "· Active Export Interval (kWh)：区间用量，146 个值", "合计 47.226 kWh").doesNotContain("冲突 1", "缺测 1");
        dialog.button(org.assertj.swing.core.matcher.JButtonMatcher.withText("关闭")).click();
        waitUntil("dialog closed", () -> !dialog.target().isShowing());
    }
}
