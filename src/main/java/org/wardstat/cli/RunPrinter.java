package org.wardstat.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.wardstat.jobs.RunItem;
import org.wardstat.jobs.RunView;
import org.wardstat.system.Messages;

/** How runs read on the command line, and the exit code a run ends with. */
final class RunPrinter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private RunPrinter() {
    }

    static String line(RunView run, Messages messages) {
        return String.format("#%-5d %-20s %-12s %-9s %-10s %s  %8s  %d/%d", run.id(), run.jobName(), run.periodCode(),
                run.trigger(), messages.get("run.status." + run.status().toLowerCase()), TIME.format(run.startedAt()),
                duration(run.duration()), run.itemsDone(), run.itemsTotal());
    }

    static String header(Messages messages) {
        return messages.get("cli.runs.header");
    }

    static String item(RunItem item, Messages messages) {
        return String.format("  %3d. %-6s %-20s %-9s %s", item.seq(), item.kind(), item.subject(),
                messages.get("run.item." + item.status().toLowerCase()), item.message() == null ? "" : item.message());
    }

    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    /** 0 when the run completed, 3 when it completed with rows rejected from its files, 1 when it failed. */
    static int exitCode(RunView run) {
        if (!run.completed()) {
            return 1;
        }
        return run.rowsRejected() > 0 ? WardstatCli.REJECTED_ROWS : 0;
    }

    static void summary(Wardstat app, RunView run) {
        app.out.println(app.messages.get("cli.run.finished", run.id(), run.jobName(), run.periodCode(),
                app.messages.get("run.status." + run.status().toLowerCase()), run.itemsDone(), run.itemsTotal(),
                duration(run.duration())));
        if (run.rowsRejected() > 0) {
            app.out.println("  " + app.messages.get("cli.run.rejected", run.rowsRejected()));
        }
        if (run.message() != null) {
            app.out.println("  " + run.message());
        }
    }
}
