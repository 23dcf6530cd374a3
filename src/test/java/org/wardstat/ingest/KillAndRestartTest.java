package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.system.DatabaseServer;
import org.wardstat.system.Messages;

/**
 * The real thing: `wardstat ingest` in its own JVM, killed with SIGKILL in the middle of a large
 * file, then the same command again. Every good row must end up loaded exactly once.
 */
class KillAndRestartTest extends PipelineTest {

    private static final LargeStatisticsFile FILE = new LargeStatisticsFile(2_000, 12);
    private static final int ROWS = FILE.rows();

    @Autowired
    DatabaseServer database;
    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    @Test
    void killedInTheMiddleOfALargeFileThenRunAgainLoadsEveryGoodRowExactlyOnce() throws Exception {
        catalogs.saveOrgUnits(FILE.units());
        Path file = FILE.write(temp.resolve("ca-nuoc.csv"));

        Process child = startIngestInAnotherJvm(file);
        long readWhenKilled = waitUntilRowsAreStaged(child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback of the job repository
        child.waitFor();

        assertThat(readWhenKilled).as("killed in the middle of the file").isBetween(1L, (long) ROWS - 1);
        assertThat(count("select count(*) from observation")).as("nothing merged before the kill").isZero();
        assertThat(count("select count(*) from batch_job_execution where status = 'STARTED'")).isEqualTo(1);

        IngestResult result = ingest.ingest(file, Messages.vietnamese());

        assertLoadedExactlyOnce(FILE, result);
        // one job instance, restarted: the killed execution is marked failed, the second completed
        assertThat(jdbc.sql("select string_agg(status, ',' order by job_execution_id) from batch_job_execution").query(String.class).single())
                .isEqualTo("FAILED,COMPLETED");
        // a third run recognises the file and changes nothing
        assertThat(ingest.ingest(file, Messages.vietnamese()).outcome()).isEqualTo(IngestResult.Outcome.ALREADY_LOADED);
    }

    /**
     * Before V10 the staging tables were unlogged, and PostgreSQL's crash recovery emptied them
     * while the restart position survived: a data folder may hold such a load. Its restart finds
     * the staging short of the counters and loads the file again from its first row.
     */
    @Test
    void aLoadWhoseStagedRowsWereLostStartsAgainFromTheFirstRow() throws Exception {
        LargeStatisticsFile smaller = new LargeStatisticsFile(1_500, 12);
        catalogs.saveOrgUnits(smaller.units());
        Path file = smaller.write(temp.resolve("ca-nuoc.csv"));
        Process child = startIngestInAnotherJvm(file);
        waitUntilRowsAreStaged(child);
        child.destroyForcibly();
        child.waitFor();
        jdbc.sql("truncate staged_value, staged_row").update(); // what crash recovery did to unlogged tables

        IngestResult result = ingest.ingest(file, Messages.vietnamese());

        assertLoadedExactlyOnce(smaller, result);
        assertThat(jdbc.sql("select string_agg(status, ',' order by job_execution_id) from batch_job_execution").query(String.class).single())
                .as("the instance whose restart position outran its staging is gone").isEqualTo("COMPLETED");
    }

    private void assertLoadedExactlyOnce(LargeStatisticsFile file, IngestResult result) {
        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRead()).isEqualTo(file.rows());
        assertThat(result.rowsRejected()).isEqualTo(file.badRows());
        assertThat(result.rowsLoaded()).isEqualTo(file.rows() - file.badRows());
        assertThat(count("select count(*) from observation")).isEqualTo(file.goodValues());
        assertThat(count("select sum(value)::bigint from observation")).isEqualTo(file.goodSum());
        assertThat(count("select count(*) from ingest_reject")).isEqualTo(file.badRows());
        assertThat(count("select count(*) from staged_value") + count("select count(*) from staged_row")).isZero();
    }

    private Process startIngestInAnotherJvm(Path file) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dwardstat.reports-dir=" + temp.resolve("reports"),
                "-Dwardstat.data-dir=" + temp.resolve("data"),
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
