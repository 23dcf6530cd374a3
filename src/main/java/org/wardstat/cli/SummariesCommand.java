package org.wardstat.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.analytics.Summaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code summaries check}: the summaries the analysis reads (years, first nine and six months, quarters), compared with the
 * stored months (exit 1 and the differences when they disagree); {@code summaries rebuild}: made
 * again from the months.
 */
@Command(name = "summaries", mixinStandardHelpOptions = true)
class SummariesCommand implements Callable<Integer> {

    private static final int SHOWN = 20;

    @ParentCommand
    WardstatCli root;

    @Parameters(paramLabel = "check|rebuild", defaultValue = "check")
    String action;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N")
    int limit = SHOWN;

    @Override
    public Integer call() {
        if (!action.equals("check") && !action.equals("rebuild")) {
            System.err.println("wardstat: " + org.wardstat.system.Messages.forLanguage(root.language).get("summaries.action", action));
            return WrongUsage.EXIT_CODE;
        }
        try (Wardstat app = Wardstat.start(root.language)) {
            Summaries summaries = app.bean(Summaries.class);
            if (action.equals("rebuild")) {
                app.out.println(app.messages.get("summaries.rebuilt", summaries.rebuild()));
                return 0;
            }
            List<Summaries.Difference> differences = summaries.check(Math.max(1, limit));
            if (differences.isEmpty()) {
                app.out.println(app.messages.get("summaries.equal", summaries.rows()));
                return 0;
            }
            app.out.println(app.messages.get("summaries.differ", differences.size()));
            for (Summaries.Difference d : differences) {
                app.out.println(app.messages.get("summaries.difference", d.grain(), d.period(), d.ward(), d.indicator(),
                        d.stored().isEmpty() ? "—" : d.stored(), d.months().isEmpty() ? "—" : d.months()));
            }
            return 1;
        }
    }
}
