package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.energydiag.app.text.Texts;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.form.FormFontException;
import org.energydiag.core.report.form.SatisfactionForm;
import org.energydiag.core.report.form.SatisfactionFormDocx;
import org.energydiag.core.report.form.SatisfactionFormPdf;

/**
 * {@code export-form FILE.edproj --out 表.pdf|表.docx}: 企业满意度调查表 (附件3) filled from the
 * project (enterprise, first contact, recorded answers), as PDF or Word by the extension.
 */
final class ExportFormCommand implements Command {

    @Override
    public String name() {
        return "export-form";
    }

    @Override
    public String usage() {
        return Texts.get("cli.exportForm.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        List<String> files = args.stream().filter(a -> !a.startsWith("--") && !a.equals(target)).toList();
        if (files.size() != 1 || target == null) {
            throw new CliException(Texts.get("cli.exportForm.usageError"));
        }
        Path in = Path.of(files.get(0));
        Path outFile = Path.of(target);
        String lower = outFile.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = lower.endsWith(".pdf");
        if (!pdf && !lower.endsWith(".docx")) {
            throw new CliException(Texts.format("cli.exportForm.badExtension", target) + Texts.get("cli.exportForm.usageError"));
        }
        if (!Files.isRegularFile(in)) {
            throw new CliException(Texts.format("cli.exportForm.noProjectFile", in));
        }
        if (Files.isDirectory(outFile)) {
            throw new CliException(Texts.format("cli.exportForm.outIsFolder", target));
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(in);
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.exportForm.cannotRead", in, e.getMessage()));
        }
        SatisfactionForm form = SatisfactionForm.of(p);
        try {
            if (pdf) {
                SatisfactionFormPdf.write(form, outFile);
            } else {
                SatisfactionFormDocx.write(form, outFile);
            }
        } catch (FormFontException e) {
            throw new CliException(Texts.format("cli.exportForm.noPdf", e.getMessage()));
        } catch (IOException e) {
            throw new CliException(Texts.format("cli.exportForm.cannotWrite", outFile, org.energydiag.core.io.DiskSpace.reason(e, outFile)));
        }
        out.println(Texts.format("cli.exportForm.done", p.displayName(), outFile.toAbsolutePath()));
        return 0;
    }
}
