package org.wardstat.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.wardstat.jobs.RunHistory;
import org.wardstat.jobs.RunLauncher;
import org.wardstat.jobs.RunView;
import org.wardstat.report.archive.Editions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The run history, from Spring Batch's job repository. Every command here first marks failed the
 * runs whose process died (no heartbeat), so a killed run can be restarted or abandoned with no
 * server running.
 */
@Command(name = "runs", mixinStandardHelpOptions = true,
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Restart.class, RunsCommand.Abandon.class})
class RunsCommand implements Runnable {

    @ParentCommand
    WardstatCli root;

    @Override
    public void run() {
        ListRuns list = new ListRuns();
        list.runs = this;
        list.call();
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListRuns implements Callable<Integer> {
        @ParentCommand
        RunsCommand runs;

        @Option(names = "--limit", defaultValue = "20", paramLabel = "N")
        int limit = 20;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(runs.root.language)) {
                app.bean(RunLauncher.class).recoverDead();
                RunPrinter printer = new RunPrinter(app);
                app.out.println(RunPrinter.header(app.messages));
                app.bean(RunHistory.class).recent(limit).forEach(run -> app.out.println(printer.line(run)));
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static class Show implements Callable<Integer> {
        @ParentCommand
        RunsCommand runs;

        @Parameters(paramLabel = "ID", description = "Số lượt, ví dụ 12 (xem runs list). Run number.")
        long id;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(runs.root.language)) {
                app.bean(RunLauncher.class).recoverDead();
                RunPrinter printer = new RunPrinter(app);
                RunView run = find(app, id);
                printer.summary(run);
                app.bean(RunHistory.class).steps(id).forEach(step -> app.out.println(printer.step(step)));
                app.bean(Editions.class).ofRun(id).forEach(edition -> app.out.println("  " + edition.path()));
                return 0;
            }
        }
    }

    @Command(name = "restart", mixinStandardHelpOptions = true)
    static class Restart implements Callable<Integer> {
        @ParentCommand
        RunsCommand runs;

        @Parameters(paramLabel = "ID", description = "Số lượt, ví dụ 12 (xem runs list). Run number.")
        long id;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(runs.root.language)) {
                RunView before = find(app, id);
                Optional<RunLauncher.Launch> launch = app.bean(RunLauncher.class).restart(id);
                if (launch.isEmpty()) {
                    RunView now = find(app, id);
                    app.out.println(app.messages.get("cli.run.not-restartable", id, RunPrinter.status(now == null ? before : now, app.messages)));
                    return 1;
                }
                return new RunPrinter(app).follow(launch.get());
            }
        }
    }

    @Command(name = "abandon", mixinStandardHelpOptions = true)
    static class Abandon implements Callable<Integer> {
        @ParentCommand
        RunsCommand runs;

        @Parameters(paramLabel = "ID", description = "Số lượt, ví dụ 12 (xem runs list). Run number.")
        long id;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(runs.root.language)) {
                find(app, id);
                if (!app.bean(RunLauncher.class).abandon(id)) {
                    app.out.println(app.messages.get("cli.run.not-abandonable", id, RunPrinter.status(find(app, id), app.messages)));
                    return 1;
                }
                app.out.println(app.messages.get("cli.run.abandoned", id));
                return 0;
            }
        }
    }

    static RunView find(Wardstat app, long id) {
        return app.bean(RunHistory.class).find(id)
                .orElseThrow(() -> new IllegalArgumentException(app.messages.get("cli.run.unknown", id)));
    }
}
