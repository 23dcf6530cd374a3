package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportService;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The scheduler against a real database, with a clock the test moves: a fire, the catch-up after
 * downtime, two servers ticking at once, and a failed run restarted where it stopped.
 */
class JobSchedulerTest extends PipelineTest {

    @Autowired
    JobDefinitions definitions;
    @Autowired
    RunRepository runs;
    @Autowired
    CatalogRepository catalogRepository;
    @Autowired
    IngestService ingest;
    @Autowired
    ReportService reports;
    @Autowired
    DataSource dataSource;

    @TempDir
    Path home;

    MutableClock clock = new MutableClock(Instant.parse("2024-12-17T22:00:00Z")); // 18/12/2024 05:00 in Hà Nội
    JobDefinitions jobs;
    JobRunner runner;
    JobScheduler scheduler;
    Path inbox;

    @BeforeEach
    void aMonthlyJobForBacKanCityWithAFileInItsInbox() throws IOException {
        inbox = Files.createDirectories(home.resolve("inbox"));
        Files.copy(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), inbox.resolve("bac-kan-2022-2024.csv"));
        Files.writeString(Files.createDirectories(home.resolve("jobs")).resolve("monthly-city.job"), """
                title = Báo cáo tháng — thành phố Bắc Kạn
                schedule = 0 6 18 * *
                inbox = %s
                scope = tp-bac-kan
                period = previous-month
                reports = area
                formats = pdf
                output = %s
                """.formatted(inbox, home.resolve("out")));
        jobs = definitions.inFolder(home.resolve("jobs"));
        runner = new JobRunner(runs, jobs, catalogRepository, ingest, reports);
        scheduler = new JobScheduler(jobs, runner, runs, clock);
    }

    @Test
    void theJobFiresWhenItsTimeComesAndNotBefore() {
        scheduler.catchUp(); // the first start: the job's latest fire (18/11) is made up
        clock.set("2024-12-17T22:59:00Z"); // 05:59
        assertThat(scheduler.tick()).isEmpty();

        clock.set("2024-12-17T23:00:30Z"); // 06:00:30
        List<RunView> fired = scheduler.tick();

        assertThat(fired).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo("COMPLETED");
            assertThat(run.trigger()).isEqualTo("SCHEDULE");
            assertThat(run.periodCode()).isEqualTo("2024-11");
            assertThat(run.itemsDone()).isEqualTo(1);
        });
        assertThat(jdbc.sql("select scheduled_for = '2024-12-17T23:00:00Z'::timestamptz from job_run where period_code = '2024-11'")
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select org_unit_code || ' ' || period_code || ' ' || format from report_edition where period_code = '2024-11'")
                .query(String.class).list()).containsExactly("tp-bac-kan 2024-11 pdf");
        assertThat(home.resolve("out/2024-11/tp-bac-kan-2024-11.pdf")).isRegularFile();
        assertThat(scheduler.tick()).isEmpty();
        assertThat(scheduler.nextFire("monthly-city")).contains(Instant.parse("2025-01-17T23:00:00Z"));
    }

    @Test
    void theFirstRunLoadsTheInboxFilesThenRendersAndFilesThemAway() {
        List<RunView> caughtUp = scheduler.catchUp();

        assertThat(caughtUp).singleElement().satisfies(run -> {
            assertThat(run.trigger()).isEqualTo("CATCH_UP");
            assertThat(run.periodCode()).isEqualTo("2024-10"); // fired 18/11/2024, before "now" (18/12 05:00)
            assertThat(run.itemsTotal()).isEqualTo(2);
            assertThat(run.status()).isEqualTo("COMPLETED");
        });
        assertThat(runs.items(caughtUp.get(0).id())).extracting(RunItem::kind, RunItem::subject, RunItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RunItem.Kind.LOAD, "bac-kan-2022-2024.csv", "DONE"),
                        org.assertj.core.groups.Tuple.tuple(RunItem.Kind.REPORT, "tp-bac-kan", "DONE"));
        assertThat(count("select count(*) from observation where org_unit_code = 'duc-xuan'")).isPositive();
        assertThat(inbox.resolve("bac-kan-2022-2024.csv")).doesNotExist();
        assertThat(inbox.resolve("da-nap/bac-kan-2022-2024.csv")).isRegularFile();
    }

    @Test
    void firesMissedWhileNoServerRanAreMadeUpOnceAtStart() {
        scheduler.catchUp(); // 18/11 fire → 2024-10
        clock.set("2025-03-01T02:00:00Z"); // the server was down from December to March

        List<RunView> caughtUp = scheduler.catchUp();

        assertThat(caughtUp).extracting(RunView::periodCode).containsExactly("2024-11", "2024-12", "2025-01");
        assertThat(caughtUp).allSatisfy(run -> {
            assertThat(run.trigger()).isEqualTo("CATCH_UP");
            assertThat(run.status()).isEqualTo("COMPLETED");
        });
        // another start (or another server starting) finds them done and runs nothing again
        assertThat(new JobScheduler(jobs, runner, runs, clock).catchUp()).isEmpty();
        assertThat(count("select count(*) from job_run")).isEqualTo(4);
    }

    @Test
    void twoServersOnOneDatabaseNeverRunTheSameFireTwice() throws Exception {
        scheduler.catchUp();
        try (HikariDataSource otherPool = new HikariDataSource()) {
            otherPool.setJdbcUrl(((HikariDataSource) dataSource).getJdbcUrl());
            otherPool.setUsername(((HikariDataSource) dataSource).getUsername());
            otherPool.setPassword(((HikariDataSource) dataSource).getPassword()); // the embedded server asks for it
            RunRepository otherRuns = new RunRepository(otherPool);
            JobScheduler otherServer = scheduler.withRunner(runner.withRuns(otherRuns), otherRuns);
            otherServer.catchUp();
            clock.set("2024-12-17T23:01:00Z");

            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<List<RunView>> first = CompletableFuture.supplyAsync(() -> awaitThen(start, scheduler::tick));
            CompletableFuture<List<RunView>> second = CompletableFuture.supplyAsync(() -> awaitThen(start, otherServer::tick));
            start.countDown();

            assertThat(first.get().size() + second.get().size()).isEqualTo(1);
        }
        assertThat(count("select count(*) from job_run where period_code = '2024-11'")).isEqualTo(1);
        assertThat(count("select count(*) from report_edition where period_code = '2024-11'")).isEqualTo(1);
    }

    @Test
    void aFailedRunRestartsWhereItStoppedWithoutRedoingWhatWasDone() throws IOException {
        Files.writeString(inbox.resolve("z-broken.csv"), "this is not a statistics file\n1,2,3\n");
        RunView failed = scheduler.catchUp().get(0);

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.message()).contains("Có tệp không nạp được");
        assertThat(runs.items(failed.id())).extracting(RunItem::subject, RunItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bac-kan-2022-2024.csv", "DONE"),
                        org.assertj.core.groups.Tuple.tuple("z-broken.csv", "FAILED"),
                        org.assertj.core.groups.Tuple.tuple("tp-bac-kan", "PENDING"));
        String firstLoad = jdbc.sql("select finished_at::text from job_run_item where run_id = :id and seq = 1")
                .param("id", failed.id()).query(String.class).single();

        // the analyst replaces the broken file with a good one and restarts the run
        Files.copy(SAMPLES.resolve("statistics/binh-phuoc-2022-2024.csv"), inbox.resolve("z-broken.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(runner.reopen(failed.id())).isTrue();
        assertThat(runner.reopen(failed.id())).isFalse(); // only one restart takes it
        RunView restarted = runner.execute(failed.id(), RunProgress.NONE);

        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(restarted.itemsDone()).isEqualTo(3);
        assertThat(jdbc.sql("select finished_at::text from job_run_item where run_id = :id and seq = 1")
                .param("id", failed.id()).query(String.class).single()).isEqualTo(firstLoad);
        assertThat(count("select count(*) from observation where org_unit_code = 'tan-dong'")).isPositive();
        assertThat(count("select count(*) from report_edition where org_unit_code = 'tp-bac-kan'")).isEqualTo(1);
    }

    @Test
    void aRunWhoseServerDiedIsMarkedFailedAtTheNextStart() {
        long id = jdbc.sql("""
                insert into job_run (job_name, period_code, run_key, trigger, requested_by, scope, formats, language, host, heartbeat_at)
                values ('monthly-city', '2024-09', 'monthly-city/2024-09', 'SCHEDULE', 'wardstat', '{tp-bac-kan}', 'pdf', 'vi', 'gone/1',
                        now() - interval '10 minutes') returning id
                """).query(Long.class).single();

        scheduler.catchUp();

        assertThat(runs.find(id)).get().satisfies(run -> {
            assertThat(run.status()).isEqualTo("FAILED");
            assertThat(run.message()).isEqualTo("Bị gián đoạn: máy chủ chạy lượt này đã dừng giữa chừng.");
        });
    }

    @Test
    void runNowWorksInTheBackgroundAndSetsTheEarlierRunOfThatPeriodAside() throws InterruptedException {
        clock.set("2024-12-20T02:00:00Z");
        Runs web = new Runs(runner, runs, jobs, clock);
        try {
            long first = web.runJobNow("monthly-city", "lan.admin");
            RunView done = awaitFinished(web, first);
            assertThat(done.status()).as(done.message()).isEqualTo("COMPLETED");
            assertThat(done.trigger()).isEqualTo("MANUAL");
            assertThat(done.requestedBy()).isEqualTo("lan.admin");
            assertThat(done.periodCode()).isEqualTo("2024-11");

            long second = web.runJobNow("monthly-city", "lan.admin"); // asking again is asking for it again
            assertThat(awaitFinished(web, second).status()).isEqualTo("COMPLETED");
            assertThat(second).isNotEqualTo(first);
            assertThat(runs.find(first)).get().extracting(RunView::status).isEqualTo("SUPERSEDED");
            assertThat(count("select count(*) from report_edition where period_code = '2024-11'")).isEqualTo(2);
        } finally {
            web.stop();
        }
    }

    private static RunView awaitFinished(Runs web, long id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            RunView run = web.find(id).orElseThrow();
            if (!run.running()) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run #" + id + " did not finish within a minute");
    }

    private static <T> T awaitThen(CountDownLatch latch, java.util.function.Supplier<T> work) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.get();
    }
}
