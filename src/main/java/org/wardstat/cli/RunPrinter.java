package org.wardstat.cli;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.wardstat.jobs.ProgressText;
import org.wardstat.jobs.RunHistory;
import org.wardstat.jobs.RunView;
import org.wardstat.system.Messages;

/** How runs read on the command line, and the exit code a run ends with. Times in wardstat's zone. */
final class RunPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Wardstat app;
    private final DateTimeFormatter time;

    RunPrinter(Wardstat app) {
        this.app = app;
        this.time = TIME.withZone(app.bean(org.wardstat.system.WardstatProperties.class).zone());
    }

    String line(RunView run) {
        String what = run.subject() == null ? run.jobName() : run.jobName() + " " + run.subject();
        what = what.length() > 28 ? what.substring(0, 27) + "…" : what;
        return String.format("#%-5d %-28s %-12s %-9s %-14s %s  %8s  %s", run.id(), what, run.periodCode() == null || run.periodCode().isBlank() ? "—" : run.periodCode(),
                run.trigger(), status(run, app.messages), time.format(run.startedAt()), ProgressText.duration(run.duration(), app.messages),
                run.itemsTotal() == 0 && !run.running() ? "—" : run.itemsDone() + "/" + run.itemsTotal());
    }

    static String header(Messages messages) {
        return messages.get("cli.runs.header");
    }

    static String status(RunView run, Messages messages) {
        return messages.get("run.status." + run.status().toLowerCase(Locale.ROOT));
    }

    String step(RunHistory.StepLine step) {
        String counts = step.step().startsWith("render-units") || step.step().startsWith("plan")
                ? app.messages.get("cli.run.step-counts", step.written(), step.filtered()) : "";
        String ended = step.endedAt() == null ? "" : time.format(step.endedAt());
        return String.format("  [%d] %-26s %-10s %-16s %s%s", step.executionId(), step.step(), step.status(), ended, counts,
                step.message() == null ? "" : "\n      " + step.message().replace("\n", "\n      "));
    }

    /** Follows a run started from this command with a bar or lines, then says how it ended; returns the exit code. */
    int follow(org.wardstat.jobs.RunLauncher.Launch launch) {
        RunView run = app.bean(org.wardstat.jobs.RunFollower.class).await(launch, ConsoleProgress.forSystemOut(app.out, app.messages));
        summary(run);
        return exitCode(run);
    }

    /** 0 when the run completed, 3 when it completed with rows rejected from its files, 1 otherwise. */
    int exitCode(RunView run) {
        if (!run.completed()) {
            return 1;
        }
        return app.bean(RunHistory.class).rowsRejected(run) > 0 ? WardstatCli.REJECTED_ROWS : 0;
    }

    void summary(RunView run) {
        app.out.println(app.messages.get("cli.run.finished", run.id(), run.jobName(), run.periodCode() == null ? "—" : run.periodCode(),
                status(run, app.messages), run.itemsDone(), run.itemsTotal(), ProgressText.duration(run.duration(), app.messages)));
        if (run.itemsDone() > 0) {
            app.out.println("  " + ProgressText.of(run, app.messages));
        }
        long rejected = app.bean(RunHistory.class).rowsRejected(run);
        if (rejected > 0) {
            app.out.println("  " + app.messages.get("cli.run.rejected", rejected));
        }
        if (run.message() != null) {
            app.out.println("  " + run.message().replace("\n", "\n  "));
        }
    }
}
