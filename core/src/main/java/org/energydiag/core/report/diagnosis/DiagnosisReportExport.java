package org.energydiag.core.report.diagnosis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.report.plan.PlanDocxWriter;
import org.energydiag.core.report.plan.PlanExport;
import org.energydiag.core.text.Texts;

/**
 * Exports the 节能降碳诊断报告 (.docx) of one evaluation, written to a temporary file in the target's
 * folder and moved into place ({@link PlanExport#atomic}), so a failure never leaves half a file.
 */
public final class DiagnosisReportExport {

    private DiagnosisReportExport() {
    }

    /**
     * Why the project cannot have a diagnosis report (a Chinese sentence naming what is missing), or
     * empty when it can: the report rests on the overall evaluation, which needs the base year's
     * consumption, the equipment inventory and the management checklist ({@link ProjectEvaluation#missing()}).
     */
    public static String refusal(ProjectEvaluation ev) {
        return ev.evaluable() ? "" : Texts.format("diagreport.notEvaluable", String.join("、", ev.missing()));
    }

    /**
     * Writes the report.
     *
     * @param template an agency's template with the plan's placeholders, or null for the default one
     * @throws IllegalArgumentException (Chinese message) when the project cannot have a report
     *                                  ({@link #refusal}) or the template is missing or not a usable .docx
     */
    public static Path write(ProjectEvaluation ev, Map<String, PlanDocxWriter.Figure> figures, Path template, Path out)
            throws IOException {
        String refusal = refusal(ev);
        if (!refusal.isEmpty()) {
            throw new IllegalArgumentException(refusal);
        }
        if (template != null && !Files.isRegularFile(template)) {
            throw new IllegalArgumentException(Texts.format("plan.templateMissing", template.toAbsolutePath()));
        }
        Path target = out.toAbsolutePath();
        DiagnosisReportModel model = DiagnosisReportModel.of(ev);
        PlanExport.atomic(target, o -> {
            try (InputStream t = template == null ? null : Files.newInputStream(template)) {
                new DiagnosisReportDocxWriter(model).write(t, figures, o);
            }
        });
        return target;
    }
}
