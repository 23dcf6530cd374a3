package org.wardstat.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.criteria.AreaAttainment;
import org.wardstat.criteria.AttainmentService;
import org.wardstat.criteria.CriteriaCatalog;
import org.wardstat.criteria.CriterionResult;
import org.wardstat.criteria.CriterionResult.Outcome;
import org.wardstat.criteria.GroupResult;
import org.wardstat.criteria.WardAttainment;
import org.wardstat.criteria.WardHistory;
import org.wardstat.system.Messages;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "attainment", mixinStandardHelpOptions = true)
class AttainmentCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static class Scope {
        @Option(names = "--area", paramLabel = "CODE", required = true)
        String area;

        @Option(names = "--ward", paramLabel = "CODE", required = true)
        String ward;
    }

    @ArgGroup(multiplicity = "1")
    Scope scope;

    @Option(names = "--year", paramLabel = "YYYY")
    Integer year;

    @Override
    public Integer call() {
        if (scope.area != null && year == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.forLanguage(root.language).get("criteria.cli.area-needs-year"));
        }
        try (Wardstat app = Wardstat.start(root.language)) {
            String code = scope.area != null ? scope.area : scope.ward;
            Optional<OrgUnit> unit = app.bean(CatalogRepository.class).load().unit(code);
            if (unit.isEmpty() || (scope.ward != null && !unit.get().isWard())) {
                app.out.println(app.messages.get(scope.ward != null ? "report.unknown-ward" : "cli.template.unknown-area", code));
                return 1;
            }
            AttainmentService attainment = app.bean(AttainmentService.class);
            if (year != null && attainment.catalogFor(year).isEmpty()) {
                app.out.println(app.messages.get("criteria.cli.no-catalog", String.valueOf(year),
                        attainment.catalogs().stream().map(CriteriaCatalog::code).collect(Collectors.joining(", "))));
                return 1;
            }
            Printer printer = new Printer(app);
            if (scope.area != null) {
                printer.area(attainment.area(unit.get(), year));
            } else if (year != null) {
                printer.ward(attainment.ward(unit.get(), year));
            } else {
                printer.history(attainment.history(unit.get()));
            }
            return 0;
        }
    }

    /** What the command prints; the wording is in the message bundles. */
    private static final class Printer {
        private final Wardstat app;
        private final Messages messages;
        private final boolean vi;

        Printer(Wardstat app) {
            this.app = app;
            this.messages = app.messages;
            this.vi = messages.isVietnamese();
        }

        void area(AreaAttainment area) {
            app.out.println(messages.get("criteria.cli.area.title", String.valueOf(area.year()), area.area().name(vi), area.summary(vi)));
            catalog(area.catalog());
            for (WardAttainment ward : area.wards()) {
                app.out.println("  " + messages.get("criteria.cli.ward-line", ward.ward().name(vi), count(ward)));
                ward.notMet().stream().filter(r -> r.outcome() == Outcome.UNMET).forEach(r -> app.out.println("      " + criterion(r)));
                String notAssessed = numbers(ward, Outcome.NOT_ASSESSED);
                if (!notAssessed.isEmpty()) {
                    app.out.println("      " + messages.get("criteria.cli.not-assessed", notAssessed, String.valueOf(ward.year())));
                }
            }
        }

        void ward(WardAttainment ward) {
            app.out.println(messages.get("criteria.cli.ward.title", ward.ward().name(vi), String.valueOf(ward.year()), ward.summary(vi)));
            catalog(ward.catalog());
            for (GroupResult group : ward.groups()) {
                app.out.println(messages.get("criteria.cli.group", group.group().number(), group.group().name(vi), group.met(), group.total()));
                group.results().forEach(result -> app.out.println("  " + criterion(result)));
            }
        }

        void history(WardHistory history) {
            app.out.println(messages.get("criteria.cli.history.title", history.ward().name(vi)));
            if (history.years().isEmpty()) {
                app.out.println(messages.get("criteria.cli.history.none", history.ward().name(vi)));
                return;
            }
            for (WardAttainment year : history.years()) {
                app.out.println("  " + messages.get("criteria.cli.history.year", String.valueOf(year.year()), year.catalog().code(), count(year)));
                for (Outcome outcome : List.of(Outcome.UNMET, Outcome.NOT_ASSESSED)) {
                    String numbers = numbers(year, outcome);
                    if (!numbers.isEmpty()) {
                        app.out.println("      " + messages.get("criteria.cli.history." + outcome.name().toLowerCase(), numbers));
                    }
                }
            }
            WardAttainment last = history.years().get(history.years().size() - 1);
            app.out.println(messages.get("criteria.cli.history.detail", history.ward().code(), String.valueOf(last.year())));
        }

        private void catalog(CriteriaCatalog catalog) {
            app.out.println(messages.get("criteria.cli.catalog", catalog.name(vi), catalog.criteria().size(), catalog.groups().size(),
                    catalog.sampleWording() ? messages.get("criteria.cli.sample") : ""));
        }

        private String count(WardAttainment ward) {
            return ward.meetsAll() ? messages.get("criteria.cli.meets-all", ward.count(vi)) : ward.count(vi);
        }

        /** "1, 3, 4": the numbers of the criteria with the outcome. */
        private static String numbers(WardAttainment ward, Outcome outcome) {
            return ward.results().stream().filter(r -> r.outcome() == outcome).map(r -> String.valueOf(r.criterion().number()))
                    .collect(Collectors.joining(", "));
        }

        /** "[chưa đạt] 5. Diện tích …: diện tích làm việc của trụ sở 152 m² < 160 m²" */
        private String criterion(CriterionResult result) {
            return messages.get("criteria.cli.criterion", messages.get(result.outcome().key()), result.criterion().number(),
                    result.criterion().name(vi), result.reason(vi));
        }
    }
}
