package org.energydiag.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.energydiag.core.evaluation.CheckIssue;
import org.energydiag.core.evaluation.ProjectEvaluation;
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
        return "check 文件.edproj [--json]     方案检查：各章节数字是否一致、必填项、日期；有错误时退出码 2";
    }

    @Override
    public int run(List<String> args, CliServices s, PrintStream out) throws CliException {
        List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        List<String> unknown = args.stream().filter(a -> a.startsWith("--") && !a.equals("--json")).toList();
        if (files.size() != 1 || !unknown.isEmpty()) {
            throw new CliException((unknown.isEmpty() ? "" : "不认识的选项 " + String.join(" ", unknown) + "。")
                    + "用法：check 文件.edproj [--json]");
        }
        DiagnosisProject p;
        try {
            p = ProjectFile.read(Path.of(files.get(0)));
        } catch (ProjectFileException e) {
            throw new CliException("无法检查方案：" + e.getMessage());
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
        return root;
    }

    /** The check as lines, as validate, check and export-plan print it. */
    static void print(ProjectEvaluation ev, PrintStream out) {
        out.println("【方案检查】诊断综合评价：" + ev.report().evaluationLevel());
        if (ev.checks().isEmpty()) {
            out.println("  各章节数字一致，必填项齐全。");
        }
        for (CheckIssue c : ev.checks()) {
            out.println("  " + c.line());
        }
        out.println("  方案检查：" + ev.errors().size() + " 个错误，" + ev.warnings().size() + " 条提醒。");
    }
}
