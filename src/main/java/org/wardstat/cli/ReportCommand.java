package org.wardstat.cli;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.wardstat.analytics.Window;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.jobs.RunFollower;
import org.wardstat.jobs.RunLauncher;
import org.wardstat.jobs.RunParameters;
import org.wardstat.jobs.RunProgress;
import org.wardstat.jobs.RunView;
import org.wardstat.report.archive.Editions;
import org.wardstat.report.archive.ReportArchive;
import org.wardstat.report.ReportService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", mixinStandardHelpOptions = true)
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"--ward", "--area", "--unit"}, required = true, paramLabel = "CODE", descriptionKey = "wardstat.report.unit")
    String unit;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Period period;

    static class Period {
        @Option(names = "--year", paramLabel = "YYYY")
        Integer year;

        @Option(names = "--month", paramLabel = "YYYY-MM")
        YearMonth month;

        @Option(names = "--period", paramLabel = "WINDOW")
        Window window;
    }

    @Option(names = "--format", split = ",", paramLabel = "pdf,xlsx", defaultValue = "pdf,xlsx")
    List<ReportService.Format> formats;

    @Override
    public Integer call() {
        Window window = period.year != null ? Window.year(period.year)
                : period.month != null ? Window.month(period.month) : period.window;
        Set<ReportService.Format> wanted = EnumSet.copyOf(formats);
        try (Wardstat app = Wardstat.start(root.language)) {
            if (app.bean(CatalogRepository.class).load().unit(unit).isEmpty()) {
                app.out.println(app.messages.get("report.unknown-unit", unit));
                return 1;
            }
            RunLauncher.Launch launch = app.bean(RunLauncher.class).report(unit, window, wanted, app.messages.locale().getLanguage(),
                    RunParameters.Trigger.CLI, System.getProperty("user.name", "cli"));
            RunView run = app.bean(RunFollower.class).await(launch, RunProgress.NONE);
            if (run.completed()) {
                ReportArchive archive = app.bean(ReportArchive.class);
                app.bean(Editions.class).ofRun(run.id()).forEach(edition -> app.out.println(app.messages.get("cli.report.written",
                        archive.latestCopy(edition))));
                return 0;
            }
            app.out.println(run.message() == null ? app.messages.get("cli.report.failed", run.id()) : run.message());
            // a period still to come is a wrong request; a unit without figures is nothing to report yet
            return isFuture(app, run) ? WrongUsage.EXIT_CODE : 1;
        }
    }

    private static boolean isFuture(Wardstat app, RunView run) {
        return app.bean(org.wardstat.analytics.CurrentPeriod.class).isFuture(Window.parse(run.periodCode()).orElseThrow());
    }
}
