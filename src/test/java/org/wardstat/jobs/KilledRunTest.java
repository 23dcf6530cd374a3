package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wardstat.PipelineTest;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.DatabaseServer;

/**
 * The real thing: {@code wardstat jobs run} in its own JVM, killed with SIGKILL while it renders.
 * Nothing is running any more, but the job repository still says "started"; the next command
 * ({@code wardstat runs restart}, with no server anywhere) finds that its process stopped beating,
 * marks it failed and restarts it: every report ends with exactly one edition and one archived file.
 */
@TestPropertySource(properties = "wardstat.runs.silence=PT4S")
class KilledRunTest extends PipelineTest {

    @Autowired
    DatabaseServer database;
    @Autowired
    IngestService ingest;
    @Autowired
    RunHistory history;

    @TempDir
    Path temp;

    @Test
    void aRunKilledWhileItRendersIsRestartedFromTheCommandLineAndEveryReportIsMadeOnce() throws Exception {
        CountryRun.prepare(ingest, temp);

        Process child = wardstat(temp.resolve("run.log"), "jobs", "run", "country", "--period", "2024");
        long madeWhenKilled = waitForSomeEditions(child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, the job repository keeps "started"
        child.waitFor();

        RunView killed = history.recent(1).get(0);
        assertThat(killed.jobName()).isEqualTo("country");
        assertThat(killed.status()).as("nothing told the job repository").isEqualTo(RunView.RUNNING);
        int planned = killed.itemsTotal();
        assertThat(madeWhenKilled).as("killed in the middle of rendering").isBetween(1L, planned - 1L);

        Thread.sleep(5_000); // longer than the silence the child and this test were given
        Process restart = wardstat(temp.resolve("restart.log"), "runs", "restart", String.valueOf(killed.id()));
        assertThat(restart.waitFor()).as(Files.readString(temp.resolve("restart.log"))).isZero();

        assertThat(Files.readString(temp.resolve("restart.log")))
                .contains("Lượt #" + killed.id() + " country kỳ 2024: xong, " + planned + "/" + planned + " báo cáo");
        assertThat(jdbc.sql("select string_agg(status, ',' order by job_execution_id) from batch_job_execution e"
                        + " where job_instance_id = :run").param("run", killed.id()).query(String.class).single())
                .as("the killed attempt marked failed, the restart completed").isEqualTo("FAILED,COMPLETED");
        assertThat(history.find(killed.id()).orElseThrow().message()).isNull();
        // a unit with no figures for 2024 (a ward formed in 2025) is counted done without a report
        long withoutFigures = count("""
                select coalesce(sum(filter_count), 0) from batch_step_execution s join batch_job_execution e using (job_execution_id)
                where e.job_instance_id = %d and s.step_name like 'render-units:%%'
                """.formatted(killed.id()));
        long reports = planned - withoutFigures;
        assertThat(reports).isPositive();
        assertThat(count("select count(*) from report_edition")).isEqualTo(reports);
        assertThat(count("select count(*) from (select org_unit_code from report_edition group by org_unit_code having count(*) > 1) twice"))
                .as("no report made twice").isZero();
        try (Stream<Path> files = Files.walk(temp.resolve("reports/archive"))) {
            List<String> archived = files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
            assertThat(archived).hasSize((int) reports).noneMatch(name -> name.startsWith(".partial-"));
        }
    }

    private Process wardstat(Path log, String... command) throws IOException {
        return CountryRun.wardstat(database, log, List.of("wardstat.reports-dir=" + temp.resolve("reports"),
                "wardstat.data-dir=" + temp.resolve("data"), "wardstat.jobs-dir=" + temp.resolve("jobs"), "wardstat.runs.silence=PT4S",
                "wardstat.render.threads=1"), command);
    }

    private long waitForSomeEditions(Process child) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            long made = count("select count(*) from report_edition");
            if (made >= 3) {
                return made;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the run ended before it could be killed:\n" + Files.readString(temp.resolve("run.log")));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no reports within two minutes:\n" + Files.readString(temp.resolve("run.log")));
    }
}
