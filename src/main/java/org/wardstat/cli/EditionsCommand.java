package org.wardstat.cli;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.jobs.EditionRemake;
import org.wardstat.jobs.RunFollower;
import org.wardstat.jobs.RunParameters;
import org.wardstat.jobs.RunProgress;
import org.wardstat.jobs.RunView;
import org.wardstat.report.PeriodLabels;
import org.wardstat.report.archive.ChangeText;
import org.wardstat.report.archive.Editions;
import org.wardstat.report.archive.Editions.Edition;
import org.wardstat.report.archive.OutOfDate;
import org.wardstat.report.archive.OutOfDate.Change;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * The archived editions: listed with the latest of each report first, each marked when figures
 * behind it changed after it was made, with what changed; one shown; one made again.
 */
@Command(name = "editions", mixinStandardHelpOptions = true,
        subcommands = {EditionsCommand.ListEditions.class, EditionsCommand.Show.class, EditionsCommand.Remake.class})
class EditionsCommand implements Runnable {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @ParentCommand
    WardstatCli root;

    @Override
    public void run() {
        ListEditions list = new ListEditions();
        list.editions = this;
        list.call();
    }

    @Command(name = "list", mixinStandardHelpOptions = true)
    static class ListEditions implements Callable<Integer> {
        @ParentCommand
        EditionsCommand editions;

        @Option(names = "--unit", paramLabel = "CODE")
        String unit;

        @Option(names = "--period", paramLabel = "WINDOW")
        Window period;

        @Option(names = "--limit", defaultValue = "50", paramLabel = "N")
        int limit = 50;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(editions.root.language)) {
                Catalog catalog = app.bean(CatalogRepository.class).load();
                List<String> units = unit != null ? List.of(unit) : catalog.units().stream().map(OrgUnit::code).toList();
                List<Edition> listed = app.bean(Editions.class).newest(units, unit, period == null ? null : period.code(), limit);
                if (listed.isEmpty()) {
                    app.out.println(app.messages.get("editions.none"));
                    return 0;
                }
                Map<Long, List<Change>> changes = app.bean(OutOfDate.class).changes(listed);
                Printer printer = new Printer(app, catalog);
                listed.forEach(edition -> printer.print(edition, changes.getOrDefault(edition.id(), List.of())));
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true)
    static class Show implements Callable<Integer> {
        @ParentCommand
        EditionsCommand editions;

        @Parameters(paramLabel = "ID", descriptionKey = "wardstat.editions.show.ID")
        long id;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(editions.root.language)) {
                Optional<Edition> edition = find(app, id);
                if (edition.isEmpty()) {
                    return 1;
                }
                new Printer(app, app.bean(CatalogRepository.class).load())
                        .show(edition.get(), app.bean(OutOfDate.class).of(edition.get()));
                return 0;
            }
        }
    }

    @Command(name = "remake", mixinStandardHelpOptions = true)
    static class Remake implements Callable<Integer> {
        @ParentCommand
        EditionsCommand editions;

        @Parameters(paramLabel = "ID", descriptionKey = "wardstat.editions.remake.ID")
        long id;

        @Override
        public Integer call() {
            try (Wardstat app = Wardstat.start(editions.root.language)) {
                Optional<Edition> edition = find(app, id);
                if (edition.isEmpty()) {
                    return 1;
                }
                var launch = app.bean(EditionRemake.class).remake(edition.get(), RunParameters.Trigger.CLI,
                        System.getProperty("user.name", "cli"));
                RunView run = app.bean(RunFollower.class).await(launch, RunProgress.NONE);
                if (!run.completed()) {
                    app.out.println(run.message() == null ? app.messages.get("cli.report.failed", run.id()) : run.message());
                    return 1;
                }
                app.bean(Editions.class).ofRun(run.id()).forEach(made -> app.out.println(app.messages.get("editions.remade",
                        made.id(), made.path())));
                return 0;
            }
        }
    }

    private static Optional<Edition> find(Wardstat app, long id) {
        Optional<Edition> edition = app.bean(Editions.class).find(id);
        if (edition.isEmpty()) {
            app.out.println(app.messages.get("editions.unknown", id));
        }
        return edition;
    }

    /** An edition in one line (and its changes under it), or in full. */
    private record Printer(Wardstat app, Catalog catalog) {

        void print(Edition edition, List<Change> changes) {
            app.out.println(app.messages.get("editions.line", edition.id(), unit(edition), period(edition), edition.language(),
                    edition.format(), made(edition), standing(edition, changes)));
            changes(changes, "    ");
        }

        void show(Edition edition, List<Change> changes) {
            app.out.println(app.messages.get("editions.show", edition.id(), unit(edition), period(edition), edition.language(),
                    edition.format(), made(edition), edition.runId(), edition.path(), standing(edition, changes)));
            changes(changes, "  ");
        }

        private void changes(List<Change> changes, String indent) {
            new ChangeText(catalog, app.messages).of(changes).forEach(line -> app.out.println(indent + line));
        }

        private String standing(Edition edition, List<Change> changes) {
            String age = app.messages.get(edition.latest() ? "editions.latest" : "editions.old");
            return changes.isEmpty() ? age : age + "; " + app.messages.get("editions.out-of-date", changes.size());
        }

        private String unit(Edition edition) {
            return catalog.unit(edition.unitCode()).map(u -> u.name(app.messages.isVietnamese())).orElse(edition.unitCode());
        }

        private String period(Edition edition) {
            return Window.parse(edition.periodCode()).map(w -> PeriodLabels.name(w, app.messages)).orElse(edition.periodCode());
        }

        private String made(Edition edition) {
            return MINUTES.format(edition.createdAt().atZone(app.bean(WardstatProperties.class).zone()));
        }
    }
}
