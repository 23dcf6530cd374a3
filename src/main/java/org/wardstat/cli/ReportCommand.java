package org.wardstat.cli;

import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.wardstat.analytics.Window;
import org.wardstat.catalog.CatalogRepository;
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
            ReportService reports = app.bean(ReportService.class);
            long run = reports.startRun("report");
            try {
                ReportService.Outcome outcome = reports.report(run, app.bean(CatalogRepository.class).load(), unit, window,
                        app.messages, wanted);
                outcome.written().forEach(written -> app.out.println(app.messages.get("cli.report.written", written)));
                reports.finishRun(run, !outcome.refused());
                if (outcome.refused()) {
                    app.out.println(outcome.message());
                    // a period still to come is a wrong request; a unit without figures is nothing to report yet
                    return outcome.refusal() == ReportService.Refusal.FUTURE ? WrongUsage.EXIT_CODE : 1;
                }
                return 0;
            } catch (IllegalArgumentException e) {
                reports.finishRun(run, false);
                app.out.println(e.getMessage());
                return 1;
            }
        }
    }
}
