package org.energydiag.core.report.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.project.DiagnosisProject;
import org.energydiag.core.diagnosis.RetrofitReport;
import org.energydiag.core.text.Texts;

/**
 * Exports the plan (.docx) and, next to it, the two lists of 随附材料 as .xlsx
 * ({@code …-诊断问题清单.xlsx}, {@code …-改造项目清单.xlsx}). Every file is written to a temporary
 * file in the same folder and moved into place, so a failure never leaves a half-written file.
 */
public final class PlanExport {

    private PlanExport() {
    }

    /** @return the files written, the plan first */
    public static List<Path> write(ProjectEvaluation ev, Map<String, PlanDocxWriter.Figure> figures, Path template, Path out)
            throws IOException {
        DiagnosisProject p = ev.project();
        RetrofitReport r = ev.report();
        Path target = out.toAbsolutePath();
        if (template != null && !Files.isRegularFile(template)) {
            throw new IllegalArgumentException(Texts.format("plan.templateMissing", template.toAbsolutePath()));
        }
        List<Path> written = new ArrayList<>();
        atomic(target, o -> {
            try (InputStream t = template == null ? null : Files.newInputStream(template)) {
                new PlanDocxWriter(ev, figures).write(t, o);
            }
        });
        written.add(target);
        String stem = target.getFileName().toString().replaceAll("(?i)\\.docx$", "");
        Path findings = target.resolveSibling(Texts.format("plan.findingsFile", stem));
        atomic(findings, o -> ListsWorkbook.findings(p, r, o));
        written.add(findings);
        Path projects = target.resolveSibling(Texts.format("plan.projectsFile", stem));
        atomic(projects, o -> ListsWorkbook.projects(p, r, o));
        written.add(projects);
        return written;
    }

    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void atomic(Path target, Writer w) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) {
                w.write(o);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
