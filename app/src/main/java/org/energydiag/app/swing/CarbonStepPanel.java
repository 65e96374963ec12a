package org.energydiag.app.swing;

import org.energydiag.core.reference.CarrierId;
import java.awt.BorderLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.swing.charts.EnergyCharts;
import org.energydiag.app.text.Texts;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.carbon.CarbonReportInfo;
import org.energydiag.core.carbon.DataOrigin;
import org.energydiag.core.report.carbon.SectorPart;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.carbon.ClinkerRecord;
import org.energydiag.core.carbon.FuelOverride;
import org.energydiag.core.carbon.ProcessEmission;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EmissionFactor;
import org.energydiag.core.reference.EnergyCarrier;
import org.energydiag.core.reference.FuelParameters;
import org.jfree.chart.ChartPanel;

/**
 * Step 企业碳排放情况 (template 一（五）): emission factors with their sources (editable), fuel
 * parameters, clinker and other process emissions, and the emissions by source with the chart.
 * Activity data come from the consumption table of 能源消费情况.
 */
final class CarbonStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;
    private static final String OFFERED = "carbon.offeredFuels";

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final List<RowTableSection<?>> sections = new ArrayList<>();
    private final JComboBox<Integer> year = new JComboBox<>();
    private final DefaultTableModel sourcesModel = Choices.readOnly(new Object[] {
            Texts.get("carbon.sources.source"), Texts.get("carbon.sources.category"), Texts.get("carbon.sources.activity"),
            Texts.get("carbon.sources.factor"), Texts.get("carbon.sources.factorSource"), Texts.get("carbon.column.tco2"),
            Texts.get("carbon.sources.share")});
    private final javax.swing.JTextArea totals = ScrollablePanel.wrappingText();
    private final ChartPanel chart = new ChartPanel(null, false, false, false, false, false);
    private final JLabel basis = new WrapLabel();

    CarbonStepPanel(ProjectSession session) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.CARBON");
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 2, gapy 2", "[right]rel[grow,fill]"));
        JLabel title = new JLabel(Texts.get("carbon.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        p.add(title, "span 2, split 2, left");
        JLabel intro = WrapLabel.of(Texts.get("carbon.intro"));
        intro.setForeground(Theme.color(Theme.MUTED));
        p.add(intro, "gapleft unrel, growx, wrap");
        // why the step has no ✓ while the base year's emissions do not rest on its consumption lines
        basis.setName("carbon.basis");
        basis.setForeground(Theme.color(Theme.ERROR));
        basis.setVisible(false);
        p.add(basis, "span 2, growx, wmin 0, hidemode 3");
        binder.addRefresher(this::showBasis);
        ScrollablePanel.section(p, Texts.get("carbon.section.factors"));
        factorRow(p, Texts.get("carbon.factor.grid"), "carbon.gridFactor", "tCO2/MWh", pr -> pr.carbon().gridFactor(), pr -> pr.carbon().gridFactorSource(),
                (pr, v, s) -> pr.carbon().withGrid(v, s), this::gridChoices, this::gridDefault);
        factorRow(p, Texts.get("carbon.factor.heat"), "carbon.heatFactor", "tCO2/GJ", pr -> pr.carbon().heatFactor(), pr -> pr.carbon().heatFactorSource(),
                (pr, v, s) -> pr.carbon().withHeat(v, s), () -> session.reference().heatFactors(),
                () -> session.reference().heatFactors().stream().findFirst()
                        .map(f -> Texts.format("carbon.heatDefault", f.value(), f.unit(), f.indicator())).orElse(Texts.get("carbon.notSet")));
        factorRow(p, Texts.get("carbon.factor.green"), "carbon.greenFactor", "tCO2/MWh", pr -> pr.carbon().greenFactor(), pr -> pr.carbon().greenFactorSource(),
                (pr, v, s) -> pr.carbon().withGreen(v, s), List::of, () -> Texts.get("carbon.greenDefault"));
        // the electricity carbon-footprint factor: shown for product footprints, never used as the grid factor above
        JLabel footprint = new WrapLabel();
        footprint.setName("carbon.footprintFactor");
        footprint.setForeground(Theme.color(Theme.MUTED));
        binder.addRefresher(() -> footprint.setText(session.reference().defaultFootprintFactor(session.project().energy().baseYear())
                .map(f -> Texts.format("carbon.footprintNote", f.display(), f.trust())).orElse("")));
        p.add(footprint, "span 2, growx");

        ScrollablePanel.section(p, Texts.get("carbon.section.fuels"));
        RowTableSection<FuelOverride> fuels = new RowTableSection<>(binder, "carbon.fuels",
                Texts.get("carbon.noun.fuel"), Texts.get("carbon.edit.fuels"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("carbon.column.carrier"), String.class, f -> CarrierId.text(f.carrierId()),
                                (f, v) -> new FuelOverride(CarrierId.of((String) v), f.fuelId(), f.ncv(), f.carbonContent(), f.oxidationPercent(), f.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.fuelType"), String.class, FuelOverride::fuelId,
                                (f, v) -> new FuelOverride(f.carrierId(), (String) v, f.ncv(), f.carbonContent(), f.oxidationPercent(), f.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.ncv"), BigDecimal.class, FuelOverride::ncv,
                                (f, v) -> new FuelOverride(f.carrierId(), f.fuelId(), (BigDecimal) v, f.carbonContent(), f.oxidationPercent(), f.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.carbonContent"), BigDecimal.class, FuelOverride::carbonContent,
                                (f, v) -> new FuelOverride(f.carrierId(), f.fuelId(), f.ncv(), (BigDecimal) v, f.oxidationPercent(), f.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.oxidation"), BigDecimal.class, FuelOverride::oxidationPercent,
                                (f, v) -> new FuelOverride(f.carrierId(), f.fuelId(), f.ncv(), f.carbonContent(), (BigDecimal) v, f.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.source"), String.class, FuelOverride::source,
                                (f, v) -> new FuelOverride(f.carrierId(), f.fuelId(), f.ncv(), f.carbonContent(), f.oxidationPercent(), (String) v))),
                pr -> pr.carbon().fuelOverrides(), (pr, list) -> with(pr, pr.carbon().withFuelOverrides(list)),
                () -> new FuelOverride(projectFuels().stream().findFirst().orElse(CarrierId.of("RAW_COAL")), null, null, null, null, ""), 3);
        offerFuels(fuels.table());
        binder.addRefresher(() -> offerFuels(fuels.table()));
        List<Choices.Item> fuelTypes = new ArrayList<>();
        for (FuelParameters f : session.reference().fuels().values()) {
            fuelTypes.add(new Choices.Item(f.id(), Texts.format("carbon.fuelTypeItem", f.name(), f.carbonContent(),
                    Math.round(f.oxidation() * 1000) / 10.0)));
        }
        Choices.install(fuels.table(), 1, fuelTypes);
        sections.add(fuels);
        p.add(fuels.panel(), "span 2, growx");

        ScrollablePanel.section(p, Texts.get("carbon.section.clinker"));
        RowTableSection<ClinkerRecord> clinker = new RowTableSection<>(binder, "carbon.clinker",
                Texts.get("carbon.noun.year"), Texts.get("carbon.edit.clinker"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("carbon.column.year"), Integer.class, ClinkerRecord::year,
                                (r, v) -> new ClinkerRecord((Integer) v, r.outputTonnes(), r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.clinkerOutput"), BigDecimal.class, ClinkerRecord::outputTonnes,
                                (r, v) -> new ClinkerRecord(r.year(), (BigDecimal) v, r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>("CaO %", BigDecimal.class, ClinkerRecord::caoPercent,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), (BigDecimal) v, r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>("MgO %", BigDecimal.class, ClinkerRecord::mgoPercent,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), (BigDecimal) v, r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.nonCarbonateCao"), BigDecimal.class, ClinkerRecord::nonCarbonateCaoPercent,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), r.mgoPercent(), (BigDecimal) v, r.nonCarbonateMgoPercent(), r.factor(), r.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.nonCarbonateMgo"), BigDecimal.class, ClinkerRecord::nonCarbonateMgoPercent,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), (BigDecimal) v, r.factor(), r.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.clinkerFactor"), BigDecimal.class, ClinkerRecord::factor,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), (BigDecimal) v, r.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.source"), String.class, ClinkerRecord::source,
                                (r, v) -> new ClinkerRecord(r.year(), r.outputTonnes(), r.caoPercent(), r.mgoPercent(), r.nonCarbonateCaoPercent(), r.nonCarbonateMgoPercent(), r.factor(), (String) v))),
                pr -> pr.carbon().clinker(), (pr, list) -> with(pr, pr.carbon().withClinker(list)),
                () -> new ClinkerRecord(session.project().energy().baseYear(), null, null, null, null, null, null, ""), 3);
        sections.add(clinker);
        p.add(clinker.panel(), "span 2, growx");

        ScrollablePanel.section(p, Texts.get("carbon.section.process"));
        RowTableSection<ProcessEmission> process = new RowTableSection<>(binder, "carbon.process",
                Texts.get("carbon.noun.item"), Texts.get("carbon.edit.process"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("carbon.column.year"), Integer.class, ProcessEmission::year,
                                (r, v) -> new ProcessEmission((Integer) v, r.name(), r.tco2(), r.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.name"), String.class, ProcessEmission::name,
                                (r, v) -> new ProcessEmission(r.year(), (String) v, r.tco2(), r.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.tco2"), BigDecimal.class, ProcessEmission::tco2,
                                (r, v) -> new ProcessEmission(r.year(), r.name(), (BigDecimal) v, r.source())),
                        new RowTableModel.Column<>(Texts.get("carbon.column.method"), String.class, ProcessEmission::source,
                                (r, v) -> new ProcessEmission(r.year(), r.name(), r.tco2(), (String) v))),
                pr -> pr.carbon().processEmissions(), (pr, list) -> with(pr, pr.carbon().withProcessEmissions(list)),
                () -> new ProcessEmission(session.project().energy().baseYear(), "", null, ""), 3);
        sections.add(process);
        p.add(process.panel(), "span 2, growx");

        reportSection(p);

        ScrollablePanel.section(p, Texts.get("carbon.section.results"));
        year.setName("carbon.year");
        year.addActionListener(e -> refreshResults());
        p.add(new JLabel(Texts.get("carbon.results.year")));
        p.add(year, "width 100lp!, growx 0");
        totals.setName("carbon.totals");
        p.add(totals, "span 2, growx, width 100:600:");
        JTable sources = new JTable(sourcesModel);
        sources.setName("carbon.sources");
        p.add(new JScrollPane(sources), "span 2, growx, height 140lp:200lp");
        chart.setName("carbon.chart");
        p.add(chart, "span 2, growx, wmin 300lp, height 300lp");
        JButton export = ReadOnlyLock.viewing(new JButton(Texts.get("carbon.export")));
        export.addActionListener(e -> ImageExport.chart(this, chart.getChart(), Texts.get("carbon.export.fileName")));
        p.add(export, "span 2, growx 0");
        binder.addRefresher(this::refreshResults);

        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(null);
        add(scroll, BorderLayout.CENTER);
        session.addListener(pr -> binder.refresh());
        binder.refresh();
    }

    private static DiagnosisProject withReport(DiagnosisProject p, java.util.function.UnaryOperator<CarbonReportInfo> change) {
        return with(p, p.carbon().withReport(change.apply(p.carbon().report())));
    }

    /**
     * 核算报告信息: what the enterprise carbon accounting report needs beyond the emissions above (the
     * reporting entity, the boundary, each source's data origin, the sector standard's items the
     * project holds no data for, the data-quality management). Each edit is one undoable edit.
     */
    private void reportSection(JPanel p) {
        ScrollablePanel.section(p, Texts.get("carbonreport.section"));
        JLabel intro = WrapLabel.of(Texts.get("carbonreport.section.intro"));
        intro.setForeground(Theme.color(Theme.MUTED));
        p.add(intro, "span 2, growx, wmin 0");
        reportField(p, "carbon.report.entityNature", Texts.get("carbonreport.step.nature"), CarbonReportInfo::entityNature,
                (i, v) -> i.withEntity(v, i.legalRepresentative(), i.reportResponsible(), i.contact()));
        reportField(p, "carbon.report.legalRepresentative", Texts.get("carbonreport.step.legal"), CarbonReportInfo::legalRepresentative,
                (i, v) -> i.withEntity(i.entityNature(), v, i.reportResponsible(), i.contact()));
        reportField(p, "carbon.report.reportResponsible", Texts.get("carbonreport.step.responsible"), CarbonReportInfo::reportResponsible,
                (i, v) -> i.withEntity(i.entityNature(), i.legalRepresentative(), v, i.contact()));
        reportField(p, "carbon.report.contact", Texts.get("carbonreport.step.contact"), CarbonReportInfo::contact,
                (i, v) -> i.withEntity(i.entityNature(), i.legalRepresentative(), i.reportResponsible(), v));
        reportArea(p, "carbon.report.boundary", Texts.get("carbonreport.step.boundary"), CarbonReportInfo::boundary,
                (i, v) -> i.withTexts(v, i.dataQuality(), i.remarks()));

        List<Choices.Item> origins = new ArrayList<>();
        for (DataOrigin o : DataOrigin.values()) {
            origins.add(new Choices.Item(o.name(), o.label()));
        }
        RowTableSection<CarbonReportInfo.SourceOrigin> originTable = new RowTableSection<>(binder, "carbon.report.origins",
                Texts.get("carbonreport.step.originNoun"), Texts.get("carbonreport.step.originEdit"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("carbonreport.step.source"), String.class, CarbonReportInfo.SourceOrigin::source,
                                (r, v) -> new CarbonReportInfo.SourceOrigin((String) v, r.origin(), r.note())),
                        new RowTableModel.Column<>(Texts.get("carbonreport.step.origin"), String.class,
                                r -> r.origin() == null ? "" : r.origin().name(),
                                (r, v) -> new CarbonReportInfo.SourceOrigin(r.source(), originOf((String) v), r.note())),
                        new RowTableModel.Column<>(Texts.get("carbonreport.step.note"), String.class, CarbonReportInfo.SourceOrigin::note,
                                (r, v) -> new CarbonReportInfo.SourceOrigin(r.source(), r.origin(), (String) v))),
                pr -> pr.carbon().report().origins(), (pr, list) -> withReport(pr, i -> i.withOrigins(list)),
                () -> new CarbonReportInfo.SourceOrigin(nextSourceWithoutOrigin(), null, ""), 4);
        Choices.install(originTable.table(), 1, origins);
        binder.addRefresher(() -> {
            if (!originTable.table().isEditing()) {
                Choices.suggest(originTable.table(), 0, baseYearSources().toArray(new String[0]));
            }
        });
        sections.add(originTable);
        p.add(new JLabel(Texts.get("carbonreport.step.origins")), "top");
        p.add(originTable.panel(), "growx");

        RowTableSection<CarbonReportInfo.SectorStatement> statements = new RowTableSection<>(binder, "carbon.report.sector",
                Texts.get("carbonreport.step.statementNoun"), Texts.get("carbonreport.step.statementEdit"),
                List.of(
                        new RowTableModel.Column<>(Texts.get("carbonreport.step.item"), String.class, CarbonReportInfo.SectorStatement::item,
                                (r, v) -> new CarbonReportInfo.SectorStatement((String) v, r.text())),
                        new RowTableModel.Column<>(Texts.get("carbonreport.step.statement"), String.class, CarbonReportInfo.SectorStatement::text,
                                (r, v) -> new CarbonReportInfo.SectorStatement(r.item(), (String) v))),
                pr -> pr.carbon().report().sectorStatements(), (pr, list) -> withReport(pr, i -> i.withSectorStatements(list)),
                () -> new CarbonReportInfo.SectorStatement(sectorItems().stream().map(x -> (String) x.value()).findFirst().orElse(""), ""), 3);
        JLabel sectorPart = new WrapLabel();
        sectorPart.setName("carbon.report.sectorPart");
        sectorPart.setForeground(Theme.color(Theme.MUTED));
        binder.addRefresher(() -> {
            sectorPart.setText(SectorPart.of(session.project().enterprise().sector()).map(sp -> Texts.format("carbonreport.step.sectorPart", sp.standard()))
                    .orElse(Texts.get("carbonreport.step.noSectorPart")));
            if (!statements.table().isEditing()) {
                Choices.install(statements.table(), 0, sectorItems());
            }
        });
        sections.add(statements);
        p.add(new JLabel(Texts.get("carbonreport.step.statements")), "top");
        p.add(sectorPart, "growx, wmin 0, split 2, flowy");
        p.add(statements.panel(), "growx");

        reportArea(p, "carbon.report.dataQuality", Texts.get("carbonreport.step.dataQuality"), CarbonReportInfo::dataQuality,
                (i, v) -> i.withTexts(i.boundary(), v, i.remarks()));
        reportArea(p, "carbon.report.remarks", Texts.get("carbonreport.step.remarks"), CarbonReportInfo::remarks,
                (i, v) -> i.withTexts(i.boundary(), i.dataQuality(), v));
    }

    private void reportField(JPanel p, String field, String label, java.util.function.Function<CarbonReportInfo, String> get,
                             java.util.function.BiFunction<CarbonReportInfo, String, CarbonReportInfo> set) {
        JTextField f = new JTextField();
        binder.projectText(f, field, label, pr -> get.apply(pr.carbon().report()), (pr, v) -> withReport(pr, i -> set.apply(i, v)), null);
        p.add(new JLabel(label));
        p.add(f, "growx");
    }

    private void reportArea(JPanel p, String field, String label, java.util.function.Function<CarbonReportInfo, String> get,
                            java.util.function.BiFunction<CarbonReportInfo, String, CarbonReportInfo> set) {
        javax.swing.JTextArea a = new javax.swing.JTextArea(3, 40);
        a.setLineWrap(true);
        binder.projectText(a, field, label, pr -> get.apply(pr.carbon().report()), (pr, v) -> withReport(pr, i -> set.apply(i, v)), null);
        p.add(new JLabel(label), "top");
        p.add(new JScrollPane(a), "growx, wmin 0");
    }

    private static DataOrigin originOf(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (DataOrigin o : DataOrigin.values()) {
            if (o.name().equals(name) || o.label().equals(name)) {
                return o;
            }
        }
        return null;
    }

    /** The base year's emission sources as 一（五） names them (the report's sources). */
    private List<String> baseYearSources() {
        int y = session.project().energy().baseYear();
        return session.analysis().carbon().years().stream().filter(e -> e.year() == y).findFirst()
                .map(e -> e.sources().stream().map(CarbonResult.Source::name).toList()).orElse(List.of());
    }

    /** The first base-year source without a data origin row (the new row's default). */
    private String nextSourceWithoutOrigin() {
        CarbonReportInfo info = session.project().carbon().report();
        return baseYearSources().stream().filter(s -> info.origin(s).isEmpty()).findFirst().orElse("");
    }

    /** The items of the enterprise's sector standard part, as choices. */
    private List<Choices.Item> sectorItems() {
        return SectorPart.of(session.project().enterprise().sector()).map(sp -> sp.items().stream()
                .map(i -> new Choices.Item(i.key(), i.text())).toList()).orElse(List.of());
    }

    private static DiagnosisProject with(DiagnosisProject p, CarbonData c) {
        return p.withCarbon(c, p.updatedAt());
    }


    private interface FactorSetter {
        CarbonData apply(DiagnosisProject p, BigDecimal value, String source);
    }

    /** A factor: value and source fields (empty = the reference default, shown as hint) and a chooser. */
    private void factorRow(JPanel p, String label, String field, String unit,
                           java.util.function.Function<DiagnosisProject, BigDecimal> value,
                           java.util.function.Function<DiagnosisProject, String> source, FactorSetter set,
                           java.util.function.Supplier<List<EmissionFactor>> choices, java.util.function.Supplier<String> defaultText) {
        JTextField v = new JTextField();
        JTextField s = new JTextField();
        JLabel msg = new WrapLabel();
        binder.projectNumber(v, field, Texts.format("carbon.factorLabel", label), value,
                (pr, x) -> with(pr, set.apply(pr, x, source.apply(pr))), msg);
        binder.projectText(s, field + "Source", Texts.format("carbon.factorSourceLabel", label), source,
                (pr, x) -> with(pr, set.apply(pr, value.apply(pr), x)), null);
        v.putClientProperty("JTextField.placeholderText", Texts.get("carbon.value.placeholder"));
        s.putClientProperty("JTextField.placeholderText", Texts.get("carbon.source.placeholder"));
        JButton pick = new JButton(Texts.get("carbon.pick"));
        pick.setName(field + ".pick");
        pick.setEnabled(!choices.get().isEmpty());
        pick.addActionListener(e -> {
            JPopupMenu menu = new JPopupMenu();
            var reset = menu.add(Texts.format("carbon.resetItem", defaultText.get()));
            reset.addActionListener(a -> binder.editProject(Texts.format("carbon.edit.resetFactor", label), null, pr -> with(pr, set.apply(pr, null, ""))));
            menu.addSeparator();
            for (EmissionFactor f : choices.get()) {
                if (f.unit() != null && f.unit().contains("CO2e")) {
                    continue; // footprint factors are not for Scope 2
                }
                var item = menu.add(Texts.format("carbon.factorItem", factorPrefix(f), f.indicator(), f.value(), f.unit(), f.trust()));
                item.addActionListener(a -> binder.editProject(Texts.format("carbon.edit.pickFactor", label), null, pr -> with(pr,
                        set.apply(pr, BigDecimal.valueOf(f.value()),
                                Texts.format("carbon.factorSource", factorPrefix(f), f.indicator(), f.source())))));
            }
            menu.show(pick, 0, pick.getHeight());
        });
        JLabel hint = new WrapLabel();
        hint.setForeground(Theme.color(Theme.MUTED));
        binder.addRefresher(() -> hint.setText(value.apply(session.project()) == null ? Texts.format("carbon.defaultHint", defaultText.get()) : ""));
        p.add(new JLabel(label));
        p.add(v, "split 4, width 90lp!, growx 0");
        p.add(new JLabel(unit), "growx 0");
        p.add(s, "growx");
        p.add(pick, "growx 0");
        p.add(hint, "skip 1");
        p.add(msg, "skip 1");
    }

    /** What the base year's emissions lack of the consumption lines they are computed from (empty: nothing, the line hidden). */
    private void showBasis() {
        List<String> missing = session.analysis().carbonBasis(session.project().energy()).stream()
                .map(i -> i.where() + "：" + i.message()).toList();
        basis.setText(missing.isEmpty() ? " " : String.join("\n", missing));
        basis.setVisible(!missing.isEmpty());
    }

    /** What goes before a factor's indicator: its year and its area, each followed by a space, when known. */
    private static String factorPrefix(EmissionFactor f) {
        return (f.year() == null ? "" : Texts.format("carbon.factorYear", f.year()) + " ") + (f.area() == null ? "" : f.area() + " ");
    }

    private List<EmissionFactor> gridChoices() {
        String province = session.project().enterprise().province() == null ? null : session.project().enterprise().province().name();
        return session.reference().gridFactorsFor(province);
    }

    private String gridDefault() {
        return session.reference().defaultGridFactor(session.project().energy().baseYear())
                .map(f -> Texts.format("carbon.gridDefault", f.value(), f.year(), f.indicator())).orElse(Texts.get("carbon.notSet"));
    }

    private void refreshResults() {
        CarbonResult r = session.analysis().carbon();
        List<Integer> years = session.project().energy().years();
        Integer selected = (Integer) year.getSelectedItem();
        if (year.getItemCount() != years.size() || !years.contains(selected)) {
            year.removeAllItems();
            years.forEach(year::addItem);
            selected = years.get(years.size() - 1);
            year.setSelectedItem(selected);
        }
        if (selected == null) {
            return;
        }
        int y = selected;
        CarbonResult.YearEmissions e = r.years().stream().filter(x -> x.year() == y).findFirst().orElse(null);
        sourcesModel.setRowCount(0);
        if (e == null) {
            return;
        }
        for (CarbonResult.Source s : e.sources()) {
            sourcesModel.addRow(new Object[] {s.name(), s.categoryLabel(), s.activity(), s.factor(), s.factorSource(),
                Choices.num(s.tco2(), 1), e.totalTco2() == 0 ? "" : Choices.num(s.tco2() / e.totalTco2() * 100, 1) + "%"});
        }
        StringBuilder sb = new StringBuilder(Texts.format("carbon.total", Choices.num(e.totalTco2(), 1)));
        if (!Double.isNaN(e.perWanYuan())) {
            sb.append(Texts.format("carbon.perWanYuan", Choices.num(e.perWanYuan(), 4)));
        }
        e.perProduct().forEach(i -> sb.append(Texts.format("carbon.perProduct", i.product(), Choices.num(i.value(), 4), i.unit())));
        if (!e.ranked().isEmpty()) {
            sb.append(Texts.format("carbon.ranked", String.join("、", e.ranked().stream().map(CarbonResult.Source::name).toList())));
        }
        totals.setText(sb.toString());
        chart.setChart(EnergyCharts.emissions(r, y));
    }


    /** Commits edits in progress. */
    @Override
    public void flushEdits() {
        sections.forEach(RowTableSection::stopEditing);
        binder.flushPending();
    }

    /** The fossil carriers the project names (its one list, ProjectLists), in its order. */
    private List<CarrierId> projectFuels() {
        return org.energydiag.core.project.ProjectLists.carriers(session.project()).stream()
                .filter(c -> session.reference().carrier(c.value()).map(EnergyCarrier::fossil).orElse(false)).toList();
    }

    /** The fuel column offers the project's fossil carriers first, then the rest of the reference (not while a cell is edited). */
    private void offerFuels(javax.swing.JTable table) {
        List<CarrierId> own = projectFuels();
        if (own.equals(table.getClientProperty(OFFERED)) || table.isEditing()) {
            return;
        }
        table.putClientProperty(OFFERED, own);
        List<Choices.Item> fossil = new ArrayList<>();
        java.util.Set<String> added = new java.util.HashSet<>();
        own.forEach(c -> session.reference().carrier(c.value()).ifPresent(e -> {
            added.add(e.id());
            fossil.add(new Choices.Item(e.id(), e.name()));
        }));
        for (EnergyCarrier c : session.reference().carriers().values()) {
            if (c.fossil() && added.add(c.id())) {
                fossil.add(new Choices.Item(c.id(), c.name()));
            }
        }
        Choices.install(table, 0, fossil);
    }
}
