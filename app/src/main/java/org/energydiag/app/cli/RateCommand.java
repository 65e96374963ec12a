package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.app.text.Texts;
import org.energydiag.core.catalogue.Catalogue;
import org.energydiag.core.equipment.EquipmentField;
import org.energydiag.core.equipment.EquipmentItem;
import org.energydiag.core.equipment.Recommendations;
import org.energydiag.core.equipment.SavingsEstimator;
import org.energydiag.core.equipment.rating.EfficiencyRater;
import org.energydiag.core.equipment.rating.Grade;
import org.energydiag.core.equipment.rating.Rating;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.reference.EnergyReference;

/**
 * {@code rate FILE.edproj [--json]}: each equipment item (by its id) with its grade (or why none), the
 * standard, table and edition used and the rule that derived the limits (e.g. the interpolation
 * between two listed motor powers), the obsolete flag, recommendations and savings.
 */
final class RateCommand implements Command {

    @Override
    public String name() {
        return "rate";
    }

    @Override
    public String usage() {
        return Texts.get("cli.rate.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (files.size() != 1) {
            throw new CliException(Texts.get("cli.rate.usageError"));
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.rate.failed", e.getMessage()));
        }
        EfficiencyRater rater = s.equipmentRater();
        Catalogue catalogue = s.catalogue();
        SavingsEstimator estimator = estimator(p, s.energyReference());
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (EquipmentItem i : p.equipment().items()) {
            Rating r = rater.rate(i);
            grades.merge(r.grade().label(), i.quantity(), Integer::sum);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", i.id());
            m.put("name", i.name());
            m.put("class", i.equipmentClass().label());
            m.put("model", i.text(EquipmentField.MODEL));
            m.put("quantity", i.quantity());
            m.put("grade", r.grade().label());
            m.put("standard", r.standard());
            m.put("table", r.table());
            m.put("edition", r.edition());
            m.put("rule", r.rule());
            m.put("citation", r.citation());
            m.put("basis", r.basis());
            m.put("missing", r.missing());
            m.put("trust", r.trust());
            m.put("obsolete", r.obsolete());
            m.put("obsoleteReason", r.obsoleteReason());
            if (r.grade() != Grade.GRADE_1 || r.obsolete()) {
                SavingsEstimator.Savings sv = estimator.estimate(i, r);
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("estimated", sv.estimated());
                x.put("kWh", sv.kwh());
                x.put("tce", sv.tce());
                x.put("tCO2", sv.tco2());
                x.put("yuan", sv.yuan());
                x.put("investmentWanYuan", sv.investmentWanYuan());
                x.put("paybackYears", sv.paybackYears());
                x.put("assumptions", sv.assumptions());
                x.put("reason", sv.cannot());
                m.put("savings", x);
                Recommendations.Result rec = Recommendations.forItem(i, catalogue, 3);
                m.put("catalogueEquipment", rec.equipment().stream().map(e -> e.equipmentClass() + " " + e.number() + " "
                        + e.product() + " " + e.model()).toList());
                m.put("catalogueTechnologies", rec.technologies().stream().map(t -> t.section() + " " + t.number() + " "
                        + t.name()).toList());
            }
            items.add(m);
        }
        if (args.contains("--json")) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("project", p.displayName());
            root.put("catalogueEdition", p.equipment().catalogueEdition());
            root.put("gradeTablesVersion", rater.tables().version());
            root.put("grades", grades);
            root.put("items", items);
            try {
                out.println(BalanceCommand.mapper().writeValueAsString(root));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.println(Texts.format("cli.rate.heading", p.displayName(), p.equipment().items().size(), grades));
            for (Map<String, Object> m : items) {
                out.println("  " + Texts.format("cli.rate.item", m.get("class"), m.get("name"), m.get("grade"),
                        m.get("missing").toString().isEmpty() ? m.get("citation") : m.get("missing"))
                        + (Boolean.TRUE.equals(m.get("obsolete")) ? "  " + Texts.get("cli.rate.obsolete") : ""));
            }
        }
        return 0;
    }

    static SavingsEstimator estimator(DiagnosisProject p, EnergyReference ref) {
        return SavingsEstimator.forProject(p.carbon(), p.equipment(), p.energy().baseYear(), ref);
    }
}
