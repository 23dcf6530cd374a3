package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.DatabaseServer;
import org.wardstat.system.Messages;

/**
 * The real thing: `wardstat ingest` in its own JVM, killed with SIGKILL in the middle of a large
 * file, then the same command again. Every good row must end up loaded exactly once.
 */
class KillAndRestartTest extends PipelineTest {

    private static final int WARDS = 5_000;
    private static final int MONTHS = 12;
    private static final int ROWS = WARDS * MONTHS;
    private static final int BAD_EVERY = 1_000; // one row in a thousand has a negative count
    // indicators no validation rule relates, so the only bad rows are the planted ones
    private static final String[] INDICATORS = {"social_order_crimes", "drug_crimes", "social_evils", "security_incidents",
            "traffic_accidents", "traffic_deaths", "traffic_injuries", "fires", "hotspots", "officers", "population", "public_fire_points"};

    @Autowired
    DatabaseServer database;
    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    @Test
    void killedInTheMiddleOfALargeFileThenRunAgainLoadsEveryGoodRowExactlyOnce() throws Exception {
        createWards();
        Path file = writeLargeFile();

        Process child = startIngestInAnotherJvm(file);
        long readWhenKilled = waitUntilRowsAreStaged(child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback of the job repository
        child.waitFor();

        assertThat(readWhenKilled).as("killed in the middle of the file").isBetween(1L, (long) ROWS - 1);
        assertThat(count("select count(*) from observation")).as("nothing merged before the kill").isZero();
        assertThat(count("select count(*) from batch_job_execution where status = 'STARTED'")).isEqualTo(1);

        IngestResult result = ingest.ingest(file, Messages.vietnamese());

        int bad = ROWS / BAD_EVERY;
        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRead()).isEqualTo(ROWS);
        assertThat(result.rowsRejected()).isEqualTo(bad);
        assertThat(result.rowsLoaded()).isEqualTo(ROWS - bad);
        assertThat(count("select count(*) from observation")).isEqualTo((long) (ROWS - bad) * INDICATORS.length);
        assertThat(count("select count(*) from ingest_reject")).isEqualTo(bad);
        assertThat(count("select count(*) from staged_value") + count("select count(*) from staged_row")).isZero();
        // one job instance, restarted: the killed execution is marked failed, the second completed
        assertThat(jdbc.sql("select string_agg(status, ',' order by job_execution_id) from batch_job_execution").query(String.class).single())
                .isEqualTo("FAILED,COMPLETED");
        // a third run recognises the file and changes nothing
        assertThat(ingest.ingest(file, Messages.vietnamese()).outcome()).isEqualTo(IngestResult.Outcome.ALREADY_LOADED);
    }

    private void createWards() {
        List<OrgUnit> units = new ArrayList<>();
        units.add(new OrgUnit("bench", "vn", "province", "Tỉnh Thử nghiệm", "Test province"));
        for (int w = 1; w <= WARDS; w++) {
            units.add(new OrgUnit("w" + w, "bench", "ward", "Phường " + w, "Ward " + w));
        }
        catalogs.saveOrgUnits(units);
    }

    private Path writeLargeFile() throws IOException {
        Path file = temp.resolve("ca-nuoc.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ward_code,period," + String.join(",", INDICATORS) + "\n");
            int row = 0;
            for (int w = 1; w <= WARDS; w++) {
                for (int m = 1; m <= MONTHS; m++) {
                    row++;
                    out.write("w" + w + ",2025-" + (m < 10 ? "0" : "") + m);
                    for (int i = 0; i < INDICATORS.length; i++) {
                        int value = (w + m + i) % 7;
                        out.write("," + (row % BAD_EVERY == 0 && i == 0 ? -1 : value));
                    }
                    out.write('\n');
                }
            }
        }
        return file;
    }

    private Process startIngestInAnotherJvm(Path file) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dwardstat.reports-dir=" + temp.resolve("reports"),
                "org.wardstat.WardstatApplication", "ingest", file.toString());
        builder.environment().put("WARDSTAT_DB_URL", database.jdbcUrl());
        builder.environment().put("WARDSTAT_DB_USER", database.user());
        builder.environment().put("WARDSTAT_DB_PASSWORD", database.password());
        builder.redirectErrorStream(true).redirectOutput(temp.resolve("child.log").toFile());
        return builder.start();
    }

    /** Waits until some chunks are committed to staging but the merge has not happened. */
    private long waitUntilRowsAreStaged(Process child) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            long read = count("select coalesce(max(rows_read), 0) from source_file where completed_at is null");
            if (read >= 10 * IngestJobConfiguration.CHUNK_SIZE) {
                return read;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child ended before it could be killed:\n" + Files.readString(temp.resolve("child.log")));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no rows were staged within two minutes:\n" + Files.readString(temp.resolve("child.log")));
    }
}
