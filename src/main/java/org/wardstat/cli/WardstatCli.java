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
        subcommands = {DemoCommand.class, CatalogCommand.class, IngestCommand.class, TemplateCommand.class, StatusCommand.class,
                ReportCommand.class, EditionsCommand.class, JobsCommand.class, RunsCommand.class, CompareCommand.class, AttainmentCommand.class, RolloutCommand.class, BenchmarkCommand.class,
                UsersCommand.class, ServeCommand.class, WorkerCommand.class,
                ApprovalCommands.Approve.class, ApprovalCommands.Lock.class, ApprovalCommands.Unlock.class, ApprovalCommands.Status.class,
                ExplainCommand.class, AuditCommand.class, SummariesCommand.class,
                CommandLine.HelpCommand.class})
// descriptions, option texts and exit codes are in messages_vi/en.properties (keys "wardstat.…"), so help follows --lang
public class WardstatCli implements Runnable {

    static final int REJECTED_ROWS = 3;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "vi|en", defaultValue = "${env:WARDSTAT_LANG:-vi}")
    String language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        LogFile.begin();
        PeakHeap.reportAtExitIfAsked();
        // the language is known before parsing, so that help and a wrong argument speak it
        Messages messages = Messages.forLanguage(language(args, System.getenv("WARDSTAT_LANG")));
        CommandLine commandLine = new CommandLine(new WardstatCli())
                .setUsageHelpWidth(100)
                .setResourceBundle(messages.bundle())
                .setParameterExceptionHandler(new WrongUsage(messages))
                .setExecutionExceptionHandler(WardstatCli::report);
        ArgumentTypes.register(commandLine);
        helpCommandSpeaks(commandLine, messages);
        return commandLine.execute(args);
    }

    /** picocli's own "help" subcommand takes no text from the bundle: its lines are set here. */
    private static void helpCommandSpeaks(CommandLine commandLine, Messages messages) {
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            if (sub.getCommand() instanceof CommandLine.HelpCommand) {
                sub.getCommandSpec().usageMessage().header(messages.get("cli.help-command")).description(new String[0])
                        .synopsisHeading(messages.get("usage.synopsisHeading"));
            } else {
                helpCommandSpeaks(sub, messages);
            }
        }
    }

    /** {@code --lang en} or {@code --lang=en} anywhere on the line, else the environment's, else Vietnamese. */
    static String language(String[] args, String environment) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return environment == null || environment.isBlank() ? "vi" : environment;
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
