package org.wardstat.cli;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import org.wardstat.analytics.Window;
import org.wardstat.jobs.JobDefinition;
import org.wardstat.jobs.JobDefinitions;
import org.wardstat.jobs.RunLauncher;
import org.wardstat.jobs.RunParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = {"Các việc định kỳ trong thư mục jobs/: liệt kê với lần chạy tới, kiểm tra, chạy ngay.",
                "The scheduled jobs in jobs/: list them with their next time, check them, run one now."},
        subcommands = {JobsCommand.ListJobs.class, JobsCommand.Check.class, JobsCommand.RunNow.class})
class JobsCommand implements Runnable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @ParentCommand
    WardstatCli root;

    @Override
    public void run() {
        new ListJobs().list(root);
    }

    @Command(name = "list", description = "Liệt kê các việc và lần chạy tới. List jobs with their next time.")
    static class ListJobs implements Callable<Integer> {
        @ParentCommand
        JobsCommand jobs;

        @Override
        public Integer call() {
            return list(jobs.root);
        }

        int list(WardstatCli root) {
            try (Wardstat app = Wardstat.start(root.language)) {
                Clock clock = app.bean(Clock.class);
                for (JobDefinition job : app.bean(JobDefinitions.class).all(app.messages)) {
                    ZoneId zone = job.schedule().zone();
                    String next = job.schedule().next(clock.instant()).map(at -> WHEN.format(at.atZone(zone))).orElse("—");
                    Window window = job.periodAt(clock.instant());
                    app.out.println(app.messages.get("cli.jobs.line", job.name(), job.title(), job.schedule().text(), next,
                            String.join(", ", job.scope()), job.period().describe(), window.code(),
                            app.bean(org.wardstat.system.WardstatProperties.class).resolve("").relativize(job.file())));
                }
                return 0;
            }
        }
    }

    @Command(name = "check", description = "Kiểm tra các tệp định nghĩa việc. Check the job files.")
    static class Check implements Callable<Integer> {
        @ParentCommand
        JobsCommand jobs;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(jobs.root.language)) {
                int count = app.bean(JobDefinitions.class).all(app.messages).size();
                app.out.println(app.messages.get("cli.jobs.checked", count));
                return 0;
            }
        }
    }

    @Command(name = "run", description = {"Chạy một việc ngay, cho kỳ theo quy tắc của việc (hoặc --period).",
            "Run a job now, for the period its rule gives today (or --period). A period already completed is",
            "not run again unless --again is given."})
    static class RunNow implements Callable<Integer> {
        @ParentCommand
        JobsCommand jobs;

        @Parameters(paramLabel = "JOB", description = "Tên việc, ví dụ monthly-province. Job name.")
        String name;

        @Option(names = "--period", paramLabel = "WINDOW", description = "Kỳ, ví dụ 2024-11, 2024. The period.")
        String period;

        @Option(names = "--again", description = "Chạy lại dù kỳ này đã chạy xong. Run again even if done.")
        boolean again;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(jobs.root.language)) {
                JobDefinition job = app.bean(JobDefinitions.class).find(name, app.messages)
                        .orElseThrow(() -> new IllegalArgumentException(app.messages.get("run.job-gone", name)));
                Window window = period != null
                        ? Window.parse(period).orElseThrow(() -> new IllegalArgumentException(app.messages.get("cli.period.unknown", period)))
                        : job.periodAt(app.bean(Clock.class).instant());
                RunLauncher.Launch launch = app.bean(RunLauncher.class).publish(job, window, RunParameters.Trigger.CLI,
                        System.getProperty("user.name", "cli"), null, again);
                if (!launch.started()) {
                    app.out.println(app.messages.get("cli.run." + launch.result().name().toLowerCase().replace('_', '-'),
                            job.name(), window.code(), launch.run()));
                    return launch.result() == RunLauncher.Result.ALREADY_COMPLETED ? 0 : 1;
                }
                return new RunPrinter(app).follow(launch);
            }
        }
    }
}
