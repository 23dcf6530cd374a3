package org.wardstat.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.util.FileSystemUtils;
import org.wardstat.analytics.RollUps;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.jobs.RunHistory;
import org.wardstat.jobs.RunView;
import org.wardstat.system.DatabaseServer;

/**
 * A national monthly run, measured: a generated country's every ward briefing of one month (PDF),
 * rendered by the real engine three ways — {@code wardstat jobs run} on one thread, on every core,
 * and with its partitions taken by two {@code wardstat worker} processes. Each way is a process
 * of its own, as an operator would start it, on the benchmark's own database; the times are the
 * render step's, read from the job repository (start-up and planning are not counted).
 */
public final class PublishBenchmark {

    static final String JOB = "bench-publish";
    static final YearMonth MONTH = YearMonth.of(2025, 12);

    /** One way of rendering: its reports, the render step's time, and the peak heap of the processes that rendered. */
    public record Way(String name, int reports, Duration render, long peakHeapBytes) {
        public double perMinute() {
            return reports / (render.toMillis() / 60_000.0);
        }
    }

    public record Result(int wards, List<Way> ways) {
        /** {@code benchmark publish: wards=10000 threads1=…s cores=…s workers2=…s} */
        public String line() {
            StringBuilder line = new StringBuilder("benchmark publish: wards=" + wards);
            for (Way way : ways) {
                line.append(' ').append(way.name()).append('=').append(way.render().toSeconds()).append('s');
            }
            return line.toString();
        }
    }

    private final DataSource dataSource;
    private final CatalogRepository catalogs;
    private final RollUps rollUps;
    private final RunHistory history;
    private final DatabaseServer database;
    private final Path folder;
    private final Consumer<String> progress;

    /** @param folder where the job file, the processes' logs and the reports go (emptied between the ways) */
    public PublishBenchmark(DataSource dataSource, CatalogRepository catalogs, RollUps rollUps, RunHistory history,
                            DatabaseServer database, Path folder, Consumer<String> progress) {
        this.dataSource = dataSource;
        this.catalogs = catalogs;
        this.rollUps = rollUps;
        this.history = history;
        this.database = database;
        this.folder = folder;
        this.progress = progress;
    }

    /** Generates the country (not timed), then renders its wards' briefings of December 2025 the three ways. */
    public Result run(int wards) throws IOException, InterruptedException {
        int districts = Math.max(1, Math.min(700, wards / 14));
        int provinces = Math.max(1, Math.min(63, districts / 11));
        new AnalysisBenchmark(dataSource, catalogs, rollUps, progress)
                .generate(new AnalysisBenchmark.Settings(wards, districts, provinces, 2, MONTH));
        Files.createDirectories(folder.resolve("jobs"));
        Files.writeString(folder.resolve("jobs").resolve(JOB + ".job"), """
                title = Benchmark: every ward's monthly briefing
                schedule = 0 6 18 * *
                scope = b-vn
                period = previous-month
                reports = wards
                formats = pdf
                """);
        int cores = Runtime.getRuntime().availableProcessors();
        List<Way> ways = new ArrayList<>();
        ways.add(way("threads1", Map.of("wardstat.render.threads", "1"), 0));
        ways.add(way("cores", Map.of("wardstat.render.threads", String.valueOf(cores)), 0));
        ways.add(way("workers2", Map.of("wardstat.render.transport", "jdbc", "wardstat.render.partitions", "16"), 2));
        return new Result(wards, ways);
    }

    private Way way(String name, Map<String, String> settings, int workers) throws IOException, InterruptedException {
        FileSystemUtils.deleteRecursively(folder.resolve("reports"));
        progress.accept(name + ": rendering …");
        List<Process> started = new ArrayList<>();
        for (int w = 1; w <= workers; w++) {
            started.add(startWorker(name + "-worker" + w, settings));
        }
        Process run = wardstat(name + "-run", settings, "jobs", "run", JOB, "--period", MONTH.toString(), "--again");
        int exit = run.waitFor();
        long peak = peakHeap(name + "-run");
        for (Process worker : started) {
            worker.destroy(); // SIGTERM: its shutdown hook writes its peak heap
            worker.waitFor();
        }
        for (int w = 1; w <= workers; w++) {
            peak = Math.max(peak, peakHeap(name + "-worker" + w));
        }
        RunView ended = history.recent(1).get(0);
        if (exit != 0 || !ended.completed() || ended.renderStarted() == null) {
            throw new IllegalStateException(name + ": the run did not complete (exit " + exit + "):\n" + log(name + "-run"));
        }
        Way way = new Way(name, ended.itemsDone(), Duration.between(ended.renderStarted(), ended.finishedAt()), peak);
        progress.accept(String.format("%s: %,d briefings in %d s, %.0f per minute, peak heap %,d MB", name, way.reports(),
                way.render().toSeconds(), way.perMinute(), way.peakHeapBytes() / (1024 * 1024)));
        return way;
    }

    private Process startWorker(String name, Map<String, String> settings) throws IOException, InterruptedException {
        Process worker = wardstat(name, settings, "worker");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (log(name).contains("(hàng đợi: PostgreSQL)")) {
                return worker;
            }
            if (!worker.isAlive()) {
                throw new IllegalStateException(name + " ended:\n" + log(name));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not start within two minutes:\n" + log(name));
    }

    /** {@code wardstat …} in a process of its own, on the benchmark's database, writing its reports under the folder. */
    private Process wardstat(String name, Map<String, String> settings, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Dwardstat.benchmark.peak-heap=true",
                "-Dwardstat.jobs-dir=" + folder.resolve("jobs"), "-Dwardstat.reports-dir=" + folder.resolve("reports"),
                "-Dwardstat.data-dir=" + folder.resolve("data-" + name)));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // the application's own jar, as ./wardstat runs it
        } else {
            command.addAll(List.of("-cp", classPath, "org.wardstat.WardstatApplication"));
        }
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("WARDSTAT_DB_URL", database.jdbcUrl());
        builder.environment().put("WARDSTAT_DB_USER", database.user());
        builder.environment().put("WARDSTAT_DB_PASSWORD", database.password() == null ? "" : database.password());
        builder.environment().put("WARDSTAT_LANG", "vi");
        builder.redirectErrorStream(true).redirectOutput(folder.resolve(name + ".log").toFile());
        return builder.start();
    }

    private long peakHeap(String name) {
        Matcher matcher = Pattern.compile("wardstat-peak-heap-bytes=(\\d+)").matcher(log(name));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    private String log(String name) {
        try {
            Path log = folder.resolve(name + ".log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
