package org.energydiag.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.energydiag.core.workspace.StoreException;

/**
 * The command line: {@code java -jar energydiag.jar [--data-dir DIR] COMMAND ...}.
 * Exit codes: 0 success; 2 bad input, invalid project or refused operation (with a message that
 * names what is wrong); 1 only for an internal error.
 */
public final class Cli {

    private static final Logger LOG = Logger.getLogger(Cli.class.getName());

    private final List<Command> commands = List.of(new DemoCommand(), new ValidateCommand(), new ListCommand(),
            new ExportCommand(), new ImportCommand(), new BackupCommand(), new BalanceCommand(), new MeterImportCommand(), new CatalogueCommand(), new RateCommand(),
            new TasksCommand(), new CheckCommand(), new ExportPlanCommand(),
            new ExportWorkplanCommand(), new ExportSummaryCommand(), new ExportFormCommand(), new ProcessCommand());

    public static boolean isCommand(String word) {
        return new Cli().commands.stream().anyMatch(c -> c.name().equals(word))
                || word.equals("help") || word.equals("--help") || word.equals("-h") || word.equals("--version");
    }

    public int run(List<String> args, CliServices services, PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            printHelp(out);
            return 0;
        }
        if (args.get(0).equals("--version")) {
            out.println(services.generator());
            return 0;
        }
        Command cmd = commands.stream().filter(c -> c.name().equals(args.get(0))).findFirst().orElse(null);
        if (cmd == null) {
            err.println("未知命令：" + args.get(0) + "。用 --help 查看可用命令。");
            return 2;
        }
        try {
            return cmd.run(new ArrayList<>(args.subList(1, args.size())), services, out);
        } catch (CliException | StoreException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "command " + cmd.name() + " failed", e);
            err.println("内部错误：" + e + "。详情见数据文件夹中的 logs/ 日志，请发给技术支持。");
            return 1;
        }
    }

    public void printHelp(PrintStream out) {
        out.println("EnergyDiag 节能降碳诊断助手");
        out.println();
        out.println("用法：java -jar energydiag.jar [--data-dir 文件夹] [命令 参数...]");
        out.println("不带命令时打开图形界面。");
        out.println();
        out.println("命令：");
        for (Command c : commands) {
            out.println("  " + c.usage());
        }
        out.println("  --help                        显示本帮助");
        out.println("  --version                     显示版本");
        out.println();
        out.println("选项：");
        out.println("  --data-dir 文件夹             数据文件夹（默认 ~/.energydiag，也可用环境变量 ENERGYDIAG_HOME）");
        out.println();
        out.println("退出码：0 成功；2 输入有误或校验未通过（信息中注明字段）；1 内部错误。");
    }
}
