package org.energydiag.app.swing;

import org.energydiag.core.project.ProjectLists;
import org.energydiag.core.reference.CarrierId;
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
import org.energydiag.app.text.Texts;
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

    private static final String OFFERED = "energy.offeredCarriers";
    private static final int TAB_CONSUMPTION = 0;
    private static final int TAB_PRODUCTION = 1;
    private static final int TAB_BALANCE = 3;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final List<RowTableSection<?>> sections = new ArrayList<>();
    private final DefaultTableModel summaryModel = Choices.readOnly(new Object[0]);
    private final javax.swing.JTextArea indicators = ScrollablePanel.wrappingText();
    private final DefaultTableModel benchmarkModel = Choices.readOnly(new Object[] {
            Texts.get("energy.column.product"), Texts.get("energy.column.year"),
            Texts.get("energy.benchmark.unitConsumption"), Texts.get("energy.column.unit"),
            Texts.get("energy.benchmark.value"), Texts.get("energy.benchmark.advanced"),
            Texts.get("energy.benchmark.baseline"), Texts.get("energy.benchmark.conclusion"),
            Texts.get("energy.benchmark.source")});
    private final ChartPanel pie = chartPanel();
    private final ChartPanel trend = chartPanel();
    private final javax.swing.JTextArea closure = ScrollablePanel.wrappingText();
    private final DefaultTableModel balanceModel = Choices.readOnly(new Object[0]);
    private final DefaultTableModel lossModel = Choices.readOnly(new Object[] {
            Texts.get("energy.loss.unit"), Texts.get("energy.column.stage"), Texts.get("energy.loss.in"),
            Texts.get("energy.loss.effective"), Texts.get("energy.loss.loss"), Texts.get("energy.loss.share")});
    private final SankeyPanel sankey = new SankeyPanel();

    private final MeterDataPanel meterData;
    private final JTabbedPane tabs = new JTabbedPane();

    EnergyStepPanel(ProjectSession session, org.energydiag.core.meter.MeterStore meters,
                    List<org.energydiag.core.meter.analysis.TouSchedule> schedules) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.ENERGY");
        tabs.setName("energy.tabs");
        tabs.addTab(Texts.get("energy.tab.consumption"), scroll(consumptionTab()));
        tabs.addTab(Texts.get("energy.tab.production"), scroll(productionTab()));
        tabs.addTab(Texts.get("energy.tab.results"), scroll(resultsTab()));
        tabs.addTab(Texts.get("energy.tab.balance"), scroll(balanceTab()));
        meterData = new MeterDataPanel(session, binder, meters, schedules);
        // the meter tab scrolls on its own below its charts' minimum size, so the other tabs keep their width
        JScrollPane meterPage = ScrollablePanel.fill(meterData);
        tabs.addTab(Texts.get("energy.tab.meterData"), meterPage);
        tabs.addChangeListener(e -> {
            if (tabs.getSelectedComponent() == meterPage) {
                meterData.reload();
            }
        });
        JLabel title = new JLabel(Texts.get("energy.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        JPanel head = new JPanel(new MigLayout("insets dialog", "[grow,fill]"));
        head.add(title, "split 2, growx 0");
        JLabel intro = WrapLabel.of(Texts.get("energy.intro"));
        intro.setForeground(Theme.color(Theme.MUTED));
        head.add(intro, "gapleft unrel, growx");
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
        p.setMinimumSize(new java.awt.Dimension(com.formdev.flatlaf.util.UIScale.scale(300), com.formdev.flatlaf.util.UIScale.scale(240)));
        return p;
    }

    /** The carriers to choose from: the project's own (its one list, ProjectLists) first, then the rest of the reference. */
    private List<Choices.Item> carrierItems() {
        List<Choices.Item> items = new ArrayList<>();
        java.util.Set<String> added = new java.util.HashSet<>();
        for (CarrierId id : ProjectLists.carriers(session.project())) {
            session.reference().carrier(id.value()).ifPresent(c -> {
                if (added.add(c.id())) {
                    items.add(new Choices.Item(c.id(), c.name()));
                }
            });
        }
        for (EnergyCarrier c : session.reference().carriers().values()) {
            if (added.add(c.id())) {
                items.add(new Choices.Item(c.id(), c.name()));
            }
        }
        return items;
    }

    /** Re-offers the carriers in {@code col} of {@code table} when the project's list changed (not while a cell is edited). */
    private void offerCarriers(JTable table, int col) {
        List<CarrierId> now = ProjectLists.carriers(session.project());
        if (!now.equals(table.getClientProperty(OFFERED)) && !table.isEditing()) {
            table.putClientProperty(OFFERED, now);
            Choices.install(table, col, carrierItems());
        }
    }

    private List<Choices.Item> yearItems() {
        return session.project().energy().years().stream().map(y -> new Choices.Item(y, Texts.format("energy.yearItem", y))).toList();
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
        base.addChangeListener(e -> binder.editProject(Texts.get("energy.edit.baseYear"), null,
                pr -> with(pr, energy(pr).withBaseYear((Integer) base.getValue()))));
        binder.addRefresher(() -> {
            if (!base.getValue().equals(session.project().energy().baseYear())) {
                base.setValue(session.project().energy().baseYear());
            }
        });
        p.add(new JLabel(Texts.get("energy.baseYear")));
        p.add(base, "split 2, growx 0, width 90lp!");
        JLabel yearsHint = new WrapLabel();
        yearsHint.setForeground(Theme.color(Theme.MUTED));
        binder.addRefresher(() -> {
            var ys = session.project().energy().years();
            yearsHint.setText(Texts.format("energy.yearsHint", ys.get(0), ys.get(2)));
        });
        p.add(yearsHint);

        JTextField elec = new JTextField();
        JTextField elecSource = new JTextField();
        JLabel elecMsg = new WrapLabel();
        binder.projectNumber(elec, "energy.electricityEquivalent", Texts.get("energy.electricityEquivalent"), pr -> energy(pr).electricityEquivalent(),
                (pr, v) -> with(pr, energy(pr).withEquivalents(v, energy(pr).electricityEquivalentSource(),
                        energy(pr).heatEquivalent(), energy(pr).heatEquivalentSource())), elecMsg);
        binder.projectText(elecSource, "energy.electricityEquivalentSource", Texts.get("energy.electricityEquivalentSource"),
                pr -> energy(pr).electricityEquivalentSource(),
                (pr, v) -> with(pr, energy(pr).withEquivalents(energy(pr).electricityEquivalent(), v,
                        energy(pr).heatEquivalent(), energy(pr).heatEquivalentSource())), null);
        elecSource.putClientProperty("JTextField.placeholderText", Texts.get("energy.electricityEquivalentSource.placeholder"));
        JButton pick = new JButton(Texts.get("energy.pickReference"));
        pick.setName("energy.pickElectricityEquivalent");
        pick.addActionListener(e -> {
            JPopupMenu menu = new JPopupMenu();
            session.reference().electricityEquivalents().forEach(f -> {
                var item = menu.add(Texts.format("energy.referenceItem", f.value(), f.unit(), f.indicator(), f.trust()));
                item.addActionListener(a -> binder.editProject(Texts.get("energy.edit.pickElectricityEquivalent"), null, pr -> with(pr,
                        energy(pr).withEquivalents(BigDecimal.valueOf(f.value()), Texts.format("energy.referenceSource", f.indicator(), f.source()),
                                energy(pr).heatEquivalent(), energy(pr).heatEquivalentSource()))));
            });
            menu.show(pick, 0, pick.getHeight());
        });
        p.add(new JLabel(Texts.get("energy.electricityEquivalent")));
        p.add(elec, "split 4, width 90lp!, growx 0");
        p.add(new JLabel("kgce/kWh"), "growx 0");
        p.add(elecSource, "growx");
        p.add(pick, "growx 0");
        p.add(elecMsg, "skip 1");
        JTextField heat = new JTextField();
        JTextField heatSource = new JTextField();
        binder.projectNumber(heat, "energy.heatEquivalent", Texts.get("energy.heatEquivalent"), pr -> energy(pr).heatEquivalent(),
                (pr, v) -> with(pr, energy(pr).withEquivalents(energy(pr).electricityEquivalent(),
                        energy(pr).electricityEquivalentSource(), v, energy(pr).heatEquivalentSource())), null);
        binder.projectText(heatSource, "energy.heatEquivalentSource", Texts.get("energy.heatEquivalentSource"), pr -> energy(pr).heatEquivalentSource(),
                (pr, v) -> with(pr, energy(pr).withEquivalents(energy(pr).electricityEquivalent(),
                        energy(pr).electricityEquivalentSource(), energy(pr).heatEquivalent(), v)), null);
        heat.putClientProperty("JTextField.placeholderText", Texts.get("energy.heatEquivalent.placeholder"));
        heatSource.putClientProperty("JTextField.placeholderText", Texts.get("energy.heatEquivalentSource.placeholder"));
        p.add(new JLabel(Texts.get("energy.heatEquivalent")));
        p.add(heat, "split 3, width 90lp!, growx 0");
        p.add(new JLabel("kgce/MJ"), "growx 0");
        p.add(heatSource, "growx");

        ScrollablePanel.section(p, Texts.get("energy.section.consumption"));
        RowTableSection<ConsumptionRecord> consumption = new RowTableSection<>(binder, "energy.consumption",
                Texts.get("energy.noun.row"), Texts.get("energy.edit.consumption"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("energy.column.year"), Integer.class, ConsumptionRecord::year,
                                (r, v) -> new ConsumptionRecord((Integer) v, r.carrierId(), r.kind(), r.quantity(), r.unit(), r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>(Texts.get("energy.column.carrier"), String.class, r -> CarrierId.text(r.carrierId()),
                                (r, v) -> new ConsumptionRecord(r.year(), CarrierId.of((String) v), r.kind(), r.quantity(), defaultUnit((String) v, r.unit()),
                                        r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>(Texts.get("energy.column.supplyKind"), SupplyKind.class, ConsumptionRecord::kind,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), (SupplyKind) v, r.quantity(), r.unit(), r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>(Texts.get("energy.column.quantity"), BigDecimal.class, ConsumptionRecord::quantity,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), r.kind(), (BigDecimal) v, r.unit(), r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>(Texts.get("energy.column.unit"), String.class, ConsumptionRecord::unit,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), r.kind(), r.quantity(), (String) v, r.costWanYuan(), r.note())),
                        new RowTableModel.Column<>(Texts.get("energy.column.cost"), BigDecimal.class, ConsumptionRecord::costWanYuan,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), r.kind(), r.quantity(), r.unit(), (BigDecimal) v, r.note())),
                        new RowTableModel.Column<>(Texts.get("energy.column.note"), String.class, ConsumptionRecord::note,
                                (r, v) -> new ConsumptionRecord(r.year(), r.carrierId(), r.kind(), r.quantity(), r.unit(), r.costWanYuan(), (String) v))),
                pr -> energy(pr).consumption(), (pr, list) -> with(pr, energy(pr).withConsumption(list)),
                () -> new ConsumptionRecord(session.project().energy().baseYear(), CarrierId.ELECTRICITY, SupplyKind.PURCHASED, null, "万kWh", null, ""),
                8);
        Choices.install(consumption.table(), 0, yearItems());
        offerCarriers(consumption.table(), 1);
        binder.addRefresher(() -> offerCarriers(consumption.table(), 1));
        Choices.install(consumption.table(), 2, Arrays.stream(SupplyKind.values()).map(k -> new Choices.Item(k, k.label())).toList());
        Choices.suggest(consumption.table(), 4, allUnits());
        binder.addRefresher(() -> Choices.install(consumption.table(), 0, yearItems()));
        sections.add(consumption);
        p.add(consumption.panel(), "span 2, growx");
        // the carriers named in earlier steps (所用能源 of the process units) get their base-year line at once
        JButton fromList = new JButton();
        fromList.setName("energy.consumption.fromCarriers");
        fromList.setToolTipText(Texts.get("energy.consumption.fromCarriers.tooltip"));
        fromList.addActionListener(e -> {
            consumption.stopEditing();
            binder.editProject(Texts.get("energy.edit.fromCarriers"), null, pr -> {
                List<ConsumptionRecord> list = new ArrayList<>(energy(pr).consumption());
                for (CarrierId c : ProjectLists.missingConsumption(pr)) {
                    // as a line added by hand: purchased, in the carrier's usual unit; the engineer types the quantity
                    list.add(new ConsumptionRecord(energy(pr).baseYear(), c, SupplyKind.PURCHASED, null, defaultUnit(c.value(), ""), null, ""));
                }
                return with(pr, energy(pr).withConsumption(list));
            });
        });
        binder.addRefresher(() -> {
            List<CarrierId> missing = ProjectLists.missingConsumption(session.project());
            fromList.setText(Texts.format("energy.consumption.fromCarriers", missing.size()));
            fromList.setEnabled(!missing.isEmpty());
        });
        p.add(fromList, "span 2, growx 0, alignx left");

        ScrollablePanel.section(p, Texts.get("energy.section.overrides"));
        RowTableSection<CoefficientOverride> overrides = new RowTableSection<>(binder, "energy.overrides",
                Texts.get("energy.noun.coefficient"), Texts.get("energy.edit.overrides"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("energy.column.carrier"), String.class, o -> CarrierId.text(o.carrierId()),
                                (o, v) -> new CoefficientOverride(CarrierId.of((String) v), o.kgcePerUnit(), defaultUnit((String) v, o.unit()), o.source())),
                        new RowTableModel.Column<>(Texts.get("energy.column.kgcePerUnit"), BigDecimal.class, CoefficientOverride::kgcePerUnit,
                                (o, v) -> new CoefficientOverride(o.carrierId(), (BigDecimal) v, o.unit(), o.source())),
                        new RowTableModel.Column<>(Texts.get("energy.column.unit"), String.class, CoefficientOverride::unit,
                                (o, v) -> new CoefficientOverride(o.carrierId(), o.kgcePerUnit(), (String) v, o.source())),
                        new RowTableModel.Column<>(Texts.get("energy.column.source"), String.class, CoefficientOverride::source,
                                (o, v) -> new CoefficientOverride(o.carrierId(), o.kgcePerUnit(), o.unit(), (String) v))),
                pr -> energy(pr).overrides(), (pr, list) -> with(pr, energy(pr).withOverrides(list)),
                () -> new CoefficientOverride(CarrierId.of("RAW_COAL"), null, "kg", ""), 3);
        offerCarriers(overrides.table(), 0);
        binder.addRefresher(() -> offerCarriers(overrides.table(), 0));
        Choices.suggest(overrides.table(), 2, allUnits());
        sections.add(overrides);
        p.add(overrides.panel(), "span 2, growx");
        return p;
    }

    /** The products the project names (企业基本情况 first) in column 1, their units and the usual ones in column 3. */
    private void offerProducts(JTable table) {
        java.util.Map<String, String> products = ProjectLists.products(session.project());
        if (products.equals(table.getClientProperty(OFFERED)) || table.isEditing()) {
            return;
        }
        table.putClientProperty(OFFERED, products);
        Choices.suggest(table, 1, products.keySet().toArray(String[]::new));
        java.util.Set<String> units = new java.util.LinkedHashSet<>(products.values());
        units.addAll(List.of("t", "万t", "件", "台", "m²", "重量箱", "kWh"));
        units.remove("");
        Choices.suggest(table, 3, units.toArray(String[]::new));
    }

    /** The unit a product has in the project's list (主要产品), else the row's own. */
    private String productUnit(String product, String current) {
        String u = product == null ? null : ProjectLists.products(session.project()).get(product.trim());
        return u == null || u.isBlank() ? current : u;
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
        ScrollablePanel.section(p, Texts.get("energy.section.production"));
        RowTableSection<ProductionRecord> production = new RowTableSection<>(binder, "energy.production",
                Texts.get("energy.noun.row"), Texts.get("energy.edit.production"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("energy.column.year"), Integer.class, ProductionRecord::year,
                                (r, v) -> new ProductionRecord((Integer) v, r.product(), r.output(), r.unit(), r.energySharePercent())),
                        new RowTableModel.Column<>(Texts.get("energy.column.product"), String.class, ProductionRecord::product,
                                (r, v) -> new ProductionRecord(r.year(), (String) v, r.output(), productUnit((String) v, r.unit()),
                                        r.energySharePercent())),
                        new RowTableModel.Column<>(Texts.get("energy.column.output"), BigDecimal.class, ProductionRecord::output,
                                (r, v) -> new ProductionRecord(r.year(), r.product(), (BigDecimal) v, r.unit(), r.energySharePercent())),
                        new RowTableModel.Column<>(Texts.get("energy.column.unit"), String.class, ProductionRecord::unit,
                                (r, v) -> new ProductionRecord(r.year(), r.product(), r.output(), (String) v, r.energySharePercent())),
                        new RowTableModel.Column<>(Texts.get("energy.column.energyShare"), BigDecimal.class, ProductionRecord::energySharePercent,
                                (r, v) -> new ProductionRecord(r.year(), r.product(), r.output(), r.unit(), (BigDecimal) v))),
                pr -> energy(pr).production(), (pr, list) -> with(pr, energy(pr).withProduction(list)),
                () -> new ProductionRecord(session.project().energy().baseYear(), "", null, "t", null), 6);
        Choices.install(production.table(), 0, yearItems());
        offerProducts(production.table());
        binder.addRefresher(() -> Choices.install(production.table(), 0, yearItems()));
        binder.addRefresher(() -> offerProducts(production.table()));
        sections.add(production);
        p.add(production.panel());
        // the enterprise's 主要产品 (一（一）) come with their unit and output: no second typing
        JButton fromProducts = new JButton();
        fromProducts.setName("energy.production.fromProducts");
        fromProducts.setToolTipText(Texts.get("energy.production.fromProducts.tooltip"));
        fromProducts.addActionListener(e -> {
            production.stopEditing();
            binder.editProject(Texts.get("energy.edit.fromProducts"), null, pr -> {
                List<ProductionRecord> list = new ArrayList<>(energy(pr).production());
                list.addAll(ProjectLists.missingProduction(pr));
                return with(pr, energy(pr).withProduction(list));
            });
        });
        binder.addRefresher(() -> {
            int missing = ProjectLists.missingProduction(session.project()).size();
            fromProducts.setText(Texts.format("energy.production.fromProducts", missing));
            fromProducts.setEnabled(missing > 0);
        });
        p.add(fromProducts, "growx 0");
        ScrollablePanel.section(p, Texts.get("energy.section.outputValues"));
        RowTableSection<OutputValue> output = new RowTableSection<>(binder, "energy.outputValues",
                Texts.get("energy.noun.year"), Texts.get("energy.edit.outputValues"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("energy.column.year"), Integer.class, OutputValue::year,
                                (r, v) -> new OutputValue((Integer) v, r.wanYuan(), r.basis())),
                        new RowTableModel.Column<>(Texts.get("energy.column.outputValue"), BigDecimal.class, OutputValue::wanYuan,
                                (r, v) -> new OutputValue(r.year(), (BigDecimal) v, r.basis())),
                        new RowTableModel.Column<>(Texts.get("energy.column.basis"), String.class, OutputValue::basis,
                                (r, v) -> new OutputValue(r.year(), r.wanYuan(), (String) v))),
                pr -> energy(pr).outputValues(), (pr, list) -> with(pr, energy(pr).withOutputValues(list)),
                () -> new OutputValue(session.project().energy().baseYear(), null, Texts.get("energy.outputValues.defaultBasis")), 3);
        Choices.install(output.table(), 0, yearItems());
        binder.addRefresher(() -> Choices.install(output.table(), 0, yearItems()));
        sections.add(output);
        p.add(output.panel());
        return p;
    }

    // ---- tab 3: results and charts --------------------------------------------------------------

    private JPanel resultsTab() {
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 2, gapy 4", "[grow,fill][grow,fill]"));
        ScrollablePanel.section(p, Texts.get("energy.section.summary"));
        JTable summary = new JTable(summaryModel);
        summary.setName("energy.summary");
        summary.setPreferredScrollableViewportSize(new java.awt.Dimension(600, 180));
        p.add(new JScrollPane(summary), "span 2, growx, height 120lp:200lp");
        indicators.setName("energy.indicators");
        p.add(indicators, "span 2, growx, width 100:600:");
        pie.setName("energy.pie");
        trend.setName("energy.trend");
        p.add(pie, "wmin 260lp, height 300lp");
        p.add(trend, "wmin 260lp, height 300lp");
        JButton exportPie = ReadOnlyLock.viewing(new JButton(Texts.get("energy.exportPie")));
        exportPie.addActionListener(e -> ImageExport.chart(this, pie.getChart(), Texts.get("energy.exportPie.fileName")));
        JButton exportTrend = ReadOnlyLock.viewing(new JButton(Texts.get("energy.exportTrend")));
        exportTrend.addActionListener(e -> ImageExport.chart(this, trend.getChart(), Texts.get("energy.exportTrend.fileName")));
        p.add(exportPie, "growx 0");
        p.add(exportTrend, "growx 0");
        JLabel monthly = new JLabel(Texts.get("energy.monthlyHint"));
        monthly.setForeground(Theme.color(Theme.MUTED));
        p.add(monthly, "span 2");
        ScrollablePanel.section(p, Texts.get("energy.section.benchmarks"));
        JTable bm = new JTable(benchmarkModel);
        bm.setName("energy.benchmarks");
        p.add(new JScrollPane(bm), "span 2, growx, height 80lp:120lp");
        binder.addRefresher(this::refreshResults);
        return p;
    }

    private void refreshResults() {
        ProjectAnalysis a = session.analysis();
        EnergySummary s = a.energy();
        List<Object> cols = new ArrayList<>(List.of(Texts.get("energy.column.carrier"), Texts.get("energy.column.unit")));
        for (int y : s.years()) {
            cols.add(Texts.format("energy.summary.quantity", y));
            cols.add(Texts.format("energy.summary.tce", y));
        }
        cols.add(Texts.format("energy.summary.share", s.years().get(2)));
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
        List<Object> total = new ArrayList<>(List.of(Texts.get("energy.summary.total"), "tce"));
        List<Object> equal = new ArrayList<>(List.of(Texts.get("energy.summary.totalEqual"), "tce"));
        for (int y : s.years()) {
            var t = s.totalsOf(y);
            total.add("");
            total.add(Choices.num(t.tce(), 2));
            equal.add("");
            equal.add(t.tceEqualComplete() ? Choices.num(t.tceEqual(), 2) : Texts.get("energy.summary.noCoefficient"));
        }
        total.add("100%");
        equal.add("");
        summaryModel.addRow(total.toArray());
        summaryModel.addRow(equal.toArray());

        StringBuilder sb = new StringBuilder();
        for (int y : s.years()) {
            var t = s.totalsOf(y);
            sb.append(Texts.format("energy.indicators.year", y, Choices.num(t.tce(), 2)));
            if (!Double.isNaN(t.yoyPercent())) {
                sb.append(Texts.format("energy.indicators.yoy", (t.yoyPercent() >= 0 ? "+" : "") + Choices.num(t.yoyPercent(), 1)));
            }
            sb.append(Texts.format("energy.indicators.nonFossil", Choices.num(t.nonFossilShare() * 100, 1)));
            sb.append(Texts.format("energy.indicators.green", Choices.num(t.greenElectricityShare() * 100, 1)));
            if (!Double.isNaN(t.tcePerWanYuan())) {
                sb.append(Texts.format("energy.indicators.perWanYuan", Choices.num(t.tcePerWanYuan(), 4)));
            }
            sb.append("\n");
        }
        s.unitConsumption().stream().filter(u -> u.year() == base).forEach(u -> sb.append(
                Texts.format("energy.indicators.unitConsumption", u.product(), Choices.num(u.value(), 2), u.indicatorUnit(), u.basis())).append("\n"));
        sb.append(Texts.format("energy.indicators.coefficients", String.join("；", s.coefficientSources())));
        // where each figure was found and how far to trust it: here in the window, never in a document
        for (EnergySummary.CarrierLine c : s.carriers()) {
            session.reference().carrier(c.carrierId()).filter(e -> e.provenance() != null && !e.provenance().isBlank())
                    .ifPresent(e -> sb.append("\n").append(Texts.format("energy.indicators.provenance", e.name(), e.provenance(), e.trust())));
            if (c.heat() != null) {
                sb.append("\n").append(Texts.format("energy.indicators.heatValue", c.name(), c.heat().source()));
            }
            // values other sources give for the same carrier, beside the documented choice
            session.reference().carrier(c.carrierId()).ifPresent(e -> e.alternatives().forEach(x -> sb.append("\n").append(
                    Texts.format("energy.indicators.alternative", e.name(), x.quantity(), x.value() == null ? "—"
                            : java.math.BigDecimal.valueOf(x.value()).stripTrailingZeros().toPlainString(), x.unit(), x.source(),
                            x.trust(), x.note()))));
        }
        indicators.setText(sb.toString());
        pie.setChart(EnergyCharts.structurePie(s, base));
        trend.setChart(EnergyCharts.trend(s));
        benchmarkModel.setRowCount(0);
        for (BenchmarkComparison.Result r : a.benchmarks()) {
            benchmarkModel.addRow(new Object[] {r.product(), r.year(), Choices.num(r.value(), 2), r.unit(),
                r.benchmark().standard() + " " + r.benchmark().indicator(), r.benchmark().advancedName() + " " + r.benchmark().level1(),
                r.benchmark().baselineName() + " " + r.benchmark().level3(), r.positionText(),
                Texts.format("energy.benchmark.sourceTrust", r.benchmark().source(), r.benchmark().trust())});
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
        year.addChangeListener(e -> binder.editProject(Texts.get("energy.edit.balanceYear"), null, pr -> withBalance(pr, new EnergyBalanceData(
                (Integer) year.getValue(), balance(pr).nodes(), balance(pr).flows(), balance(pr).tolerancePercent()))));
        JTextField tolerance = new JTextField();
        binder.projectNumber(tolerance, "balance.tolerance", Texts.get("energy.balance.tolerance"), pr -> balance(pr).tolerancePercent(),
                (pr, v) -> withBalance(pr, new EnergyBalanceData(balance(pr).year(), balance(pr).nodes(), balance(pr).flows(), v)), null);
        binder.addRefresher(() -> {
            if (!year.getValue().equals(balance(session.project()).year())) {
                year.setValue(balance(session.project()).year());
            }
        });
        p.add(new JLabel(Texts.get("energy.balance.year")));
        p.add(year, "split 4, width 90lp!, growx 0");
        p.add(new JLabel(Texts.get("energy.balance.tolerance")), "gapleft para, growx 0");
        p.add(tolerance, "width 60lp!, growx 0");
        p.add(new JLabel("%"), "growx 0");

        ScrollablePanel.section(p, Texts.get("energy.section.nodes"));
        RowTableSection<BalanceNode> nodes = new RowTableSection<>(binder, "balance.nodes",
                Texts.get("energy.noun.node"), Texts.get("energy.edit.nodes"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("energy.column.id"), String.class, BalanceNode::id,
                                (n, v) -> new BalanceNode((String) v, n.name(), n.stage(), n.efficiencyPercent())),
                        new RowTableModel.Column<>(Texts.get("energy.column.name"), String.class, BalanceNode::name,
                                (n, v) -> new BalanceNode(n.id(), (String) v, n.stage(), n.efficiencyPercent())),
                        new RowTableModel.Column<>(Texts.get("energy.column.stage"), BalanceStage.class, BalanceNode::stage,
                                (n, v) -> new BalanceNode(n.id(), n.name(), (BalanceStage) v, n.efficiencyPercent())),
                        new RowTableModel.Column<>(Texts.get("energy.column.efficiency"), BigDecimal.class, BalanceNode::efficiencyPercent,
                                (n, v) -> new BalanceNode(n.id(), n.name(), n.stage(), (BigDecimal) v))),
                pr -> balance(pr).nodes(),
                (pr, list) -> withBalance(pr, new EnergyBalanceData(balance(pr).year(), list, balance(pr).flows(), balance(pr).tolerancePercent())),
                () -> new BalanceNode("U" + (balance(session.project()).nodes().size() + 1), "", BalanceStage.MAIN_PRODUCTION, null), 6);
        Choices.install(nodes.table(), 2, Arrays.stream(BalanceStage.values()).map(s -> new Choices.Item(s, s.label())).toList());
        sections.add(nodes);
        p.add(nodes.panel(), "span 2, growx");
        javax.swing.JButton fromProcess = new javax.swing.JButton(Texts.get("energy.fromProcess"));
        fromProcess.setName("balance.fromProcess");
        fromProcess.setToolTipText(Texts.get("energy.fromProcess.tooltip"));
        fromProcess.addActionListener(e -> {
            var units = session.project().site().process().units();
            if (units.isEmpty()) {
                Dialogs.info(this, Texts.get("energy.fromProcess.noProcessTitle"), Texts.get("energy.fromProcess.noProcess"));
                return;
            }
            binder.editProject(Texts.get("energy.edit.fromProcess"), null, pr -> {
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

        ScrollablePanel.section(p, Texts.get("energy.section.flows"));
        RowTableSection<BalanceFlow> flows = new RowTableSection<>(binder, "energy.balance",
                Texts.get("energy.noun.flow"), Texts.get("energy.edit.flows"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("energy.column.carrier"), String.class, f -> CarrierId.text(f.carrierId()),
                                (f, v) -> new BalanceFlow(CarrierId.of((String) v), f.fromNode(), f.toNode(), f.quantity(), defaultUnit((String) v, f.unit()))),
                        new RowTableModel.Column<>(Texts.get("energy.column.from"), String.class, BalanceFlow::fromNode,
                                (f, v) -> new BalanceFlow(f.carrierId(), (String) v, f.toNode(), f.quantity(), f.unit())),
                        new RowTableModel.Column<>(Texts.get("energy.column.to"), String.class, BalanceFlow::toNode,
                                (f, v) -> new BalanceFlow(f.carrierId(), f.fromNode(), (String) v, f.quantity(), f.unit())),
                        new RowTableModel.Column<>(Texts.get("energy.column.quantity"), BigDecimal.class, BalanceFlow::quantity,
                                (f, v) -> new BalanceFlow(f.carrierId(), f.fromNode(), f.toNode(), (BigDecimal) v, f.unit())),
                        new RowTableModel.Column<>(Texts.get("energy.column.unit"), String.class, BalanceFlow::unit,
                                (f, v) -> new BalanceFlow(f.carrierId(), f.fromNode(), f.toNode(), f.quantity(), (String) v))),
                pr -> balance(pr).flows(),
                (pr, list) -> withBalance(pr, new EnergyBalanceData(balance(pr).year(), balance(pr).nodes(), list, balance(pr).tolerancePercent())),
                () -> new BalanceFlow(CarrierId.of("ELECTRICITY"), "", "", null, "万kWh"), 8);
        offerCarriers(flows.table(), 0);
        binder.addRefresher(() -> offerCarriers(flows.table(), 0));
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

        ScrollablePanel.section(p, Texts.get("energy.section.balanceResult"));
        closure.setName("balance.closure");
        p.add(closure, "span 2, growx, width 100:600:");
        JTable table = new JTable(balanceModel);
        table.setName("balance.table");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        p.add(new JScrollPane(table), "span 2, growx, height 140lp:180lp");
        JTable losses = new JTable(lossModel);
        losses.setName("balance.losses");
        p.add(new JLabel(Texts.get("energy.balance.losses")), "top");
        p.add(new JScrollPane(losses), "height 100lp:140lp");
        sankey.setName("balance.sankey");
        p.add(sankey, "span 2, growx, height 380lp");
        JButton export = ReadOnlyLock.viewing(new JButton(Texts.get("energy.exportSankey")));
        export.setName("balance.exportSankey");
        export.addActionListener(e -> {
            BalanceResult.FlowDiagram d = session.analysis().balance().diagram();
            ImageExport.image(this, () -> SankeyPanel.render(d, ChartImages.PRINT_WIDTH, ChartImages.PRINT_HEIGHT), Texts.get("energy.exportSankey.fileName"));
        });
        p.add(export, "skip 1, growx 0");
        binder.addRefresher(this::refreshBalance);
        return p;
    }

    private void refreshBalance() {
        BalanceResult b = session.analysis().balance();
        if (balance(session.project()).nodes().isEmpty()) {
            closure.setText(Texts.get("energy.balance.empty"));
            closure.setForeground(Theme.color(Theme.MUTED));
        } else {
            String text = String.format(Texts.get("energy.balance.closure"),
                    Choices.num(b.supplyTce(), 2), Choices.num(b.exportTce(), 2), Choices.num(b.statisticsTce(), 2),
                    Choices.num(b.differenceTce(), 2), Choices.num(b.differencePercent(), 2), Choices.num(b.tolerancePercent(), 1),
                    b.closes() ? Texts.get("energy.balance.closes") : Texts.get("energy.balance.notCloses"), Choices.num(b.utilizationPercent(), 1),
                    b.utilizationEstimated() ? Texts.get("energy.balance.estimated") : "");
            closure.setText(text);
            closure.setForeground(Theme.color(b.closes() ? Theme.OK : Theme.ERROR));
        }
        List<Object> cols = new ArrayList<>(List.of(Texts.get("energy.column.carrier")));
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

    /**
     * The tab holding a field of this step: the balance ({@code energy.balance}, the plan check's
     * {@code energy#balance}), production and output value, else consumption (lines, coefficients).
     */
    private int tabOf(String field) {
        String f = field.startsWith("energy.") ? field.substring("energy.".length()) : field;
        return switch (f) {
            case "balance", "balance.nodes", "balance.tolerance" -> TAB_BALANCE;
            case "production", "outputValues" -> TAB_PRODUCTION;
            case "consumption", "overrides", "electricityEquivalent", "heatEquivalent", "baseYear" -> TAB_CONSUMPTION;
            default -> -1;
        };
    }

    /** Leads to what a plan-check target names here ({@code balance} of {@code energy#balance}): its tab. */
    @Override
    public void reveal(String field) {
        int tab = tabOf(field);
        if (tab >= 0) {
            tabs.setSelectedIndex(tab);
        }
    }

    @Override
    public void showPoints(List<org.energydiag.core.report.plan.OpenPoint> points) {
        points.stream().mapToInt(p -> tabOf(p.field())).filter(t -> t >= 0).findFirst().ifPresent(tabs::setSelectedIndex);
    }

    /** Commits edits in progress (before leaving the step, undo or closing). */
    @Override
    public void flushEdits() {
        sections.forEach(RowTableSection::stopEditing);
        binder.flushPending();
    }
}
