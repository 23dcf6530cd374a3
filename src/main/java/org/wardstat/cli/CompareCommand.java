package org.wardstat.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.analytics.CurrentPeriod;
import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.analytics.WardRanking;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.AreaComparisonText;
import org.wardstat.report.PeriodLabels;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "compare", mixinStandardHelpOptions = true)
class CompareCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--area", required = true, paramLabel = "CODE")
    String area;

    @Option(names = "--period", required = true, paramLabel = "WINDOW")
    Window window;

    @Option(names = "--rank", paramLabel = "INDICATOR", defaultValue = "social_order_crimes")
    String rankBy;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            if (app.refusesFuture(window)) {
                return WrongUsage.EXIT_CODE;
            }
            CurrentPeriod current = app.bean(CurrentPeriod.class);
            Catalog catalog = app.bean(CatalogRepository.class).load();
            OrgUnit unit = catalog.unit(area).orElse(null);
            if (unit == null) {
                app.out.println(app.messages.get("cli.template.unknown-area", area));
                return 1;
            }
            Indicator ranked = catalog.indicators().stream().filter(i -> i.code().equals(rankBy)).findFirst().orElse(null);
            if (ranked == null) {
                app.out.println(app.messages.get("cli.compare.unknown-indicator", rankBy));
                return 1;
            }
            ReportingCalendar calendar = current.calendar();
            RollUps rollUps = app.bean(RollUps.class);
            AreaComparisonText text = new AreaComparisonText(app.messages);
            RolledUp figures = rollUps.of(catalog, unit, window);
            text.lines(figures, PeriodLabels.name(window, app.messages), PeriodLabels.dates(window, calendar, app.messages))
                    .forEach(app.out::println);
            List<OrgUnit> wards = rollUps.units(catalog, unit, window);
            if (wards.size() > 1) {
                app.out.println();
                text.ranking(WardRanking.rank(rollUps.of(catalog, wards, window), ranked.code()), ranked).forEach(app.out::println);
            }
            return 0;
        }
    }
}
