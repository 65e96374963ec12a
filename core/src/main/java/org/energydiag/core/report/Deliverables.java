package org.energydiag.core.report;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.report.carbon.CarbonReport;
import org.energydiag.core.report.diagnosis.DiagnosisReportExport;
import org.energydiag.core.report.footprint.FootprintReport;
import org.energydiag.core.text.Texts;

/**
 * The documents the notice asks of an agency per enterprise (工信厅节函〔2026〕179号 二（三）):
 * 节能降碳诊断报告, 节能降碳改造具体方案, 企业碳排放核算报告, 产品碳足迹核算报告 (one per product studied) and
 * 企业满意度调查表 — each with whether it can be written from the project as it is and what it still
 * lacks. One list for the plan check's report part, {@code check}, and the sync submission.
 */
public final class Deliverables {

    /** The kinds of document, in the notice's order. */
    public enum Kind {
        DIAGNOSIS_REPORT, PLAN, CARBON_REPORT, FOOTPRINT_REPORT, SATISFACTION_FORM;

        public String title() {
            return Texts.get("deliverable." + name());
        }
    }

    /**
     * One document.
     *
     * @param product  the product of a footprint report, else empty
     * @param canWrite whether it can be written now (complete or with its gaps marked 【待补充】)
     * @param missing  what it lacks, one line each (empty: complete)
     */
    public record Deliverable(Kind kind, String product, boolean canWrite, List<String> missing) {
        public Deliverable {
            missing = List.copyOf(missing);
        }

        /** Complete: can be written and lacks nothing. */
        public boolean complete() {
            return canWrite && missing.isEmpty();
        }

        /** Where it stands, in words: 可编制，数据齐全 / 可编制，缺 n 项 / 尚不能编制 (the plan: its errors; the form: returned or not). */
        public String state() {
            return switch (kind) {
                case SATISFACTION_FORM -> Texts.get(complete() ? "deliverable.formReturned" : "deliverable.formToReturn");
                case PLAN -> complete() ? Texts.get("deliverable.complete") : Texts.format("deliverable.planErrors", missing.size());
                default -> complete() ? Texts.get("deliverable.complete")
                        : canWrite ? Texts.format("deliverable.gaps", missing.size()) : Texts.get("deliverable.notYet");
            };
        }

        /** 产品碳足迹核算报告（P·O 42.5）, or the kind's title. */
        public String title() {
            return product.isEmpty() ? kind.title() : Texts.format("deliverable.withProduct", kind.title(), product);
        }
    }

    private Deliverables() {
    }

    /** The documents of one evaluated project, in the notice's order; one footprint report per study. */
    public static List<Deliverable> of(ProjectEvaluation ev) {
        List<Deliverable> out = new ArrayList<>();
        String refusal = DiagnosisReportExport.refusal(ev);
        out.add(new Deliverable(Kind.DIAGNOSIS_REPORT, "", refusal.isEmpty(), ev.missing()));
        out.add(new Deliverable(Kind.PLAN, "", true, ev.errors().stream().map(CheckIssue::message).toList()));
        out.add(new Deliverable(Kind.CARBON_REPORT, "", CarbonReport.canBeMade(ev), CarbonReport.missing(ev)));
        ev.project().footprint().studies().forEach(s -> {
            List<String> missing = FootprintReport.missing(ev, s.product());
            // written only complete (export-footprint --incomplete marks the gaps, for the engineer's own use)
            out.add(new Deliverable(Kind.FOOTPRINT_REPORT, s.product(), missing.isEmpty(), missing));
        });
        if (ev.project().footprint().studies().isEmpty() && !ev.project().enterprise().carbonFootprintProducts().isBlank()) {
            out.add(new Deliverable(Kind.FOOTPRINT_REPORT, ev.project().enterprise().carbonFootprintProducts().strip(), false,
                    List.of(Texts.get("deliverable.noStudy"))));
        }
        out.add(new Deliverable(Kind.SATISFACTION_FORM, "", true, ev.project().satisfaction().isEmpty()
                ? List.of(Texts.get("deliverable.formNotReturned")) : List.of()));
        return out;
    }
}
