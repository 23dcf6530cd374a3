package org.wardstat.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.wardstat.system.ConnectionLoss;
import org.wardstat.system.ExplainedFailure;
import org.wardstat.system.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The command line. Parsing and help happen before anything starts, so {@code --help} is
 * instant; a command that needs the database starts the application itself.
 */
@Command(name = "wardstat", mixinStandardHelpOptions = true, version = "wardstat 0.1",
        description = {"Thống kê an ninh, trật tự của Công an phường: nạp số liệu, so sánh cùng kỳ, báo cáo PDF.",
                "Ward police statistics: load files, compare with the same period last year, PDF briefings."},
        subcommands = {DemoCommand.class, CatalogCommand.class, IngestCommand.class, TemplateCommand.class, StatusCommand.class,
                ReportCommand.class, JobsCommand.class, RunsCommand.class, CompareCommand.class, AttainmentCommand.class, RolloutCommand.class, BenchmarkCommand.class,
                UsersCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (nothing or not everything was done)", "2:wrong usage",
                "3:loaded, but some rows were rejected (see the reject file)"})
public class WardstatCli implements Runnable {

    static final int REJECTED_ROWS = 3;

    @Option(names = "--lang", scope = ScopeType.INHERIT, defaultValue = "${env:WARDSTAT_LANG:-vi}",
            description = "Ngôn ngữ thông báo và báo cáo: vi (mặc định) hoặc en. Language: vi (default) or en.")
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        LogFile.begin();
        return new CommandLine(new WardstatCli())
                .setUsageHelpWidth(100)
                .setExecutionExceptionHandler(WardstatCli::report)
                .execute(args);
    }

    /**
     * A failure is told in one sentence of the user's language, never as a stack trace: a failure
     * wardstat explains (a database in use, a bad catalog file) in its own words, anything else
     * briefly with the log file that holds the details. WARDSTAT_DEBUG=1 prints the trace too.
     */
    private static int report(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        CommandLine root = commandLine;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Messages messages = Messages.forLanguage(((WardstatCli) root.getCommand()).language);
        Path log = LogFile.path();
        LogFile.append(log, commandLine.getCommandName(), e);
        commandLine.getErr().println("wardstat: " + sentence(e, messages, log));
        if (System.getenv("WARDSTAT_DEBUG") != null) {
            e.printStackTrace(commandLine.getErr());
        }
        return 1;
    }

    /** wardstat's own exceptions carry the user's sentence; others are unexpected. */
    static String sentence(Throwable e, Messages messages, Path log) {
        Optional<ExplainedFailure> explained = ExplainedFailure.in(e);
        if (explained.isPresent()) {
            return explained.get().message(messages);
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.wardstat.") && t.getMessage() != null) {
                return t.getMessage();
            }
        }
        if (ConnectionLoss.in(e)) {
            return messages.get("cli.connection-lost", messages.get("db.connection-lost"), log);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("");
        return messages.get("cli.failed", what, log);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
