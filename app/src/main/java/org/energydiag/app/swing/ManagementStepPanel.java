package org.energydiag.app.swing;

import java.awt.BorderLayout;
import java.util.List;
import javax.swing.DefaultCellEditor;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.AbstractTableModel;
import net.miginfocom.swing.MigLayout;
import org.energydiag.app.controller.ProjectSession;
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
    private final JTable checklistTable = new JTable(checklist);
    private final JLabel score = new JLabel();
    private final JTextArea metering = ScrollablePanel.wrappingText();
    private final RowTableSection<MeteringCount> counts;

    ManagementStepPanel(ProjectSession session) {
        super(new BorderLayout());
        this.session = session;
        this.binder = new Binder(session);
        setName("step.MANAGEMENT");
        JPanel p = new ScrollablePanel(new MigLayout("insets dialog, wrap 1, gapy 2", "[grow,fill]"));
        PlanEdits.header(p, "能源管理情况", "对应方案“一、（四）”。逐项回答检查表（是 / 部分 / 否 / 不适用），据此评分并生成文字；计量器具配备率按 GB 17167-2006 核对。");

        ScrollablePanel.section(p, "能源管理检查表");
        checklistTable.setName("management.checklist");
        checklistTable.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        checklistTable.setRowHeight(checklistTable.getRowHeight() + 4);
        JComboBox<String> answers = new JComboBox<>(new String[] {"", "是", "部分", "否", "不适用"});
        checklistTable.getColumnModel().getColumn(4).setCellEditor(new DefaultCellEditor(answers));
        int[] widths = {60, 130, 520, 50, 70, 260};
        for (int i = 0; i < widths.length; i++) {
            checklistTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        checklistTable.setPreferredScrollableViewportSize(new java.awt.Dimension(900, checklistTable.getRowHeight() * 14));
        p.add(new JScrollPane(checklistTable), "grow, wmin 0");
        score.setName("management.score");
        p.add(score, "wmin 0");

        ScrollablePanel.section(p, "能源计量器具配备（配备率要求按 GB 17167-2006 表3；GB 17167-2025 已实施，数值待核对）");
        counts = new RowTableSection<>(binder, "management.metering", "计量项", "修改 计量器具配备",
                List.of(new RowTableModel.Column<>("能源种类", String.class, MeteringCount::energyKind,
                                (m, v) -> new MeteringCount(PlanEdits.text((String) v), m.level(), m.required(), m.installed())),
                        new RowTableModel.Column<>("计量级别", MeteringLevel.class, MeteringCount::level,
                                (m, v) -> new MeteringCount(m.energyKind(), (MeteringLevel) v, m.required(), m.installed())),
                        new RowTableModel.Column<>("应配数量", Integer.class, MeteringCount::required,
                                (m, v) -> new MeteringCount(m.energyKind(), m.level(), v == null ? 0 : Math.max(0, (Integer) v), m.installed())),
                        new RowTableModel.Column<>("已配数量", Integer.class, MeteringCount::installed,
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

        ScrollablePanel.section(p, "能源管理情况（方案正文，可修改）");
        JTextArea text = new JTextArea(8, 60);
        text.setLineWrap(true);
        binder.projectText(text, "management.paragraph", "能源管理情况文字",
                pr -> pr.plan().management().paragraph().isBlank()
                        ? ManagementAssessment.of(pr.plan().management()).generatedParagraph()
                        : pr.plan().management().paragraph(),
                (pr, v) -> {
                    String generated = ManagementAssessment.of(pr.plan().management()).generatedParagraph();
                    String keep = v.equals(generated) ? "" : v;
                    return pr.withPlan(pr.plan().withManagement(pr.plan().management().withParagraph(keep)), pr.updatedAt());
                }, null);
        p.add(new JScrollPane(text), "grow, h 160!");
        JButton regenerate = new JButton("按检查结果重新生成");
        regenerate.setName("management.regenerate");
        regenerate.setToolTipText("丢弃对文字的修改，按当前回答重新生成");
        regenerate.addActionListener(e -> binder.editProject("重新生成 能源管理情况文字", null, PlanEdits.plan(
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
        score.setText(a.maxScore() <= 0 ? "尚未回答，无法评分。"
                : "得分 " + Choices.num(a.score(), 1) + " / " + Choices.num(a.maxScore(), 1) + "（" + Choices.num(a.percent(), 1)
                        + "%），评价：" + a.level() + "；未回答 " + a.unanswered().size() + " 项，不足 " + a.gaps().size() + " 项");
        StringBuilder sb = new StringBuilder();
        for (MeteringResult r : a.metering()) {
            sb.append(r.count().energyKind()).append(" · ").append(r.count().level().label()).append("：配备率 ")
                    .append(Choices.num(r.ratePercent(), 1)).append("%");
            if (r.requiredPercent() != null) {
                sb.append("，要求 ").append(Choices.num(r.requiredPercent(), 0)).append("%，").append(r.meets() ? "达标" : "不达标");
            } else {
                sb.append("，标准未规定该级别要求");
            }
            sb.append('\n');
        }
        metering.setText(sb.length() == 0 ? "尚未填写计量器具配备情况。" : sb.toString().trim());
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
    private final class ChecklistModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private final List<ManagementItem> items = ManagementChecklist.items();
        private final String[] columns = {"编号", "方面", "检查内容", "分值", "回答", "说明（证据、文件名称等）"};

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
                binder.editProject("回答 " + it.id(), null, PlanEdits.plan(pl -> pl.withManagement(pl.management()
                        .withAnswer(it.id(), chosen))));
            } else if (c == 5 && !s.equals(session.project().plan().management().note(it.id()))) {
                binder.editProject("修改 " + it.id() + " 说明", null, PlanEdits.plan(pl -> pl.withManagement(pl.management()
                        .withNote(it.id(), s))));
            }
        }
    }
}
