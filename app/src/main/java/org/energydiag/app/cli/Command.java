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
}
