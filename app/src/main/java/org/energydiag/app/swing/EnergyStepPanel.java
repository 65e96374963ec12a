package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.swing.charts.ChartImages;
import org.energydiag.app.swing.charts.EnergyCharts;
import org.energydiag.app.swing.charts.SankeyPanel;
import org.energydiag.core.analysis.ProjectAnalysis;
import org.energydiag.core.benchmark.BenchmarkComparison;
import org.energydiag.core.energy.BalanceFlow;
import org.energydiag.core.energy.BalanceNode;
import org.energydiag.core.energy.BalanceResult;
import org.energydiag.core.energy.BalanceStage;
import org.energydiag.core.energy.CoefficientOverride;
import org.energydiag.core.energy.ConsumptionRecord;
import org.energydiag.core.energy.EnergyBalanceData;
import org.energydiag.core.energy.EnergyData;
import org.energydiag.core.energy.EnergySummary;
import org.energydiag.core.energy.OutputValue;
import org.energydiag.core.energy.ProductionRecord;
import org.energydiag.core.energy.SupplyKind;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.unit.PhysicalUnit;
import org.jfree.chart.ChartPanel;

/**
 * Step 能源消费情况 (template 一（三）): three years of consumption, coefficients, output and
 * products, the results with charts, and the energy balance with its flow diagram. Results are
 * recomputed on every edit.
 */
final class EnergyStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final List<RowTableSection<?>> sections = new ArrayList<>();
    private final DefaultTableModel summaryModel = Choices.readOnly(new Object[0]);
    private final javax.swing.JTextArea indicators = ScrollablePanel.wrappingText();
    private final DefaultTableModel benchmarkModel = Choices.readOnly(new Object[] {"产品", "年份", "单位产品综合能耗", "单位",
        "对标值", "先进端", "限定/基准端", "结论", "来源"});
    private final ChartPanel pie = chartPanel();
    private final ChartPanel trend = chartPanel();
    private final javax.swing.JTextArea closure = ScrollablePanel.wrappingText();
    private final DefaultTableModel balanceModel = Choices.readOnly(new Object[0]);
    private final DefaultTableModel lossModel = Choices.readOnly(new Object[] {"用能单元", "环节", "投入 tce", "有效利用 tce",
        "损失 tce", "占供入比例"});
    private final SankeyPanel sankey = new SankeyPanel();

    private final MeterDataPanel meterData;

    EnergyStepPanel(ProjectSession session, org.energydiag.core.meter.MeterStore meters,
                    List<org.energydiag.core.meter.analysis.TouSchedule> schedules) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.ENERGY");
        JTabbedPane tabs = new JTabbedPane();
        tabs.setName("energy.tabs");
        tabs.addTab("能源消费", scroll(consumptionTab()));
        tabs.addTab("产量与产值", scroll(productionTab()));
        tabs.addTab("汇总与图表", scroll(resultsTab()));
        tabs.addTab("能量平衡", scroll(balanceTab()));
        meterData = new MeterDataPanel(session, meters, schedules);
        tabs.addTab("电表数据", meterData);
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() == meterData) {
                meterData.reload();
            }
        });
        JLabel title = new JLabel("能源消费情况");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JPanel head = new JPanel(new MigLayout("insets dialog", "[][grow]"));
        head.add(title);
        JLabel intro = new JLabel("对应方案“一、（三）能源消费情况”：近三年能源消费量及构成、折标准煤（当量值/等价值）、能量平衡。修改会自动保存。");
        intro.setForeground(Theme.color(Theme.MUTED));
        head.add(intro, "gapleft unrel");
        add(head, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        session.addListener(p -> binder.refresh());
        binder.refresh();
    }

    private static JScrollPane scroll(JComponent c) {
        JScrollPane s = new JScrollPane(c);
        s.getVerticalScrollBar().setUnitIncrement(24);
        s.setBorder(null);
        return s;
    }

    private static ChartPanel chartPanel() {
        ChartPanel p = new ChartPanel(null, false, false, false, false, false);
        p.setPreferredSize(new java.awt.Dimension(520, 340));
        return p;
    }

    private List<Choices.Item> carrierItems() {
        List<Choices.Item> items = new ArrayList<>();
        for (EnergyCarrier c : session.reference().carriers().values()) {
            items.add(new Choices.Item(c.id(), c.name()));
        }
        return items;
    }

    private List<Choices.Item> yearItems() {
        return session.project().energy().years().stream().map(y -> new Choices.Item(y, y + "年")).toList();
    }

    private static String[] allUnits() {
        return Arrays.stream(PhysicalUnit.values()).map(PhysicalUnit::symbol).toArray(String[]::new);
    }

    private static EnergyData energy(DiagnosisProject p) {
        return p.energy();
    }

    private static DiagnosisProject with(DiagnosisProject p, EnergyData e) {
        return p.withEnergy(e, p.updatedAt());
    }

    // ---- tab 1: consumption ---------------------------------------------------------------------

    private JPanel consumptionTab() {
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 2, gapy 2", "[right]rel[grow,fill]"));
        JSpinner base = new JSpinner(new SpinnerNumberModel(2025, 2000, 2100, 1));
        base.setName("energy.baseYear");
        base.setEditor(new JSpinner.NumberEditor(base, "0"));
        base.addChangeListener(e -> binder.editProject("修改 基准年", null,
                pr -> with(pr, energy(pr).withBaseYear((Integer) base.getValue()))));
        binder.addRefresher(() -> {
            if (!base.getValue().equals(session.project().energy().baseYear())) {
                base.setValue(session.project().energy().baseYear());
            }
        });
        p.add(new JLabel("近一年（基准年）"));
        p.add(base, "split 2, growx 0, width 90lp!");
        JLabel yearsHint = new JLabel();
        yearsHint.setForeground(Theme.color(Theme.MUTED));
        binder.addRefresher(() -> {
            var ys = session.project().energy().years();
            yearsHint.setText("能源消费表填写 " + ys.get(0) + "～" + ys.get(2) + " 年");
        });
        p.add(yearsHint);

        JTextField elec = new JTextField();
        JTextField elecSource = new JTextField();
        JLabel elecMsg = new JLabel(" ");
        binder.projectNumber(elec, "energy.electricityEquivalent", "电力等价值系数", pr -> energy(pr).electricityEquivalent(),
                (pr, v) -> with(pr, energy(pr).withEquivalents(v, energy(pr).electricityEquivalentSource(),
                        energy(pr).heatEquivalent(), energy(pr).heatEquivalentSource())), elecMsg);
        binder.projectText(elecSource, "energy.electricityEquivalentSource", "电力等价值系数来源",
                pr -> energy(pr).electricityEquivalentSource(),
                (pr, v) -> with(pr, energy(pr).withEquivalents(energy(pr).electricityEquivalent(), v,
                        energy(pr).heatEquivalent(), energy(pr).heatEquivalentSource())), null);
        elecSource.putClientProperty("JTextField.placeholderText", "系数来源（必填，如 当年火电供电标准煤耗 …）");
        JButton pick = new JButton("选用参考值…");
        pick.setName("energy.pickElectricityEquivalent");
        pick.addActionListener(e -> {
            JPopupMenu menu = new JPopupMenu();
            session.reference().electricityEquivalents().forEach(f -> {
                var item = menu.add(f.value() + " " + f.unit() + " — " + f.indicator() + "（可信度：" + f.trust() + "）");
                item.addActionListener(a -> binder.editProject("选用 电力等价值系数", null, pr -> with(pr,
                        energy(pr).withEquivalents(BigDecimal.valueOf(f.value()), f.indicator() + "；" + f.source(),
                                energy(pr).heatEquivalent(), energy(pr).heatEquivalentSource()))));
            });
            menu.show(pick, 0, pick.getHeight());
        });
        p.add(new JLabel("电力等价值系数"));
        p.add(elec, "split 4, width 90lp!, growx 0");
        p.add(new JLabel("kgce/kWh"), "growx 0");
        p.add(elecSource, "growx");
        p.add(pick, "growx 0");
        p.add(elecMsg, "skip 1");
        JTextField heat = new JTextField();
        JTextField heatSource = new JTextField();
        binder.projectNumber(heat, "energy.heatEquivalent", "热力等价值系数", pr -> energy(pr).heatEquivalent(),
                (pr, v) -> with(pr, energy(pr).withEquivalents(energy(pr).electricityEquivalent(),
                        energy(pr).electricityEquivalentSource(), v, energy(pr).heatEquivalentSource())), null);
        binder.projectText(heatSource, "energy.heatEquivalentSource", "热力等价值系数来源", pr -> energy(pr).heatEquivalentSource(),
                (pr, v) -> with(pr, energy(pr).withEquivalents(energy(pr).electricityEquivalent(),
                        energy(pr).electricityEquivalentSource(), energy(pr).heatEquivalent(), v)), null);
        heat.putClientProperty("JTextField.placeholderText", "空=同当量值");
        heatSource.putClientProperty("JTextField.placeholderText", "系数来源（如 供热锅炉效率 …）");
        p.add(new JLabel("热力等价值系数"));
        p.add(heat, "split 3, width 90lp!, growx 0");
        p.add(new JLabel("kgce/MJ"), "growx 0");
        p.add(heatSource, "growx");

        ScrollablePanel.section(p, "能源消费量（近三年，实物量）");
        RowTableSection<ConsumptionRecord> consumption = new RowTableSection<>(binder, "energy.consumption", "一行", "修改 能源消费",
                List.of(
                        new RowTableModel.Column<>("年份", Integer.class, ConsumptionRecord::year,
                                (r, v) -> new ConsumptionRecord((Integer) v, r.carrierId(), r.kind(), r.quantity(), r.unit(), r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>("能源品种", String.class, ConsumptionRecord::carrierId,
                                (r, v) -> new ConsumptionRecord(r.year(), (String) v, r.kind(), r.quantity(), defaultUnit((String) v, r.unit()),
                                        r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>("来源/去向", SupplyKind.class, ConsumptionRecord::kind,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), (SupplyKind) v, r.quantity(), r.unit(), r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>("实物量", BigDecimal.class, ConsumptionRecord::quantity,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), r.kind(), (BigDecimal) v, r.unit(), r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>("单位", String.class, ConsumptionRecord::unit,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), r.kind(), r.quantity(), (String) v, r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>("费用（万元）", BigDecimal.class, ConsumptionRecord::costWanYuan,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), r.kind(), r.quantity(), r.unit(), (BigDecimal) v, r.note())),
                        new RowTableModel.Column<>("备注", String.class, ConsumptionRecord::note,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), r.kind(), r.quantity(), r.unit(), r.costWanYuan(), (String) v))),
                pr -> energy(pr).consumption(), (pr, list) -> with(pr, energy(pr).withConsumption(list)),
                () -> new ConsumptionRecord(session.project().energy().baseYear(), "ELECTRICITY", SupplyKind.PURCHASED, null, "万kWh", null, ""),
                8);
        Choices.install(consumption.table(), 0, yearItems());
        Choices.install(consumption.table(), 1, carrierItems());
        Choices.install(consumption.table(), 2, Arrays.stream(SupplyKind.values()).map(k -> new Choices.Item(k, k.label())).toList());
        Choices.suggest(consumption.table(), 4, allUnits());
        binder.addRefresher(() -> Choices.install(consumption.table(), 0, yearItems()));
        sections.add(consumption);
        p.add(consumption.panel(), "span 2, growx");

        ScrollablePanel.section(p, "自定折标系数（如按实测低位发热量；需注明来源）");
        RowTableSection<CoefficientOverride> overrides = new RowTableSection<>(binder, "energy.overrides", "系数", "修改 自定折标系数",
                List.of(
                        new RowTableModel.Column<>("能源品种", String.class, CoefficientOverride::carrierId,
                                (o, v) -> new CoefficientOverride((String) v, o.kgcePerUnit(), defaultUnit((String) v, o.unit()), o.source())),
                        new RowTableModel.Column<>("折标系数 kgce/单位", BigDecimal.class, CoefficientOverride::kgcePerUnit,
                                (o, v) -> new CoefficientOverride(o.carrierId(), (BigDecimal) v, o.unit(), o.source())),
                        new RowTableModel.Column<>("单位", String.class, CoefficientOverride::unit,
                                (o, v) -> new CoefficientOverride(o.carrierId(), o.kgcePerUnit(), (String) v, o.source())),
                        new RowTableModel.Column<>("来源说明", String.class, CoefficientOverride::source,
                                (o, v) -> new CoefficientOverride(o.carrierId(), o.kgcePerUnit(), o.unit(), (String) v))),
                pr -> energy(pr).overrides(), (pr, list) -> with(pr, energy(pr).withOverrides(list)),
                () -> new CoefficientOverride("RAW_COAL", null, "kg", ""), 3);
        Choices.install(overrides.table(), 0, carrierItems());
        Choices.suggest(overrides.table(), 2, allUnits());
        sections.add(overrides);
        p.add(overrides.panel(), "span 2, growx");
        return p;
    }

    /** The carrier's own unit when the current one does not fit it (a new carrier was chosen). */
    private String defaultUnit(String carrierId, String current) {
        EnergyCarrier c = session.reference().carrier(carrierId).orElse(null);
        if (c == null) {
            return current;
        }
        var u = PhysicalUnit.parse(current);
        if (u.isPresent() && u.get().dimension() == c.dimension()) {
            return current;
        }
        return switch (c.dimension()) {
            case MASS -> "t";
            case VOLUME -> "万m³";
            case ELECTRICITY -> "万kWh";
            case HEAT -> "GJ";
        };
    }


    // ---- tab 2: production and output value ----------------------------------------------------

    private JPanel productionTab() {
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 1, gapy 2", "[grow,fill]"));
        ScrollablePanel.section(p, "产品产量（用于单位产品综合能耗；多种产品时填写能耗分摊比例）");
        RowTableSection<ProductionRecord> production = new RowTableSection<>(binder, "energy.production", "一行", "修改 产品产量",
                List.of(
                        new RowTableModel.Column<>("年份", Integer.class, ProductionRecord::year,
                                (r, v) -> new ProductionRecord((Integer) v, r.product(), r.output(), r.unit(), r.energySharePercent())),
                        new RowTableModel.Column<>("产品", String.class, ProductionRecord::product,
                                (r, v) -> new ProductionRecord(r.year(), (String) v, r.output(), r.unit(), r.energySharePercent())),
                        new RowTableModel.Column<>("产量", BigDecimal.class, ProductionRecord::output,
                                (r, v) -> new ProductionRecord(r.year(), r.product(), (BigDecimal) v, r.unit(), r.energySharePercent())),
                        new RowTableModel.Column<>("单位", String.class, ProductionRecord::unit,
                                (r, v) -> new ProductionRecord(r.year(), r.product(), r.output(), (String) v, r.energySharePercent())),
                        new RowTableModel.Column<>("能耗分摊比例 %", BigDecimal.class, ProductionRecord::energySharePercent,
                                (r, v) -> new ProductionRecord(r.year(), r.product(), r.output(), r.unit(), (BigDecimal) v))),
                pr -> energy(pr).production(), (pr, list) -> with(pr, energy(pr).withProduction(list)),
                () -> new ProductionRecord(session.project().energy().baseYear(), "", null, "t", null), 6);
        Choices.install(production.table(), 0, yearItems());
        Choices.suggest(production.table(), 3, "t", "万t", "件", "台", "m²", "重量箱", "kWh");
        binder.addRefresher(() -> Choices.install(production.table(), 0, yearItems()));
        sections.add(production);
        p.add(production.panel());
        ScrollablePanel.section(p, "工业总产值（万元，用于万元产值能耗和碳排放强度）");
        RowTableSection<OutputValue> output = new RowTableSection<>(binder, "energy.outputValues", "一年", "修改 工业总产值",
                List.of(
                        new RowTableModel.Column<>("年份", Integer.class, OutputValue::year,
                                (r, v) -> new OutputValue((Integer) v, r.wanYuan(), r.basis())),
                        new RowTableModel.Column<>("产值（万元）", BigDecimal.class, OutputValue::wanYuan,
                                (r, v) -> new OutputValue(r.year(), (BigDecimal) v, r.basis())),
                        new RowTableModel.Column<>("口径", String.class, OutputValue::basis,
                                (r, v) -> new OutputValue(r.year(), r.wanYuan(), (String) v))),
                pr -> energy(pr).outputValues(), (pr, list) -> with(pr, energy(pr).withOutputValues(list)),
                () -> new OutputValue(session.project().energy().baseYear(), null, "工业总产值（当年价）"), 3);
        Choices.install(output.table(), 0, yearItems());
        binder.addRefresher(() -> Choices.install(output.table(), 0, yearItems()));
        sections.add(output);
        p.add(output.panel());
        return p;
    }

    // ---- tab 3: results and charts --------------------------------------------------------------

    private JPanel resultsTab() {
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 2, gapy 4", "[grow,fill][grow,fill]"));
        ScrollablePanel.section(p, "能源消费汇总（吨标准煤）");
        JTable summary = new JTable(summaryModel);
        summary.setName("energy.summary");
        summary.setPreferredScrollableViewportSize(new java.awt.Dimension(600, 180));
        p.add(new JScrollPane(summary), "span 2, growx, height 120lp:200lp");
        indicators.setName("energy.indicators");
        p.add(indicators, "span 2, growx, width 100:600:");
        pie.setName("energy.pie");
        trend.setName("energy.trend");
        p.add(pie, "height 300lp");
        p.add(trend, "height 300lp");
        JButton exportPie = new JButton("导出结构图…");
        exportPie.addActionListener(e -> ImageExport.chart(this, pie.getChart(), "能源消费结构"));
        JButton exportTrend = new JButton("导出趋势图…");
        exportTrend.addActionListener(e -> ImageExport.chart(this, trend.getChart(), "近三年能源消费趋势"));
        p.add(exportPie, "growx 0");
        p.add(exportTrend, "growx 0");
        JLabel monthly = new JLabel("月度用电量与负荷曲线见“电表数据”页（导入电表或能源管理系统导出的数据后显示）。");
        monthly.setForeground(Theme.color(Theme.MUTED));
        p.add(monthly, "span 2");
        ScrollablePanel.section(p, "单位产品综合能耗对标");
        JTable bm = new JTable(benchmarkModel);
        bm.setName("energy.benchmarks");
        p.add(new JScrollPane(bm), "span 2, growx, height 80lp:120lp");
        binder.addRefresher(this::refreshResults);
        return p;
    }

    private void refreshResults() {
        ProjectAnalysis a = session.analysis();
        EnergySummary s = a.energy();
        List<Object> cols = new ArrayList<>(List.of("能源品种", "单位"));
        for (int y : s.years()) {
            cols.add(y + "年实物量");
            cols.add(y + "年 tce");
        }
        cols.add(s.years().get(2) + "年占比");
        summaryModel.setColumnIdentifiers(cols.toArray());
        summaryModel.setRowCount(0);
        int base = s.years().get(2);
        for (EnergySummary.CarrierLine c : s.carriers()) {
            List<Object> row = new ArrayList<>(List.of(c.name(), c.unit()));
            for (int y : s.years()) {
                row.add(Choices.num(c.quantity().getOrDefault(y, Double.NaN), 1));
                row.add(Choices.num(c.tce().getOrDefault(y, Double.NaN), 2));
            }
            row.add(Choices.num(s.totalsOf(base).shares().getOrDefault(c.carrierId(), 0.0) * 100, 1) + "%");
            summaryModel.addRow(row.toArray());
        }
        List<Object> total = new ArrayList<>(List.of("合计（当量值）", "tce"));
        List<Object> equal = new ArrayList<>(List.of("合计（等价值）", "tce"));
        for (int y : s.years()) {
            var t = s.totalsOf(y);
            total.add("");
            total.add(Choices.num(t.tce(), 2));
            equal.add("");
            equal.add(t.tceEqualComplete() ? Choices.num(t.tceEqual(), 2) : "未设系数");
        }
        total.add("100%");
        equal.add("");
        summaryModel.addRow(total.toArray());
        summaryModel.addRow(equal.toArray());

        StringBuilder sb = new StringBuilder();
        for (int y : s.years()) {
            var t = s.totalsOf(y);
            sb.append(y).append("年：当量值 ").append(Choices.num(t.tce(), 2)).append(" tce");
            if (!Double.isNaN(t.yoyPercent())) {
                sb.append("，同比 ").append(t.yoyPercent() >= 0 ? "+" : "").append(Choices.num(t.yoyPercent(), 1)).append("%");
            }
            sb.append("；非化石能源占比 ").append(Choices.num(t.nonFossilShare() * 100, 1)).append("%");
            sb.append("；绿电占用电比例 ").append(Choices.num(t.greenElectricityShare() * 100, 1)).append("%");
            if (!Double.isNaN(t.tcePerWanYuan())) {
                sb.append("；万元产值能耗 ").append(Choices.num(t.tcePerWanYuan(), 4)).append(" tce/万元");
            }
            sb.append("\n");
        }
        s.unitConsumption().stream().filter(u -> u.year() == base).forEach(u -> sb.append(
                u.product() + " 单位产品综合能耗 " + Choices.num(u.value(), 2) + " " + u.indicatorUnit() + "（" + u.basis() + "）").append("\n"));
        sb.append("折标系数：").append(String.join("；", s.coefficientSources()));
        indicators.setText(sb.toString());
        pie.setChart(EnergyCharts.structurePie(s, base));
        trend.setChart(EnergyCharts.trend(s));
        benchmarkModel.setRowCount(0);
        for (BenchmarkComparison.Result r : a.benchmarks()) {
            benchmarkModel.addRow(new Object[] {r.product(), r.year(), Choices.num(r.value(), 2), r.unit(),
                r.benchmark().standard() + " " + r.benchmark().indicator(), r.benchmark().advancedName() + " " + r.benchmark().level1(),
                r.benchmark().baselineName() + " " + r.benchmark().level3(), r.positionText(),
                r.benchmark().source() + "（可信度：" + r.benchmark().trust() + "）"});
        }
    }

    // ---- tab 4: energy balance ------------------------------------------------------------------

    private static EnergyBalanceData balance(DiagnosisProject p) {
        return p.energy().balance();
    }

    private static DiagnosisProject withBalance(DiagnosisProject p, EnergyBalanceData b) {
        return with(p, p.energy().withBalance(b));
    }

    private JPanel balanceTab() {
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 2, gapy 2", "[right]rel[grow,fill]"));
        JSpinner year = new JSpinner(new SpinnerNumberModel(2025, 2000, 2100, 1));
        year.setName("balance.year");
        year.setEditor(new JSpinner.NumberEditor(year, "0"));
        year.addChangeListener(e -> binder.editProject("修改 平衡年份", null, pr -> withBalance(pr, new EnergyBalanceData(
                (Integer) year.getValue(), balance(pr).nodes(), balance(pr).flows(), balance(pr).tolerancePercent()))));
        JTextField tolerance = new JTextField();
        binder.projectNumber(tolerance, "balance.tolerance", "闭合允许偏差", pr -> balance(pr).tolerancePercent(),
                (pr, v) -> withBalance(pr, new EnergyBalanceData(balance(pr).year(), balance(pr).nodes(), balance(pr).flows(), v)), null);
        binder.addRefresher(() -> {
            if (!year.getValue().equals(balance(session.project()).year())) {
                year.setValue(balance(session.project()).year());
            }
        });
        p.add(new JLabel("平衡年份"));
        p.add(year, "split 4, width 90lp!, growx 0");
        p.add(new JLabel("闭合允许偏差"), "gapleft para, growx 0");
        p.add(tolerance, "width 60lp!, growx 0");
        p.add(new JLabel("%"), "growx 0");

        ScrollablePanel.section(p, "用能单元（购入贮存 → 加工转换 → 输送分配 → 最终使用 → 回收利用）");
        RowTableSection<BalanceNode> nodes = new RowTableSection<>(binder, "balance.nodes", "单元", "修改 用能单元",
                List.of(
                        new RowTableModel.Column<>("编号", String.class, BalanceNode::id,
                                (n, v) -> new BalanceNode((String) v, n.name(), n.stage(), n.efficiencyPercent())),
                        new RowTableModel.Column<>("名称", String.class, BalanceNode::name,
                                (n, v) -> new BalanceNode(n.id(), (String) v, n.stage(), n.efficiencyPercent())),
                        new RowTableModel.Column<>("环节", BalanceStage.class, BalanceNode::stage,
                                (n, v) -> new BalanceNode(n.id(), n.name(), (BalanceStage) v, n.efficiencyPercent())),
                        new RowTableModel.Column<>("有效利用率 %（最终使用，实测）", BigDecimal.class, BalanceNode::efficiencyPercent,
                                (n, v) -> new BalanceNode(n.id(), n.name(), n.stage(), (BigDecimal) v))),
                pr -> balance(pr).nodes(),
                (pr, list) -> withBalance(pr, new EnergyBalanceData(balance(pr).year(), list, balance(pr).flows(), balance(pr).tolerancePercent())),
                () -> new BalanceNode("U" + (balance(session.project()).nodes().size() + 1), "", BalanceStage.MAIN_PRODUCTION, null), 6);
        Choices.install(nodes.table(), 2, Arrays.stream(BalanceStage.values()).map(s -> new Choices.Item(s, s.label())).toList());
        sections.add(nodes);
        p.add(nodes.panel(), "span 2, growx");
        javax.swing.JButton fromProcess = new javax.swing.JButton("按生产工艺流程添加主要生产系统单元");
        fromProcess.setName("balance.fromProcess");
        fromProcess.setToolTipText("把“生产工艺流程”中的各工序作为最终使用·主要生产系统单元加入（已有同名单元的不重复）");
        fromProcess.addActionListener(e -> {
            var units = session.project().site().process().units();
            if (units.isEmpty()) {
                Dialogs.info(this, "能量平衡", "尚未录入生产工艺流程。请先在“生产工艺流程”步骤中添加工序。");
                return;
            }
            binder.editProject("按工艺流程添加 主要生产系统单元", null, pr -> {
                var b = balance(pr);
                List<BalanceNode> list = new java.util.ArrayList<>(b.nodes());
                java.util.Set<String> names = new java.util.HashSet<>();
                list.forEach(n -> names.add(n.name()));
                java.util.Set<String> ids = new java.util.HashSet<>();
                list.forEach(n -> ids.add(n.id()));
                int k = list.size();
                for (var u : pr.site().process().units()) {
                    if (names.add(u.name())) {
                        String id;
                        do {
                            id = "U" + ++k;
                        } while (!ids.add(id));
                        list.add(new BalanceNode(id, u.name(), BalanceStage.MAIN_PRODUCTION, null));
                    }
                }
                return withBalance(pr, new EnergyBalanceData(b.year(), list, b.flows(), b.tolerancePercent()));
            });
        });
        p.add(fromProcess, "span 2, growx 0");

        ScrollablePanel.section(p, "能流（每行一股：能源品种、起点、终点、实物量）");
        RowTableSection<BalanceFlow> flows = new RowTableSection<>(binder, "energy.balance", "能流", "修改 能流",
                List.of(
                        new RowTableModel.Column<>("能源品种", String.class, BalanceFlow::carrierId,
                                (f, v) -> new BalanceFlow((String) v, f.fromNode(), f.toNode(), f.quantity(), defaultUnit((String) v, f.unit()))),
                        new RowTableModel.Column<>("起点", String.class, BalanceFlow::fromNode,
                                (f, v) -> new BalanceFlow(f.carrierId(), (String) v, f.toNode(), f.quantity(), f.unit())),
                        new RowTableModel.Column<>("终点", String.class, BalanceFlow::toNode,
                                (f, v) -> new BalanceFlow(f.carrierId(), f.fromNode(), (String) v, f.quantity(), f.unit())),
                        new RowTableModel.Column<>("实物量", BigDecimal.class, BalanceFlow::quantity,
                                (f, v) -> new BalanceFlow(f.carrierId(), f.fromNode(), f.toNode(), (BigDecimal) v, f.unit())),
                        new RowTableModel.Column<>("单位", String.class, BalanceFlow::unit,
                                (f, v) -> new BalanceFlow(f.carrierId(), f.fromNode(), f.toNode(), f.quantity(), (String) v))),
                pr -> balance(pr).flows(),
                (pr, list) -> withBalance(pr, new EnergyBalanceData(balance(pr).year(), balance(pr).nodes(), list, balance(pr).tolerancePercent())),
                () -> new BalanceFlow("ELECTRICITY", "", "", null, "万kWh"), 8);
        Choices.install(flows.table(), 0, carrierItems());
        Choices.suggest(flows.table(), 4, allUnits());
        binder.addRefresher(() -> {
            List<Choices.Item> ns = balance(session.project()).nodes().stream().map(n -> new Choices.Item(n.id(), n.name())).toList();
            if (!flows.table().isEditing()) {
                Choices.install(flows.table(), 1, ns);
                Choices.install(flows.table(), 2, ns);
            }
        });
        sections.add(flows);
        p.add(flows.panel(), "span 2, growx");

        ScrollablePanel.section(p, "平衡结果");
        closure.setName("balance.closure");
        p.add(closure, "span 2, growx, width 100:600:");
        JTable table = new JTable(balanceModel);
        table.setName("balance.table");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        p.add(new JScrollPane(table), "span 2, growx, height 140lp:180lp");
        JTable losses = new JTable(lossModel);
        losses.setName("balance.losses");
        p.add(new JLabel("损失排序"), "top");
        p.add(new JScrollPane(losses), "height 100lp:140lp");
        sankey.setName("balance.sankey");
        p.add(sankey, "span 2, growx, height 380lp");
        JButton export = new JButton("导出能流图…");
        export.setName("balance.exportSankey");
        export.addActionListener(e -> {
            BalanceResult.FlowDiagram d = session.analysis().balance().diagram();
            ImageExport.image(this, () -> SankeyPanel.render(d, ChartImages.PRINT_WIDTH, ChartImages.PRINT_HEIGHT), "能量流向图");
        });
        p.add(export, "skip 1, growx 0");
        binder.addRefresher(this::refreshBalance);
        return p;
    }

    private void refreshBalance() {
        BalanceResult b = session.analysis().balance();
        if (balance(session.project()).nodes().isEmpty()) {
            closure.setText("尚未填写能量平衡。先添加用能单元（如 外购、锅炉房、配电网、各工序），再逐股填写能流。");
            closure.setForeground(Theme.color(Theme.MUTED));
        } else {
            String text = String.format("供入 %s tce（扣除外供 %s），统计消费 %s tce，差额 %s tce（%s%%，允许 ±%s%%）——%s；能量利用率 %s%%%s",
                    Choices.num(b.supplyTce(), 2), Choices.num(b.exportTce(), 2), Choices.num(b.statisticsTce(), 2),
                    Choices.num(b.differenceTce(), 2), Choices.num(b.differencePercent(), 2), Choices.num(b.tolerancePercent(), 1),
                    b.closes() ? "平衡" : "不平衡，请核对", Choices.num(b.utilizationPercent(), 1),
                    b.utilizationEstimated() ? "（部分最终使用单元未填实测有效利用率，结果偏高）" : "");
            closure.setText(text);
            closure.setForeground(Theme.color(b.closes() ? Theme.OK : Theme.ERROR));
        }
        List<Object> cols = new ArrayList<>(List.of("能源品种"));
        for (int i = 0; i < b.table().columns().size(); i++) {
            cols.add(b.table().groups().get(i) + "·" + b.table().columns().get(i));
        }
        balanceModel.setColumnIdentifiers(cols.toArray());
        balanceModel.setRowCount(0);
        List<BalanceResult.Row> rows = new ArrayList<>(b.table().rows());
        rows.add(b.table().total());
        for (BalanceResult.Row r : rows) {
            List<Object> row = new ArrayList<>(List.of(r.name()));
            for (double v : r.values()) {
                row.add(v == 0 ? "" : Choices.num(v, 2));
            }
            balanceModel.addRow(row.toArray());
        }
        lossModel.setRowCount(0);
        for (BalanceResult.NodeResult n : b.lossesRanked()) {
            lossModel.addRow(new Object[] {n.name(), n.stage().label(), Choices.num(n.inTce(), 2), Choices.num(n.effectiveTce(), 2),
                Choices.num(n.lossTce(), 2), Choices.num(b.supplyTce() == 0 ? Double.NaN : n.lossTce() / b.supplyTce() * 100, 1) + "%"});
        }
        sankey.setDiagram(b.diagram().nodes().isEmpty() ? null : b.diagram());
    }

    /** Commits edits in progress (before leaving the step, undo or closing). */
    @Override
    public void flushEdits() {
        sections.forEach(RowTableSection::stopEditing);
        binder.flushPending();
    }
}
