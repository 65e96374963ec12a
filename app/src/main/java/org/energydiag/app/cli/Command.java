package org.energydiag.app.cli;

import java.io.PrintStream;
import java.util.List;
import org.energydiag.app.text.Texts;

/** One command of the command line. */
public interface Command {
    String name();

    /** One line for --help, e.g. "demo --out 文件.edproj   生成示例项目". */
    String usage();

    /**
     * True for a command that changes the data folder (a writer): the leftovers of an interrupted
     * writer are swept before it runs ({@code AppContext.sweepOrphans}).
     */
    default boolean writesDataFolder() {
        return false;
    }

    /** @return the exit code: 0 success, 2 invalid input or findings */
    int run(List<String> args, CliServices services, PrintStream out) throws CliException;

    /** The value after {@code option}, or null when the option is absent. */
    static String option(List<String> args, String option) throws CliException {
        int i = args.indexOf(option);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new CliException(Texts.format("cli.missingValue", option));
        }
        return args.get(i + 1);
    }

    /**
     * The arguments of a command that writes one .docx from one project file: the file, {@code --out}
     * (must end in .docx) and the optional {@code --template}; {@code otherValued} names the command's
     * other options that take a value (their values are not files).
     *
     * @param usageError the bundle key of the usage message (no file, several files or no --out)
     * @param notDocx    the bundle key of the message for an --out that is not a .docx
     */
    static DocxArgs docxArgs(List<String> args, String usageError, String notDocx, String... otherValued) throws CliException {
        String target = option(args, "--out");
        String template = option(args, "--template");
        List<String> valued = new java.util.ArrayList<>(List.of("--out", "--template"));
        valued.addAll(List.of(otherValued));
        List<String> files = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (valued.contains(a)) {
                i++; // its value
            } else if (!a.startsWith("--")) {
                files.add(a);
            }
        }
        if (files.size() != 1 || target == null) {
            throw new CliException(Texts.get(usageError));
        }
        if (!target.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new CliException(Texts.get(notDocx));
        }
        return new DocxArgs(files.get(0), target, template);
    }

    /** See {@link #docxArgs}; {@code template} null when not given. */
    record DocxArgs(String file, String target, String template) {
        java.nio.file.Path templatePath() {
            return template == null ? null : java.nio.file.Path.of(template);
        }
    }
}
