package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.FootprintStepController;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.swing.charts.FootprintChart;
import org.energydiag.app.text.Texts;
import org.energydiag.core.footprint.Allocation;
import org.energydiag.core.footprint.Boundary;
import org.energydiag.core.footprint.CoProduct;
import org.energydiag.core.footprint.FootprintStudy;
import org.energydiag.core.footprint.Material;
import org.energydiag.core.footprint.TransportLeg;
import org.energydiag.core.project.DiagnosisProject;
import org.jfree.chart.ChartPanel;

/**
 * Step 碳排放核算与产品碳足迹 (after 一（五）; not a chapter of the plan): the inputs of 产品碳足迹核算报告
 * for each product studied — declared unit, output, boundary, standard, allocation with its basis,
 * the material/factor table, transport, exclusions and data quality — and the result by life-cycle
 * stage with its chart, and what the report still lacks. The logic is {@link FootprintStepController}'s.
 */
final class FootprintStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final transient FootprintStepController controller;
    private final List<RowTableSection<?>> sections = new ArrayList<>();
    private final JComboBox<String> product = new JComboBox<>();
    private final JLabel none = new WrapLabel();
    private final JPanel details = new JPanel(new MigLayout("insets 0, wrap 2, gapy 2", "[right]rel[grow,fill]"));
    private final DefaultTableModel resultModel = Choices.readOnly(new Object[] {Texts.get("footprint.col.stage"),
            Texts.get("footprint.col.tco2e"), Texts.get("footprint.col.perUnit"), Texts.get("footprint.col.percent")});
    private final ChartPanel chart = new ChartPanel(null, false, false, false, false, false);
    private final JLabel missing = new WrapLabel();
    private boolean refreshingProducts;

    FootprintStepPanel(ProjectSession session, org.energydiag.app.controller.RetrofitService service,
                       java.nio.file.Path agencyTemplate) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        this.controller = new FootprintStepController(session);
        setName("step.FOOTPRINT");
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 1, gapy 3", "[grow,fill]"));
        PlanEdits.header(p, Texts.get("footprint.title"), Texts.get("footprint.intro"));

        product.setName("footprint.product");
        product.addActionListener(e -> {
            if (!refreshingProducts && product.getSelectedIndex() >= 0) {
                binder.flushPending();
                controller.select(product.getSelectedIndex());
                binder.refresh();
            }
        });
        JButton add = new JButton(Texts.get("footprint.add"));
        add.setName("footprint.add");
        add.addActionListener(e -> addStudy());
        JButton remove = new JButton(Texts.get("footprint.remove"));
        remove.setName("footprint.remove");
        remove.addActionListener(e -> controller.current().ifPresent(s -> {
            if (JOptionPane.showConfirmDialog(this, Texts.format("footprint.remove.confirm", s.product()), Texts.get("footprint.remove"),
                    JOptionPane.OK_CANCEL_OPTION) == JOptionPane.OK_OPTION) {
                controller.removeCurrent();
            }
        }));
        JButton export = new JButton(Texts.get("footprint.export.button"));
        export.setName("footprint.export");
        export.setToolTipText(Texts.get("footprint.export.tooltip"));
        export.addActionListener(e -> controller.current().ifPresent(s -> {
            binder.flushPending();
            FootprintReportExportAction.run(this, session, service, agencyTemplate, s.product());
        }));
        binder.addRefresher(() -> export.setEnabled(controller.current().isPresent()));
        JPanel top = new JPanel(new MigLayout("insets 0", "[][grow,fill]unrel[][]unrel[]"));
        top.add(new JLabel(Texts.get("footprint.product")));
        top.add(product, "wmin 150lp");
        top.add(add);
        top.add(remove);
        top.add(export);
        p.add(top, "growx");
        none.setName("footprint.none");
        none.setText(Texts.get("footprint.none"));
        none.setForeground(Theme.color(Theme.MUTED));
        p.add(none, "growx, wmin 0, hidemode 3");

        numberField(Texts.get("footprint.declaredAmount"), "footprint.declaredAmount", FootprintStudy::declaredAmount,
                (s, v) -> s.withDeclaredUnit(v, s.declaredUnit()));
        textField(Texts.get("footprint.declaredUnit"), "footprint.declaredUnit", FootprintStudy::declaredUnit,
                (s, v) -> s.withDeclaredUnit(s.declaredAmount(), v));
        numberField(Texts.get("footprint.output") + Texts.get("footprint.outputHint"), "footprint.output", FootprintStudy::output,
                FootprintStudy::withOutput);
        JComboBox<Boundary> boundary = enumCombo(Boundary.values(), Boundary::label);
        boundary.setName("footprint.boundary");
        boundary.addActionListener(e -> {
            if (!binder.isRefreshing() && boundary.getSelectedItem() instanceof Boundary b) {
                controller.edit(Texts.format("footprint.edit.field", Texts.get("footprint.boundary")), null, s -> s.withBoundary(b));
            }
        });
        binder.addRefresher(() -> controller.current().ifPresent(s -> boundary.setSelectedItem(s.boundary())));
        details.add(new JLabel(Texts.get("footprint.boundary")));
        details.add(boundary, "growx 0");
        textField(Texts.get("footprint.standard"), "footprint.standard", FootprintStudy::standard, FootprintStudy::withStandard);
        JComboBox<Allocation> allocation = enumCombo(Allocation.values(), Allocation::label);
        allocation.setName("footprint.allocation");
        allocation.addActionListener(e -> {
            if (!binder.isRefreshing() && allocation.getSelectedItem() instanceof Allocation a) {
                controller.edit(Texts.format("footprint.edit.field", Texts.get("footprint.allocation")), null, s -> s.withAllocation(a));
            }
        });
        binder.addRefresher(() -> controller.current().ifPresent(s -> allocation.setSelectedItem(s.allocation())));
        details.add(new JLabel(Texts.get("footprint.allocation")));
        details.add(allocation, "growx 0");

        ScrollablePanel.section(details, Texts.get("footprint.section.coProducts"));
        table("footprint.coProducts", Texts.get("footprint.noun.coProduct"), Texts.get("footprint.edit.coProducts"), List.of(
                new RowTableModel.Column<>(Texts.get("footprint.col.product"), String.class, CoProduct::name,
                        (c, v) -> new CoProduct((String) v, c.basis())),
                new RowTableModel.Column<>(Texts.get("footprint.col.basis"), BigDecimal.class, CoProduct::basis,
                        (c, v) -> new CoProduct(c.name(), (BigDecimal) v))),
                FootprintStudy::coProducts, FootprintStudy::withCoProducts, () -> new CoProduct("", null), 3);
        ScrollablePanel.section(details, Texts.get("footprint.section.materials"));
        table("footprint.materials", Texts.get("footprint.noun.material"), Texts.get("footprint.edit.materials"), List.of(
                new RowTableModel.Column<>(Texts.get("footprint.col.name"), String.class, Material::name,
                        (m, v) -> new Material((String) v, m.quantity(), m.unit(), m.factor(), m.factorUnit(), m.factorSource(), m.factorYear(), m.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.quantity"), BigDecimal.class, Material::quantity,
                        (m, v) -> new Material(m.name(), (BigDecimal) v, m.unit(), m.factor(), m.factorUnit(), m.factorSource(), m.factorYear(), m.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.unit"), String.class, Material::unit,
                        (m, v) -> new Material(m.name(), m.quantity(), (String) v, m.factor(), m.factorUnit(), m.factorSource(), m.factorYear(), m.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.factor"), BigDecimal.class, Material::factor,
                        (m, v) -> new Material(m.name(), m.quantity(), m.unit(), (BigDecimal) v, m.factorUnit(), m.factorSource(), m.factorYear(), m.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.factorUnit"), String.class, Material::factorUnit,
                        (m, v) -> new Material(m.name(), m.quantity(), m.unit(), m.factor(), (String) v, m.factorSource(), m.factorYear(), m.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.source"), String.class, Material::factorSource,
                        (m, v) -> new Material(m.name(), m.quantity(), m.unit(), m.factor(), m.factorUnit(), (String) v, m.factorYear(), m.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.year"), Integer.class, m -> m.factorYear() == 0 ? null : m.factorYear(),
                        (m, v) -> new Material(m.name(), m.quantity(), m.unit(), m.factor(), m.factorUnit(), m.factorSource(), year(v), m.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.shared"), Boolean.class, Material::shared,
                        (m, v) -> new Material(m.name(), m.quantity(), m.unit(), m.factor(), m.factorUnit(), m.factorSource(), m.factorYear(),
                                Boolean.TRUE.equals(v)))),
                FootprintStudy::materials, FootprintStudy::withMaterials, Material::empty, 5);
        ScrollablePanel.section(details, Texts.get("footprint.section.transport"));
        table("footprint.transport", Texts.get("footprint.noun.leg"), Texts.get("footprint.edit.transport"), List.of(
                new RowTableModel.Column<>(Texts.get("footprint.col.item"), String.class, TransportLeg::item,
                        (t, v) -> new TransportLeg((String) v, t.massTonnes(), t.distanceKm(), t.mode(), t.factor(), t.factorSource(), t.factorYear(), t.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.mass"), BigDecimal.class, TransportLeg::massTonnes,
                        (t, v) -> new TransportLeg(t.item(), (BigDecimal) v, t.distanceKm(), t.mode(), t.factor(), t.factorSource(), t.factorYear(), t.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.distance"), BigDecimal.class, TransportLeg::distanceKm,
                        (t, v) -> new TransportLeg(t.item(), t.massTonnes(), (BigDecimal) v, t.mode(), t.factor(), t.factorSource(), t.factorYear(), t.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.mode"), String.class, TransportLeg::mode,
                        (t, v) -> new TransportLeg(t.item(), t.massTonnes(), t.distanceKm(), (String) v, t.factor(), t.factorSource(), t.factorYear(), t.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.tkmFactor"), BigDecimal.class, TransportLeg::factor,
                        (t, v) -> new TransportLeg(t.item(), t.massTonnes(), t.distanceKm(), t.mode(), (BigDecimal) v, t.factorSource(), t.factorYear(), t.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.source"), String.class, TransportLeg::factorSource,
                        (t, v) -> new TransportLeg(t.item(), t.massTonnes(), t.distanceKm(), t.mode(), t.factor(), (String) v, t.factorYear(), t.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.year"), Integer.class, t -> t.factorYear() == 0 ? null : t.factorYear(),
                        (t, v) -> new TransportLeg(t.item(), t.massTonnes(), t.distanceKm(), t.mode(), t.factor(), t.factorSource(), year(v), t.shared())),
                new RowTableModel.Column<>(Texts.get("footprint.col.shared"), Boolean.class, TransportLeg::shared,
                        (t, v) -> new TransportLeg(t.item(), t.massTonnes(), t.distanceKm(), t.mode(), t.factor(), t.factorSource(), t.factorYear(),
                                Boolean.TRUE.equals(v)))),
                FootprintStudy::transport, FootprintStudy::withTransport, TransportLeg::empty, 3);
        ScrollablePanel.section(details, Texts.get("footprint.section.texts"));
        area(Texts.get("footprint.exclusions"), "footprint.exclusions", FootprintStudy::exclusions, FootprintStudy::withExclusions);
        area(Texts.get("footprint.dataQuality"), "footprint.dataQuality", FootprintStudy::dataQuality, FootprintStudy::withDataQuality);

        ScrollablePanel.section(details, Texts.get("footprint.section.result"));
        missing.setName("footprint.missing");
        details.add(missing, "span 2, growx, wmin 0");
        JTable result = new JTable(resultModel);
        result.setName("footprint.result");
        details.add(new JScrollPane(result), "span 2, growx, height 110lp:130lp");
        chart.setName("footprint.chart");
        details.add(chart, "span 2, growx, wmin 300lp, height 260lp");
        p.add(details, "growx, hidemode 3");

        binder.addRefresher(this::refresh);
        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        scroll.setBorder(null);
        add(scroll, BorderLayout.CENTER);
        session.addListener(pr -> binder.refresh());
        binder.refresh();
    }

    /** The project with the shown study changed. */
    private DiagnosisProject withStudy(DiagnosisProject p, java.util.function.UnaryOperator<FootprintStudy> change) {
        return FootprintStepController.with(p, controller.selected(), change);
    }

    private FootprintStudy study(DiagnosisProject p) {
        int i = controller.selected();
        return i < 0 || i >= p.footprint().studies().size() ? FootprintStudy.of("") : p.footprint().studies().get(i);
    }

    private void textField(String label, String field, Function<FootprintStudy, String> get,
                           BiFunction<FootprintStudy, String, FootprintStudy> set) {
        JTextField t = new JTextField(30);
        details.add(new JLabel(label));
        details.add(t, "growx, wmin 100lp");
        binder.projectText(t, field, label, p -> get.apply(study(p)), (p, v) -> withStudy(p, s -> set.apply(s, v)), null);
    }

    /** A decimal field (what is not a number is refused inline, as in the other steps). */
    private void numberField(String label, String field, Function<FootprintStudy, BigDecimal> get,
                             BiFunction<FootprintStudy, BigDecimal, FootprintStudy> set) {
        JTextField t = new JTextField(12);
        JLabel message = new WrapLabel();
        details.add(new JLabel(label));
        details.add(t, "split 2, growx 0, wmin 120lp");
        details.add(message, "growx, wmin 0");
        binder.projectNumber(t, field, label, p -> get.apply(study(p)), (p, v) -> withStudy(p, s -> set.apply(s, v)), message);
    }

    private void area(String label, String field, Function<FootprintStudy, String> get, BiFunction<FootprintStudy, String, FootprintStudy> set) {
        JTextArea a = new JTextArea(3, 60);
        a.setLineWrap(true);
        details.add(new JLabel(label), "top");
        details.add(new JScrollPane(a), "growx, h 70lp!");
        binder.projectText(a, field, label, p -> get.apply(study(p)), (p, v) -> withStudy(p, s -> set.apply(s, v)), null);
    }

    private <R> void table(String field, String noun, String undo, List<RowTableModel.Column<R>> columns,
                           Function<FootprintStudy, List<R>> get, BiFunction<FootprintStudy, List<R>, FootprintStudy> set,
                           java.util.function.Supplier<R> empty, int rows) {
        RowTableSection<R> t = new RowTableSection<>(binder, field, noun, undo, columns, p -> get.apply(study(p)),
                (p, list) -> withStudy(p, s -> set.apply(s, list)), empty, rows);
        sections.add(t);
        details.add(t.panel(), "span 2, growx");
    }

    private static <E> JComboBox<E> enumCombo(E[] values, Function<E, String> label) {
        JComboBox<E> c = new JComboBox<>(values);
        c.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected, boolean focus) {
                @SuppressWarnings("unchecked")
                E e = (E) value;
                return super.getListCellRendererComponent(list, e == null ? "" : label.apply(e), index, selected, focus);
            }
        });
        return c;
    }

    private void addStudy() {
        binder.flushPending();
        JComboBox<String> choice = new JComboBox<>(controller.productsWithoutStudy().toArray(String[]::new));
        choice.setEditable(true);
        int ok = JOptionPane.showConfirmDialog(this, new Object[] {Texts.get("footprint.add.prompt"), choice}, Texts.get("footprint.add"),
                JOptionPane.OK_CANCEL_OPTION);
        if (ok == JOptionPane.OK_OPTION && choice.getSelectedItem() != null) {
            controller.add(choice.getSelectedItem().toString());
        }
    }

    /** Shows the studies, the shown study's result and chart and what its report lacks. */
    private void refresh() {
        List<FootprintStudy> studies = controller.studies();
        refreshingProducts = true;
        try {
            DefaultComboBoxModel<String> m = new DefaultComboBoxModel<>(studies.stream().map(FootprintStudy::product).toArray(String[]::new));
            if (!sameItems(m)) {
                product.setModel(m);
            }
            product.setSelectedIndex(controller.selected());
        } finally {
            refreshingProducts = false;
        }
        boolean any = controller.selected() >= 0;
        none.setVisible(!any);
        details.setVisible(any);
        resultModel.setRowCount(0);
        controller.resultRows().forEach(r -> resultModel.addRow(r.toArray()));
        chart.setChart(controller.result().map(FootprintChart::stages).orElse(null));
        List<String> gaps = controller.missing();
        missing.setText(gaps.isEmpty() ? Texts.get("footprint.missing.none")
                : Texts.format("footprint.missing.some", gaps.size(), String.join("；", gaps)));
        missing.setForeground(Theme.color(gaps.isEmpty() ? Theme.OK : Theme.WARNING));
    }

    private boolean sameItems(DefaultComboBoxModel<String> m) {
        if (m.getSize() != product.getItemCount()) {
            return false;
        }
        for (int i = 0; i < m.getSize(); i++) {
            if (!m.getElementAt(i).equals(product.getItemAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int year(Object v) {
        return v instanceof Number n ? n.intValue() : 0;
    }

    @Override
    public void flushEdits() {
        binder.flushPending();
        sections.forEach(RowTableSection::stopEditing);
    }
}
