package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.DatabaseServer;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Remote partitioning through the queue kept in PostgreSQL: worker processes ({@code wardstat
 * worker}, each its own JVM) take the render partitions of a run started here. Two workers share
 * one run, every report made once; a worker killed in the middle of a partition fails the step, and
 * the restart renders only what is missing.
 */
@TestPropertySource(properties = {"wardstat.render.transport=jdbc", "wardstat.render.partitions=3", "wardstat.runs.silence=PT4S"})
class RemoteWorkersTest extends PipelineTest {

    @Autowired
    DatabaseServer database;
    @Autowired
    IngestService ingest;
    @Autowired
    RunHistory history;
    @Autowired
    JobDefinitions definitions;
    @Autowired
    JobRepository repository;
    @Autowired
    WardstatProperties properties;

    @TempDir
    Path temp;

    private final List<Process> workers = new ArrayList<>();
    private JobDefinition job;

    @BeforeEach
    void fourProvincesWithTheirFiguresAndAYearlyJob() throws IOException {
        CountryRun.prepare(ingest, temp);
        emptyTheQueue();
        org.springframework.util.FileSystemUtils.deleteRecursively(properties.reports().resolve("archive"));
        job = definitions.inFolder(temp.resolve("jobs")).find(CountryRun.JOB, Messages.vietnamese()).orElseThrow();
    }

    /** The transport the workers and this test's process use. */
    String transport() {
        return "jdbc";
    }

    /** How a worker names its queue when it says it is waiting. */
    String queueName() {
        return "PostgreSQL";
    }

    void emptyTheQueue() {
        jdbc.sql("delete from int_channel_message").update();
    }

    @AfterEach
    void stopTheWorkers() throws InterruptedException {
        for (Process worker : workers) {
            worker.destroyForcibly();
            worker.waitFor();
        }
    }

    @Test
    void twoWorkersRenderOneRunTogetherEveryReportOnce() throws Exception {
        startWorker("a");
        startWorker("b");

        RunView run = follower.await(launcher.publish(job, Window.year(2024), RunParameters.Trigger.CLI, "an", null, false),
                RunProgress.NONE);

        assertThat(run.status()).as(run.message()).isEqualTo(RunView.COMPLETED);
        assertThat(run.itemsDone()).isEqualTo(run.itemsTotal()).isPositive();
        assertEveryReportOnce(run);
        Set<String> hosts = repository.getJobExecution(run.executionId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("render-units:"))
                .map(step -> step.getExecutionContext().getString(Heartbeats.HOST))
                .collect(Collectors.toSet());
        assertThat(hosts).as("the partitions were shared by both workers, and none ran here").hasSize(2)
                .doesNotContain(RunHost.name());
    }

    @Test
    void aWorkerKilledInAPartitionFailsTheStepAndTheRestartRendersOnlyWhatIsMissing() throws Exception {
        Process first = startWorker("first");
        RunLauncher.Launch launch = launcher.publish(job, Window.year(2024), RunParameters.Trigger.CLI, "an", null, false);
        waitUntilAPartitionIsHalfDone(first);
        first.destroyForcibly(); // in the middle of its partition: the partition stays "started" with no one beating for it
        first.waitFor();
        startWorker("second"); // takes the partitions still queued

        RunView failed = follower.await(launch, RunProgress.NONE);

        assertThat(failed.status()).isEqualTo(RunView.FAILED);
        assertThat(history.steps(failed.id())).anySatisfy(step -> {
            assertThat(step.step()).startsWith("render-units:");
            assertThat(step.status()).isEqualTo("FAILED");
            assertThat(step.message()).startsWith("Máy làm việc (wardstat worker) nhận phần này đã ngừng giữa chừng");
        });
        long before = count("select count(*) from report_edition");

        RunView restarted = follower.await(launcher.restart(failed.id()).orElseThrow(), RunProgress.NONE);

        assertThat(restarted.status()).as(restarted.message()).isEqualTo(RunView.COMPLETED);
        assertThat(count("select count(*) from report_edition where job_execution_id = " + restarted.executionId()))
                .as("only the missing reports").isEqualTo(count("select count(*) from report_edition") - before).isPositive();
        assertEveryReportOnce(restarted);
    }

    /** Each planned unit with figures has one edition and one archived file; none half written. */
    private void assertEveryReportOnce(RunView run) throws IOException {
        long withoutFigures = count("""
                select coalesce(sum(filter_count), 0) from batch_step_execution s join batch_job_execution e using (job_execution_id)
                where e.job_instance_id = %d and s.step_name like 'render-units:%%'
                """.formatted(run.id()));
        long reports = run.itemsTotal() - withoutFigures;
        assertThat(count("select count(*) from report_edition")).isEqualTo(reports);
        assertThat(count("select count(distinct org_unit_code) from report_edition")).isEqualTo(reports);
        try (Stream<Path> files = Files.walk(properties.reports().resolve("archive"))) {
            List<String> archived = files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
            assertThat(archived).hasSize((int) reports).noneMatch(name -> name.startsWith(".partial-"));
        }
        assertThat(count("select count(*) from int_channel_message")).as("no partition left in the queue").isZero();
    }

    private Process startWorker(String name) throws Exception {
        Path log = temp.resolve("worker-" + name + ".log");
        Process worker = CountryRun.wardstat(database, log, List.of("wardstat.reports-dir=" + properties.reports(),
                "wardstat.data-dir=" + temp.resolve("data-" + name), "wardstat.render.transport=" + transport(),
                "wardstat.runs.silence=PT4S"), "worker");
        workers.add(worker);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("Đang chờ các phần báo cáo (hàng đợi: " + queueName() + ")")) {
                return worker;
            }
            if (!worker.isAlive()) {
                throw new AssertionError("the worker ended:\n" + Files.readString(log));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the worker did not start within a minute:\n" + Files.readString(log));
    }

    /** A partition of about ten reports with two of them committed: the worker is in the middle of it. */
    private void waitUntilAPartitionIsHalfDone(Process worker) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            if (count("select count(*) from batch_step_execution where status = 'STARTED' and step_name like 'render-units:%'"
                    + " and write_count >= 2") > 0) {
                return;
            }
            if (!worker.isAlive()) {
                throw new AssertionError("the worker ended before it could be killed");
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no reports within two minutes");
    }
}
