package org.energydiag.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.energydiag.app.text.Texts;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.agency.AnnualSummary;

/**
 * {@code export-summary [FILE.edproj...] --out summary.docx [--submitter 报送单位]}: the 附件4 annual
 * summary draft of the given project files, or of every project in the data folder when no file
 * is given. Dated today (the services' clock, system time zone).
 */
final class ExportSummaryCommand implements Command {

    @Override
    public String name() {
        return "export-summary";
    }

    @Override
    public String usage() {
        return Texts.get("cli.exportSummary.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        ExportWorkplanCommand.Args a = ExportWorkplanCommand.Args.parse(args, name(), ".docx");
        List<DiagnosisProject> projects = ExportWorkplanCommand.projects(a.files(), s, out);
        String submitter = a.submitter() == null ? s.agencyName() : a.submitter();
        LocalDate today = LocalDate.now(s.clock());
        List<org.energydiag.core.evaluation.ProjectEvaluation> evaluations = projects.stream().map(s::evaluate).toList();
        AnnualSummary.Model m = AnnualSummary.model(evaluations, FollowUpCommand.followUps(evaluations, s, today), submitter, today);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            AnnualSummary.write(m, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ExportWorkplanCommand.write(a.out(), bytes.toByteArray(), "Word/WPS");
        out.println(Texts.format("cli.exportSummary.done", projects.size(), a.out().toAbsolutePath()));
        out.println(Texts.get("cli.exportSummary.fillIn"));
        return 0;
    }
}
