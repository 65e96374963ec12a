package org.energydiag.app.swing;

import static org.energydiag.core.project.EnterpriseValidator.*;

import java.awt.Component;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.Contact;
import org.energydiag.core.project.DiagnosisKind;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.project.Honour;
import org.energydiag.core.project.HonourLevel;
import org.energydiag.core.project.HonourTitle;
import org.energydiag.core.project.Product;
import org.energydiag.core.reference.Region;
import org.energydiag.core.project.Sector;
import org.energydiag.core.reference.Divisions;
import org.energydiag.core.reference.Divisions.Division;
import org.energydiag.core.reference.IndustryClassification;
import org.energydiag.core.validation.ValidationIssue;

/**
 * Step 企业基本情况 (template 一（一）, work-plan table 附件1): every field, validated inline.
 * Edits are saved automatically; there is no Save button.
 */
final class EnterpriseStepPanel extends ScrollablePanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final transient Divisions divisions;
    private final transient IndustryClassification industries;
    private final JLabel summary = new JLabel();
    private final JComboBox<Division> province = new JComboBox<>();
    private final JComboBox<Division> city = new JComboBox<>();
    private final JComboBox<Division> district = new JComboBox<>();
    private final JLabel industryHint = new WrapLabel();
    private final List<Component> footprintRow = new ArrayList<>();
    private final Map<HonourTitle, JCheckBox> honourChecks = new EnumMap<>(HonourTitle.class);
    private final Map<HonourTitle, JComboBox<HonourLevel>> honourLevels = new EnumMap<>(HonourTitle.class);
    private RowTableSection<Product> products;
    private RowTableSection<Contact> contacts;

    EnterpriseStepPanel(ProjectSession session, Divisions divisions, IndustryClassification industries) {
        super(new MigLayout("insets dialog, wrap 2, hidemode 3, gapy 2", "[right]rel[grow,fill,::760lp]", ""));
        this.session = session;
        this.binder = new Binder(session);
        this.divisions = divisions;
        this.industries = industries;
        setName("step.ENTERPRISE");

        JLabel title = new JLabel(Texts.get("enterprise.title"));
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span 2, split 2, left");
        summary.setName("enterprise.summary");
        add(summary, "gapleft unrel, wrap");
        JLabel intro = WrapLabel.of(Texts.get("enterprise.intro"));
        intro.setForeground(Theme.color(Theme.MUTED));
        add(intro, "span 2, growx, wrap para");

        buildBasics();
        buildHonours();
        buildProducts();
        buildProfile();
        buildContacts();
        ScrollablePanel.section(this, Texts.get("enterprise.remarks"));
        JTextArea remarks = area(2);
        JLabel remarksMsg = message();
        binder.text(remarks, "enterprise.remarks", Texts.get("enterprise.remarks"), Enterprise::remarks,
                (e, v) -> e.toBuilder().remarks(v).build(), remarksMsg);
        add(new JLabel(Texts.get("enterprise.remarks")));
        add(new JScrollPane(remarks));
        add(remarksMsg, "skip 1");

        session.addListener(p -> refresh());
        refresh();
    }

    // ---- sections -------------------------------------------------------------------------------

    private void buildBasics() {
        ScrollablePanel.section(this, Texts.get("enterprise.section.basics"));
        JComboBox<DiagnosisKind> kind = new JComboBox<>(DiagnosisKind.values());
        kind.setRenderer(labelRenderer(v -> ((DiagnosisKind) v).label()));
        row(Texts.get("enterprise.kind.label"), kind, KIND, (c, m) -> binder.combo(kind, KIND, Texts.get("enterprise.kind"), Enterprise::kind,
                (e, v) -> e.toBuilder().kind(v).build(), m));

        textRow(Texts.get("enterprise.name.label"), NAME, Texts.get("enterprise.name"), Enterprise::name,
                (e, v) -> e.toBuilder().name(v).build());
        JTextField code = textRow(Texts.get("enterprise.creditCode.label"), CREDIT_CODE, Texts.get("enterprise.creditCode"),
                Enterprise::creditCode,
                (e, v) -> e.toBuilder().creditCode(v.trim().toUpperCase(java.util.Locale.ROOT)).build());
        code.putClientProperty("JTextField.placeholderText", Texts.get("enterprise.creditCode.placeholder"));

        buildRegion();
        textRow(Texts.get("enterprise.address"), "enterprise.address", Texts.get("enterprise.address"), Enterprise::address,
                (e, v) -> e.toBuilder().address(v).build());

        JComboBox<Sector> sector = new JComboBox<>();
        DefaultComboBoxModel<Sector> sm = new DefaultComboBoxModel<>();
        sm.addElement(null);
        for (Sector s : Sector.values()) {
            sm.addElement(s);
        }
        sector.setModel(sm);
        sector.setRenderer(labelRenderer(v -> v == null ? Texts.get("enterprise.choose") : ((Sector) v).label()));
        row(Texts.get("enterprise.sector.label"), sector, SECTOR, (c, m) -> binder.combo(sector, SECTOR, Texts.get("enterprise.sector"),
                Enterprise::sector,
                (e, v) -> e.toBuilder().sector(v).build(), m));
        JTextField industryCode = new JTextField();
        industryCode.putClientProperty("JTextField.placeholderText", Texts.get("enterprise.industryCode.placeholder"));
        JLabel icMsg = message();
        binder.text(industryCode, INDUSTRY_CODE, Texts.get("enterprise.industryCode"), Enterprise::industryCode,
                (e, v) -> e.toBuilder().industryCode(v.trim().toUpperCase(java.util.Locale.ROOT)).build(), icMsg);
        add(new JLabel(Texts.get("enterprise.industryCode")));
        add(industryCode, "split 2, growx 40");
        industryHint.setName("enterprise.industryHint");
        industryHint.setForeground(Theme.color(Theme.MUTED));
        add(industryHint, "growx 60");
        add(icMsg, "skip 1");
        textRow(Texts.get("enterprise.industryName"), "enterprise.industryName", Texts.get("enterprise.industryName"), Enterprise::industryName,
                (e, v) -> e.toBuilder().industryName(v).build());

        JTextField energy = new JTextField();
        JLabel eMsg = message();
        eMsg.setName(ENERGY_2025 + ".message");
        binder.number(energy, ENERGY_2025, Texts.get("enterprise.energy2025"), Enterprise::energyConsumption2025,
                (e, v) -> e.toBuilder().energyConsumption2025(v).build(), eMsg);
        add(new JLabel(Texts.get("enterprise.energy2025.label")));
        add(energy, "split 2, width 160lp!");
        add(new JLabel(Texts.get("enterprise.energy2025.unit")));
        add(eMsg, "skip 1");

        JTextField fp = new JTextField();
        JLabel fpMsg = message();
        binder.text(fp, FOOTPRINT_PRODUCTS, Texts.get("enterprise.footprintProducts"), Enterprise::carbonFootprintProducts,
                (e, v) -> e.toBuilder().carbonFootprintProducts(v).build(), fpMsg);
        JLabel fpLabel = new JLabel(Texts.get("enterprise.footprintProducts.label"));
        add(fpLabel);
        add(fp);
        add(fpMsg, "skip 1");
        footprintRow.add(fpLabel);
        footprintRow.add(fp);
        footprintRow.add(fpMsg);

        textRow(Texts.get("enterprise.agency.label"), AGENCY, Texts.get("enterprise.agency"), Enterprise::agencyName,
                (e, v) -> e.toBuilder().agencyName(v).build());
        JTextArea standards = area(2);
        JLabel stMsg = message();
        binder.text(standards, STANDARDS, Texts.get("enterprise.standards"), Enterprise::referenceStandards,
                (e, v) -> e.toBuilder().referenceStandards(v).build(), stMsg);
        add(new JLabel(Texts.get("enterprise.standards")));
        add(new JScrollPane(standards));
        add(stMsg, "skip 1");
    }

    private void buildRegion() {
        for (JComboBox<Division> c : List.of(province, city, district)) {
            c.setRenderer(labelRenderer(v -> v == null ? Texts.get("enterprise.choose") : ((Division) v).name()));
        }
        province.setName(PROVINCE);
        city.setName(CITY);
        district.setName(DISTRICT);
        DefaultComboBoxModel<Division> pm = new DefaultComboBoxModel<>();
        pm.addElement(null);
        divisions.provinces().forEach(pm::addElement);
        province.setModel(pm);
        province.setMaximumRowCount(20);
        city.setMaximumRowCount(20);
        district.setMaximumRowCount(20);
        JLabel msg = message();
        add(new JLabel(Texts.get("enterprise.region.label")));
        // three equal boxes that share the row's width; they shrink with the page instead of overflowing it
        add(province, "split 3, growx, w 80lp:160lp");
        add(city, "growx, w 80lp:160lp");
        add(district, "growx, w 80lp:160lp");
        add(msg, "skip 1");
        province.addActionListener(e -> {
            Division p = (Division) province.getSelectedItem();
            binder.edit(Texts.get("enterprise.edit.province"), null, en -> {
                Region r = p == null ? null : p.region();
                if (java.util.Objects.equals(r, en.province())) {
                    return en;
                }
                return en.toBuilder().province(r).city(null).district(null).build();
            });
        });
        city.addActionListener(e -> {
            Division c = (Division) city.getSelectedItem();
            binder.edit(Texts.get("enterprise.edit.city"), null, en -> {
                Region r = c == null ? null : c.region();
                if (java.util.Objects.equals(r, en.city())) {
                    return en;
                }
                return en.toBuilder().city(r).district(null).build();
            });
        });
        district.addActionListener(e -> {
            Division d = (Division) district.getSelectedItem();
            binder.edit(Texts.get("enterprise.edit.district"), null, en -> en.toBuilder().district(d == null ? null : d.region()).build());
        });
        binder.addRefresher(() -> {
            Enterprise en = session.enterprise();
            selectDivision(province, en.province());
            fill(city, en.province() == null ? List.of() : divisions.cities(en.province().code()));
            selectDivision(city, en.city());
            fill(district, en.city() == null ? List.of() : divisions.districts(en.city().code()));
            selectDivision(district, en.district());
        });
        binder.addMessageRefresher(() -> {
            List<ValidationIssue> issues = new ArrayList<>(session.issuesFor(PROVINCE));
            issues.addAll(session.issuesFor(CITY));
            issues.addAll(session.issuesFor(DISTRICT));
            Binder.showIssues(province, msg, issues, null);
        });
    }

    private static void fill(JComboBox<Division> c, List<Division> items) {
        DefaultComboBoxModel<Division> m = (DefaultComboBoxModel<Division>) c.getModel();
        boolean same = m.getSize() == items.size() + 1;
        for (int i = 0; same && i < items.size(); i++) {
            same = m.getElementAt(i + 1) == items.get(i);
        }
        if (!same) {
            DefaultComboBoxModel<Division> nm = new DefaultComboBoxModel<>();
            nm.addElement(null);
            items.forEach(nm::addElement);
            c.setModel(nm);
        }
        c.setEnabled(!items.isEmpty());
    }

    private static void selectDivision(JComboBox<Division> c, Region r) {
        DefaultComboBoxModel<Division> m = (DefaultComboBoxModel<Division>) c.getModel();
        Division want = null;
        for (int i = 1; r != null && i < m.getSize(); i++) {
            if (m.getElementAt(i).code().equals(r.code())) {
                want = m.getElementAt(i);
                break;
            }
        }
        if (c.getSelectedItem() != want) {
            c.setSelectedItem(want);
        }
    }

    private void buildHonours() {
        ScrollablePanel.section(this, Texts.get("enterprise.section.honours"));
        JPanel grid = new JPanel(new MigLayout("insets 0, wrap 4", "[][]unrel[][]"));
        for (HonourTitle t : HonourTitle.values()) {
            JCheckBox cb = new JCheckBox(t.label());
            cb.setName("enterprise.honour." + t.name());
            JComboBox<HonourLevel> level = new JComboBox<>(HonourLevel.values());
            level.setName("enterprise.honourLevel." + t.name());
            level.setRenderer(labelRenderer(v -> ((HonourLevel) v).label()));
            honourChecks.put(t, cb);
            honourLevels.put(t, level);
            cb.addActionListener(e -> commitHonours(t.label()));
            level.addActionListener(e -> commitHonours(t.label()));
            grid.add(cb);
            grid.add(level);
        }
        add(new JLabel(Texts.get("enterprise.honours.label")), "top");
        add(grid);
        binder.addRefresher(() -> {
            Map<HonourTitle, HonourLevel> held = session.enterprise().honours().stream()
                    .collect(Collectors.toMap(Honour::title, Honour::level, (a, b) -> a));
            for (HonourTitle t : HonourTitle.values()) {
                boolean on = held.containsKey(t);
                honourChecks.get(t).setSelected(on);
                honourLevels.get(t).setEnabled(on);
                if (on && honourLevels.get(t).getSelectedItem() != held.get(t)) {
                    honourLevels.get(t).setSelectedItem(held.get(t));
                }
            }
        });
        textRow(Texts.get("enterprise.otherHonours"), "enterprise.otherHonours", Texts.get("enterprise.otherHonours"), Enterprise::otherHonours,
                (e, v) -> e.toBuilder().otherHonours(v).build());
    }

    private void commitHonours(String label) {
        List<Honour> list = new ArrayList<>();
        for (HonourTitle t : HonourTitle.values()) {
            honourLevels.get(t).setEnabled(honourChecks.get(t).isSelected());
            if (honourChecks.get(t).isSelected()) {
                list.add(new Honour(t, (HonourLevel) honourLevels.get(t).getSelectedItem()));
            }
        }
        binder.edit(Texts.format("enterprise.edit.honour", label), null, e -> e.toBuilder().honours(list).build());
    }

    private void buildProducts() {
        ScrollablePanel.section(this, Texts.get("enterprise.section.products"));
        products = new RowTableSection<>(binder, PRODUCTS, Texts.get("enterprise.products.noun"), Texts.get("enterprise.products.edit"), List.of(
                new RowTableModel.Column<>(Texts.get("enterprise.products.col.name"), String.class, Product::name,
                        (p, v) -> new Product((String) v, p.annualOutput(), p.unit(), p.capacity())),
                new RowTableModel.Column<>(Texts.get("enterprise.products.col.output"), BigDecimal.class, Product::annualOutput,
                        (p, v) -> new Product(p.name(), (BigDecimal) v, p.unit(), p.capacity())),
                new RowTableModel.Column<>(Texts.get("enterprise.products.col.unit"), String.class, Product::unit,
                        (p, v) -> new Product(p.name(), p.annualOutput(), (String) v, p.capacity())),
                new RowTableModel.Column<>(Texts.get("enterprise.products.col.capacity"), BigDecimal.class, Product::capacity,
                        (p, v) -> new Product(p.name(), p.annualOutput(), p.unit(), (BigDecimal) v))),
                p -> p.enterprise().products(),
                (p, list) -> p.withEnterprise(p.enterprise().toBuilder().products(list).build(), p.updatedAt()),
                Product::empty, 5);
        JComboBox<String> units = new JComboBox<>(new String[] {"t", "万t", "kt", "件", "台", "套", "m²", "万m²", "m³", "重量箱", "kWh", "万kWh"});
        units.setEditable(true);
        products.table().getColumnModel().getColumn(2).setCellEditor(new javax.swing.DefaultCellEditor(units));
        add(new JLabel(Texts.get("enterprise.products.label")), "top");
        add(products.panel());
    }

    private void buildProfile() {
        ScrollablePanel.section(this, Texts.get("enterprise.section.profile"));
        areaRow(Texts.get("enterprise.introduction.label"), INTRODUCTION, Texts.get("enterprise.introduction"), 4,
                e -> e.profile().introduction(),
                (e, v) -> e.toBuilder().profile(e.profile().withIntroduction(v)).build());
        areaRow(Texts.get("enterprise.organization"), ORGANIZATION, Texts.get("enterprise.organization"), 3, e -> e.profile().organization(),
                (e, v) -> e.toBuilder().profile(e.profile().withOrganization(v)).build());
        areaRow(Texts.get("enterprise.scale"), SCALE, Texts.get("enterprise.scale"), 3, e -> e.profile().productionScale(),
                (e, v) -> e.toBuilder().profile(e.profile().withProductionScale(v)).build());
        areaRow(Texts.get("enterprise.position"), POSITION, Texts.get("enterprise.position"), 3, e -> e.profile().industryPosition(),
                (e, v) -> e.toBuilder().profile(e.profile().withIndustryPosition(v)).build());
    }

    private void buildContacts() {
        ScrollablePanel.section(this, Texts.get("enterprise.section.contacts"));
        contacts = new RowTableSection<>(binder, CONTACTS, Texts.get("enterprise.contacts.noun"), Texts.get("enterprise.contacts.edit"), List.of(
                new RowTableModel.Column<>(Texts.get("enterprise.contacts.col.name"), String.class, Contact::name,
                        (c, v) -> new Contact((String) v, c.position(), c.phone(), c.email())),
                new RowTableModel.Column<>(Texts.get("enterprise.contacts.col.position"), String.class, Contact::position,
                        (c, v) -> new Contact(c.name(), (String) v, c.phone(), c.email())),
                new RowTableModel.Column<>(Texts.get("enterprise.contacts.col.phone"), String.class, Contact::phone,
                        (c, v) -> new Contact(c.name(), c.position(), (String) v, c.email())),
                new RowTableModel.Column<>(Texts.get("enterprise.contacts.col.email"), String.class, Contact::email,
                        (c, v) -> new Contact(c.name(), c.position(), c.phone(), (String) v))),
                p -> p.enterprise().contacts(),
                (p, list) -> p.withEnterprise(p.enterprise().toBuilder().contacts(list).build(), p.updatedAt()),
                Contact::empty, 4);
        add(new JLabel(Texts.get("enterprise.contacts.label")), "top");
        add(contacts.panel());
    }

    // ---- building blocks ------------------------------------------------------------------------


    /** A one-line message under a field; always laid out (blank when empty) so nothing moves. */
    private static JLabel message() {
        JLabel l = new WrapLabel();
        l.setFont(l.getFont().deriveFont(l.getFont().getSize2D() - 1f));
        return l;
    }

    private interface RowBinding {
        void bind(Component c, JLabel message);
    }

    private void row(String label, Component c, String field, RowBinding binding) {
        JLabel m = message();
        m.setName(field + ".message");
        binding.bind(c, m);
        add(new JLabel(label));
        add(c);
        add(m, "skip 1");
    }

    private JTextField textRow(String label, String field, String undoLabel,
                               java.util.function.Function<Enterprise, String> get,
                               java.util.function.BiFunction<Enterprise, String, Enterprise> set) {
        JTextField f = new JTextField();
        row(label, f, field, (c, m) -> binder.text(f, field, undoLabel, get, set, m));
        return f;
    }

    private void areaRow(String label, String field, String undoLabel, int rows,
                         java.util.function.Function<Enterprise, String> get,
                         java.util.function.BiFunction<Enterprise, String, Enterprise> set) {
        JTextArea a = area(rows);
        JLabel m = message();
        m.setName(field + ".message");
        binder.text(a, field, undoLabel, get, set, m);
        add(new JLabel(label), "top");
        add(new JScrollPane(a));
        add(m, "skip 1");
    }

    private static JTextArea area(int rows) {
        JTextArea a = new JTextArea(rows, 40);
        a.setLineWrap(true);
        a.setWrapStyleWord(false);
        return a;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static DefaultListCellRenderer labelRenderer(java.util.function.Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                super.getListCellRendererComponent(list, value, index, sel, focus);
                setText(value == null && index < 0 ? text.apply(null) : value == null ? text.apply(null) : text.apply(value));
                return this;
            }
        };
    }

    // ---- refresh --------------------------------------------------------------------------------

    /** Commits typing still waiting for its pause, and any table cell being edited. */
    @Override
    public void flushEdits() {
        products.stopEditing();
        contacts.stopEditing();
        binder.flushPending();
    }

    /** Scrolls to the field a plan-check target names ({@code creditCode}, {@code profile.introduction} …) and focuses it. */
    @Override
    public void reveal(String field) {
        if (find(this, "enterprise." + field) instanceof javax.swing.JComponent j) {
            j.scrollRectToVisible(new java.awt.Rectangle(0, 0, j.getWidth(), j.getHeight()));
            if (!j.requestFocusInWindow()) {
                j.requestFocus(); // the window itself is not focused yet (the check dialog has just closed)
            }
        }
    }

    private static Component find(Component root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        if (root instanceof java.awt.Container k) {
            for (Component child : k.getComponents()) {
                Component f = find(child, name);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private void refresh() {
        binder.refresh();
        Enterprise e = session.enterprise();
        boolean fp = e.kind() == DiagnosisKind.PRODUCT_EQUIPMENT;
        footprintRow.forEach(c -> c.setVisible(fp));
        String ic = e.industryCode();
        industryHint.setText(ic.isBlank() ? "" : industries.division(ic)
                .map(d -> industries.sectionOf(ic).map(s -> s.code()).orElse("") + d.code() + " " + d.name())
                .orElse(""));
        long errors = session.issues().stream().filter(ValidationIssue::isError).count();
        summary.setToolTipText(session.issues().isEmpty() ? null : "<html>" + session.issues().stream()
                .map(i -> escape(i.display())).collect(Collectors.joining("<br>")) + "</html>");
        long warnings = session.issues().size() - errors;
        if (errors == 0) {
            summary.setText(warnings > 0 ? Texts.format("enterprise.summary.doneWithWarnings", warnings)
                    : Texts.get("enterprise.summary.done"));
            summary.setForeground(Theme.color(Theme.OK));
        } else {
            summary.setText(warnings > 0 ? Texts.format("enterprise.summary.errorsWithWarnings", errors, warnings)
                    : Texts.format("enterprise.summary.errors", errors));
            summary.setForeground(Theme.color(Theme.ERROR));
        }
        revalidate();
    }

}
