package org.energydiag.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.energydiag.core.report.plan.Chapter;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.validation.ValidationIssue;

/**
 * {@code validate FILE.edproj}: prints the findings of the validation of the enterprise data and
 * the plan check ({@link CheckCommand}). Exit 0 when valid
 * (warnings allowed), 2 when the file is unreadable or has errors.
 */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return Texts.get("cli.validate.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        if (args.size() != 1) {
            throw new CliException(Texts.get("cli.validate.usageError"));
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(args.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.validate.failed", e.getMessage()));
        }
        List<ValidationIssue> issues = s.validator().validate(p.enterprise());
        out.println(Texts.format("cli.validate.heading", p.displayName(), args.get(0)));
        org.energydiag.core.evaluation.ProjectEvaluation ev = s.evaluate(p);
        // every chapter's own data as its step in the window checks it (the enterprise always named)
        Chapter.Inputs in = new Chapter.Inputs(p, ev.analysis(), issues);
        long errors = 0;
        long warnings = 0;
        for (Chapter c : Chapter.values()) {
            List<ValidationIssue> own = c.issues(in);
            if (own.isEmpty() && c != Chapter.ENTERPRISE) {
                continue;
            }
            out.println(Texts.format("cli.validate.chapter", c.numbering(), c.title()));
            for (ValidationIssue i : own) {
                if (!c.inPlan()) { // inputs of another report (碳足迹): what that report lacks, not an error of the plan
                    out.println("  " + Texts.format("cli.validate.reportGap", i.where(), i.message()));
                    warnings++;
                    continue;
                }
                out.println("  " + i.display());
                if (i.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        CheckCommand.print(ev, out);
        errors += ev.errors().size();
        warnings += ev.warnings().size();
        if (errors == 0) {
            out.println(warnings > 0 ? Texts.format("cli.validate.passedWithWarnings", warnings) : Texts.get("cli.validate.passed"));
            return 0;
        }
        out.println(Texts.format("cli.validate.failedChecks", errors, warnings));
        return 2;
    }
}
