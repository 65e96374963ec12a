package org.energydiag.app.swing;

import org.energydiag.core.reference.CarrierId;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.swing.charts.FlowDiagramRenderer;
import org.energydiag.app.text.Texts;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.process.Diagram;
import org.energydiag.core.process.FlowLayout;
import org.energydiag.core.process.ProcessFlow;
import org.energydiag.core.process.ProcessUnit;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyCarrier;

/**
 * Step 生产工艺流程 (template 一（二）1): the ordered 工序 with principle, products, key equipment
 * (items of the inventory), control points, energy carriers and downstream units (branches and
 * merges); the flow diagram is drawn from them and follows every edit; it can be exported at print
 * resolution. The same units are the 所在工序 of the equipment inventory.
 */
final class ProcessStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final transient FlowDiagramRenderer renderer;
    private final transient Function<String, String> carrierLabel;
    private final transient Map<String, EnergyCarrier> carriers;
    private final UnitsModel model = new UnitsModel();
    private final JTable table = new JTable(model);
    private final DiagramView diagram = new DiagramView();
    // check boxes flow in as many lines as the detail's width needs
    private final JPanel carriersBox = new JPanel(new WrapLayout(0, 0));
    private final JPanel nextBox = new JPanel(new WrapLayout(0, 0));
    private final JPanel equipmentBox = new JPanel(new MigLayout("insets 0, wrap 2", "[][]"));
    private final JLabel problems = new WrapLabel();
    private final JPanel detail;
    private String selectedId;

    private final transient org.energydiag.core.evidence.AttachmentStore store;
    private final JLabel drawingInfo = new JLabel(" ");
    private final JButton ownDrawing = new JButton(Texts.get("process.ownDrawing"));
    private final JButton generated = new JButton(Texts.get("process.generatedDrawing"));

    ProcessStepPanel(ProjectSession session, Map<String, EnergyCarrier> carriers,
                     org.energydiag.core.evidence.AttachmentStore store) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.PROCESS");
        this.carriers = carriers;
        this.store = store;
        this.carrierLabel = id -> org.energydiag.app.swing.charts.ProcessLabels.shortLabel(id, carriers);
        this.renderer = new FlowDiagramRenderer(carrierLabel);

        JPanel top = new JPanel(new MigLayout("insets dialog, wrap 1, gapy 3", "[grow,fill]", "[][][grow,fill][]"));
        PlanEdits.header(top, Texts.get("process.title"), Texts.get("process.intro"));
        table.setName("process.units");
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.getColumnModel().getColumn(0).setMaxWidth(40);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                int r = table.getSelectedRow();
                String id = r < 0 || r >= model.units.size() ? null : model.units.get(r).id();
                if (id != null && !id.equals(selectedId)) {
                    binder.flushPending();
                    selectedId = id;
                    refreshDetail();
                }
            }
        });
        JButton add = new JButton(Texts.get("process.add"));
        add.setName("process.add");
        JButton remove = new JButton(Texts.get("process.remove"));
        remove.setName("process.remove");
        JButton up = new JButton(Texts.get("process.up"));
        up.setName("process.up");
        JButton down = new JButton(Texts.get("process.down"));
        down.setName("process.down");
        JButton export = ReadOnlyLock.viewing(new JButton(Texts.get("process.exportPng")));
        export.setName("process.exportPng");
        add.addActionListener(e -> addUnit());
        remove.addActionListener(e -> {
            if (selectedId != null) {
                String id = selectedId;
                String name = flow().unit(id).map(ProcessUnit::name).orElse("");
                selectedId = null;
                edit(Texts.format("process.edit.remove", name), f -> f.without(id));
            }
        });
        up.addActionListener(e -> move(-1));
        down.addActionListener(e -> move(1));
        export.addActionListener(e -> exportPng());
        problems.setName("process.problems");
        problems.setForeground(Theme.color(Theme.WARNING));

        // the detail takes its pane's width down to its minimum, then scrolls sideways: never cut at the right edge
        // (no fixed minimum on the field column: its minimum is its widest row's, e.g. 产品 with its 选择 button)
        detail = new ScrollablePanel(new MigLayout("insets 0 0 0 4, wrap 2, gapy 3", "[right][grow,fill]"));
        JTextField name = new JTextField();
        binder.projectText(name, "process.name", Texts.get("process.name"), p -> selected(p).map(ProcessUnit::name).orElse(""),
                (p, v) -> update(p, u -> u.withName(v)), null);
        JTextArea principle = area();
        binder.projectText(principle, "process.principle", Texts.get("process.principle"),
                p -> selected(p).map(ProcessUnit::principle).orElse(""),
                (p, v) -> update(p, u -> u.withPrinciple(v)), null);
        JTextField outputs = new JTextField();
        binder.projectText(outputs, "process.outputs", Texts.get("process.outputs"), p -> selected(p).map(ProcessUnit::outputs).orElse(""),
                (p, v) -> update(p, u -> u.withOutputs(v)), null);
        JTextArea controls = area();
        binder.projectText(controls, "process.controlPoints", Texts.get("process.controlPoints"),
                p -> selected(p).map(ProcessUnit::controlPoints).orElse(""),
                (p, v) -> update(p, u -> u.withControlPoints(v)), null);
        detail.add(new JLabel(Texts.get("process.name")));
        detail.add(name);
        detail.add(new JLabel(Texts.get("process.principle")));
        detail.add(new JScrollPane(principle), "h 60!");
        detail.add(new JLabel(Texts.get("process.outputs")));
        JButton pickOutput = new JButton(Texts.get("process.outputs.pick"));
        pickOutput.setName("process.outputs.pick");
        pickOutput.setToolTipText(Texts.get("process.outputs.pick.tooltip"));
        pickOutput.addActionListener(e -> pickProduct(pickOutput));
        detail.add(outputs, "split 2");
        detail.add(pickOutput, "growx 0");
        detail.add(new JLabel(Texts.get("process.controlPoints.label")));
        detail.add(new JScrollPane(controls), "h 50!");
        detail.add(new JLabel(Texts.get("process.carriers")), "top");
        detail.add(carriersBox);
        detail.add(new JLabel(Texts.get("process.next")), "top");
        detail.add(nextBox);
        detail.add(new JLabel(Texts.get("process.equipment")), "top");
        JScrollPane eq = new JScrollPane(equipmentBox);
        eq.setBorder(null);
        detail.add(eq, "h 40:90:140");

        JPanel list = new JPanel(new MigLayout("insets 0, wrap 1", "[grow,fill]", "[grow,fill][]"));
        list.add(new JScrollPane(table), "h 120:200:");
        list.add(PlanEdits.buttons(add, remove, up, down), "growx");
        JScrollPane detailPane = new JScrollPane(detail);
        detailPane.getVerticalScrollBar().setUnitIncrement(24);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, list, detailPane);
        split.setResizeWeight(0.45);
        split.setBorder(null);
        top.add(split, "h 300:340:");
        top.add(problems, "wmin 0");
        JPanel diagramPanel = new JPanel(new BorderLayout());
        JScrollPane ds = new JScrollPane(diagram);
        ds.getVerticalScrollBar().setUnitIncrement(24);
        diagramPanel.add(ds, BorderLayout.CENTER);
        ownDrawing.setName("process.ownDrawing");
        ownDrawing.setToolTipText(Texts.get("process.ownDrawing.tooltip"));
        ownDrawing.addActionListener(e -> chooseDrawing());
        generated.setName("process.generatedDrawing");
        generated.addActionListener(e -> binder.editProject(Texts.get("process.edit.generatedDrawing"), null,
                p -> p.withSite(p.site().withFlowDrawing(""), p.updatedAt())));
        drawingInfo.setName("process.drawingInfo");
        JPanel south = PlanEdits.buttons(export, ownDrawing, generated);
        south.add(drawingInfo);
        diagramPanel.add(south, BorderLayout.SOUTH);
        JSplitPane main = new JSplitPane(JSplitPane.VERTICAL_SPLIT, top, diagramPanel);
        main.setResizeWeight(0.5);
        main.setBorder(null);
        add(main, BorderLayout.CENTER);
        session.addListener(p -> refresh());
        refresh();
    }

    private static JTextArea area() {
        JTextArea a = new JTextArea(2, 12);
        a.setLineWrap(true);
        return a;
    }

    private ProcessFlow flow() {
        return session.project().site().process();
    }

    private java.util.Optional<ProcessUnit> selected(DiagnosisProject p) {
        return selectedId == null ? java.util.Optional.empty() : p.site().process().unit(selectedId);
    }

    private DiagnosisProject update(DiagnosisProject p, UnaryOperator<ProcessUnit> change) {
        var u = selected(p);
        if (u.isEmpty()) {
            return p;
        }
        // a rename is carried to the equipment located in the unit and the balance's unit of that name
        return org.energydiag.core.project.ProcessLinks.withUnit(p, change.apply(u.get()));
    }

    private void edit(String label, UnaryOperator<ProcessFlow> change) {
        binder.editProject(label, null, p -> p.withSite(p.site().withProcess(change.apply(p.site().process())), p.updatedAt()));
    }

    private void addUnit() {
        binder.flushPending();
        ProcessFlow f = flow();
        Set<String> names = new LinkedHashSet<>();
        f.units().forEach(u -> names.add(u.name()));
        int n = f.units().size() + 1;
        String name = Texts.format("process.defaultName", n);
        while (names.contains(name)) {
            name = Texts.format("process.defaultName", ++n);
        }
        ProcessUnit u = ProcessUnit.named(name);
        // the new unit follows the last one, which is the usual case; the engineer changes it if not
        ProcessUnit last = f.units().isEmpty() ? null : f.units().get(f.units().size() - 1);
        String label = Texts.format("process.edit.add", name);
        edit(label, fl -> {
            ProcessFlow out = fl.with(u);
            if (last != null && fl.unit(last.id()).isPresent() && last.next().isEmpty()) {
                out = out.with(fl.unit(last.id()).get().withNext(List.of(u.id())));
            }
            return out;
        });
        selectedId = u.id();
        refresh();
    }

    private void move(int delta) {
        if (selectedId != null) {
            String id = selectedId;
            edit(Texts.get("process.edit.move"), f -> f.moved(id, delta));
        }
    }

    private void refresh() {
        ProcessFlow f = flow();
        model.units = new ArrayList<>(f.units());
        model.fireTableDataChanged();
        if (selectedId != null && f.unit(selectedId).isEmpty()) {
            selectedId = null;
        }
        if (selectedId == null && !f.units().isEmpty()) {
            selectedId = f.units().get(0).id();
        }
        for (int i = 0; i < model.units.size(); i++) {
            if (model.units.get(i).id().equals(selectedId)) {
                table.getSelectionModel().setSelectionInterval(i, i);
            }
        }
        List<String> pr = f.problems();
        problems.setText(pr.isEmpty() ? (f.hasCycle() ? Texts.get("process.cycle") : " ")
                : "<html>" + String.join("<br>", pr) + "</html>");
        diagram.show(f);
        var drawing = session.project().site().flowDrawing();
        generated.setEnabled(drawing.isPresent());
        drawingInfo.setText(drawing.map(a -> Texts.format("process.drawingInfo", a.fileName())).orElse(" "));
        refreshDetail();
    }

    private void refreshDetail() {
        binder.refresh();
        ProcessFlow f = flow();
        var unit = selectedId == null ? java.util.Optional.<ProcessUnit>empty() : f.unit(selectedId);
        setEnabledDeep(detail, unit.isPresent());
        carriersBox.removeAll();
        nextBox.removeAll();
        equipmentBox.removeAll();
        if (unit.isPresent()) {
            ProcessUnit u = unit.get();
            // the project's one list of carriers (whatever any step names, in the chapters' order) and the
            // common ones; any other is picked from the reference list below and joins the one list
            Set<CarrierId> carrierIds = new LinkedHashSet<>(org.energydiag.core.project.ProjectLists.carrierChoices(session.project()));
            carrierIds.addAll(u.carriers());
            for (CarrierId c : carrierIds) {
                EnergyCarrier ec = carriers.get(c.value());
                JCheckBox b = new JCheckBox(ec == null ? c.value() : ec.name().replaceAll("[（(].*", ""), u.carriers().contains(c));
                b.setToolTipText(Texts.format("process.carrier.tooltip", carrierLabel.apply(c.value())));
                b.setName("process.carrier." + c);
                b.addActionListener(e -> toggle(Texts.get("process.carriers"), c, b.isSelected(), ProcessUnit::carriers,
                        ProcessUnit::withCarriers));
                carriersBox.add(b);
            }
            carriersBox.add(otherCarriers(carrierIds), "span, growx 0");
            for (ProcessUnit other : f.units()) {
                if (other.id().equals(u.id())) {
                    continue;
                }
                JCheckBox b = new JCheckBox(other.name(), u.next().contains(other.id()));
                b.setName("process.next." + other.name());
                b.addActionListener(e -> toggle(Texts.get("process.next"), other.id(), b.isSelected(), ProcessUnit::next,
                        ProcessUnit::withNext));
                nextBox.add(b);
            }
            if (nextBox.getComponentCount() == 0) {
                nextBox.add(new JLabel(Texts.get("process.next.none")));
            }
            List<EquipmentItem> items = session.project().equipment().items();
            for (EquipmentItem it : items) {
                String loc = it.text(EquipmentField.LOCATION);
                JCheckBox b = new JCheckBox(it.name().isBlank() ? Texts.get("process.equipment.unnamed") : it.name(),
                        u.equipmentIds().contains(it.id()));
                if (!loc.isBlank() && loc.equals(u.name())) {
                    b.setToolTipText(Texts.format("process.equipment.location", loc));
                    b.setFont(b.getFont().deriveFont(java.awt.Font.BOLD));
                }
                b.addActionListener(e -> toggle(Texts.get("process.equipment"), it.id(), b.isSelected(), ProcessUnit::equipmentIds,
                        ProcessUnit::withEquipmentIds));
                equipmentBox.add(b);
            }
            if (items.isEmpty()) {
                equipmentBox.add(new JLabel(Texts.get("process.equipment.none")));
            }
        }
        carriersBox.revalidate();
        nextBox.revalidate();
        equipmentBox.revalidate();
        repaint();
    }

    /**
     * A drop-down of the reference carriers not offered yet; the one picked is ticked for the unit,
     * and so joins the project's list (offered to every unit and to 能源消费情况 from then on).
     */
    private javax.swing.JComboBox<Choices.Item> otherCarriers(Set<CarrierId> offered) {
        javax.swing.JComboBox<Choices.Item> box = new javax.swing.JComboBox<>();
        box.setName("process.carriers.more");
        box.setToolTipText(Texts.get("process.carriers.more.tooltip"));
        box.setMaximumRowCount(16);
        box.addItem(new Choices.Item(null, Texts.get("process.carriers.more")));
        carriers.values().stream().filter(ec -> !offered.contains(CarrierId.of(ec.id())))
                .forEach(ec -> box.addItem(new Choices.Item(CarrierId.of(ec.id()), ec.name())));
        box.addActionListener(e -> {
            if (box.getSelectedItem() instanceof Choices.Item it && it.value() instanceof CarrierId c) {
                toggle(Texts.get("process.carriers"), c, true, ProcessUnit::carriers, ProcessUnit::withCarriers);
            }
        });
        return box;
    }

    /** The products the project names (企业基本情况's 主要产品 first); the one picked is added to the unit's 产出. */
    private void pickProduct(JButton anchor) {
        javax.swing.JPopupMenu menu = new javax.swing.JPopupMenu();
        menu.setName("process.outputs.menu");
        var products = org.energydiag.core.project.ProjectLists.products(session.project()).keySet();
        if (products.isEmpty()) {
            javax.swing.JMenuItem none = menu.add(Texts.get("process.outputs.none"));
            none.setEnabled(false);
        }
        for (String name : products) {
            javax.swing.JMenuItem item = menu.add(name);
            item.setName("process.outputs.pick." + name);
            item.addActionListener(a -> {
                binder.flushPending();
                binder.editProject(Texts.get("process.edit.outputs"), null, p -> update(p, u -> {
                    List<String> have = new ArrayList<>(List.of(u.outputs().split("[、，,；;]"))).stream()
                            .map(String::trim).filter(x -> !x.isEmpty()).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
                    if (!have.contains(name)) {
                        have.add(name);
                    }
                    return u.withOutputs(String.join("、", have));
                }));
            });
        }
        menu.show(anchor, 0, anchor.getHeight());
    }

    private <T> void toggle(String what, T value, boolean on, Function<ProcessUnit, List<T>> get,
                            java.util.function.BiFunction<ProcessUnit, List<T>, ProcessUnit> set) {
        String id = selectedId;
        if (id == null) {
            return;
        }
        binder.editProject(Texts.format("process.edit.toggle", what), null, p -> {
            var u = p.site().process().unit(id);
            if (u.isEmpty()) {
                return p;
            }
            List<T> v = new ArrayList<>(get.apply(u.get()));
            v.remove(value);
            if (on) {
                v.add(value);
            }
            return p.withSite(p.site().withProcess(p.site().process().with(set.apply(u.get(), v))), p.updatedAt());
        });
    }

    private static void setEnabledDeep(JComponent c, boolean on) {
        for (var child : c.getComponents()) {
            child.setEnabled(on);
            if (child instanceof JComponent j) {
                setEnabledDeep(j, on);
            }
        }
    }

    private void chooseDrawing() {
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.ATTACHMENT);
        ch.setDialogTitle(Texts.get("process.ownDrawing.chooserTitle"));
        ch.setFileFilter(new FileNameExtensionFilter(Texts.get("process.ownDrawing.filter"), "jpg", "jpeg", "png"));
        if (ch.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path f = ch.getSelectedFile().toPath();
        String projectId = session.project().id();
        BackgroundTask.run(this, Texts.get("process.ownDrawing.task"), () -> {
            EvidenceStepPanel.Imported im = EvidenceStepPanel.readFile(f, false);
            if (!im.attachment().isImage()) {
                throw new org.energydiag.core.workspace.UserException(Texts.format("process.ownDrawing.notImage", f.getFileName()));
            }
            store.put(projectId, im.attachment().id(), im.blobs()); // the bytes first
            return im.attachment().withTarget(org.energydiag.core.evidence.Attachment.Target.PROCESS, "")
                    .withCaption(Texts.format("process.ownDrawing.caption", f.getFileName()));
        }, a -> binder.editProject(Texts.get("process.edit.ownDrawing"), null, p -> {
            var all = new ArrayList<>(p.site().attachments());
            all.add(a);
            return p.withSite(p.site().withAttachments(all).withFlowDrawing(a.id()), p.updatedAt());
        }));
    }

    private void exportPng() {
        ProcessFlow f = flow();
        if (f.isEmpty()) {
            Dialogs.info(this, Texts.get("process.export.title"), Texts.get("process.export.empty"));
            return;
        }
        JFileChooser ch = FileChoosers.create(FileChoosers.Purpose.IMAGE_EXPORT);
        ch.setDialogTitle(Texts.get("process.export.chooserTitle"));
        ch.setFileFilter(new FileNameExtensionFilter(Texts.get("process.export.filter"), "png"));
        String base = session.project().displayName().replaceAll("[\\\\/:*?\"<>|]", "");
        ch.setSelectedFile(new java.io.File(Texts.format("process.export.fileName", base)));
        if (ch.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path chosen = ch.getSelectedFile().toPath();
        Path out = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + ".png");
        BackgroundTask.run(this, Texts.get("process.export.title"), () -> {
            byte[] png = renderer.png(f, FlowLayout.layout(f), 300);
            org.energydiag.core.io.ProjectFile.writeAtomically(out, png);
            return out;
        }, p -> ExportDone.show(this, Texts.get("process.export.title"), Texts.format("process.export.done", p.getFileName()), p));
    }

    @Override
    public void flushEdits() {
        binder.flushPending();
    }

    /** The units as a table: order, name, products, carriers, downstream. */
    private final class UnitsModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        List<ProcessUnit> units = new ArrayList<>();
        private final String[] columns = {Texts.get("process.col.number"), Texts.get("process.col.unit"),
            Texts.get("process.col.outputs"), Texts.get("process.col.carriers"), Texts.get("process.col.next")};

        @Override
        public int getRowCount() {
            return units.size();
        }

        @Override
        public int getColumnCount() {
            return columns.length;
        }

        @Override
        public String getColumnName(int c) {
            return columns[c];
        }

        @Override
        public Object getValueAt(int r, int c) {
            ProcessUnit u = units.get(r);
            return switch (c) {
                case 0 -> r + 1;
                case 1 -> u.name();
                case 2 -> u.outputs();
                case 3 -> String.join("、", u.carriers().stream().map(CarrierId::value).map(carrierLabel).toList());
                default -> String.join("、", u.next().stream().map(id -> flow().unit(id).map(ProcessUnit::name).orElse("?")).toList());
            };
        }
    }

    /** The diagram, drawn with the same renderer as the document's figure. */
    private final class DiagramView extends JComponent {
        private static final long serialVersionUID = 1L;
        private transient ProcessFlow shown = ProcessFlow.empty();
        private transient Diagram layout = FlowLayout.layout(ProcessFlow.empty());

        DiagramView() {
            setName("process.diagram");
            setOpaque(true);
        }

        void show(ProcessFlow f) {
            shown = f;
            layout = FlowLayout.layout(f);
            revalidate();
            repaint();
        }

        /** The layout on screen, for tests and the export. */
        Diagram diagram() {
            return layout;
        }

        @Override
        public Dimension getPreferredSize() {
            return new Dimension((int) Math.ceil(layout.width()) + 20, (int) Math.ceil(layout.height()) + 20);
        }

        @Override
        protected void paintComponent(Graphics g) {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            if (shown.isEmpty()) {
                g.setColor(java.awt.Color.GRAY);
                g.drawString(Texts.get("process.diagram.empty"), 16, 28);
                return;
            }
            Graphics2D g2 = (Graphics2D) g.create();
            g2.translate(10, 10);
            renderer.paint(g2, shown, layout, 1.0);
            g2.dispose();
        }
    }

    /** For tests: the flow on screen. */
    ProcessFlow flowForTest() {
        return flow();
    }

    /** For tests: how many boxes the diagram on screen has. */
    int diagramBoxes() {
        return diagram.diagram().boxes().size();
    }
}
