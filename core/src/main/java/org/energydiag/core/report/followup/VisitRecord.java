package org.energydiag.core.report.followup;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.evidence.Attachment;
import org.energydiag.core.followup.Visit;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.agency.AnnualSummary;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.text.Texts;
import org.energydiag.core.verification.FollowUpEvaluation;
import org.energydiag.core.verification.SavingsVerification;

/**
 * 技术回访记录 (.docx) of one enterprise: the implementation of the plan's projects, each 回访 with
 * its evidence and the enterprise's feedback, and the verification of savings with its statistics
 * and uncertainty (or why none is given). Laid out by the agency documents' writer
 * ({@link AnnualSummary#write(AnnualSummary.Model, OutputStream)}: headings, paragraphs, tables with
 * a 合计, title and author in the file); numbers by {@link NumberStyle}.
 */
public final class VisitRecord {

    private VisitRecord() {
    }

    /** The document's content for {@code f}'s enterprise. */
    public static AnnualSummary.Model model(FollowUpEvaluation f, LocalDate date) {
        DiagnosisProject p = f.evaluation().project();
        String agency = p.enterprise().agencyName();
        List<AnnualSummary.Section> sections = List.of(
                new AnnualSummary.Section(Texts.get("followup.docx.heading.implementation"), implementation(f)),
                new AnnualSummary.Section(Texts.get("followup.docx.heading.visits"), visits(p)),
                new AnnualSummary.Section(Texts.get("followup.docx.heading.verification"), verification(f)));
        return new AnnualSummary.Model(Texts.get("followup.docx.title"), p.displayName(),
                agency.isBlank() ? Texts.get("followup.docx.agencyBlank") : Texts.format("followup.docx.agency", agency),
                Texts.format("followup.docx.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth()), sections, null);
    }

    /** Writes the document; the stream is not closed. */
    public static void write(FollowUpEvaluation f, LocalDate date, OutputStream out) throws IOException {
        AnnualSummary.write(model(f, date), out);
    }

    private static List<AnnualSummary.Block> implementation(FollowUpEvaluation f) {
        List<AnnualSummary.Block> b = new ArrayList<>();
        if (f.rows().isEmpty()) {
            b.add(new AnnualSummary.Paragraph(Texts.get("followup.docx.noSubjects")));
            return b;
        }
        b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.implementationText", f.rows().size(),
                f.count(org.energydiag.core.followup.ImplementationStatus.COMPLETED),
                f.count(org.energydiag.core.followup.ImplementationStatus.IN_PROGRESS),
                f.count(org.energydiag.core.followup.ImplementationStatus.NOT_STARTED),
                f.count(org.energydiag.core.followup.ImplementationStatus.ABANDONED), f.late().size())));
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (FollowUpEvaluation.Row r : f.rows()) {
            var rec = r.record();
            String status = r.status().label() + (rec.reason().isBlank() ? "" : Texts.format("followup.docx.reason", rec.reason()))
                    + (r.late() ? Texts.format("followup.docx.late", r.plannedFinish().toString()) : "");
            rows.add(List.of(Integer.toString(n++), r.name().isBlank() ? Texts.get("followup.docx.unnamed") : r.name(), status,
                    rec.finishDate() == null ? "—" : rec.finishDate().toString(), NumberStyle.money(r.plannedInvestment()),
                    NumberStyle.money(rec.actualInvestmentWanYuan()), NumberStyle.amount(r.expectedTce())));
        }
        b.add(new AnnualSummary.Table(Texts.get("followup.docx.table1"), List.of(Texts.get("followup.xlsx.col.no"),
                Texts.get("followup.xlsx.col.name"), Texts.get("followup.xlsx.col.status"), Texts.get("followup.xlsx.col.finish"),
                Texts.get("followup.xlsx.col.plannedInvestment"), Texts.get("followup.xlsx.col.actualInvestment"),
                Texts.get("followup.xlsx.col.expected")), rows,
                List.of(Texts.get("followup.xlsx.total"), "", "", "", NumberStyle.money(f.plannedInvestment()),
                        NumberStyle.money(f.actualInvestment()), NumberStyle.amount(f.expectedTce())),
                List.of(7, 30, 16, 13, 11, 11, 12)));
        for (FollowUpEvaluation.Row r : f.rows()) {
            if (!r.record().work().isBlank()) {
                String who = r.record().confirmedBy().isBlank() ? ""
                        : Texts.format("followup.docx.confirmed", r.record().confirmedBy(),
                                r.record().confirmedDate() == null ? "" : r.record().confirmedDate().toString());
                b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.work", r.name(), r.record().work(), who)));
            }
        }
        return b;
    }

    private static List<AnnualSummary.Block> visits(DiagnosisProject p) {
        List<AnnualSummary.Block> b = new ArrayList<>();
        List<Visit> visits = p.followUp().visits();
        if (visits.isEmpty()) {
            b.add(new AnnualSummary.Paragraph(Texts.get("followup.docx.noVisits")));
        }
        int n = 1;
        for (Visit v : visits) {
            b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.visitHead", n++,
                    v.date() == null ? Texts.get("followup.docx.noDate") : v.date().toString(), v.form().label(),
                    v.persons().isBlank() ? Texts.get("followup.docx.notFilled") : v.persons())));
            b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.visitNotes",
                    v.notes().isBlank() ? Texts.get("followup.docx.notFilled") : v.notes())));
            b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.visitFeedback",
                    v.feedback().isBlank() ? Texts.get("followup.docx.notFilled") : v.feedback(),
                    v.satisfaction() == null ? Texts.get("followup.docx.notAsked") : v.satisfaction().label())));
            List<String> evidence = new ArrayList<>();
            int k = 1;
            for (String id : v.evidenceIds()) {
                Attachment a = p.site().attachment(id).orElse(null);
                if (a != null) {
                    // the caption and date only: file names stay out of client documents
                    String what = a.caption().isBlank() ? Texts.format(a.isImage() ? "followup.docx.photo" : "followup.docx.file", k) : a.caption();
                    evidence.add(a.date() == null ? what : what + "（" + a.date() + "）");
                    k++;
                }
            }
            if (!evidence.isEmpty()) {
                b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.visitEvidence", evidence.size(),
                        String.join("；", evidence))));
            }
        }
        p.followUp().visitDue().ifPresent(d -> b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.nextVisit", d.toString()))));
        return b;
    }

    private static List<AnnualSummary.Block> verification(FollowUpEvaluation f) {
        List<AnnualSummary.Block> b = new ArrayList<>();
        if (f.verifications().isEmpty()) {
            b.add(new AnnualSummary.Paragraph(Texts.get("followup.docx.noVerification")));
            return b;
        }
        b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.method", SavingsVerification.MIN_BASELINE_PERIODS,
                Math.round(SavingsVerification.MAX_CV_RMSE * 100), SavingsVerification.MIN_R2,
                Math.round(SavingsVerification.CONFIDENCE * 100))));
        int t = 2;
        for (SavingsVerification.Result r : f.verifications()) {
            var s = r.setup();
            b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.setup", s.name(), s.baselineFrom(), s.baselineTo(),
                    s.reportingFrom(), s.reportingTo(), s.period().label())));
            if (!r.verified()) {
                b.add(new AnnualSummary.Paragraph(r.reason()));
                if (r.expectedTce() != null) {
                    b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.expectedOnly", NumberStyle.amount(r.expectedTce()))));
                }
                r.notes().forEach(x -> b.add(new AnnualSummary.Paragraph(x)));
                continue;
            }
            StringBuilder model = new StringBuilder(Texts.format("followup.docx.modelIntercept", NumberStyle.amount(r.intercept()), r.unit()));
            for (var d : r.drivers()) {
                model.append(Texts.format("followup.docx.modelTerm", NumberStyle.intensity(d.coefficient()), d.name()));
            }
            b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.model", model.toString(), r.statistics())));
            String pct = Long.toString(Math.round(SavingsVerification.CONFIDENCE * 100));
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(Texts.get("followup.docx.row.adjusted"), NumberStyle.amount(r.adjustedBaseline()), r.unit()));
            rows.add(List.of(Texts.get("followup.docx.row.actual"), NumberStyle.amount(r.actual()), r.unit()));
            rows.add(List.of(Texts.get("followup.docx.row.avoided"), NumberStyle.amount(r.avoided()), r.unit()));
            rows.add(List.of(Texts.format("followup.docx.row.uncertainty", pct), NumberStyle.amount(r.uncertainty()), r.unit()));
            rows.add(List.of(Texts.get("followup.docx.row.fraction"), NumberStyle.percent(r.savingsFraction() * 100), "%"));
            if (!Double.isNaN(r.annualTce())) {
                rows.add(List.of(Texts.format("followup.docx.row.annual", r.reportingDays()), NumberStyle.amount(r.annualTce()), "tce/a"));
                rows.add(List.of(Texts.format("followup.docx.row.annualUncertainty", pct), NumberStyle.amount(r.annualUncertaintyTce()), "tce/a"));
            }
            rows.add(List.of(Texts.get("followup.docx.row.expected"), NumberStyle.amount(r.expectedTce()), "tce/a"));
            b.add(new AnnualSummary.Table(Texts.format("followup.docx.table2", t++, s.name()), List.of(Texts.get("followup.docx.col.item"),
                    Texts.get("followup.docx.col.value"), Texts.get("followup.docx.col.unit")), rows, List.of(), List.of(50, 30, 20)));
            if (!r.coefficientSource().isBlank()) {
                b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.coefficient", r.coefficientSource())));
            }
            if (r.expectedTce() != null && r.expectedTce() > 0 && !Double.isNaN(r.annualTce())) {
                b.add(new AnnualSummary.Paragraph(Texts.format("followup.docx.compare", NumberStyle.amount(r.annualTce()),
                        NumberStyle.amount(r.annualUncertaintyTce()), pct, NumberStyle.amount(r.expectedTce()),
                        NumberStyle.percent(r.annualTce() / r.expectedTce() * 100))));
            }
            r.notes().forEach(x -> b.add(new AnnualSummary.Paragraph(x)));
        }
        return b;
    }
}
