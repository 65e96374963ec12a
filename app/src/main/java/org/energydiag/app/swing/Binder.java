package org.energydiag.app.swing;

import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.Timer;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import org.energydiag.app.controller.ProjectSession;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.validation.ValidationIssue;

/**
 * The one small binding helper (rule 3): connects form components to the open project.
 * Typing is committed after a short pause and when the field loses focus, so at most the last
 * moment of typing can be lost; each field's typing is one undo step. {@link #refresh()} pulls
 * the model back into the components after undo/redo, guarded against feedback.
 */
final class Binder {

    /** Pause after the last keystroke before the edit is committed and saved. */
    static final int COMMIT_DELAY_MS = 400;

    private final ProjectSession session;
    private final List<Runnable> refreshers = new ArrayList<>();
    private final List<Runnable> messageRefreshers = new ArrayList<>();
    private final List<Timer> pending = new ArrayList<>();
    private final java.util.Map<Timer, Runnable> commits = new java.util.HashMap<>();
    private boolean refreshing;
    /** The undo step that edits without a key of their own join while a table cell is edited (EDT only). */
    private static String cellKey;

    Binder(ProjectSession session) {
        this.session = session;
        session.addPendingEdits(this::flushPending); // every way out commits this binder's typing
        session.addChecksListener(this::refreshMessages); // a plan-check finding shows beside the field it names
    }

    boolean isRefreshing() {
        return refreshing;
    }

    /** Pulls the model into every bound component, then their message lines. */
    void refresh() {
        refreshing = true;
        try {
            refreshers.forEach(Runnable::run);
            messageRefreshers.forEach(Runnable::run);
        } finally {
            refreshing = false;
        }
    }

    /**
     * Only the message lines beside the fields (validation and the plan check's findings), as when the
     * plan check has changed: values, tables and charts stay as they are.
     */
    void refreshMessages() {
        refreshing = true;
        try {
            messageRefreshers.forEach(Runnable::run);
        } finally {
            refreshing = false;
        }
    }

    /** Commits typing that is still waiting for its pause (before undo, navigation, closing). */
    void flushPending() {
        for (Timer t : pending) {
            if (t.isRunning()) {
                t.stop();
                commits.get(t).run();
            }
        }
    }

    void addRefresher(Runnable r) {
        refreshers.add(r);
    }

    /** A message line's refresh: run after the refreshers and whenever the plan check's findings change. */
    void addMessageRefresher(Runnable r) {
        messageRefreshers.add(r);
    }

    /** Edits the enterprise unless the change comes from a refresh. */
    void edit(String label, String key, java.util.function.UnaryOperator<Enterprise> change) {
        editProject(label, key, p -> p.withEnterprise(change.apply(p.enterprise()), p.updatedAt()));
    }

    /** Edits any part of the project unless the change comes from a refresh. */
    void editProject(String label, String key, java.util.function.UnaryOperator<DiagnosisProject> change) {
        if (!refreshing) {
            flushPending(); // typing not yet committed elsewhere goes first, so a refresh cannot wipe it
            session.edit(label, key != null ? key : cellKey, change);
        }
    }

    /**
     * Runs {@code edits} so that the project edits it makes without a coalescing key of their own
     * join the undo step {@code key}: all the typing of one table cell (committed at each pause and
     * when the editor closes) is one undo step, as a field's typing is.
     */
    static void coalescing(String key, Runnable edits) {
        String before = cellKey;
        cellKey = key;
        try {
            edits.run();
        } finally {
            cellKey = before;
        }
    }

    ProjectSession session() {
        return session;
    }

    private static <T> Function<DiagnosisProject, T> ofEnterprise(Function<Enterprise, T> get) {
        return p -> get.apply(p.enterprise());
    }

    private static <T> BiFunction<DiagnosisProject, T, DiagnosisProject> ofEnterprise(BiFunction<Enterprise, T, Enterprise> set) {
        return (p, v) -> p.withEnterprise(set.apply(p.enterprise(), v), p.updatedAt());
    }

    void text(JTextComponent c, String field, String label, Function<Enterprise, String> get,
              BiFunction<Enterprise, String, Enterprise> set, JLabel message) {
        projectText(c, field, label, ofEnterprise(get), ofEnterprise(set), message);
    }

    void projectText(JTextComponent c, String field, String label, Function<DiagnosisProject, String> get,
                     BiFunction<DiagnosisProject, String, DiagnosisProject> set, JLabel message) {
        c.setName(field);
        Runnable commit = () -> editProject(Texts.format("common.edit", label), field, p -> set.apply(p, c.getText()));
        onTyping(c, commit);
        addRefresher(() -> {
            String v = get.apply(session.project());
            if (!isTyping(c) && !Objects.equals(v, c.getText())) {
                c.setText(v);
            }
        });
        addMessageRefresher(() -> showIssues(c, message, session.issuesFor(field), null));
    }

    /** A decimal field: full-width digits and thousands separators accepted; anything else is refused inline. */
    void number(JTextComponent c, String field, String label, Function<Enterprise, BigDecimal> get,
                BiFunction<Enterprise, BigDecimal, Enterprise> set, JLabel message) {
        projectNumber(c, field, label, ofEnterprise(get), ofEnterprise(set), message);
    }

    void projectNumber(JTextComponent c, String field, String label, Function<DiagnosisProject, BigDecimal> get,
                       BiFunction<DiagnosisProject, BigDecimal, DiagnosisProject> set, JLabel message) {
        c.setName(field);
        Runnable commit = () -> {
            String text = c.getText();
            BigDecimal v;
            try {
                v = parseDecimal(text);
            } catch (NumberFormatException ex) {
                showIssues(c, message, session.issuesFor(field), Texts.format("common.notANumber", text.trim()));
                return;
            }
            editProject(Texts.format("common.edit", label), field, p -> set.apply(p, v));
            showIssues(c, message, session.issuesFor(field), null);
        };
        onTyping(c, commit);
        addRefresher(() -> {
            BigDecimal model = get.apply(session.project());
            BigDecimal shown;
            try {
                shown = parseDecimal(c.getText());
            } catch (NumberFormatException ex) {
                shown = null;
            }
            boolean same = model == null ? shown == null && c.getText().isBlank()
                    : shown != null && shown.compareTo(model) == 0;
            if (!same && !isTyping(c)) {
                c.setText(model == null ? "" : model.toPlainString());
            }
        });
        addMessageRefresher(() -> {
            String local = null;
            try {
                parseDecimal(c.getText());
            } catch (NumberFormatException ex) {
                local = Texts.format("common.notANumber", c.getText().trim()); // what was typed is still refused
            }
            showIssues(c, message, session.issuesFor(field), local);
        });
    }

    <T> void combo(JComboBox<T> c, String field, String label, Function<Enterprise, T> get,
                   BiFunction<Enterprise, T, Enterprise> set, JLabel message) {
        projectCombo(c, field, label, ofEnterprise(get), ofEnterprise(set), message);
    }

    <T> void projectCombo(JComboBox<T> c, String field, String label, Function<DiagnosisProject, T> get,
                          BiFunction<DiagnosisProject, T, DiagnosisProject> set, JLabel message) {
        c.setName(field);
        c.addActionListener(e -> {
            @SuppressWarnings("unchecked")
            T v = (T) c.getSelectedItem();
            editProject(Texts.format("common.edit", label), null, p -> set.apply(p, v));
        });
        addRefresher(() -> {
            T v = get.apply(session.project());
            if (!Objects.equals(v, c.getSelectedItem())) {
                c.setSelectedItem(v);
            }
        });
        if (message != null) {
            addMessageRefresher(() -> showIssues(c, message, session.issuesFor(field), null));
        }
    }

    private static boolean isTyping(JTextComponent c) {
        Object t = c.getClientProperty(Timer.class);
        return t instanceof Timer timer && timer.isRunning();
    }

    private void onTyping(JTextComponent c, Runnable commit) {
        Timer timer = new Timer(COMMIT_DELAY_MS, e -> commit.run());
        timer.setRepeats(false);
        pending.add(timer);
        commits.put(timer, commit);
        c.putClientProperty(Timer.class, timer);
        c.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed();
            }

            private void changed() {
                if (!refreshing) {
                    timer.restart();
                }
            }
        });
        c.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                if (timer.isRunning()) {
                    timer.stop();
                    commit.run();
                }
                session.sealUndo();
            }
        });
    }

    /** Shows the first issue under the field and outlines the field by severity. */
    static void showIssues(JComponent c, JLabel message, List<ValidationIssue> issues, String localError) {
        if (message == null) {
            return;
        }
        String text = localError;
        boolean error = localError != null;
        if (text == null && !issues.isEmpty()) {
            ValidationIssue first = issues.stream().filter(ValidationIssue::isError).findFirst().orElse(issues.get(0));
            text = first.message();
            error = first.isError();
        }
        // The message line keeps its height when empty, so the form never jumps under the mouse.
        if (text == null) {
            message.setText(" ");
            message.setToolTipText(null);
            c.putClientProperty("JComponent.outline", null);
        } else {
            message.setText(text);
            message.setToolTipText(text);
            message.setForeground(Theme.color(error ? Theme.ERROR : Theme.WARNING));
            c.putClientProperty("JComponent.outline", error ? "error" : "warning");
        }
    }

    /** Parses a decimal as typed by a Chinese user: full-width digits, thousands commas, spaces. */
    static BigDecimal parseDecimal(String text) {
        String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replace("\u00A0", "").replace(" ", "").replace("。", ".");
        if (s.isEmpty()) {
            return null;
        }
        if (s.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            s = s.replace(",", "");
        }
        return new BigDecimal(s);
    }
}
