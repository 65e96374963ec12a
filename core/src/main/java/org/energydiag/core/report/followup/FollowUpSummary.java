package org.energydiag.core.report.followup;

import java.util.ArrayList;
import java.util.List;
import org.energydiag.core.followup.ImplementationStatus;
import org.energydiag.core.followup.Visit;
import org.energydiag.core.followup.VisitForm;
import org.energydiag.core.report.agency.AnnualSummary;
import org.energydiag.core.report.plan.NumberStyle;
import org.energydiag.core.text.Texts;
import org.energydiag.core.verification.FollowUpEvaluation;

/**
 * What 附件4 says of the follow-up (诊断—建议—实施—反馈): the implementation of the plans' projects,
 * the 回访 made, the savings verified from meter data beside the plans' expected ones, and the
 * enterprises' feedback. Every figure is a total of {@link FollowUpEvaluation}.
 */
public final class FollowUpSummary {

    private FollowUpSummary() {
    }

    /**
     * The paragraphs and the 企业反馈 table; a sentence that there are no records when no project has
     * any follow-up yet; nothing when {@code projects} is empty (the follow-up was not read).
     */
    public static List<AnnualSummary.Block> blocks(List<FollowUpEvaluation> projects, int tableNumber) {
        if (projects.isEmpty()) {
            return List.of();
        }
        List<FollowUpEvaluation> followed = projects.stream().filter(f -> {
            var u = f.evaluation().project().followUp();
            return !u.implementations().isEmpty() || !u.visits().isEmpty() || !u.verifications().isEmpty();
        }).toList();
        List<AnnualSummary.Block> b = new ArrayList<>();
        if (followed.isEmpty()) {
            b.add(new AnnualSummary.Paragraph(Texts.get("followup.summary.none")));
            return b;
        }
        long subjects = followed.stream().mapToLong(f -> f.rows().size()).sum();
        long visits = followed.stream().mapToLong(f -> f.evaluation().project().followUp().visits().size()).sum();
        long onSite = followed.stream().flatMap(f -> f.evaluation().project().followUp().visits().stream())
                .filter(v -> v.form() == VisitForm.ON_SITE).count();
        long verified = followed.stream().flatMap(f -> f.verifications().stream()).filter(v -> v.verified()).count();
        long refused = followed.stream().flatMap(f -> f.verifications().stream()).filter(v -> !v.verified()).count();
        b.add(new AnnualSummary.Paragraph(Texts.format("followup.summary.text", followed.size(), subjects,
                sum(followed, ImplementationStatus.COMPLETED), sum(followed, ImplementationStatus.IN_PROGRESS),
                sum(followed, ImplementationStatus.NOT_STARTED), sum(followed, ImplementationStatus.ABANDONED),
                followed.stream().mapToLong(f -> f.late().size()).sum(), visits, onSite)));
        if (verified > 0) {
            b.add(new AnnualSummary.Paragraph(Texts.format("followup.summary.verified", verified,
                    NumberStyle.amount(followed.stream().mapToDouble(FollowUpEvaluation::verifiedTce).sum()),
                    NumberStyle.amount(followed.stream().mapToDouble(FollowUpEvaluation::expectedOfVerifiedTce).sum()),
                    refused == 0 ? "" : Texts.format("followup.summary.refusedToo", refused))));
        } else if (refused > 0) {
            b.add(new AnnualSummary.Paragraph(Texts.format("followup.summary.noneVerified", refused)));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (FollowUpEvaluation f : followed) {
            var u = f.evaluation().project().followUp();
            Visit last = u.lastVisit().orElse(null);
            String feedback = u.visits().stream().filter(v -> !v.feedback().isBlank()).reduce((a, c) -> c).map(Visit::feedback)
                    .orElse(Texts.get("followup.summary.noFeedback"));
            String satisfaction = u.visits().stream().filter(v -> v.satisfaction() != null).reduce((a, c) -> c)
                    .map(v -> v.satisfaction().label()).orElse(Texts.get("followup.docx.notAsked"));
            rows.add(List.of(Integer.toString(n++), f.evaluation().project().displayName(), Integer.toString(u.visits().size()),
                    last == null || last.date() == null ? "—" : last.date().toString(),
                    f.count(ImplementationStatus.COMPLETED) + "/" + f.rows().size(), satisfaction, feedback));
        }
        b.add(new AnnualSummary.Table(Texts.format("followup.summary.table", tableNumber), List.of(
                Texts.get("followup.xlsx.col.no"), Texts.get("followup.xlsx.col.enterprise"), Texts.get("followup.summary.col.visits"),
                Texts.get("followup.summary.col.last"), Texts.get("followup.summary.col.done"),
                Texts.get("followup.summary.col.satisfaction"), Texts.get("followup.summary.col.feedback")), rows, List.of(),
                List.of(6, 20, 8, 12, 10, 9, 35)));
        return b;
    }

    private static long sum(List<FollowUpEvaluation> fs, ImplementationStatus s) {
        return fs.stream().mapToLong(f -> f.count(s)).sum();
    }
}
