package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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

    private static final String USAGE = "用法：export-form 文件.edproj --out 企业满意度调查表.pdf（或 .docx）";

    @Override
    public String name() {
        return "export-form";
    }

    @Override
    public String usage() {
        return "export-form 文件.edproj --out 表.pdf|.docx   企业满意度调查表（附件3）";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        String target = Command.option(args, "--out");
        List<String> files = args.stream().filter(a -> !a.startsWith("--") && !a.equals(target)).toList();
        if (files.size() != 1 || target == null) {
            throw new CliException(USAGE);
        }
        Path in = Path.of(files.get(0));
        Path outFile = Path.of(target);
        String lower = outFile.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean pdf = lower.endsWith(".pdf");
        if (!pdf && !lower.endsWith(".docx")) {
            throw new CliException("输出文件 " + target + " 的扩展名应为 .pdf 或 .docx（决定导出 PDF 还是 Word）。" + USAGE);
        }
        if (!Files.isRegularFile(in)) {
            throw new CliException("找不到项目文件 " + in + "，请检查路径（应为 .edproj 文件）。");
        }
        if (Files.isDirectory(outFile)) {
            throw new CliException("输出路径 " + target + " 是一个文件夹，请给出文件名，如 " + target + "/企业满意度调查表.pdf。");
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(in);
        } catch (ProjectFileException e) {
            throw new CliException("无法读取项目文件 " + in + "：" + e.getMessage());
        }
        SatisfactionForm form = SatisfactionForm.of(p);
        try {
            if (pdf) {
                SatisfactionFormPdf.write(form, outFile);
            } else {
                SatisfactionFormDocx.write(form, outFile);
            }
        } catch (FormFontException e) {
            throw new CliException("无法导出 PDF：" + e.getMessage() + " 也可改为导出 .docx。");
        } catch (IOException e) {
            throw new CliException("无法写入 " + outFile + "：" + e.getMessage() + "。请检查文件夹是否存在、是否有写入权限，"
                    + "以及文件是否正被其他程序（如 Word、WPS）打开。");
        }
        out.println("已导出 企业满意度调查表（" + p.displayName() + "）：" + outFile.toAbsolutePath());
        return 0;
    }
}
