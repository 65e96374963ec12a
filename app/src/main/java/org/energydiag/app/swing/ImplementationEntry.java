package org.energydiag.app.swing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.energydiag.app.text.Texts;
import org.energydiag.core.followup.Implementation;
import org.energydiag.core.followup.ImplementationStatus;
import org.energydiag.core.verification.FollowUpEvaluation;

/**
 * 编辑实施记录: the implementation record of one accepted task or key project — status (with the reason
 * for 已放弃 or a delay), start and finish, the planned completion (pre-filled: the record's agreed date, else
 * the end of a key project's 实施时间 in the plan), actual investment, what was done, who confirmed it.
 * A planned completion left at the plan's date stays the plan's (it follows a later change of the plan).
 */
final class ImplementationEntry extends JDialog {

    private static final long serialVersionUID = 1L;

    final JComboBox<String> status = new JComboBox<>(Arrays.stream(ImplementationStatus.values())
            .map(ImplementationStatus::label).toArray(String[]::new));
    final JTextField reason = new JTextField(30);
    final JTextField start = new JTextField(10);
    final JTextField finish = new JTextField(10);
    final JTextField plannedFinish = new JTextField(10);
    final JTextField investment = new JTextField(10);
    final JTextArea work = new JTextArea(3, 30);
    final JTextField confirmedBy = new JTextField(20);
    final JTextField confirmedDate = new JTextField(10);
    final JLabel error = new JLabel(" ");
    private final transient FollowUpEvaluation.Row row;
    transient Implementation result;

    ImplementationEntry(java.awt.Window owner, FollowUpEvaluation.Row row) {
        super(owner, Texts.format("followup.record.title", row.name()), ModalityType.APPLICATION_MODAL);
        this.row = row;
        setName("followUp.recordEntry");
        status.setName("followUp.record.status");
        reason.setName("followUp.record.reason");
        start.setName("followUp.record.start");
        finish.setName("followUp.record.finish");
        plannedFinish.setName("followUp.record.plannedFinish");
        investment.setName("followUp.record.investment");
        work.setName("followUp.record.work");
        confirmedBy.setName("followUp.record.confirmedBy");
        confirmedDate.setName("followUp.record.confirmedDate");
        error.setName("followUp.record.error");
        Implementation r = row.record();
        status.setSelectedIndex(r.status().ordinal());
        reason.setText(r.reason());
        start.setText(str(r.startDate()));
        finish.setText(str(r.finishDate()));
        plannedFinish.setText(str(row.plannedFinish()));
        investment.setText(r.actualInvestmentWanYuan() == null ? ""
                : BigDecimal.valueOf(r.actualInvestmentWanYuan()).stripTrailingZeros().toPlainString());
        work.setText(r.work());
        work.setLineWrap(true);
        confirmedBy.setText(r.confirmedBy());
        confirmedDate.setText(str(r.confirmedDate()));
        JPanel planned = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 4, 0));
        planned.add(plannedFinish);
        JLabel hint = new JLabel(row.plannedTime().isBlank() ? Texts.get("followup.record.plannedHintTask")
                : Texts.format("followup.record.plannedHintPlan", row.plannedTime()));
        hint.setName("followUp.record.plannedHint");
        planned.add(hint);
        JPanel confirmed = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 4, 0));
        confirmed.add(confirmedBy);
        confirmed.add(new JLabel(Texts.get("followup.record.confirmedOn")));
        confirmed.add(confirmedDate);
        String[] labels = {"followup.record.status", "followup.record.reason", "followup.record.start", "followup.record.finish",
                "followup.record.plannedFinish", "followup.record.investment", "followup.record.work", "followup.record.confirmedBy"};
        java.awt.Component[] fields = {status, reason, start, finish, planned, investment, new JScrollPane(work), confirmed};
        setContentPane(FollowUpDialog.form(this, labels, fields, error, "followUp.record.save", this::accept));
        pack();
        setLocationRelativeTo(owner);
    }

    /** A date as the follow-up forms show it (ISO, empty for none). */
    static String str(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** The date typed in a follow-up form's field (ISO), null when empty; a wrong one is refused in Chinese. */
    static LocalDate date(JTextField f) {
        String t = f.getText().trim();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(Texts.format("followup.entry.badDate", t));
        }
    }

    private void accept() {
        try {
            ImplementationStatus st = ImplementationStatus.values()[status.getSelectedIndex()];
            LocalDate s = date(start);
            LocalDate f = date(finish);
            LocalDate planned = date(plannedFinish);
            LocalDate on = date(confirmedDate);
            Double money = null;
            String m = investment.getText().trim();
            if (!m.isEmpty()) {
                try {
                    money = new BigDecimal(m).doubleValue();
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(Texts.format("followup.record.badNumber", m));
                }
                if (money < 0 || Double.isInfinite(money)) {
                    throw new IllegalArgumentException(Texts.format("followup.record.badNumber", m));
                }
            }
            if (st == ImplementationStatus.ABANDONED && reason.getText().isBlank()) {
                throw new IllegalArgumentException(Texts.get("followup.record.reasonRequired"));
            }
            if (st == ImplementationStatus.COMPLETED && f == null) {
                throw new IllegalArgumentException(Texts.get("followup.record.finishRequired"));
            }
            if (s != null && f != null && f.isBefore(s)) {
                throw new IllegalArgumentException(Texts.format("followup.record.finishBeforeStart", f, s));
            }
            // left at the plan's own date: it stays the plan's
            LocalDate agreed = row.plannedFinishFromPlan() && row.plannedFinish().equals(planned) ? null : planned;
            result = new Implementation(row.id(), row.kind(), st, reason.getText().trim(), s, f, money, work.getText().trim(),
                    confirmedBy.getText().trim(), on, agreed);
            dispose();
        } catch (IllegalArgumentException e) {
            error.setText(e.getMessage());
        }
    }
}
