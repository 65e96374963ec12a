package org.energydiag.core.report.carbon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.energydiag.core.carbon.CarbonData;
import org.energydiag.core.carbon.CarbonReportInfo;
import org.energydiag.core.carbon.CarbonResult;
import org.energydiag.core.carbon.ClinkerRecord;
import org.energydiag.core.carbon.FuelOverride;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.project.Enterprise;
import org.energydiag.core.report.plan.Docx;
import org.energydiag.core.text.Texts;
import org.energydiag.core.validation.Severity;

/**
 * The enterprise carbon-emission accounting report (企业碳排放核算报告) of one evaluation: the report
 * year (the project's base year), its emissions as the evaluation computed them (the very
 * {@link CarbonResult.YearEmissions} the plan's 一（五） prints), the reporting entity's inputs, the
 * sector part of GB/T 32151 and what the report still lacks. Nothing here computes an emission.
 */
public final class CarbonReport {

    /** The categories in the order of GB/T 32150-2015's sources (fuel, process, purchased, exported). */
    public static final List<String> CATEGORIES = List.of("FUEL", "PROCESS", "ELECTRICITY", "HEAT", "EXPORT");

    private final ProjectEvaluation evaluation;
    private final int year;

    public CarbonReport(ProjectEvaluation evaluation) {
        this.evaluation = evaluation;
        this.year = evaluation.project().energy().baseYear();
    }

    public ProjectEvaluation evaluation() {
        return evaluation;
    }

    /** The report year: the base year of the project. */
    public int year() {
        return year;
    }

    /** The report year's emissions, the evaluation's object (empty when the year has no sources). */
    public Optional<CarbonResult.YearEmissions> emissions() {
        return evaluation.analysis().carbon().years().stream().filter(y -> y.year() == year && !y.sources().isEmpty()).findFirst();
    }

    /** Every year with emissions, oldest first (for the totals and intensities by year). */
    public List<CarbonResult.YearEmissions> years() {
        return evaluation.analysis().carbon().years().stream().filter(y -> !y.sources().isEmpty())
                .sorted(java.util.Comparator.comparingInt(CarbonResult.YearEmissions::year)).toList();
    }

    public CarbonReportInfo info() {
        return evaluation.project().carbon().report();
    }

    public Optional<SectorPart> sectorPart() {
        return SectorPart.of(evaluation.project().enterprise().sector());
    }

    /** Whether the report can be written at all: the report year has emissions. */
    public static boolean canBeMade(ProjectEvaluation ev) {
        return new CarbonReport(ev).emissions().isPresent();
    }

    /**
     * What the report lacks, each as one line naming it (empty: complete). The report is still
     * written with these marked 【待补充】, unless the report year has no emissions at all
     * ({@link #canBeMade}).
     */
    public static List<String> missing(ProjectEvaluation ev) {
        CarbonReport r = new CarbonReport(ev);
        List<String> out = new ArrayList<>();
        Optional<CarbonResult.YearEmissions> e = r.emissions();
        if (e.isEmpty()) {
            out.add(Texts.format("carbonreport.missing.emissions", r.year));
        }
        Enterprise en = ev.project().enterprise();
        CarbonReportInfo info = r.info();
        need(out, en.name(), "carbonreport.field.name");
        need(out, en.creditCode(), "carbonreport.field.creditCode");
        need(out, info.entityNature(), "carbonreport.field.nature");
        need(out, info.legalRepresentative(), "carbonreport.field.legal");
        need(out, info.reportResponsible(), "carbonreport.field.responsible");
        need(out, info.contact(), "carbonreport.field.contact");
        need(out, info.boundary(), "carbonreport.field.boundary");
        e.ifPresent(y -> y.sources().forEach(s -> {
            if (info.origin(s.name()).map(o -> o.origin() == null).orElse(true)) {
                out.add(Texts.format("carbonreport.missing.origin", s.name()));
            }
        }));
        r.sectorPart().ifPresent(p -> p.items().forEach(i -> {
            if (!i.metByData(ev) && info.statement(i.key()).isBlank()) {
                out.add(Texts.format("carbonreport.missing.sectorItem", i.text()));
            }
        }));
        need(out, info.dataQuality(), "carbonreport.field.dataQuality");
        ev.analysis().carbon().issues().stream().filter(i -> i.severity() == Severity.ERROR)
                .forEach(i -> out.add(Texts.format("carbonreport.missing.issue", i.where(), i.message())));
        return out;
    }

    private static void need(List<String> out, String value, String key) {
        if (value == null || value.isBlank()) {
            out.add(Texts.get(key));
        }
    }

    /** Whether a factor was measured by the enterprise, chosen by the engineer, or is the reference default. */
    public String factorKind(CarbonResult.Source s) {
        CarbonData c = evaluation.project().carbon();
        switch (s.category()) {
            case "FUEL":
                for (FuelOverride o : c.fuelOverrides()) {
                    String name = evaluation.references().energy().carrier(o.carrierId()).map(x -> x.name()).orElse("");
                    if (s.name().equals(Texts.format("carbon.source.combustion", name))) {
                        return o.ncv() != null || o.carbonContent() != null || o.oxidationPercent() != null
                                ? Texts.get("carbonreport.factorKind.measured") : Texts.get("carbonreport.factorKind.chosen");
                    }
                }
                return Texts.get("carbonreport.factorKind.default");
            case "PROCESS":
                if (s.name().equals(Texts.get("carbon.source.clinker"))) {
                    ClinkerRecord k = SectorPart.clinker(evaluation);
                    return k != null && k.caoPercent() != null && k.mgoPercent() != null ? Texts.get("carbonreport.factorKind.measured")
                            : k != null && k.factor() != null ? Texts.get("carbonreport.factorKind.chosen") : Texts.get("carbonreport.factorKind.default");
                }
                return Texts.get("carbonreport.factorKind.determined");
            case "HEAT":
                return c.heatFactor() != null ? Texts.get("carbonreport.factorKind.chosen") : Texts.get("carbonreport.factorKind.default");
            case "EXPORT":
                boolean heat = s.name().equals(Texts.get("carbon.source.exportHeat"));
                return (heat ? c.heatFactor() : c.gridFactor()) != null ? Texts.get("carbonreport.factorKind.chosen")
                        : Texts.get("carbonreport.factorKind.default");
            default: // ELECTRICITY: grid or green
                boolean green = s.name().equals(Texts.get("carbon.source.green"));
                return (green ? c.greenFactor() : c.gridFactor()) != null ? Texts.get("carbonreport.factorKind.chosen")
                        : Texts.get("carbonreport.factorKind.default");
        }
    }

    /**
     * Where a source's factor comes from, as the client reads it: the engineer's source, the
     * calculator's citation, or, for the reference's default grid and heat factors (whose sources are
     * web pages kept for the window), the factor's year and name.
     */
    public String factorSource(CarbonResult.Source s) {
        CarbonData c = evaluation.project().carbon();
        boolean heat = s.category().equals("HEAT") || s.name().equals(Texts.get("carbon.source.exportHeat"));
        boolean grid = s.name().equals(Texts.get("carbon.source.grid")) || s.name().equals(Texts.get("carbon.source.exportElectricity"));
        if (grid && c.gridFactor() == null) {
            return evaluation.references().energy().defaultGridFactor(year)
                    .map(f -> Texts.format("carbonreport.source.gridDefault", f.year() == null ? "" : String.valueOf(f.year()), f.indicator()))
                    .orElse(Docx.TO_COMPLETE);
        }
        if (heat && c.heatFactor() == null) {
            return evaluation.references().energy().heatFactors().stream().findFirst()
                    .map(f -> Texts.format("carbonreport.source.heatDefault", f.indicator())).orElse(Docx.TO_COMPLETE);
        }
        return s.factorSource().isBlank() ? Docx.TO_COMPLETE : s.factorSource();
    }

    /** How a source's emission is determined (计算法 and its formula, or the enterprise's own determination). */
    public String method(CarbonResult.Source s) {
        if (s.category().equals("PROCESS") && !s.name().equals(Texts.get("carbon.source.clinker"))) {
            return Texts.format("carbonreport.method.determined", s.factorSource().isBlank() ? Docx.TO_COMPLETE : s.factorSource());
        }
        if (s.category().equals("PROCESS")) {
            return Texts.get("carbonreport.method.clinker");
        }
        return Texts.get("carbonreport.method." + s.category().toLowerCase(java.util.Locale.ROOT));
    }

    /** The data origin of a source's activity datum as printed: 计量/结算/估算 and its note, or 【待补充】. */
    public String origin(CarbonResult.Source s) {
        return info().origin(s.name()).filter(o -> o.origin() != null)
                .map(o -> o.origin().label() + (o.note().isBlank() ? "" : "（" + o.note().strip() + "）"))
                .orElse(Docx.TO_COMPLETE);
    }
}
