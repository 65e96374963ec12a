package org.energydiag.core.report.footprint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.footprint.Boundary;
import org.energydiag.core.footprint.FootprintCalculator;
import org.energydiag.core.footprint.FootprintResult;
import org.energydiag.core.footprint.FootprintStudy;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.text.Texts;

/**
 * The product carbon-footprint report of one product (产品碳足迹核算报告): the study and its result,
 * computed from the one evaluation ({@link ProjectEvaluation#analysis()}: the base year's energy and
 * emissions) with the evaluation's reference data. The document, the window and the command line read
 * it; none computes a footprint again.
 */
public record FootprintReport(ProjectEvaluation evaluation, FootprintStudy study, FootprintResult result) {

    /** The report of {@code product}; empty when the project has no study of it. */
    public static Optional<FootprintReport> of(ProjectEvaluation ev, String product) {
        return ev.project().footprint().study(product).map(s -> new FootprintReport(ev, s, result(ev, s)));
    }

    /** The footprint of study {@code s} on the evaluation's base-year energy and emissions. */
    public static FootprintResult result(ProjectEvaluation ev, FootprintStudy s) {
        return new FootprintCalculator(ev.references().energy()).compute(s, ev.project().energy().baseYear(),
                ev.analysis().energy(), ev.analysis().carbon());
    }

    /**
     * What the report of {@code product} lacks (empty: it can be written complete): no study of the
     * product, inputs without factor or source, no output, no allocation basis, no energy data, and for
     * cradle-to-gate no raw materials.
     */
    public static List<String> missing(ProjectEvaluation ev, String product) {
        Optional<FootprintReport> r = of(ev, product);
        if (r.isEmpty()) {
            return List.of(products(ev.project()).contains(product == null ? "" : product.strip())
                    ? Texts.format("footprint.missing.noStudy", product) : Texts.format("footprint.missing.unknownProduct", product));
        }
        return r.get().missing();
    }

    /** What this report lacks. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (study.boundary() == Boundary.CRADLE_TO_GATE && study.materials().isEmpty()) {
            out.add(Texts.get("footprint.missing.noMaterials"));
        }
        out.addAll(result.missing());
        return List.copyOf(new LinkedHashSet<>(out));
    }

    /**
     * The products a footprint can be made for: those studied, the enterprise's main products and those
     * named in 附件1 (拟开展产品碳足迹核算的工业产品类型, separated by 、，; or line breaks).
     */
    public static List<String> products(DiagnosisProject p) {
        Set<String> out = new LinkedHashSet<>();
        p.footprint().studies().forEach(s -> out.add(s.product()));
        p.enterprise().products().forEach(pr -> out.add(pr.name().strip()));
        for (String part : p.enterprise().carbonFootprintProducts().split("[、,，;；\\n]")) {
            out.add(part.strip());
        }
        out.remove("");
        return List.copyOf(out);
    }
}
