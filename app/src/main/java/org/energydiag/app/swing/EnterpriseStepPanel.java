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
    private final JLabel industryHint = new JLabel();
    private final List<Component> footprintRow = new ArrayList<>();
    private final Map<HonourTitle, JCheckBox> honourChecks = new EnumMap<>(HonourTitle.class);
    private final Map<HonourTitle, JComboBox<HonourLevel>> honourLevels = new EnumMap<>(HonourTitle.class);
    private RowTableSection<Product> products;
    private RowTableSection<Contact> contacts;

    EnterpriseStepPanel(ProjectSession session, Divisions divisions, IndustryClassification industries) {
        super(new MigLayout("insets dialog, wrap 2, hidemode 3, gapy 2", "[right]rel[grow,fill,400lp::760lp]", ""));
        this.session = session;
        this.binder = new Binder(session);
        this.divisions = divisions;
        this.industries = industries;
        setName("step.ENTERPRISE");

        JLabel title = new JLabel("企业基本情况");
        title.putClientProperty("FlatLaf.styleClass", "h2");
        add(title, "span 2, split 2, left");
        summary.setName("enterprise.summary");
        add(summary, "gapleft unrel, wrap");
        JLabel intro = new JLabel("对应方案“一、（一）基本情况”和工作计划表（附件1）。带 * 的为必填项；修改会自动保存。");
        intro.setForeground(Theme.color(Theme.MUTED));
        add(intro, "span 2, left, wrap para");

        buildBasics();
        buildHonours();
        buildProducts();
        buildProfile();
        buildContacts();
        ScrollablePanel.section(this, "备注");
        JTextArea remarks = area(2);
        JLabel remarksMsg = message();
        binder.text(remarks, "enterprise.remarks", "备注", Enterprise::remarks, (e, v) -> e.toBuilder().remarks(v).build(), remarksMsg);
        add(new JLabel("备注"));
        add(new JScrollPane(remarks));
        add(remarksMsg, "skip 1");

        session.addListener(p -> refresh());
        refresh();
    }

    // ---- sections -------------------------------------------------------------------------------

    private void buildBasics() {
        ScrollablePanel.section(this, "基本信息");
        JComboBox<DiagnosisKind> kind = new JComboBox<>(DiagnosisKind.values());
        kind.setRenderer(labelRenderer(v -> ((DiagnosisKind) v).label()));
        row("诊断类型 *", kind, KIND, (c, m) -> binder.combo(kind, KIND, "诊断类型", Enterprise::kind,
                (e, v) -> e.toBuilder().kind(v).build(), m));

        textRow("企业名称 *", NAME, "企业名称", Enterprise::name, (e, v) -> e.toBuilder().name(v).build());
        JTextField code = textRow("统一社会信用代码 *", CREDIT_CODE, "统一社会信用代码", Enterprise::creditCode,
                (e, v) -> e.toBuilder().creditCode(v.trim().toUpperCase(java.util.Locale.ROOT)).build());
        code.putClientProperty("JTextField.placeholderText", "18位，如 91340202MA2T8Q6K7Q");

        buildRegion();
        textRow("详细地址", "enterprise.address", "详细地址", Enterprise::address, (e, v) -> e.toBuilder().address(v).build());

        JComboBox<Sector> sector = new JComboBox<>();
        DefaultComboBoxModel<Sector> sm = new DefaultComboBoxModel<>();
        sm.addElement(null);
        for (Sector s : Sector.values()) {
            sm.addElement(s);
        }
        sector.setModel(sm);
        sector.setRenderer(labelRenderer(v -> v == null ? "请选择…" : ((Sector) v).label()));
        row("所属行业领域 *", sector, SECTOR, (c, m) -> binder.combo(sector, SECTOR, "所属行业领域", Enterprise::sector,
                (e, v) -> e.toBuilder().sector(v).build(), m));
        JTextField industryCode = new JTextField();
        industryCode.putClientProperty("JTextField.placeholderText", "GB/T 4754-2017 代码，如 C3011");
        JLabel icMsg = message();
        binder.text(industryCode, INDUSTRY_CODE, "国民经济行业分类代码", Enterprise::industryCode,
                (e, v) -> e.toBuilder().industryCode(v.trim().toUpperCase(java.util.Locale.ROOT)).build(), icMsg);
        add(new JLabel("国民经济行业分类代码"));
        add(industryCode, "split 2, growx 40");
        industryHint.setName("enterprise.industryHint");
        industryHint.setForeground(Theme.color(Theme.MUTED));
        add(industryHint, "growx 60");
        add(icMsg, "skip 1");
        textRow("行业名称", "enterprise.industryName", "行业名称", Enterprise::industryName,
                (e, v) -> e.toBuilder().industryName(v).build());

        JTextField energy = new JTextField();
        JLabel eMsg = message();
        binder.number(energy, ENERGY_2025, "2025年能源消费量", Enterprise::energyConsumption2025,
                (e, v) -> e.toBuilder().energyConsumption2025(v).build(), eMsg);
        add(new JLabel("2025年能源消费量 *"));
        add(energy, "split 2, width 160lp!");
        add(new JLabel("万吨标准煤（10⁴ tce）"));
        add(eMsg, "skip 1");

        JTextField fp = new JTextField();
        JLabel fpMsg = message();
        binder.text(fp, FOOTPRINT_PRODUCTS, "碳足迹核算产品类型", Enterprise::carbonFootprintProducts,
                (e, v) -> e.toBuilder().carbonFootprintProducts(v).build(), fpMsg);
        JLabel fpLabel = new JLabel("拟开展产品碳足迹核算的产品类型 *");
        add(fpLabel);
        add(fp);
        add(fpMsg, "skip 1");
        footprintRow.add(fpLabel);
        footprintRow.add(fp);
        footprintRow.add(fpMsg);

        textRow("诊断服务机构名称 *", AGENCY, "诊断服务机构名称", Enterprise::agencyName,
                (e, v) -> e.toBuilder().agencyName(v).build());
        JTextArea standards = area(2);
        JLabel stMsg = message();
        binder.text(standards, STANDARDS, "对照标准", Enterprise::referenceStandards,
                (e, v) -> e.toBuilder().referenceStandards(v).build(), stMsg);
        add(new JLabel("对照标准"));
        add(new JScrollPane(standards));
        add(stMsg, "skip 1");
    }

    private void buildRegion() {
        for (JComboBox<Division> c : List.of(province, city, district)) {
            c.setRenderer(labelRenderer(v -> v == null ? "请选择…" : ((Division) v).name()));
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
        add(new JLabel("省份 / 市 / 区（县） *"));
        add(province, "split 3, sg region");
        add(city, "sg region");
        add(district, "sg region");
        add(msg, "skip 1");
        province.addActionListener(e -> {
            Division p = (Division) province.getSelectedItem();
            binder.edit("修改 省份", null, en -> {
                Region r = p == null ? null : p.region();
                if (java.util.Objects.equals(r, en.province())) {
                    return en;
                }
                return en.toBuilder().province(r).city(null).district(null).build();
            });
        });
        city.addActionListener(e -> {
            Division c = (Division) city.getSelectedItem();
            binder.edit("修改 市", null, en -> {
                Region r = c == null ? null : c.region();
                if (java.util.Objects.equals(r, en.city())) {
                    return en;
                }
                return en.toBuilder().city(r).district(null).build();
            });
        });
        district.addActionListener(e -> {
            Division d = (Division) district.getSelectedItem();
            binder.edit("修改 区（县）", null, en -> en.toBuilder().district(d == null ? null : d.region()).build());
        });
        binder.addRefresher(() -> {
            Enterprise en = session.enterprise();
            selectDivision(province, en.province());
            fill(city, en.province() == null ? List.of() : divisions.cities(en.province().code()));
            selectDivision(city, en.city());
            fill(district, en.city() == null ? List.of() : divisions.districts(en.city().code()));
            selectDivision(district, en.district());
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
        ScrollablePanel.section(this, "企业已获得称号");
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
        add(new JLabel("国家级/省级称号"), "top");
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
        textRow("其他称号", "enterprise.otherHonours", "其他称号", Enterprise::otherHonours,
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
        binder.edit("修改 称号：" + label, null, e -> e.toBuilder().honours(list).build());
    }

    private void buildProducts() {
        ScrollablePanel.section(this, "主要产品");
        products = new RowTableSection<>(binder, PRODUCTS, "产品", "修改 主要产品", List.of(
                new RowTableModel.Column<>("产品名称 *", String.class, Product::name,
                        (p, v) -> new Product((String) v, p.annualOutput(), p.unit(), p.capacity())),
                new RowTableModel.Column<>("年产量 *", BigDecimal.class, Product::annualOutput,
                        (p, v) -> new Product(p.name(), (BigDecimal) v, p.unit(), p.capacity())),
                new RowTableModel.Column<>("单位 *", String.class, Product::unit,
                        (p, v) -> new Product(p.name(), p.annualOutput(), (String) v, p.capacity())),
                new RowTableModel.Column<>("设计产能（同单位/年）", BigDecimal.class, Product::capacity,
                        (p, v) -> new Product(p.name(), p.annualOutput(), p.unit(), (BigDecimal) v))),
                p -> p.enterprise().products(),
                (p, list) -> p.withEnterprise(p.enterprise().toBuilder().products(list).build(), p.updatedAt()),
                Product::empty, 5);
        JComboBox<String> units = new JComboBox<>(new String[] {"t", "万t", "kt", "件", "台", "套", "m²", "万m²", "m³", "重量箱", "kWh", "万kWh"});
        units.setEditable(true);
        products.table().getColumnModel().getColumn(2).setCellEditor(new javax.swing.DefaultCellEditor(units));
        add(new JLabel("主要产品 *"), "top");
        add(products.panel());
    }

    private void buildProfile() {
        ScrollablePanel.section(this, "企业概况");
        areaRow("企业简介 *", INTRODUCTION, "企业简介", 4, e -> e.profile().introduction(),
                (e, v) -> e.toBuilder().profile(e.profile().withIntroduction(v)).build());
        areaRow("组织结构", ORGANIZATION, "组织结构", 3, e -> e.profile().organization(),
                (e, v) -> e.toBuilder().profile(e.profile().withOrganization(v)).build());
        areaRow("生产规模", SCALE, "生产规模", 3, e -> e.profile().productionScale(),
                (e, v) -> e.toBuilder().profile(e.profile().withProductionScale(v)).build());
        areaRow("行业地位", POSITION, "行业地位", 3, e -> e.profile().industryPosition(),
                (e, v) -> e.toBuilder().profile(e.profile().withIndustryPosition(v)).build());
    }

    private void buildContacts() {
        ScrollablePanel.section(this, "联系人");
        contacts = new RowTableSection<>(binder, CONTACTS, "联系人", "修改 联系人", List.of(
                new RowTableModel.Column<>("姓名 *", String.class, Contact::name,
                        (c, v) -> new Contact((String) v, c.position(), c.phone(), c.email())),
                new RowTableModel.Column<>("职务", String.class, Contact::position,
                        (c, v) -> new Contact(c.name(), (String) v, c.phone(), c.email())),
                new RowTableModel.Column<>("电话 *", String.class, Contact::phone,
                        (c, v) -> new Contact(c.name(), c.position(), (String) v, c.email())),
                new RowTableModel.Column<>("电子邮箱", String.class, Contact::email,
                        (c, v) -> new Contact(c.name(), c.position(), c.phone(), (String) v))),
                p -> p.enterprise().contacts(),
                (p, list) -> p.withEnterprise(p.enterprise().toBuilder().contacts(list).build(), p.updatedAt()),
                Contact::empty, 4);
        add(new JLabel("联系人 *"), "top");
        add(contacts.panel());
    }

    // ---- building blocks ------------------------------------------------------------------------


    /** A one-line message under a field; always laid out (blank when empty) so nothing moves. */
    private static JLabel message() {
        JLabel l = new JLabel(" ");
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
            summary.setText("本步骤已完成" + (warnings > 0 ? "（" + warnings + " 条提示）" : ""));
            summary.setForeground(Theme.color(Theme.OK));
        } else {
            summary.setText("还有 " + errors + " 处需要填写或更正" + (warnings > 0 ? "，" + warnings + " 条提示" : ""));
            summary.setForeground(Theme.color(Theme.ERROR));
        }
        revalidate();
    }

}
