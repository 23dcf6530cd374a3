package org.wardstat.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.wardstat.ingest.IngestService;
import org.wardstat.jobs.ProgressText;
import org.wardstat.jobs.RunFollower;
import org.wardstat.jobs.RunLauncher;
import org.wardstat.jobs.RunView;
import org.wardstat.report.archive.Editions;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true)
class DemoCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            WardstatProperties properties = app.bean(WardstatProperties.class);
            Path samples = properties.resolve(Path.of("sample-data"));
            CatalogCommand.load(app, null, samples.resolve("org-units.csv"));
            CatalogCommand.loadAssessments(app, samples.resolve("assessments.csv"));
            RolloutCommand.load(app, samples.resolve("designations.csv"), samples.resolve("rollout-targets.csv"));
            int ingest = IngestCommand.ingest(app, csvFiles(samples.resolve("statistics")), IngestService.Options.DEFAULT);
            IngestCommand.ingest(app, csvFiles(samples.resolve("errors")), IngestService.Options.DEFAULT); // its rejects are the point
            if (ingest == 1) {
                return 1;
            }
            RunLauncher.Launch launch = app.bean(RunLauncher.class).demo(System.getProperty("user.name", "demo"),
                    app.messages.locale().getLanguage());
            RunView run = app.bean(RunFollower.class).await(launch, ConsoleProgress.forSystemOut(app.out, app.messages));
            if (!run.completed()) {
                new RunPrinter(app).summary(run);
                return 1;
            }
            List<Editions.Edition> editions = app.bean(Editions.class).ofRun(run.id());
            app.out.println(app.messages.get("cli.demo.done", count(editions, "ward"), properties.reports().resolve("briefings")));
            app.out.println(app.messages.get("cli.demo.areas", count(editions, "area"), properties.reports().resolve("areas")));
            app.out.println(app.messages.get("cli.demo.run", run.id(), ProgressText.of(run, app.messages)));
            return 0;
        }
    }

    private static long count(List<Editions.Edition> editions, String kind) {
        return editions.stream().filter(edition -> edition.kind().equals(kind) && edition.format().equals("pdf")).count();
    }

    private static List<Path> csvFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
