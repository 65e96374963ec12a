package org.energydiag.app.controller;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.energydiag.app.text.Texts;
import org.energydiag.core.footprint.FootprintCalculator;
import org.energydiag.core.footprint.FootprintResult;
import org.energydiag.core.footprint.FootprintStudy;
import org.energydiag.core.footprint.Stage;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.footprint.FootprintReport;
import org.energydiag.core.report.plan.NumberStyle;

/**
 * The step 碳排放核算与产品碳足迹 without Swing: which product's study is shown, its edits (each one
 * named, undoable edit of the project), its result computed on the open project's analysis (the
 * object the evaluation shares) with the session's reference data, and what its report still lacks.
 */
public final class FootprintStepController {

    private final ProjectSession session;
    private int selected;

    public FootprintStepController(ProjectSession session) {
        this.session = session;
    }

    public List<FootprintStudy> studies() {
        return session.project().footprint().studies();
    }

    /** The products a study can be begun for that have none yet (the enterprise's and 附件1's). */
    public List<String> productsWithoutStudy() {
        List<String> studied = studies().stream().map(FootprintStudy::product).toList();
        return FootprintReport.products(session.project()).stream().filter(p -> !studied.contains(p)).toList();
    }

    /** The index of the study shown (-1 when there is none). */
    public int selected() {
        return studies().isEmpty() ? -1 : Math.min(selected, studies().size() - 1);
    }

    public void select(int index) {
        selected = Math.max(0, index);
    }

    public Optional<FootprintStudy> current() {
        int i = selected();
        return i < 0 ? Optional.empty() : Optional.of(studies().get(i));
    }

    /** Begins the study of {@code product} (declared unit 1 t, cradle-to-gate, GB/T 24067-2024, by mass) and shows it. */
    public boolean add(String product) {
        String name = product == null ? "" : product.strip();
        if (name.isEmpty() || session.project().footprint().study(name).isPresent()) {
            return false;
        }
        session.edit(Texts.format("footprint.edit.add", name), null,
                p -> p.withFootprint(p.footprint().with(FootprintStudy.of(name)), p.updatedAt()));
        selected = studies().size() - 1;
        return true;
    }

    /** Removes the study shown. */
    public void removeCurrent() {
        int i = selected();
        if (i >= 0) {
            String name = studies().get(i).product();
            session.edit(Texts.format("footprint.edit.remove", name), null,
                    p -> p.withFootprint(p.footprint().without(i), p.updatedAt()));
            selected = Math.max(0, i - 1);
        }
    }

    /** One edit of the study shown ({@code key}: edits of one field merge while typed). */
    public void edit(String label, String key, UnaryOperator<FootprintStudy> change) {
        int i = selected();
        if (i >= 0) {
            session.edit(label, key, p -> with(p, i, change));
        }
    }

    /** The project with study {@code i} changed (for the tables' row edits). */
    public static DiagnosisProject with(DiagnosisProject p, int i, UnaryOperator<FootprintStudy> change) {
        if (i < 0 || i >= p.footprint().studies().size()) {
            return p;
        }
        return p.withFootprint(p.footprint().replace(i, change.apply(p.footprint().studies().get(i))), p.updatedAt());
    }

    /** The footprint of the study shown on the open project's energy and emissions of the base year. */
    public Optional<FootprintResult> result() {
        return current().map(s -> new FootprintCalculator(session.reference()).compute(s, session.project().energy().baseYear(),
                session.analysis().energy(), session.analysis().carbon()));
    }

    /** What the report of the study shown lacks (the same list as {@code export-footprint} prints). */
    public List<String> missing() {
        return result().map(r -> {
            List<String> out = new ArrayList<>(FootprintCalculator.inputGaps(r.study()));
            r.missing().stream().filter(m -> !out.contains(m)).forEach(out::add);
            return out;
        }).orElse(List.of());
    }

    /** The result table: stage, tCO2e of the product, kgCO2e per declared unit, share %; the total last. */
    public List<List<String>> resultRows() {
        Optional<FootprintResult> r = result();
        if (r.isEmpty()) {
            return List.of();
        }
        FootprintResult f = r.get();
        List<List<String>> rows = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s.inside(f.study().boundary())) {
                rows.add(List.of(s.label(), NumberStyle.amount(f.stage(s) / 1000), NumberStyle.intensity(f.perDeclaredUnit(s)),
                        f.totalKg() > 0 ? NumberStyle.percent(f.stage(s) / f.totalKg() * 100) : "—"));
            }
        }
        rows.add(List.of(Texts.get("footprint.total"), NumberStyle.amount(f.totalKg() / 1000), NumberStyle.intensity(f.perDeclaredUnit()),
                f.totalKg() > 0 ? NumberStyle.percent(100.0) : "—"));
        return rows;
    }
}
