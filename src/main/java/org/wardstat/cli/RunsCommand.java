package org.wardstat.cli;

import java.util.concurrent.Callable;

import org.wardstat.jobs.JobRunner;
import org.wardstat.jobs.RunRepository;
import org.wardstat.jobs.RunView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "runs", mixinStandardHelpOptions = true,
        description = {"Các lượt chạy: danh sách với trạng thái và thời gian, chi tiết một lượt, chạy tiếp lượt bị lỗi.",
                "Runs: list with status and duration, show one, restart a failed one from where it stopped."},
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.Show.class, RunsCommand.Restart.class})
class RunsCommand implements Runnable {

    @ParentCommand
    WardstatCli root;

    @Override
    public void run() {
        ListRuns list = new ListRuns();
        list.runs = this;
        list.call();
    }

    @Command(name = "list", description = "Các lượt gần nhất. The latest runs.")
    static class ListRuns implements Callable<Integer> {
        @ParentCommand
        RunsCommand runs;

        @Option(names = "--limit", defaultValue = "20", description = "Số lượt (mặc định 20). How many.")
        int limit = 20;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(runs.root.language)) {
                app.out.println(RunPrinter.header(app.messages));
                app.bean(RunRepository.class).recent(limit).forEach(run -> app.out.println(RunPrinter.line(run, app.messages)));
                return 0;
            }
        }
    }

    @Command(name = "show", description = "Một lượt và từng mục của nó. One run and its items.")
    static class Show implements Callable<Integer> {
        @ParentCommand
        RunsCommand runs;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(runs.root.language)) {
                RunPrinter.summary(app, find(app, id));
                app.bean(RunRepository.class).items(id).forEach(item -> app.out.println(RunPrinter.item(item, app.messages)));
                return 0;
            }
        }
    }

    @Command(name = "restart", description = {"Chạy tiếp một lượt bị lỗi từ chỗ dừng: mục đã xong không làm lại.",
            "Restart a failed run from where it stopped: items done are not done again."})
    static class Restart implements Callable<Integer> {
        @ParentCommand
        RunsCommand runs;

        @Parameters(paramLabel = "ID")
        long id;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(runs.root.language)) {
                JobRunner runner = app.bean(JobRunner.class);
                RunView before = find(app, id);
                if (!runner.reopen(id)) {
                    app.out.println(app.messages.get("cli.run.not-restartable", id,
                            app.messages.get("run.status." + before.status().toLowerCase())));
                    return 1;
                }
                RunView run = runner.execute(id, ConsoleProgress.forSystemOut(app.out));
                RunPrinter.summary(app, run);
                return RunPrinter.exitCode(run);
            }
        }
    }

    static RunView find(Wardstat app, long id) {
        return app.bean(RunRepository.class).find(id)
                .orElseThrow(() -> new IllegalArgumentException(app.messages.get("cli.run.unknown", id)));
    }
}
