package org.wardstat.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;

/**
 * The scheduler against a real database, with a clock the test moves: a fire, the catch-up after
 * downtime, two schedulers ticking at once, and a failed run restarted where it stopped. Every
 * run is a Spring Batch job; what it did is read back from the job repository.
 */
class JobSchedulerTest extends PipelineTest {

    @Autowired
    JobDefinitions definitions;
    @Autowired
    RunHistory history;
    @Autowired
    JobRepository repository;

    @TempDir
    Path home;

    MutableClock clock = new MutableClock(Instant.parse("2024-12-17T22:00:00Z")); // 18/12/2024 05:00 in Hà Nội
    JobDefinitions jobs;
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
        scheduler = new JobScheduler(jobs, launcher, history, follower, clock);
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
        assertThat(history.lastScheduledFire("monthly-city")).contains(Instant.parse("2024-12-17T23:00:00Z"));
        assertThat(jdbc.sql("select job_name from batch_job_instance where job_instance_id = :id").param("id", fired.get(0).id())
                .query(String.class).single()).as("a Spring Batch job instance").isEqualTo("publish");
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
            assertThat(run.itemsTotal()).isEqualTo(1);
            assertThat(run.status()).isEqualTo("COMPLETED");
        });
        assertThat(history.steps(caughtUp.get(0).id())).extracting(RunHistory.StepLine::step, RunHistory.StepLine::status,
                        RunHistory.StepLine::written)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("load-inbox", "COMPLETED", 1L),
                        org.assertj.core.groups.Tuple.tuple("plan-publish", "COMPLETED", 1L),
                        org.assertj.core.groups.Tuple.tuple("render-units:partition000", "COMPLETED", 1L),
                        org.assertj.core.groups.Tuple.tuple("render", "COMPLETED", 1L),
                        org.assertj.core.groups.Tuple.tuple("distribute", "COMPLETED", 0L));
        assertThat(history.steps(caughtUp.get(0).id()).get(0).message()).startsWith("bac-kan-2022-2024.csv: đọc 216 dòng, nạp 216");
        assertThat(count("select count(*) from observation where org_unit_code = 'duc-xuan'")).isPositive();
        assertThat(inbox.resolve("bac-kan-2022-2024.csv")).doesNotExist();
        assertThat(inbox.resolve("da-nap/bac-kan-2022-2024.csv")).isRegularFile();
        assertThat(jdbc.sql("select actor || ' ' || channel || ' ' || action || ': ' || detail from audit_event").query(String.class).list())
                .as("the scheduler's load is in the audit trail; its own run is no one's request")
                .singleElement().asString().startsWith("scheduler scheduler load: Tệp bac-kan-2022-2024.csv: ").contains(" giá trị mới");
    }

    @Test
    void firesMissedWhileNoServerRanAreMadeUpOnceAtStart() {
        scheduler.catchUp(); // 18/11 fire → 2024-10
        clock.set("2025-03-01T02:00:00Z"); // the server was down from December to March

        List<RunView> caughtUp = scheduler.catchUp();

        assertThat(caughtUp).extracting(RunView::periodCode).containsExactly("2024-11", "2024-12", "2025-01");
        assertThat(caughtUp).allSatisfy(run -> assertThat(run.trigger()).isEqualTo("CATCH_UP"));
        // the samples end in December 2024: January's run waits for its data instead of rendering an empty report
        assertThat(caughtUp).extracting(RunView::status).containsExactly("COMPLETED", "COMPLETED", "WAITING");
        // another start (or another server starting) finds them done and runs nothing again
        assertThat(new JobScheduler(jobs, launcher, history, follower, clock).catchUp()).isEmpty();
        assertThat(count("select count(*) from batch_job_instance where job_name = 'publish'")).isEqualTo(4);
        assertThat(count("select count(*) from report_edition where period_code = '2025-01'")).isZero();
    }

    @Test
    void twoSchedulersOnOneDatabaseNeverRunTheSameFireTwice() throws Exception {
        scheduler.catchUp();
        // a second server's scheduler: its own state and thread; what settles the race is the job repository
        JobScheduler otherServer = new JobScheduler(jobs, launcher, history, follower, clock);
        otherServer.catchUp();
        clock.set("2024-12-17T23:01:00Z");

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<List<RunView>> first = CompletableFuture.supplyAsync(() -> awaitThen(start, scheduler::tick));
        CompletableFuture<List<RunView>> second = CompletableFuture.supplyAsync(() -> awaitThen(start, otherServer::tick));
        start.countDown();

        assertThat(first.get().size() + second.get().size()).isEqualTo(1);
        assertThat(count("""
                select count(*) from batch_job_execution_params where parameter_name = 'period' and parameter_value = '2024-11'
                """)).as("one attempt of one run").isEqualTo(1);
        assertThat(count("select count(*) from report_edition where period_code = '2024-11'")).isEqualTo(1);
    }

    @Test
    void aFailedRunRestartsWhereItStoppedWithoutRedoingWhatWasDone() throws IOException {
        Files.writeString(inbox.resolve("z-broken.csv"), "this is not a statistics file\n1,2,3\n");
        RunView failed = scheduler.catchUp().get(0);

        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.message()).startsWith("z-broken.csv: ").contains("Có tệp không nạp được");
        assertThat(history.steps(failed.id())).extracting(RunHistory.StepLine::step, RunHistory.StepLine::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("load-inbox", "FAILED"));
        assertThat(inbox.resolve("da-nap/bac-kan-2022-2024.csv")).as("the good file is loaded and filed away").isRegularFile();
        long bacKanLoads = count("select count(*) from batch_job_instance where job_name = 'ingest'");

        // the analyst replaces the broken file with a good one and restarts the run
        Files.copy(SAMPLES.resolve("statistics/binh-phuoc-2022-2024.csv"), inbox.resolve("z-broken.csv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        RunLauncher.Launch restart = launcher.restart(failed.id()).orElseThrow();
        assertThat(launcher.restart(failed.id())).as("only one restart takes it").isEmpty();
        RunView restarted = follower.await(restart, RunProgress.NONE);

        assertThat(restarted.id()).isEqualTo(failed.id());
        assertThat(restarted.executionId()).isNotEqualTo(failed.executionId());
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(restarted.itemsDone()).isEqualTo(1);
        assertThat(count("select count(*) from batch_job_instance where job_name = 'ingest'"))
                .as("only the replaced file is loaded: the one done stays done").isEqualTo(bacKanLoads + 1);
        assertThat(count("select count(*) from observation where org_unit_code = 'tan-dong'")).isPositive();
        assertThat(count("select count(*) from report_edition where org_unit_code = 'tp-bac-kan'")).isEqualTo(1);
    }

    @Test
    void aRunWhoseProcessDiedIsMarkedFailedAtTheNextStartAndCanBeRestarted() throws Exception {
        // a run of September left "started" by a process killed with it: no heartbeat for ten minutes
        JobExecution dead = repository.createJobExecution(repository.createJobInstance("publish", new JobParametersBuilder()
                        .addString("job", "monthly-city").addString("period", "2024-09").toJobParameters()),
                new JobParametersBuilder().addString("job", "monthly-city").addString("period", "2024-09")
                        .addString("jobFile", home.resolve("jobs/monthly-city.job").toString(), false).addString("language", "vi", false)
                        .addString("trigger", "SCHEDULE", false).addString("scope", "tp-bac-kan", false).addString("formats", "pdf", false)
                        .addLong("requestedAt", clock.instant().toEpochMilli(), false).toJobParameters(),
                new ExecutionContext());
        dead.setStatus(BatchStatus.STARTED);
        repository.update(dead);
        jdbc.sql("update batch_job_execution set last_updated = now() - interval '10 minutes', create_time = now() - interval '10 minutes'"
                + " where job_execution_id = :id").param("id", dead.getId()).update();

        scheduler.catchUp();

        RunView recovered = history.ofExecution(dead.getId()).orElseThrow();
        assertThat(recovered.status()).isEqualTo("FAILED");
        assertThat(recovered.message()).isEqualTo("Bị gián đoạn: máy chủ chạy lượt này đã dừng giữa chừng.");
        RunView restarted = follower.await(launcher.restart(recovered.id()).orElseThrow(), RunProgress.NONE);
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("select org_unit_code from report_edition where period_code = '2024-09'").query(String.class).list())
                .containsExactly("tp-bac-kan");
    }

    @Test
    void runNowWorksInTheBackgroundAndAskingAgainMakesANewRun() {
        clock.set("2024-12-20T02:00:00Z");
        JobDefinition job = jobs.find("monthly-city", org.wardstat.system.Messages.vietnamese()).orElseThrow();
        RunLauncher.Launch first = launcher.publish(job, job.periodAt(clock.instant()), RunParameters.Trigger.MANUAL, "lan.admin", null, true);
        RunView done = follower.await(first, RunProgress.NONE);
        assertThat(done.status()).as(done.message()).isEqualTo("COMPLETED");
        assertThat(done.trigger()).isEqualTo("MANUAL");
        assertThat(done.requestedBy()).isEqualTo("lan.admin");
        assertThat(done.periodCode()).isEqualTo("2024-11");

        RunLauncher.Launch second = launcher.publish(job, job.periodAt(clock.instant()), RunParameters.Trigger.MANUAL, "lan.admin", null, true);
        assertThat(follower.await(second, RunProgress.NONE).status()).isEqualTo("COMPLETED");
        assertThat(second.run()).isNotEqualTo(first.run());
        assertThat(count("select count(*) from report_edition where period_code = '2024-11'")).isEqualTo(2);
        // without "again", the period is done
        assertThat(launcher.publish(job, job.periodAt(clock.instant()), RunParameters.Trigger.CLI, "an", null, false).result())
                .isEqualTo(RunLauncher.Result.ALREADY_COMPLETED);
    }

    @Test
    void aPeriodWithoutFiguresWaitsForDataAndIsTriedAgainAtTheNextTick() throws IOException {
        Files.delete(inbox.resolve("bac-kan-2022-2024.csv"));
        clock.set("2025-02-17T23:00:30Z"); // the fire of 18/02/2025: January 2025, for which nothing is stored
        scheduler.catchUp();
        RunView waiting = history.recent(1).get(0);
        assertThat(waiting.status()).isEqualTo(RunView.WAITING);
        assertThat(waiting.periodCode()).isEqualTo("2025-01");
        assertThat(waiting.message()).isEqualTo(
                "Chưa có số liệu nào của Thành phố Bắc Kạn cho tháng 01/2025: lượt này chờ số liệu và được chạy lại ở các lần kiểm tra sau của bộ lập lịch.");
        assertThat(count("select count(*) from report_edition")).as("no empty reports").isZero();

        // January's file arrives in the inbox; the next tick loads it and makes the report
        Files.writeString(inbox.resolve("thang-1.csv"), "Mã đơn vị,Tên đơn vị,Kỳ báo cáo,Tội phạm về trật tự xã hội (số vụ xảy ra)\nduc-xuan,Phường Đức Xuân,01/2025,3\n");
        clock.set("2025-02-17T23:01:00Z");
        assertThat(scheduler.tick()).as("tried again after a pause, not at every tick").isEmpty();
        clock.set("2025-02-17T23:11:00Z");
        List<RunView> retried = scheduler.tick();

        assertThat(retried).singleElement().satisfies(run -> {
            assertThat(run.id()).isEqualTo(waiting.id());
            assertThat(run.status()).isEqualTo(RunView.COMPLETED);
        });
        assertThat(jdbc.sql("select org_unit_code from report_edition where period_code = '2025-01'").query(String.class).list())
                .containsExactly("tp-bac-kan");
    }

    @Test
    void aJobThatRequiresApprovedFiguresWaitsForTheirApprovalAndSaysSo(@Autowired org.wardstat.approval.Approvals approvals,
                                                                       @Autowired org.wardstat.users.Users users) throws IOException {
        Path file = home.resolve("jobs/monthly-city.job");
        Files.writeString(file, Files.readString(file) + "require = approved\n");
        jobs = definitions.inFolder(home.resolve("jobs"));
        scheduler = new JobScheduler(jobs, launcher, history, follower, clock);

        RunView waiting = scheduler.catchUp().get(0);
        assertThat(waiting.status()).isEqualTo(RunView.WAITING);
        assertThat(waiting.message()).isEqualTo("Chờ duyệt số liệu: 6/6 phường của Thành phố Bắc Kạn có số liệu tháng 10/2024 chưa được duyệt;"
                + " lượt này chạy lại ở các lần kiểm tra sau của bộ lập lịch.");
        assertThat(count("select count(*) from report_edition")).isZero();

        users.add("duyet.tp", org.wardstat.users.Role.ANALYST, "tp-bac-kan", "Lê Văn Duyệt", "mat-khau-thu-nghiem".toCharArray());
        users.setApprover("duyet.tp", true);
        approvals.approve("duyet.tp", org.wardstat.audit.AuditTrail.Actor.commandLine("test"), "tp-bac-kan",
                org.wardstat.analytics.Window.month(java.time.YearMonth.of(2024, 10)), org.wardstat.system.Messages.vietnamese());
        clock.set("2024-12-17T22:01:00Z");
        assertThat(scheduler.tick()).as("tried again after a pause").isEmpty();
        clock.set("2024-12-17T22:11:00Z");
        assertThat(scheduler.tick()).singleElement().satisfies(run -> {
            assertThat(run.id()).isEqualTo(waiting.id());
            assertThat(run.status()).isEqualTo(RunView.COMPLETED);
        });
        assertThat(jdbc.sql("select org_unit_code from report_edition where period_code = '2024-10'").query(String.class).list())
                .containsExactly("tp-bac-kan");
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
