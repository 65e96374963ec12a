package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.text.Texts;
import org.energydiag.core.management.Answer;
import org.energydiag.core.management.ManagementAnswers;
import org.energydiag.core.management.ManagementAssessment;
import org.energydiag.core.management.ManagementChecklist;
import org.energydiag.core.management.ManagementItem;
import org.energydiag.core.management.MeteringCount;
import org.energydiag.core.management.MeteringLevel;
import org.energydiag.core.management.MeteringResult;

/**
 * Step 能源管理情况 (template 一（四）): the scored checklist, metering 配备率 against GB 17167 by
 * level, and the paragraph for the plan (generated from the answers until the engineer edits it).
 */
final class ManagementStepPanel extends JPanel implements StepView {
    private static final long serialVersionUID = 1L;

    private final transient ProjectSession session;
    private final transient Binder binder;
    private final ChecklistModel checklist = new ChecklistModel();
    private final SheetTable checklistTable = new SheetTable(checklist);
    private final JLabel score = new JLabel();
    private final JTextArea metering = ScrollablePanel.wrappingText();
    private final RowTableSection<MeteringCount> counts;

    ManagementStepPanel(ProjectSession session) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.MANAGEMENT");
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 1, gapy 2", "[grow,fill]"));
        PlanEdits.header(p, Texts.get("management.title"), Texts.get("management.intro"));

        ScrollablePanel.section(p, Texts.get("management.section.checklist"));
        checklistTable.setName("management.checklist");
        checklistTable.setRowHeight(checklistTable.getRowHeight() + 4);
        // the answers as the checklist shows them (Answer.label), matched back to the answer when set
        JComboBox<String> answers = new JComboBox<>(java.util.stream.Stream.concat(java.util.stream.Stream.of(""),
                java.util.Arrays.stream(Answer.values()).map(Answer::label)).toArray(String[]::new));
        checklistTable.getColumnModel().getColumn(4).setCellEditor(new DefaultCellEditor(answers));
        int[] widths = {60, 130, 520, 50, 70, 260};
        for (int i = 0; i < widths.length; i++) {
            checklistTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        checklistTable.setPreferredScrollableViewportSize(new java.awt.Dimension(900, checklistTable.getRowHeight() * 14));
        p.add(new JScrollPane(checklistTable), "grow, wmin 0");
        score.setName("management.score");
        p.add(score, "wmin 0");

        ScrollablePanel.section(p, Texts.get("management.section.metering"));
        // the requirements are GB 17167-2006 表3's until the 2025 edition's table is verified (the plan cites the table plainly)
        JTextArea edition = ScrollablePanel.wrappingText();
        edition.setName("management.meteringEdition");
        edition.setText(org.energydiag.core.management.MeteringStandard.editionNote());
        p.add(edition, "growx, wmin 0");
        counts = new RowTableSection<>(binder, "management.metering", Texts.get("management.metering.noun"),
                Texts.get("management.metering.edit"),
                List.of(new RowTableModel.Column<>(Texts.get("management.metering.col.energyKind"), String.class, MeteringCount::energyKind,
                                (m, v) -> new MeteringCount(PlanEdits.text((String) v), m.level(), m.required(), m.installed())),
                        new RowTableModel.Column<>(Texts.get("management.metering.col.level"), MeteringLevel.class, MeteringCount::level,
                                (m, v) -> new MeteringCount(m.energyKind(), (MeteringLevel) v, m.required(), m.installed())),
                        new RowTableModel.Column<>(Texts.get("management.metering.col.required"), Integer.class, MeteringCount::required,
                                (m, v) -> new MeteringCount(m.energyKind(), m.level(), v == null ? 0 : Math.max(0, (Integer) v), m.installed())),
                        new RowTableModel.Column<>(Texts.get("management.metering.col.installed"), Integer.class, MeteringCount::installed,
                                (m, v) -> new MeteringCount(m.energyKind(), m.level(), m.required(), v == null ? 0 : Math.max(0, (Integer) v)))),
                pr -> pr.plan().management().metering(),
                (pr, list) -> pr.withPlan(pr.plan().withManagement(pr.plan().management().withMetering(list)), pr.updatedAt()),
                () -> new MeteringCount("电力", MeteringLevel.EQUIPMENT, 0, 0), 6);
        Choices.suggest(counts.table(), 0, ManagementChecklist.meteringEnergyKinds().toArray(String[]::new));
        JComboBox<MeteringLevel> levels = new JComboBox<>(MeteringLevel.values());
        levels.setRenderer(new javax.swing.DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> l, Object v, int i, boolean s, boolean f) {
                return super.getListCellRendererComponent(l, v instanceof MeteringLevel m ? m.label() : v, i, s, f);
            }
        });
        counts.table().getColumnModel().getColumn(1).setCellEditor(new DefaultCellEditor(levels));
        counts.table().setDefaultRenderer(MeteringLevel.class, new javax.swing.table.DefaultTableCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void setValue(Object v) {
                super.setValue(v instanceof MeteringLevel m ? m.label() : v);
            }
        });
        p.add(counts.panel(), "grow, wmin 0");
        metering.setName("management.meteringResult");
        p.add(metering, "growx, wmin 0");

        ScrollablePanel.section(p, Texts.get("management.section.paragraph"));
        JTextArea text = new JTextArea(8, 60);
        text.setLineWrap(true);
        binder.projectText(text, "management.paragraph", Texts.get("management.paragraph"),
                pr -> pr.plan().management().paragraph().isBlank()
                        ? ManagementAssessment.of(pr.plan().management()).generatedParagraph()
                        : pr.plan().management().paragraph(),
                (pr, v) -> {
                    String generated = ManagementAssessment.of(pr.plan().management()).generatedParagraph();
                    String keep = v.equals(generated) ? "" : v;
                    return pr.withPlan(pr.plan().withManagement(pr.plan().management().withParagraph(keep)), pr.updatedAt());
                }, null);
        p.add(new JScrollPane(text), "grow, h 160!");
        JButton regenerate = new JButton(Texts.get("management.regenerate"));
        regenerate.setName("management.regenerate");
        regenerate.setToolTipText(Texts.get("management.regenerate.tooltip"));
        regenerate.addActionListener(e -> binder.editProject(Texts.get("management.edit.regenerate"), null, PlanEdits.plan(
                pl -> pl.withManagement(pl.management().withParagraph("")))));
        p.add(PlanEdits.buttons(regenerate), "growx");

        JScrollPane scroll = new JScrollPane(p);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        binder.addRefresher(this::refreshDerived);
        session.addListener(pr -> binder.refresh());
        binder.refresh();
    }

    private void refreshDerived() {
        if (!checklistTable.isEditing()) {
            checklist.fireTableRowsUpdated(0, checklist.getRowCount() - 1);
        }
        ManagementAssessment a = ManagementAssessment.of(session.project().plan().management());
        score.setText(a.maxScore() <= 0 ? Texts.get("management.score.none")
                : Texts.format("management.score", Choices.num(a.score(), 1), Choices.num(a.maxScore(), 1), Choices.num(a.percent(), 1),
                        a.level(), a.unanswered().size(), a.gaps().size()));
        StringBuilder sb = new StringBuilder();
        for (MeteringResult r : a.metering()) {
            MeteringCount c = r.count();
            // a line with nothing counted reads 未填 / 无要求, never 达标 (MeteringResult.status)
            switch (r.status()) {
                case NOT_FILLED -> sb.append(Texts.format("management.metering.notFilled", c.energyKind(), c.level().label(),
                        r.status().label()));
                case NOTHING_REQUIRED -> sb.append(Texts.format("management.metering.nothingRequired", c.energyKind(),
                        c.level().label(), r.status().label(), c.installed()));
                case NO_MINIMUM -> sb.append(Texts.format("management.metering.rate", c.energyKind(), c.level().label(),
                        Choices.num(r.ratePercent(), 1))).append(Texts.get("management.metering.noRequirement"));
                case MEETS, FAILS -> sb.append(Texts.format("management.metering.rate", c.energyKind(), c.level().label(),
                        Choices.num(r.ratePercent(), 1))).append(Texts.format(r.status() == MeteringResult.Status.MEETS
                        ? "management.metering.meets" : "management.metering.fails", Choices.num(r.requiredPercent(), 0)));
            }
            sb.append('\n');
        }
        metering.setText(sb.length() == 0 ? Texts.get("management.metering.none") : sb.toString().trim());
    }

    @Override
    public void flushEdits() {
        if (checklistTable.isEditing()) {
            checklistTable.getCellEditor().stopCellEditing();
        }
        counts.stopEditing();
        binder.flushPending();
    }

    /** The checklist: one row per item; 回答 and 说明 are editable. */
    private final class ChecklistModel extends AbstractTableModel implements SheetTable.BlockModel {
        private static final long serialVersionUID = 1L;
        private final List<ManagementItem> items = ManagementChecklist.items();
        private final String[] columns = {Texts.get("management.col.id"), Texts.get("management.col.area"),
            Texts.get("management.col.question"), Texts.get("management.col.score"), Texts.get("management.col.answer"),
            Texts.get("management.col.note")};

        @Override
        public int getRowCount() {
            return items.size();
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
        public boolean isCellEditable(int r, int c) {
            return c >= 4;
        }

        @Override
        public Object getValueAt(int r, int c) {
            ManagementItem it = items.get(r);
            ManagementAnswers a = session.project().plan().management();
            return switch (c) {
                case 0 -> it.id();
                case 1 -> it.area().label();
                case 2 -> it.question();
                case 3 -> it.maxScore();
                case 4 -> a.answer(it.id()) == null ? "" : a.answer(it.id()).label();
                default -> a.note(it.id());
            };
        }

        @Override
        public void setValueAt(Object v, int r, int c) {
            ManagementItem it = items.get(r);
            String s = v == null ? "" : v.toString().trim();
            if (c == 4) {
                Answer ans = null;
                for (Answer x : Answer.values()) {
                    if (x.label().equals(s)) {
                        ans = x;
                    }
                }
                Answer chosen = ans;
                if (chosen == session.project().plan().management().answer(it.id())) {
                    return;
                }
                binder.editProject(Texts.format("management.edit.answer", it.id()), null, PlanEdits.plan(pl -> pl.withManagement(pl.management()
                        .withAnswer(it.id(), chosen))));
            } else if (c == 5 && !s.equals(session.project().plan().management().note(it.id()))) {
                binder.editProject(Texts.format("management.edit.note", it.id()), null, PlanEdits.plan(pl -> pl.withManagement(pl.management()
                        .withNote(it.id(), s))));
            }
        }

        @Override
        public boolean canAddRows() {
            return false; // the checklist's items are the template's
        }

        /** A pasted or cleared block of answers and notes as one edit. */
        @Override
        public List<SheetTable.Cell> setCells(List<SheetTable.Cell> cells) {
            List<SheetTable.Cell> bad = new ArrayList<>();
            List<SheetTable.Cell> good = new ArrayList<>();
            for (SheetTable.Cell c : cells) {
                String s = c.value() == null ? "" : c.value().toString().trim();
                boolean known = s.isEmpty() || java.util.Arrays.stream(Answer.values()).anyMatch(x -> x.label().equals(s));
                if (c.row() >= items.size() || c.col() < 4 || c.col() == 4 && !known) {
                    bad.add(c);
                } else {
                    good.add(c);
                }
            }
            if (!good.isEmpty()) {
                binder.editProject(Texts.format("sheet.edit.block", good.size()), null, PlanEdits.plan(pl -> {
                    ManagementAnswers a = pl.management();
                    for (SheetTable.Cell c : good) {
                        String id = items.get(c.row()).id();
                        String s = c.value() == null ? "" : c.value().toString().trim();
                        a = c.col() == 4 ? a.withAnswer(id, java.util.Arrays.stream(Answer.values()).filter(x -> x.label().equals(s))
                                .findFirst().orElse(null)) : a.withNote(id, s);
                    }
                    return pl.withManagement(a);
                }));
            }
            return bad;
        }
    }
}
