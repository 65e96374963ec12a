package org.energydiag.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
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
        return "validate 文件.edproj          校验项目文件；有效时退出码 0，有错误时 2";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        if (args.size() != 1) {
            throw new CliException("用法：validate 文件.edproj");
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(args.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException("无法校验：" + e.getMessage());
        }
        List<ValidationIssue> issues = s.validator().validate(p.enterprise());
        long errors = issues.stream().filter(ValidationIssue::isError).count();
        long warnings = issues.size() - errors;
        out.println("项目：" + p.displayName() + "（" + args.get(0) + "）");
        out.println("【企业基本情况】");
        for (ValidationIssue i : issues) {
            out.println("  " + i.display());
        }
        org.energydiag.core.evaluation.ProjectEvaluation ev = s.evaluate(p);
        CheckCommand.print(ev, out);
        errors += ev.errors().size();
        warnings += ev.warnings().size();
        if (errors == 0) {
            out.println("校验通过" + (warnings > 0 ? "，有 " + warnings + " 条提示" : "") + "。");
            return 0;
        }
        out.println("校验未通过：" + errors + " 个错误，" + warnings + " 条提示。");
        return 2;
    }
}
