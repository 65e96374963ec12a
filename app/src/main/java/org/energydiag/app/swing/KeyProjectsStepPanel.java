package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.Finance;
import org.energydiag.core.retrofit.KeyProject;
import org.energydiag.core.retrofit.PaybackConvention;
import org.energydiag.core.retrofit.Phase;
import org.energydiag.core.retrofit.RetrofitPlan;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.retrofit.Table31;

/**
 * Step 重点改造项目 (template 三（三）): the key projects with 原系统主要情况, 技术路线, 投资测算,
 * savings, economics (payback from commissioning or from the start of construction, NPV and IRR over a
 * configurable life and discount rate),
 * 经济及社会效益, 安全性, 可行性, 参照标准, phase and time, and 表3-1 grouped by phase.
 */
final class KeyProjectsStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final DefaultTableModel list = Choices.readOnly(new Object[] {Texts.get("keyProjects.column.phase"),
        Texts.get("keyProjects.column.name"), Texts.get("keyProjects.column.investment"),
        Texts.get("keyProjects.column.savingTce"), Texts.get("keyProjects.column.costSaving"),
        Texts.get("keyProjects.column.payback"), Texts.get("keyProjects.column.npv"), Texts.get("keyProjects.column.irr")});
    private final JTable listTable = new JTable(list);
    private final DefaultTableModel table31 = Choices.readOnly(Table31.COLUMNS.toArray());
    private final JLabel economics = new WrapLabel();
    private final List<JComponent> form = new ArrayList<>();
    /** The line beside each field a plan-check finding can name ({@link CheckIssue#KEY_PROJECT_FIELDS}), and the field. */
    private final java.util.Map<String, JLabel> lines = new java.util.HashMap<>();
    private final java.util.Map<String, JComponent> lined = new java.util.HashMap<>();
    private final java.util.Map<String, JComponent> cells = new java.util.HashMap<>();
    /** The findings on the key projects that name no field of the selected one: the chapter's, the other projects'. */
    private final JLabel checkLine = new WrapLabel();
    private String selectedId;
    private boolean updatingList;

    /**
     * Selects the key project a plan-check target names ({@code keyProjects#<id>} or
     * {@code keyProjects#<id>/<field>}: its field here) and brings the field it names into view.
     */
    @Override
    public void reveal(String field) {
        String id = itemOf(field);
        List<KeyProject> kp = session.project().plan().keyProjects();
        for (int i = 0; i < kp.size(); i++) {
            if (kp.get(i).id().equals(id) && i < listTable.getRowCount()) {
                listTable.setRowSelectionInterval(i, i);
                listTable.scrollRectToVisible(listTable.getCellRect(i, 0, true));
                JComponent input = lined.get(fieldOf(field));
                if (input != null) {
                    // after the step is laid out: the field it names with its line, focused for the fix
                    JComponent cell = cells.get(fieldOf(field));
                    javax.swing.SwingUtilities.invokeLater(() -> {
                        cell.scrollRectToVisible(new java.awt.Rectangle(0, 0, cell.getWidth(), cell.getHeight()));
                        input.requestFocusInWindow();
                    });
                }
                return;
            }
        }
    }

    /** Opened from the step list with open points: shows a project that has some, unless the selected one has. */
    @Override
    public void showPoints(List<org.energydiag.core.report.plan.OpenPoint> points) {
        String prefix = org.energydiag.core.report.plan.Chapter.KEY_PROJECTS.id() + ".";
        List<String> ids = points.stream().filter(p -> p.field().startsWith(prefix))
                .map(p -> itemOf(p.field().substring(prefix.length()))).filter(id -> !id.isEmpty()).toList();
        if (!ids.isEmpty() && !ids.contains(selectedId)) {
            reveal(ids.get(0));
        }
    }

    /** The key project's id of a plan-check field {@code <id>/<field>} or {@code <id>}. */
    private static String itemOf(String field) {
        String sub = fieldOf(field);
        return sub.isEmpty() ? field : field.substring(0, field.length() - sub.length() - 1);
    }

    /** The field of a key project a plan-check field {@code <id>/<field>} names, or "". */
    private static String fieldOf(String field) {
        int slash = field.lastIndexOf('/');
        String sub = slash < 0 ? "" : field.substring(slash + 1);
        return CheckIssue.KEY_PROJECT_FIELDS.contains(sub) ? sub : "";
    }

    KeyProjectsStepPanel(ProjectSession session) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.KEY_PROJECTS");
        binder.addRefresher(this::fixSelection); // before the fields, which show the selected project
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 4, gapy 3", "[right]rel[grow,fill,sg f]unrel[right]rel[grow,fill,sg f]"));
        PlanEdits.header(p, Texts.get("keyProjects.title"), Texts.get("keyProjects.intro"));

        ScrollablePanel.section(p, Texts.get("keyProjects.listSection"));
        listTable.setName("keyProjects.list");
        listTable.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        listTable.setPreferredScrollableViewportSize(new java.awt.Dimension(900, listTable.getRowHeight() * 5));
        listTable.getSelectionModel().addListSelectionListener(e -> {
            if (e.getValueIsAdjusting() || updatingList) {
                return;
            }
            int r = listTable.getSelectedRow();
            List<KeyProject> kp = session.project().plan().keyProjects();
            String id = r >= 0 && r < kp.size() ? kp.get(r).id() : null;
            if (!java.util.Objects.equals(id, selectedId)) {
                binder.flushPending();
                selectedId = id;
                binder.refresh();
            }
        });
        p.add(new JScrollPane(listTable), "span 4, growx, wmin 0");
        JButton add = new JButton(Texts.get("keyProjects.add"));
        add.setName("keyProjects.add");
        add.addActionListener(e -> addProject());
        JButton remove = new JButton(Texts.get("keyProjects.remove"));
        remove.setName("keyProjects.remove");
        remove.addActionListener(e -> {
            if (selectedId != null) {
                String id = selectedId;
                binder.editProject(Texts.get("keyProjects.removeUndo"), null, PlanEdits.plan(pl -> pl.withKeyProjects(
                        pl.keyProjects().stream().filter(k -> !k.id().equals(id)).toList())));
            }
        });
        p.add(PlanEdits.buttons(add, remove), "span 4, growx");
        // the plan check's findings on the key projects that name no field of the selected one
        checkLine.setName("keyProjects.check");
        checkLine.setVisible(false);
        p.add(checkLine, "span 4, growx, wmin 0, hidemode 3");

        ScrollablePanel.section(p, Texts.get("keyProjects.selectedSection"));
        text(p, Texts.get("keyProjects.name"), "keyProjects.name", KeyProject::name, (b, v) -> b.name = v, false);
        JComboBox<Phase> phase = new JComboBox<>(Phase.values());
        phase.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof Phase ph ? Texts.format("keyProjects.phaseItem", ph.label(), ph.span()) : v, i, s, f);
            }
        });
        binder.projectCombo(phase, "keyProjects.phase", Texts.get("keyProjects.phase"), pr -> selected(pr) == null ? null : selected(pr).phase(),
                (pr, v) -> change(pr, b -> b.phase = v == null ? Phase.SHORT : v), null);
        p.add(new JLabel(Texts.get("keyProjects.phase")));
        p.add(withLine(phase, "phase", phase, ""), "span 3");
        form.add(phase);
        text(p, Texts.get("keyProjects.time"), "keyProjects.time", KeyProject::implementationTime, (b, v) -> b.implementationTime = v, false);
        number(p, Texts.get("keyProjects.investment"), "keyProjects.investment", KeyProject::investmentWanYuan, (b, v) -> b.investmentWanYuan = v);
        number(p, Texts.get("keyProjects.savingTce"), "keyProjects.savingTce", KeyProject::savingTce, (b, v) -> b.savingTce = v);
        number(p, Texts.get("keyProjects.reduction"), "keyProjects.reduction", KeyProject::reductionTco2, (b, v) -> b.reductionTco2 = v);
        number(p, Texts.get("keyProjects.costSaving"), "keyProjects.costSaving", KeyProject::costSavingWanYuan, (b, v) -> b.costSavingWanYuan = v);
        number(p, Texts.get("keyProjects.life"), "keyProjects.life",
                k -> k.lifeYears() == null ? null : k.lifeYears().doubleValue(), (b, v) -> b.lifeYears = v == null ? null : v.intValue());
        number(p, Texts.get("keyProjects.rate"), "keyProjects.rate",
                k -> k.discountRate() == null ? null : k.discountRate() * 100, (b, v) -> b.discountRate = v == null ? null : v / 100);
        number(p, Texts.get("keyProjects.construction"), "keyProjects.construction",
                k -> k.constructionYears() == null ? null : k.constructionYears().doubleValue(),
                (b, v) -> b.constructionYears = v == null ? null : Math.max(1, Math.min(Finance.MAX_CONSTRUCTION_YEARS, v.intValue())));
        economics.setName("keyProjects.economics");
        p.add(economics, "newline, span 4, growx, gaptop 4");
        text(p, Texts.get("keyProjects.savingBasis"), "keyProjects.savingBasis", KeyProject::savingBasis, (b, v) -> b.savingBasis = v, true);
        text(p, Texts.get("keyProjects.original"), "keyProjects.original", KeyProject::originalSystem, (b, v) -> b.originalSystem = v, true);
        text(p, Texts.get("keyProjects.route"), "keyProjects.route", KeyProject::technicalRoute, (b, v) -> b.technicalRoute = v, true);
        text(p, Texts.get("keyProjects.content"), "keyProjects.content", KeyProject::content, (b, v) -> b.content = v, true);
        text(p, Texts.get("keyProjects.benefits"), "keyProjects.benefits", KeyProject::benefits, (b, v) -> b.benefits = v, true);
        text(p, Texts.get("keyProjects.safety"), "keyProjects.safety", KeyProject::safety, (b, v) -> b.safety = v, true);
        text(p, Texts.get("keyProjects.feasibility"), "keyProjects.feasibility", KeyProject::feasibility, (b, v) -> b.feasibility = v, true);
        text(p, Texts.get("keyProjects.standards"), "keyProjects.standards", KeyProject::standards, (b, v) -> b.standards = v, true);
        text(p, Texts.get("keyProjects.effect"), "keyProjects.effect", KeyProject::expectedEffect, (b, v) -> b.expectedEffect = v, true);

        ScrollablePanel.section(p, Texts.get("keyProjects.economicsSection"));
        JTextField life = new JTextField();
        binder.projectNumber(life, "plan.lifeYears", Texts.get("keyProjects.planLife"), pr -> BigDecimal.valueOf(pr.plan().lifeYears()),
                (pr, v) -> pr.withPlan(pr.plan().withEconomics(v == null ? RetrofitPlan.DEFAULT_LIFE_YEARS
                        : Math.max(1, Math.min(50, v.intValue())), pr.plan().discountRate()), pr.updatedAt()), null);
        JTextField rate = new JTextField();
        binder.projectNumber(rate, "plan.discountRate", Texts.get("keyProjects.planRate"), pr -> BigDecimal.valueOf(pr.plan().discountRate() * 100),
                (pr, v) -> pr.withPlan(pr.plan().withEconomics(pr.plan().lifeYears(), v == null
                        ? RetrofitPlan.DEFAULT_DISCOUNT_RATE : v.doubleValue() / 100), pr.updatedAt()), null);
        p.add(new JLabel(Texts.get("keyProjects.planLifeLabel")));
        p.add(life);
        p.add(new JLabel(Texts.get("keyProjects.planRateLabel")));
        p.add(rate);
        JLabel rateNote = WrapLabel.of(Texts.get("keyProjects.rateNote"));
        rateNote.setForeground(Theme.color(Theme.MUTED));
        p.add(rateNote, "span 4, left");
        JComboBox<PaybackConvention> convention = new JComboBox<>(PaybackConvention.values());
        convention.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof PaybackConvention c ? c.label() : v, i, s, f);
            }
        });
        binder.projectCombo(convention, "plan.paybackConvention", Texts.get("keyProjects.planPayback"),
                pr -> pr.plan().paybackConvention(),
                (pr, v) -> pr.withPlan(pr.plan().withPayback(v, pr.plan().constructionYears()), pr.updatedAt()), null);
        JTextField construction = new JTextField();
        binder.projectNumber(construction, "plan.constructionYears", Texts.get("keyProjects.planConstruction"),
                pr -> BigDecimal.valueOf(pr.plan().constructionYears()),
                (pr, v) -> pr.withPlan(pr.plan().withPayback(pr.plan().paybackConvention(), v == null ? null
                        : Math.max(1, Math.min(Finance.MAX_CONSTRUCTION_YEARS, v.intValue()))), pr.updatedAt()), null);
        p.add(new JLabel(Texts.get("keyProjects.planPaybackLabel")));
        p.add(convention);
        p.add(new JLabel(Texts.get("keyProjects.planConstructionLabel")));
        p.add(construction);
        JLabel paybackNote = WrapLabel.of(Texts.get("keyProjects.paybackNote"));
        paybackNote.setForeground(Theme.color(Theme.MUTED));
        p.add(paybackNote, "span 4, left");

        ScrollablePanel.section(p, Texts.get("keyProjects.table31Section"));
        JTable t31 = new JTable(table31);
        t31.setName("keyProjects.table31");
        t31.setDefaultRenderer(Object.class, new DiagnosisStepPanel.TooltipRenderer());
        int[] w = {60, 40, 200, 320, 110, 260, 160};
        for (int i = 0; i < w.length; i++) {
            t31.getColumnModel().getColumn(i).setPreferredWidth(w[i]);
        }
        t31.setPreferredScrollableViewportSize(new java.awt.Dimension(900, t31.getRowHeight() * 8));
        p.add(new JScrollPane(t31), "span 4, growx, wmin 0");

        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        binder.addRefresher(this::refreshDerived);
        binder.addMessageRefresher(this::showChecks); // after each edit and whenever the plan check's findings change
        session.addListener(pr -> binder.refresh());
        binder.refresh();
    }

    private KeyProject selected(DiagnosisProject pr) {
        if (selectedId == null) {
            return null;
        }
        return pr.plan().keyProjects().stream().filter(k -> k.id().equals(selectedId)).findFirst().orElse(null);
    }

    private DiagnosisProject change(DiagnosisProject pr, java.util.function.Consumer<KeyProject.Builder> f) {
        if (selectedId == null) {
            return pr;
        }
        return pr.withPlan(pr.plan().updateKeyProject(selectedId, k -> {
            KeyProject.Builder b = k.edit();
            f.accept(b);
            return b.build();
        }), pr.updatedAt());
    }

    private void text(JPanel p, String label, String field, Function<KeyProject, String> get,
                      BiConsumer<KeyProject.Builder, String> set, boolean area) {
        javax.swing.text.JTextComponent c = area ? new JTextArea(3, 40) : new JTextField();
        if (c instanceof JTextArea a) {
            a.setLineWrap(true);
        }
        binder.projectText(c, field, label, pr -> selected(pr) == null ? "" : get.apply(selected(pr)),
                (pr, v) -> change(pr, b -> set.accept(b, v)), null);
        p.add(new JLabel(label), area ? "top" : "");
        String sub = field.substring(field.indexOf('.') + 1);
        if (area && !CheckIssue.KEY_PROJECT_FIELDS.contains(sub)) {
            p.add(new JScrollPane(c), "span 3, growx, h 60!");
        } else if (area) {
            p.add(withLine(new JScrollPane(c), sub, c, "h 60!"), "span 3, growx");
        } else {
            p.add(withLine(c, sub, c, ""), "span 3");
        }
        form.add(c);
    }

    private void number(JPanel p, String label, String field, Function<KeyProject, Double> get,
                        BiConsumer<KeyProject.Builder, Double> set) {
        JTextField c = new JTextField();
        binder.projectNumber(c, field, label, pr -> {
            KeyProject k = selected(pr);
            Double v = k == null ? null : get.apply(k);
            return v == null ? null : BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        }, (pr, v) -> change(pr, b -> set.accept(b, v == null ? null : v.doubleValue())), null);
        p.add(new JLabel(label));
        p.add(withLine(c, field.substring(field.indexOf('.') + 1), c, ""), "span 3");
        form.add(c);
    }

    /**
     * The field, with the line under it that shows the plan check's findings on this field of the
     * selected project (hidden while there are none); a field no finding can name is returned as it is.
     *
     * @param shown   what is laid out (the field, or the scroll pane of a text area)
     * @param sub     the field's name in a plan-check target ({@code investment} of {@code keyProjects#<id>/investment})
     * @param input   the component the engineer types in (outlined with the finding's level)
     * @param size    the layout constraint of {@code shown} (its height)
     */
    private JComponent withLine(JComponent shown, String sub, JComponent input, String size) {
        if (!CheckIssue.KEY_PROJECT_FIELDS.contains(sub)) {
            return shown;
        }
        JLabel line = new WrapLabel();
        line.setName("keyProjects." + sub + ".message");
        line.setVisible(false);
        lines.put(sub, line);
        lined.put(sub, input);
        JPanel cell = new JPanel(new MigLayout("insets 0, gap 0, wrap 1, hidemode 3, fillx", "[grow,fill]")) {
            private static final long serialVersionUID = 1L;

            @Override
            public int getBaseline(int width, int height) {
                // the row's label lines up with the field, not with the field and its line
                int b = shown.getBaseline(shown.getWidth(), shown.getHeight());
                return b < 0 ? -1 : shown.getY() + b;
            }

            @Override
            public java.awt.Component.BaselineResizeBehavior getBaselineResizeBehavior() {
                return java.awt.Component.BaselineResizeBehavior.CONSTANT_ASCENT;
            }
        };
        cell.setOpaque(false);
        cell.add(shown, "wmin 0" + (size.isEmpty() ? "" : ", " + size));
        cell.add(line, "wmin 0, gaptop 2");
        cells.put(sub, cell);
        return cell;
    }

    /**
     * The plan check's findings on the key projects, each where it belongs: beside the field of the
     * selected project it names (all findings on that field, errors first), and the chapter's findings,
     * those naming no field and a count for each other project on the line under the list.
     */
    private void showChecks() {
        String chapter = org.energydiag.core.report.plan.Chapter.KEY_PROJECTS.id();
        java.util.Map<String, List<CheckIssue>> byField = new java.util.HashMap<>();
        List<CheckIssue> general = new ArrayList<>();
        java.util.Map<String, Integer> others = new java.util.LinkedHashMap<>();
        for (CheckIssue c : session.planChecks()) {
            if (!c.chapter().equals(chapter)) {
                continue;
            }
            String item = c.item();
            if (item.isEmpty()) {
                general.add(c);
            } else if (session.project().plan().keyProjects().stream().noneMatch(k -> k.id().equals(item))) {
                continue; // a project just deleted: the next plan check no longer names it
            } else if (!item.equals(selectedId)) {
                others.merge(c.item(), 1, Integer::sum);
            } else if (lines.containsKey(c.itemField())) {
                byField.computeIfAbsent(c.itemField(), f -> new ArrayList<>()).add(c);
            } else {
                general.add(c);
            }
        }
        for (var e : lines.entrySet()) {
            List<CheckIssue> found = byField.getOrDefault(e.getKey(), List.of());
            JLabel line = e.getValue();
            JComponent input = lined.get(e.getKey());
            JComponent outlined = input.getParent() instanceof javax.swing.JViewport v && v.getParent() instanceof JScrollPane sp ? sp : input;
            boolean error = found.stream().anyMatch(CheckIssue::isError);
            String text = found.stream().map(CheckIssue::message).collect(java.util.stream.Collectors.joining("\n"));
            line.setText(text.isEmpty() ? " " : text);
            line.setToolTipText(text.isEmpty() ? null : text);
            line.setForeground(Theme.color(error ? Theme.ERROR : Theme.WARNING));
            line.setVisible(!found.isEmpty());
            outlined.putClientProperty("JComponent.outline", found.isEmpty() ? null : error ? "error" : "warning");
        }
        List<String> text = new ArrayList<>(general.stream().map(c -> c.section() + "：" + c.message()).toList());
        if (!others.isEmpty()) {
            List<KeyProject> kp = session.project().plan().keyProjects();
            List<String> named = new ArrayList<>();
            for (var e : others.entrySet()) {
                String name = kp.stream().filter(k -> k.id().equals(e.getKey())).map(KeyProject::name).findFirst().orElse("");
                named.add(Texts.format("keyProjects.check.other", name.isBlank() ? Texts.get("keyProjects.check.unnamed") : name, e.getValue()));
            }
            text.add(Texts.format("keyProjects.check.others", String.join(Texts.get("keyProjects.check.separator"), named)));
        }
        checkLine.setText(text.isEmpty() ? " " : String.join("\n", text));
        boolean error = general.stream().anyMatch(CheckIssue::isError) || session.planChecks().stream()
                .anyMatch(c -> c.chapter().equals(chapter) && others.containsKey(c.item()) && c.isError());
        checkLine.setForeground(Theme.color(error ? Theme.ERROR : Theme.WARNING));
        checkLine.setVisible(!text.isEmpty());
    }

    private void addProject() {
        binder.flushPending();
        int n = session.project().plan().keyProjects().size() + 1;
        KeyProject k = KeyProject.named(Texts.format("keyProjects.defaultName", n));
        binder.editProject(Texts.get("keyProjects.addUndo"), null, PlanEdits.plan(pl -> {
            List<KeyProject> v = new ArrayList<>(pl.keyProjects());
            v.add(k);
            return pl.withKeyProjects(v);
        }));
        selectedId = k.id();
        binder.refresh();
    }

    private void fixSelection() {
        List<KeyProject> kp = session.project().plan().keyProjects();
        if (selectedId != null && kp.stream().noneMatch(k -> k.id().equals(selectedId))) {
            selectedId = null;
        }
        if (selectedId == null && !kp.isEmpty()) {
            selectedId = kp.get(0).id();
        }
    }

    private void refreshDerived() {
        RetrofitPlan plan = session.project().plan();
        List<KeyProject> kp = plan.keyProjects();
        updatingList = true;
        try {
            fillList(plan, kp);
        } finally {
            updatingList = false;
        }
        tail(plan, kp);
    }

    private void fillList(RetrofitPlan plan, List<KeyProject> kp) {
        String header = Texts.get(plan.paybackConvention() == PaybackConvention.FROM_CONSTRUCTION_START
                ? "keyProjects.column.paybackConstruction" : "keyProjects.column.payback");
        var column = listTable.getColumnModel().getColumn(5);
        if (!header.equals(column.getHeaderValue())) {
            column.setHeaderValue(header);
            listTable.getTableHeader().repaint();
        }
        list.setRowCount(0);
        int sel = -1;
        for (int i = 0; i < kp.size(); i++) {
            KeyProject k = kp.get(i);
            RetrofitReport.ProjectResult r = RetrofitReport.economics(k, plan);
            var e = r.economics();
            list.addRow(new Object[] {k.phase().label(), k.name(), num(k.investmentWanYuan()), num(k.savingTce()),
                num(k.costSavingWanYuan()), e == null ? "—" : Choices.num(e.paybackYears(), 2),
                e == null ? "—" : Choices.num(e.npv(), 2),
                e == null ? "—" : e.irr().isPresent() ? Texts.format("keyProjects.percent", Choices.num(e.irr().getAsDouble() * 100, 2))
                    : Texts.get("keyProjects.irrShort." + e.irrStatus().name())});
            if (k.id().equals(selectedId)) {
                sel = i;
            }
        }
        if (sel >= 0 && listTable.getSelectedRow() != sel) {
            listTable.getSelectionModel().setSelectionInterval(sel, sel);
        }
    }

    /** The payback with the convention it is counted in. */
    private static String payback(Finance.Payback p) {
        if (p.convention() == PaybackConvention.FROM_CONSTRUCTION_START) {
            return Texts.format("keyProjects.paybackFromConstruction", p.constructionYears(), Choices.num(p.staticYears(), 2),
                    Double.isNaN(p.dynamicYears()) ? Texts.get("keyProjects.paybackNotReached") : Choices.num(p.dynamicYears(), 2));
        }
        return Texts.format("keyProjects.paybackFromCommissioning", Choices.num(p.staticYears(), 2));
    }

    private void tail(RetrofitPlan plan, List<KeyProject> kp) {
        KeyProject k = selected(session.project());
        form.forEach(c -> c.setEnabled(k != null));
        if (k == null) {
            economics.setText(Texts.get("keyProjects.none"));
        } else {
            RetrofitReport.ProjectResult r = RetrofitReport.economics(k, plan);
            var e = r.economics();
            economics.setText(e == null ? Texts.format("keyProjects.economicsNote", r.note())
                    : Texts.format("keyProjects.economics", r.lifeYears(), Choices.num(r.discountRate() * 100, 1),
                            payback(e.payback()), Choices.num(e.npv(), 2), e.irr().isPresent()
                            ? Texts.format("keyProjects.percent", Choices.num(e.irr().getAsDouble() * 100, 2))
                            : e.irrStatus().text()));
        }
        table31.setRowCount(0);
        Phase last = null;
        for (Table31.Row row : Table31.rows(kp)) {
            table31.addRow(new Object[] {row.phase() == last ? "" : row.phase().label(), row.number(), row.name(), row.content(),
                row.investmentWanYuan() == null ? "" : Choices.num(row.investmentWanYuan(), 2), row.effect(), row.time()});
            last = row.phase();
        }
    }

    private static String num(Double v) {
        return v == null ? "—" : Choices.num(v, 2);
    }

    @Override
    public void flushEdits() {
        binder.flushPending();
    }
}
