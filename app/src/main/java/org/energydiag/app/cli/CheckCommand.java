package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.app.text.Texts;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.evaluation.ProjectEvaluation;
import org.energydiag.core.report.Deliverables;
import org.energydiag.core.io.ProjectFile;
import org.energydiag.core.io.ProjectFileException;
import org.energydiag.core.project.DiagnosisProject;

/**
 * {@code check FILE.edproj [--json]}: the plan check (方案检查) of the one evaluation: each issue
 * with its rule, level, section, message and where to fix it. Exit 0 without errors (warnings
 * allowed), 2 with errors.
 */
final class CheckCommand implements Command {

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return Texts.get("cli.check.usage");
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        List<String> unknown = args.stream().filter(a -> a.startsWith("--") && !a.equals("--json")).toList();
        if (files.size() != 1 || !unknown.isEmpty()) {
            throw new CliException((unknown.isEmpty() ? "" : Texts.format("cli.check.unknownOption", String.join(" ", unknown)))
                    + Texts.get("cli.check.usageError"));
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException(Texts.format("cli.check.failed", e.getMessage()));
        }
        ProjectEvaluation ev = s.evaluate(p);
        if (args.contains("--json")) {
            try {
                out.println(BalanceCommand.mapper().writeValueAsString(json(ev)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            print(ev, out);
        }
        return ev.hasErrors() ? 2 : 0;
    }

    static Map<String, Object> json(ProjectEvaluation ev) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("project", ev.project().displayName());
        root.put("date", ev.date().toString());
        root.put("evaluable", ev.evaluable());
        root.put("evaluationLevel", ev.report().evaluationLevel());
        root.put("missing", ev.missing());
        root.put("errors", ev.errors().size());
        root.put("warnings", ev.warnings().size());
        List<Map<String, Object>> list = new ArrayList<>();
        for (CheckIssue c : ev.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", c.rule());
            m.put("level", c.isError() ? "error" : "warning");
            m.put("section", c.section());
            m.put("message", c.message());
            m.put("fix", c.target());
            list.add(m);
        }
        root.put("checks", list);
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Deliverables.Deliverable d : Deliverables.of(ev)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", d.kind().name());
            m.put("title", d.title());
            m.put("product", d.product());
            m.put("canWrite", d.canWrite());
            m.put("complete", d.complete());
            m.put("missing", d.missing());
            docs.add(m);
        }
        root.put("documents", docs);
        return root;
    }

    /** The check as lines, as validate, check and export-plan print it. */
    static void print(ProjectEvaluation ev, PrintStream out) {
        out.println(Texts.format("cli.check.heading", ev.report().evaluationLevel()));
        if (!ev.loads().isEmpty()) {
            out.println("  " + Texts.format("cli.meters.used", ev.loads().size()));
        }
        if (ev.checks().isEmpty()) {
            out.println("  " + Texts.get("cli.check.noIssues"));
        }
        for (CheckIssue c : ev.checks()) {
            out.println("  " + c.line());
        }
        out.println("  " + Texts.format("cli.check.counts", ev.errors().size(), ev.warnings().size()));
        printDocuments(ev, out);
    }

    /** Each document the notice asks for: complete, writable with gaps, or not yet, with what it lacks. */
    static void printDocuments(ProjectEvaluation ev, PrintStream out) {
        out.println(Texts.get("cli.check.documents"));
        for (Deliverables.Deliverable d : Deliverables.of(ev)) {
            String state = d.state();
            out.println("  " + Texts.format("cli.check.document", d.title(), state));
            // the plan's own errors are listed above; the other documents' gaps here
            if (d.kind() != Deliverables.Kind.PLAN && d.kind() != Deliverables.Kind.SATISFACTION_FORM) {
                d.missing().forEach(m -> out.println("    - " + m));
            }
        }
    }
}
