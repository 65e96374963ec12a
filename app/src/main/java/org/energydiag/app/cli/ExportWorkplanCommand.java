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
import org.energydiag.app.text.Texts;
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
        return Texts.get("cli.exportWorkplan.usage");
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
        out.println(Texts.format("cli.exportWorkplan.done", projects.size(), m.enterpriseRows().size(), m.productRows().size(),
                a.out().toAbsolutePath()));
        return 0;
    }

    /** Parsed arguments shared by the agency exports. */
    record Args(List<Path> files, Path out, String submitter) {

        static Args parse(List<String> args, String command, String extension) throws CliException {
            String usage = Texts.format("cli.agencyExport.usageError", command, extension);
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
                    throw new CliException(Texts.format("cli.agencyExport.unknownOption", x) + usage);
                } else {
                    files.add(Path.of(x));
                }
            }
            if (out == null) {
                throw new CliException(Texts.get("cli.agencyExport.missingOut") + usage);
            }
            if (!out.toLowerCase(Locale.ROOT).endsWith(extension)) {
                throw new CliException(Texts.format("cli.agencyExport.badExtension", out, extension));
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
                throw new CliException(Texts.format("cli.agencyExport.noProjects", s.dataDir()));
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
                    out.println(Texts.format("cli.agencyExport.sameProject", f, p.id()));
                }
            } catch (ProjectFileException e) {
                String msg = e.getMessage();
                // ProjectFile's messages usually name the file already
                problems.add("  " + (msg.contains(String.valueOf(f.getFileName())) ? msg : f + "：" + msg));
            }
        }
        if (!problems.isEmpty()) {
            throw new CliException(Texts.format("cli.agencyExport.unreadable", String.join("\n", problems)));
        }
        return projects;
    }

    /** Writes the document atomically; a failure names the file and what to check. */
    static void write(Path target, byte[] bytes, String app) throws CliException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CliException(Texts.format("cli.agencyExport.noFolder", target, dir));
        }
        try {
            ProjectFile.writeAtomically(target, bytes);
        } catch (IOException e) {
            throw new CliException(Texts.format("cli.agencyExport.cannotWrite", target, org.energydiag.core.io.DiskSpace.reason(e, target), app));
        }
    }
}
