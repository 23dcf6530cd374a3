package org.wardstat.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.wardstat.PipelineTest;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.DatabaseServer;
import org.wardstat.system.Messages;

/**
 * What the engine's process tests share: the four sample provinces' figures, a yearly job over
 * them (29 reports, 24 of them with figures for 2024), and {@code wardstat …} started in a JVM of
 * its own on the test's database.
 */
final class CountryRun {

    static final String JOB = "country";

    private CountryRun() {
    }

    /** Loads the four provinces' files and writes the job into {@code folder/jobs}; returns that jobs folder. */
    static Path prepare(IngestService ingest, Path folder) throws IOException {
        for (String file : List.of("bac-kan-2022-2024.csv", "ha-noi-2022-2024.csv", "thanh-hoa-2022-2024.csv", "binh-phuoc-2022-2024.csv")) {
            ingest.ingest(PipelineTest.SAMPLES.resolve("statistics").resolve(file), Messages.vietnamese());
        }
        Path jobs = Files.createDirectories(folder.resolve("jobs"));
        Files.writeString(jobs.resolve(JOB + ".job"), """
                title = Báo cáo năm — cả nước
                schedule = 0 6 10 1 *
                scope = bac-kan, ha-noi, thanh-hoa, binh-phuoc
                period = previous-year
                reports = area, districts, wards
                formats = pdf
                """);
        return jobs;
    }

    /** {@code wardstat <command>} in a JVM of its own, on the test's database, its output in {@code log}. */
    static Process wardstat(DatabaseServer database, Path log, List<String> settings, String... command) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true"));
        settings.forEach(setting -> line.add("-D" + setting));
        line.add("org.wardstat.WardstatApplication");
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().put("WARDSTAT_DB_URL", database.jdbcUrl());
        builder.environment().put("WARDSTAT_DB_USER", database.user());
        builder.environment().put("WARDSTAT_DB_PASSWORD", database.password());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }
}
