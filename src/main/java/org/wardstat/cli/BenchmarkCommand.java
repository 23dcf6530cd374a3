package org.wardstat.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.benchmark.AnalysisBenchmark;
import org.wardstat.benchmark.PublishBenchmark;
import org.wardstat.benchmark.ReportBenchmark;
import org.wardstat.report.ReportBuilder;
import org.wardstat.report.pdf.ReportPdf;
import org.wardstat.benchmark.IngestBenchmark;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.criteria.AreaAttainment;
import org.wardstat.criteria.AttainmentService;
import org.wardstat.criteria.CriteriaLoader;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Performance measurements on synthetic data. They never touch the user's data: the embedded
 * PostgreSQL of a benchmark lives in {@code <data-dir>/benchmark}, is created fresh and removed
 * afterwards, and its reports go to {@code <reports-dir>/benchmark}.
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
        subcommands = CommandLine.HelpCommand.class)
class BenchmarkCommand implements Runnable {

    /** The analysis benchmark's tasks, by the keys --only takes. */
    static final List<String> ANALYSIS_TASKS = List.of("month", "year", "quarter", "ytd", "wards", "attainment", "briefing", "briefing-sources",
            "sql-month", "sql-year");

    static final long HEAP_AIM_BYTES = 512L * 1024 * 1024;

    @ParentCommand
    WardstatCli root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true)
    int ingest(@Option(names = "--wards", paramLabel = "N", defaultValue = "10000") int wards,
               @Option(names = "--months", paramLabel = "N", defaultValue = "12") int months,
               @Option(names = "--history", paramLabel = "N", defaultValue = "0") int history,
               @Option(names = "--keep")
               boolean keep,
               @Option(names = "--allow-external")
               boolean allowExternal) throws IOException, SQLException {
        Messages messages = Messages.forLanguage(root.language);
        PrintStream out = System.out;
        if (wards < 1 || months < 1 || months > 12 || history < 0) {
            throw new CommandLine.ParameterException(spec.commandLine().getSubcommands().get("ingest"), messages.get("bench.usage"));
        }
        Locations where = Locations.resolve(System.getenv());
        if (where.externalUrl().isPresent() && !allowExternal) {
            out.println(messages.get("bench.external-refused", where.externalUrl().get().replaceAll("(?i)(password=)[^&;]*", "$1***")));
            return 1;
        }
        Path postgres = where.data().resolve("postgres");
        Optional<Long> running = runningServer(postgres);
        if (running.isPresent()) {
            out.println(messages.get("bench.server-running", postgres, running.get()));
            return 1;
        }
        long maxHeap = Runtime.getRuntime().maxMemory();
        if (maxHeap > HEAP_AIM_BYTES) {
            out.println(messages.get("bench.heap-warning", maxHeap / (1024 * 1024)));
        }
        Path files = where.data().resolve("files");
        deleteTree(postgres); // left by an earlier --keep, or by a run that was killed
        deleteTree(files);

        Map<String, String> saved = new HashMap<>();
        override(saved, "wardstat.data-dir", where.data().toString());
        override(saved, "wardstat.reports-dir", where.reports().toString());
        override(saved, "wardstat.db.embedded-clean", String.valueOf(!keep)); // fresh either way: its folder was just deleted
        IngestBenchmark.Result result;
        try (Wardstat app = Wardstat.start(root.language)) {
            IngestBenchmark benchmark = new IngestBenchmark(app.bean(IngestService.class), app.bean(CatalogRepository.class),
                    app.bean(DataSource.class), app.bean(WardstatProperties.class), messages, out::println);
            boolean external = where.externalUrl().isPresent();
            if (external) {
                benchmark.cleanUp(); // what a crashed run may have left
            }
            try {
                result = benchmark.run(new IngestBenchmark.Settings(wards, months, files, history));
            } finally {
                if (external && !keep) {
                    benchmark.cleanUp();
                    out.println(messages.get("bench.cleaned"));
                }
            }
        } finally {
            restore(saved);
            if (!keep) {
                deleteTree(files);
                deleteIfEmpty(where.data());
            }
        }
        print(out, messages, result);
        if (keep) {
            out.println(messages.get("bench.kept", where.externalUrl().isPresent() ? where.externalUrl().get() : postgres, files));
        }
        return 0;
    }

    @Command(name = "analysis", mixinStandardHelpOptions = true)
    int analysis(@Option(names = "--wards", paramLabel = "N", defaultValue = "10000") int wards,
                 @Option(names = "--years", paramLabel = "N", defaultValue = "10") int years,
                 @Option(names = "--keep") boolean keep,
                 @Option(names = "--reuse") boolean reuse,
                 @Option(names = "--only", paramLabel = "TASK,…", split = ",") Set<String> only)
            throws IOException {
        PrintStream out = System.out;
        Optional<String> unknown = only == null ? Optional.empty() : only.stream().filter(task -> !ANALYSIS_TASKS.contains(task)).findFirst();
        if (unknown.isPresent()) {
            // refused before the half hour of generating, not after it with nothing timed
            System.err.println(Messages.forLanguage(root.language).get("bench.analysis.unknown-task", unknown.get(), String.join(", ", ANALYSIS_TASKS)));
            return 2;
        }
        // a folder of its own: the database it keeps for --reuse takes half an hour to generate, and the other
        // benchmarks start from a fresh database where theirs was
        Locations where = Locations.resolve(System.getenv()).within("analysis");
        if (!ownEmbeddedServer(where, out)) {
            return 1;
        }
        Path postgres = where.data().resolve("postgres");
        boolean generate = !(reuse && Files.isDirectory(postgres));
        if (generate) {
            deleteTree(postgres);
        }
        Map<String, String> saved = new HashMap<>();
        override(saved, "wardstat.data-dir", where.data().toString());
        override(saved, "wardstat.reports-dir", where.reports().toString());
        override(saved, "wardstat.db.embedded-clean", String.valueOf(!keep && !reuse));
        AnalysisBenchmark.Result result;
        try (Wardstat app = Wardstat.start(root.language)) {
            CatalogRepository catalogs = app.bean(CatalogRepository.class);
            catalogs.saveIndicators(CatalogFiles.readIndicators(app.bean(WardstatProperties.class).catalog().resolve("indicators.csv")));
            Path criteria = app.bean(WardstatProperties.class).catalog().resolve("criteria").resolve("catalogs.csv");
            app.bean(CriteriaLoader.class).loadCatalogs(criteria, app.messages);
            int year = 2025;
            AnalysisBenchmark benchmark = new AnalysisBenchmark(app.bean(DataSource.class), catalogs, app.bean(RollUps.class), out::println)
                    .alsoTime("attainment", "criteria attainment of every ward for " + year, catalog -> {
                        AreaAttainment country = app.bean(AttainmentService.class).area(catalog.unit("b-vn").orElseThrow(), year);
                        return country.summary(false) + " (" + country.wards().size() + " wards evaluated against "
                                + country.catalog().code() + ")";
                    })
                    .alsoTime("briefing", "content of " + BRIEFINGS_TIMED + " ward briefings for " + year
                                    + " for their PDF (ReportBuilder), wards spread over the country",
                            catalog -> briefings(app.bean(ReportBuilder.class), catalog, Window.year(year), app.messages, false))
                    .alsoTime("briefing-sources", "the same, with the workbook's sources sheet (every figure traced to its months)",
                            catalog -> briefings(app.bean(ReportBuilder.class), catalog, Window.year(year), app.messages, true))
                    .only(only == null ? Set.of() : only);
            result = benchmark.run(generate, new AnalysisBenchmark.Settings(wards, Math.max(1, wards * 7 / 100), Math.max(1, Math.min(63, wards / 150)),
                    years, YearMonth.of(2025, 12)));
        } finally {
            restore(saved);
            if (!keep) {
                deleteIfEmpty(where.data());
                deleteIfEmpty(where.data().getParent());
            }
        }
        printAnalysis(out, result);
        return 0;
    }

    @Command(name = "reports", mixinStandardHelpOptions = true)
    int reports(@Option(names = "--wards", paramLabel = "N", defaultValue = "1000") int wards,
                @Option(names = "--warm-up", paramLabel = "N", defaultValue = "100") int warmUp)
            throws IOException {
        PrintStream out = System.out;
        Locations where = Locations.resolve(System.getenv());
        if (!ownEmbeddedServer(where, out)) {
            return 1;
        }
        Path postgres = where.data().resolve("postgres");
        deleteTree(postgres);
        Map<String, String> saved = new HashMap<>();
        override(saved, "wardstat.data-dir", where.data().toString());
        override(saved, "wardstat.reports-dir", where.reports().toString());
        override(saved, "wardstat.db.embedded-clean", "true");
        ReportBenchmark.Result result;
        try (Wardstat app = Wardstat.start(root.language)) {
            CatalogRepository catalogs = app.bean(CatalogRepository.class);
            catalogs.saveIndicators(CatalogFiles.readIndicators(app.bean(WardstatProperties.class).catalog().resolve("indicators.csv")));
            Path criteria = app.bean(WardstatProperties.class).catalog().resolve("criteria").resolve("catalogs.csv");
            app.bean(CriteriaLoader.class).loadCatalogs(criteria, app.messages);
            result = new ReportBenchmark(app.bean(DataSource.class), catalogs, app.bean(RollUps.class), app.bean(ReportBuilder.class),
                    app.bean(ReportPdf.class), out::println).run(true, wards, warmUp);
        } finally {
            restore(saved);
            deleteIfEmpty(where.data());
        }
        long mb = 1024 * 1024;
        out.println();
        out.println(String.format("Report benchmark: %,d ward briefings of 2025 after %d to warm up, one JVM (PDFs of %,d KB on average)",
                result.briefings(), result.warmUp(), result.pdfBytes() / 1024));
        out.println(String.format("  %-80s %9s %9s %9s", "ms per briefing", "mean", "median", "p95"));
        for (ReportBenchmark.Stage stage : result.stages()) {
            out.println(String.format("  %-80s %9.1f %9.1f %9.1f", stage.name(), stage.meanMillis(), stage.medianMillis(), stage.p95Millis()));
        }
        out.println(String.format("  PDF against bare JasperReports (medians): %.2f× (aim ≤ 1,5×)", result.ratio()));
        out.println(String.format("  peak heap %,d MB of %,d MB", result.peakHeapBytes() / mb, result.maxHeapBytes() / mb));
        return 0;
    }

    @Command(name = "publish", mixinStandardHelpOptions = true)
    int publish(@Option(names = "--wards", paramLabel = "N", defaultValue = "10000") int wards) throws IOException, InterruptedException {
        PrintStream out = System.out;
        Locations where = Locations.resolve(System.getenv());
        if (!ownEmbeddedServer(where, out)) {
            return 1;
        }
        deleteTree(where.data().resolve("postgres"));
        Path folder = where.reports().resolve("publish");
        deleteTree(folder);
        Map<String, String> saved = new HashMap<>();
        override(saved, "wardstat.data-dir", where.data().toString());
        override(saved, "wardstat.reports-dir", where.reports().toString());
        override(saved, "wardstat.db.embedded-clean", "true");
        PublishBenchmark.Result result;
        try (Wardstat app = Wardstat.start(root.language)) {
            CatalogRepository catalogs = app.bean(CatalogRepository.class);
            catalogs.saveIndicators(CatalogFiles.readIndicators(app.bean(WardstatProperties.class).catalog().resolve("indicators.csv")));
            result = new PublishBenchmark(app.bean(DataSource.class), catalogs, app.bean(RollUps.class),
                    app.bean(org.wardstat.jobs.RunHistory.class), app.bean(org.wardstat.system.DatabaseServer.class), folder, out::println)
                    .run(wards);
        } finally {
            restore(saved);
            deleteIfEmpty(where.data());
        }
        long mb = 1024 * 1024;
        out.println();
        out.println(String.format("Publish benchmark: every ward's briefing of %s (PDF), %,d wards, %d cores", "12/2025",
                result.wards(), Runtime.getRuntime().availableProcessors()));
        out.println(String.format("  %-10s %10s %12s %14s %16s", "way", "briefings", "time (s)", "per minute", "peak heap (MB)"));
        for (PublishBenchmark.Way way : result.ways()) {
            out.println(String.format("  %-10s %,10d %12d %,14.0f %,16d", way.name(), way.reports(), way.render().toSeconds(), way.perMinute(),
                    way.peakHeapBytes() / mb));
        }
        out.println(result.line());
        return 0;
    }

    /**
     * The analysis and report benchmarks generate data with the observation key dropped, so they
     * run only on their own embedded PostgreSQL: never on a configured server with real data, and
     * not while an earlier benchmark's server still runs in the same folder.
     */
    private boolean ownEmbeddedServer(Locations where, PrintStream out) throws IOException {
        Messages messages = Messages.forLanguage(root.language);
        if (where.externalUrl().isPresent()) {
            out.println(messages.get("bench.external-refused", where.externalUrl().get().replaceAll("(?i)(password=)[^&;]*", "$1***")));
            return false;
        }
        Path postgres = where.data().resolve("postgres");
        Optional<Long> running = runningServer(postgres);
        if (running.isPresent()) {
            out.println(messages.get("bench.server-running", postgres, running.get()));
            return false;
        }
        return true;
    }

    /** How many ward briefings the analysis benchmark builds to time one; their mean is its figure. */
    private static final int BRIEFINGS_TIMED = 100;

    /** Builds the content of ward briefings spread evenly over the country's wards, as a scheduled run builds each. */
    private static String briefings(ReportBuilder builder, Catalog catalog, Window window, Messages messages, boolean withSources) {
        List<OrgUnit> wards = catalog.wards();
        int step = Math.max(1, wards.size() / BRIEFINGS_TIMED);
        int built = 0;
        int tableRows = 0;
        for (int i = 0; i < wards.size() && built < BRIEFINGS_TIMED; i += step) {
            var content = builder.build(catalog, wards.get(i).code(), window, messages, "#bench", withSources);
            tableRows += content.security().rows().size() + content.sources().size();
            built++;
        }
        return built + " briefings, " + tableRows + " table rows and sources";
    }

    private static void printAnalysis(PrintStream out, AnalysisBenchmark.Result r) {
        long mb = 1024 * 1024;
        out.println();
        out.println(r.generation().isZero() ? String.format("Analysis benchmark: %,d org units, %,d values (kept from an earlier run)", r.units(), r.values())
                : String.format("Analysis benchmark: %,d org units, %,d values (generated in %.0f s)", r.units(), r.values(), r.generation().toNanos() / 1e9));
        for (AnalysisBenchmark.Timing timing : r.timings()) {
            out.println(String.format("  %-90s cold %7.2f s   warm %7.2f s", timing.task(), timing.coldSeconds(), timing.warmSeconds()));
            out.println("      " + timing.check());
        }
        out.println(String.format("  peak heap %,d MB of %,d MB", r.peakHeapBytes() / mb, r.maxHeapBytes() / mb));
        r.timings().stream().filter(timing -> timing.key().equals("briefing")).findFirst().ifPresent(timing -> out.print(
                String.format(java.util.Locale.ROOT, "a ward briefing's content for its PDF: %.1f ms warm (the mean of %d wards)",
                        timing.warmSeconds() * 1000 / BRIEFINGS_TIMED, BRIEFINGS_TIMED)));
        r.timings().stream().filter(timing -> timing.key().equals("briefing-sources")).findFirst().ifPresent(timing -> out.print(
                String.format(java.util.Locale.ROOT, "%s with its workbook's sources sheet: %.1f ms",
                        r.timings().stream().anyMatch(t -> t.key().equals("briefing")) ? "," : "a ward briefing's content",
                        timing.warmSeconds() * 1000 / BRIEFINGS_TIMED)));
        if (r.timings().stream().anyMatch(t -> t.key().startsWith("briefing"))) {
            out.println();
        }
        out.println(AnalysisBenchmark.line(r));
    }

    static void print(PrintStream out, Messages messages, IngestBenchmark.Result r) {
        NumberFormat whole = NumberFormat.getIntegerInstance(messages.locale());
        NumberFormat tenths = NumberFormat.getNumberInstance(messages.locale());
        tenths.setMinimumFractionDigits(1);
        tenths.setMaximumFractionDigits(1);
        NumberFormat hundredths = NumberFormat.getNumberInstance(messages.locale());
        hundredths.setMinimumFractionDigits(2);
        hundredths.setMaximumFractionDigits(2);
        long mb = 1024 * 1024;
        out.println();
        out.println(messages.get("bench.table.title", whole.format(r.wards()), r.months(), r.indicators()));
        row(out, messages.get("bench.table.rows"), whole.format(r.rows()));
        row(out, messages.get("bench.table.values"), whole.format(r.values()));
        row(out, messages.get("bench.table.file"), tenths.format(r.fileBytes() / (double) mb) + " MB");
        row(out, messages.get("bench.table.load"), hundredths.format(r.loadSeconds()) + " s");
        row(out, messages.get("bench.table.rate"), whole.format(r.valuesPerSecond()));
        row(out, messages.get("bench.table.peak-heap"), whole.format(r.peakHeapBytes() / mb) + " MB");
        row(out, messages.get("bench.table.max-heap"), whole.format(r.maxHeapBytes() / mb) + " MB");
        row(out, messages.get("bench.table.copy"), hundredths.format(r.copySeconds()) + " s");
        row(out, messages.get("bench.table.copy-pk-only"), hundredths.format(r.copyPkOnly().toNanos() / 1e9) + " s");
        row(out, messages.get("bench.table.ratio"), hundredths.format(r.ratio()));
        row(out, messages.get("bench.table.floor-ratio"), hundredths.format(r.floorRatio()));
        row(out, messages.get("bench.table.resubmit", whole.format(r.resubmitValues())), hundredths.format(r.resubmit().toNanos() / 1e9) + " s");
        row(out, messages.get("bench.table.load-per-value"), hundredths.format(r.loadMicrosPerValue()) + " µs");
        row(out, messages.get("bench.table.resubmit-per-value"), hundredths.format(r.resubmitMicrosPerValue()) + " µs");
        if (r.earlierYears() > 0) {
            row(out, messages.get("bench.table.history"), whole.format(r.earlierYears()));
        }
        row(out, messages.get("bench.table.month", whole.format(r.monthValues())), hundredths.format(r.monthLoad().toNanos() / 1e9) + " s");
        out.println(messages.get("bench.phases"));
        for (IngestBenchmark.Phase phase : r.phases()) {
            row(out, phase.step(), hundredths.format(phase.time().toNanos() / 1e9) + " s");
        }
        row(out, messages.get("bench.phase.outside"), hundredths.format(r.outsideJob().toNanos() / 1e9) + " s");
        out.println(messages.get(r.withinAim() ? "bench.verdict.within" : "bench.verdict.beyond",
                hundredths.format(r.floorRatio()), tenths.format(IngestBenchmark.AIM)));
        out.println(messages.get(r.resubmitWithinAim() ? "bench.verdict.resubmit.within" : "bench.verdict.resubmit.beyond",
                hundredths.format(r.resubmitMicrosPerValue()), hundredths.format(r.loadMicrosPerValue())));
        out.println(r.line());
    }

    private static void row(PrintStream out, String label, String value) {
        out.println(String.format("  %-46s %14s", label, value));
    }

    /**
     * Where a benchmark keeps its things, resolved the way {@link WardstatProperties} resolves the
     * settings: a system property, else the environment, else the default, relative to the home.
     */
    record Locations(Path data, Path reports, Optional<String> externalUrl) {
        static Locations resolve(Map<String, String> env) {
            Path home = Path.of(first(System.getProperty("wardstat.home"), env.get("WARDSTAT_HOME"), System.getProperty("user.dir")));
            Path data = home.resolve(first(System.getProperty("wardstat.data-dir"), env.get("WARDSTAT_DATA_DIR"), "data"));
            Path reports = home.resolve(first(System.getProperty("wardstat.reports-dir"), env.get("WARDSTAT_REPORTS_DIR"), "reports"));
            String url = first(System.getProperty("wardstat.db.url"), env.get("WARDSTAT_DB_URL"), "");
            return new Locations(data.resolve("benchmark").toAbsolutePath().normalize(),
                    reports.resolve("benchmark").toAbsolutePath().normalize(), url.isBlank() ? Optional.empty() : Optional.of(url));
        }

        /** A benchmark's own folder under the benchmarks' data folder. */
        Locations within(String name) {
            return new Locations(data.resolve(name), reports, externalUrl);
        }

        private static String first(String... values) {
            return Stream.of(values).filter(v -> v != null && !v.isBlank()).findFirst().orElse(values[values.length - 1]);
        }
    }

    /** The process id of a PostgreSQL still running on the folder (a killed benchmark leaves its server behind). */
    static Optional<Long> runningServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        try {
            long pid = Long.parseLong(first);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(ProcessHandle::pid);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void restore(Map<String, String> saved) {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    private static void override(Map<String, String> saved, String key, String value) {
        saved.put(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    private static void deleteIfEmpty(Path folder) {
        try {
            Files.deleteIfExists(folder);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // something else is kept there
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
