package org.energydiag.core.sync;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.footprint.FootprintResult;
import org.energydiag.core.report.Deliverables;
import org.energydiag.core.report.carbon.CarbonReportWriter;
import org.energydiag.core.report.diagnosis.DiagnosisReportDocxWriter;
import org.energydiag.core.report.diagnosis.DiagnosisReportModel;
import org.energydiag.core.report.footprint.FootprintDocxWriter;
import org.energydiag.core.report.footprint.FootprintReport;
import org.energydiag.core.report.plan.PlanDocxWriter;

/**
 * The reports a submission carries beside the plan, written from the plan's own evaluation: the
 * 节能降碳诊断报告 and the 企业碳排放核算报告 when they can be written ({@link Deliverables}; gaps marked
 * 【待补充】 as in an export), and each 产品碳足迹核算报告 that is complete. What is left out, and why, is
 * {@link Deliverables#of}'s to say.
 */
public final class SubmissionReports {

    /** The agency's templates of the reports (null: the default layout). */
    public interface Templates {
        InputStream diagnosis() throws IOException;

        InputStream carbon() throws IOException;

        InputStream footprint() throws IOException;

        Templates DEFAULT = new Templates() {
            @Override
            public InputStream diagnosis() {
                return null;
            }

            @Override
            public InputStream carbon() {
                return null;
            }

            @Override
            public InputStream footprint() {
                return null;
            }
        };
    }

    private SubmissionReports() {
    }

    /**
     * @param figures the plan's figures of the same evaluation (the diagnosis report prints them too)
     * @param chart   the footprint chart of a result (drawn by the app)
     */
    public static List<SubmissionBuilder.Report> write(ProjectEvaluation ev, Map<String, PlanDocxWriter.Figure> figures,
                                                       Function<FootprintResult, PlanDocxWriter.Figure> chart, Templates templates)
            throws IOException {
        List<SubmissionBuilder.Report> out = new ArrayList<>();
        int footprints = 0;
        for (Deliverables.Deliverable d : Deliverables.of(ev)) {
            if (!d.canWrite()) {
                continue;
            }
            switch (d.kind()) {
                case DIAGNOSIS_REPORT -> out.add(new SubmissionBuilder.Report(SubmissionPart.Kind.DIAGNOSIS_REPORT,
                        SubmissionBuilder.DIAGNOSIS_REPORT_PART, bytes(o -> {
                            try (InputStream t = templates.diagnosis()) {
                                new DiagnosisReportDocxWriter(DiagnosisReportModel.of(ev)).write(t, figures, o);
                            }
                        })));
                case CARBON_REPORT -> out.add(new SubmissionBuilder.Report(SubmissionPart.Kind.CARBON_REPORT,
                        SubmissionBuilder.CARBON_REPORT_PART, bytes(o -> {
                            try (InputStream t = templates.carbon()) {
                                new CarbonReportWriter(ev).write(t, o);
                            }
                        })));
                case FOOTPRINT_REPORT -> {
                    FootprintReport r = FootprintReport.of(ev, d.product()).orElseThrow();
                    out.add(new SubmissionBuilder.Report(SubmissionPart.Kind.FOOTPRINT_REPORT,
                            SubmissionBuilder.FOOTPRINT_PART_STEM + (++footprints) + ".docx", bytes(o -> {
                                try (InputStream t = templates.footprint()) {
                                    new FootprintDocxWriter(r, chart.apply(r.result())).write(t, o);
                                }
                            })));
                }
                default -> {
                    // the plan and the form travel as their own parts (SubmissionBuilder)
                }
            }
        }
        return out;
    }

    private interface Body {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static byte[] bytes(Body body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            body.write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }
}
