package org.wardstat.cli;

import java.util.concurrent.Callable;

import org.wardstat.analytics.Explainer;
import org.wardstat.analytics.Explanation;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.ExplanationText;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Where a printed figure comes from: its ward-months with file, sheet, row, load and revisions, added up. Exit 1 if they do not add up. */
@Command(name = "explain", mixinStandardHelpOptions = true)
class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Option(names = "--unit", required = true, paramLabel = "CODE")
    String unit;

    @Option(names = "--period", required = true, paramLabel = "WINDOW")
    Window window;

    @Option(names = "--indicator", required = true, paramLabel = "CODE")
    String indicator;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            if (app.refusesFuture(window)) {
                return WrongUsage.EXIT_CODE;
            }
            Catalog catalog = app.bean(CatalogRepository.class).load();
            OrgUnit orgUnit = catalog.unit(unit).orElse(null);
            if (orgUnit == null) {
                app.out.println(app.messages.get("explain.unknown-unit", unit));
                return 1;
            }
            Indicator asked = catalog.indicators().stream().filter(i -> i.code().equals(indicator)).findFirst().orElse(null);
            if (asked == null) {
                app.out.println(app.messages.get("explain.unknown-indicator", indicator));
                return 1;
            }
            Explanation explanation = app.bean(Explainer.class).explain(catalog, orgUnit, window, asked);
            new ExplanationText(app.messages, catalog, app.bean(WardstatProperties.class).zone()).lines(explanation)
                    .forEach(app.out::println);
            return explanation.addsUp() ? 0 : 1;
        }
    }
}
