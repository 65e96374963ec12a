package org.energydiag.app.swing;

import java.util.function.UnaryOperator;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.retrofit.RetrofitPlan;

/** Edits of the project's plan (chapters 一（四）, 二, 三) as project edits for the session. */
final class PlanEdits {
    private PlanEdits() {
    }

    static UnaryOperator<DiagnosisProject> plan(UnaryOperator<RetrofitPlan> change) {
        return p -> p.withPlan(change.apply(p.plan()), p.updatedAt());
    }

    static String text(String s) {
        return s == null ? "" : s;
    }

    /** A decimal typed by the user, or null for blank; full-width digits and separators accepted. */
    static Double decimal(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        java.math.BigDecimal d = Binder.parseDecimal(v.toString());
        return d == null ? null : d.doubleValue();
    }

    /** Title and a wrapping introduction on rows of their own (the panel's layout spans them). */
    static void header(javax.swing.JPanel p, String title, String intro) {
        javax.swing.JLabel t = new javax.swing.JLabel(title);
        t.putClientProperty("FlatLaf.styleClass", "h2");
        p.add(t, "span, left, wrap");
        javax.swing.JTextArea i = ScrollablePanel.wrappingText();
        i.setText(intro);
        i.setForeground(Theme.color(Theme.MUTED));
        p.add(i, "span, growx, wmin 100, wrap");
    }

    /** A row of buttons at their natural size, left-aligned; it continues on a second line when the page is narrow. */
    static javax.swing.JPanel buttons(javax.swing.JComponent... b) {
        javax.swing.JPanel row = new javax.swing.JPanel(new WrapLayout(6, 0));
        for (javax.swing.JComponent x : b) {
            row.add(x);
        }
        return row;
    }
}
