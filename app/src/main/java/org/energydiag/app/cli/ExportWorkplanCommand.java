package org.energydiag.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.report.agency.WorkPlanWorkbook;
import org.energydiag.core.workspace.ProjectSummary;

/**
 * {@code export-workplan [FILE.edproj...] --out workplan.xlsx [--submitter 报送单位]}: 附件1 工作计划表
 * of the given project files, or of every project in the data folder when no file is given.
 */
final class ExportWorkplanCommand implements Command {

    @Override
    public String name() {
        return "export-workplan";
    }

    @Override
    public String usage() {
        return "export-workplan [文件.edproj...] --out 计划表.xlsx [--submitter 报送单位]  导出附件1 工作计划表（不给文件时含数据文件夹中全部项目）";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        Args a = Args.parse(args, name(), ".xlsx");
        List<DiagnosisProject> projects = projects(a.files(), s, out);
        String submitter = a.submitter() == null ? s.agencyName() : a.submitter();
        WorkPlanWorkbook.Model m = WorkPlanWorkbook.model(projects, submitter, s.agencyName());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            WorkPlanWorkbook.write(m, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        write(a.out(), bytes.toByteArray(), "Excel/WPS");
        out.println("已导出工作计划表：" + projects.size() + " 个项目（一、重点行业领域企业 " + m.enterpriseRows().size()
                + " 家；二、重点工业产品设备 " + m.productRows().size() + " 家）→ " + a.out().toAbsolutePath());
        return 0;
    }

    /** Parsed arguments shared by the agency exports. */
    record Args(List<Path> files, Path out, String submitter) {

        static Args parse(List<String> args, String command, String extension) throws CliException {
            String usage = "用法：" + command + " [文件.edproj...] --out 文件" + extension + " [--submitter 报送单位]";
            List<Path> files = new ArrayList<>();
            String out = null;
            String submitter = null;
            for (int i = 0; i < args.size(); i++) {
                String x = args.get(i);
                if (x.equals("--out") || x.equals("--submitter")) {
                    String v = Command.option(args.subList(i, args.size()), x);
                    if (x.equals("--out")) {
                        out = v;
                    } else {
                        submitter = v.trim();
                    }
                    i++;
                } else if (x.startsWith("--")) {
                    throw new CliException("未知选项 " + x + "。" + usage);
                } else {
                    files.add(Path.of(x));
                }
            }
            if (out == null) {
                throw new CliException("缺少 --out：请指定要生成的文件。" + usage);
            }
            if (!out.toLowerCase(Locale.ROOT).endsWith(extension)) {
                throw new CliException("输出文件 " + out + " 的扩展名应为 " + extension + "，请改用例如 --out 文件" + extension + "。");
            }
            return new Args(files, Path.of(out), submitter);
        }
    }

    /**
     * The projects of the given files (every bad file named at once), or all active projects of the
     * data folder when no file is given. A project given twice (same ID) is taken once.
     */
    static List<DiagnosisProject> projects(List<Path> files, CliServices s, PrintStream out) throws CliException {
        List<DiagnosisProject> projects = new ArrayList<>();
        if (files.isEmpty()) {
            List<ProjectSummary> all = s.projects().listActive();
            if (all.isEmpty()) {
                throw new CliException("数据文件夹 " + s.dataDir() + " 中还没有项目。请在命令后列出要汇总的 .edproj 文件，"
                        + "或先用 import 导入项目。");
            }
            for (ProjectSummary p : all) {
                s.projects().load(p.id()).ifPresent(projects::add);
            }
            return projects;
        }
        List<String> problems = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Path f : files) {
            try {
                DiagnosisProject p = ProjectFile.read(f);
                if (ids.add(p.id())) {
                    projects.add(p);
                } else {
                    out.println("提示：" + f + " 与前面的文件是同一个项目（ID " + p.id() + "），只计一次。");
                }
            } catch (ProjectFileException e) {
                String msg = e.getMessage();
                // ProjectFile's messages usually name the file already
                problems.add("  " + (msg.contains(String.valueOf(f.getFileName())) ? msg : f + "：" + msg));
            }
        }
        if (!problems.isEmpty()) {
            throw new CliException("以下项目文件无法读取，未生成文件：\n" + String.join("\n", problems)
                    + "\n请检查文件路径是否正确、文件是否为 EnergyDiag 导出的 .edproj 项目文件（可用 validate 命令检查）。");
        }
        return projects;
    }

    /** Writes the document atomically; a failure names the file and what to check. */
    static void write(Path target, byte[] bytes, String app) throws CliException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CliException("无法写入 " + target + "：文件夹 " + dir + " 不存在，请先创建该文件夹或换一个输出位置。");
        }
        try {
            ProjectFile.writeAtomically(target, bytes);
        } catch (IOException e) {
            throw new CliException("无法写入 " + target + "：" + e.getMessage() + "。请检查是否有写入权限，或该文件是否正被 "
                    + app + " 打开（关闭后重试）。");
        }
    }
}
