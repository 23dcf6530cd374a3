package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wardstat.cli.WardstatCli;
import org.wardstat.ingest.IngestService;
import org.wardstat.jobs.JobScheduler;
import org.wardstat.jobs.RunHistory;
import org.wardstat.jobs.RunView;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One run history, whichever face starts a run: the scheduler making up a fire, the command line
 * ({@code ./wardstat report}, in a context of its own on the same database), a report asked for
 * on the web. All three are Spring Batch job instances, listed on the web's run history.
 */
@TestPropertySource(properties = "wardstat.jobs-dir=target/one-history-jobs")
class OneRunHistoryTest extends WebTest {

    @Autowired
    JobScheduler scheduler;
    @Autowired
    RunHistory history;
    @Autowired
    IngestService ingest;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void runsFromTheSchedulerTheCommandLineAndTheWebAreInOneHistory() throws Exception {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        user("quan-tri", Role.ADMIN, "vn", "Nguyễn Văn Quản");

        // the scheduler: the yearly job's latest fire (10/01/2026, for 2025) is made up at start
        writeYearlyJob();
        RunView scheduled = scheduler.catchUp().get(0);
        assertThat(scheduled.trigger()).isEqualTo("CATCH_UP");

        // the command line, in its own Spring context, on this test's database
        HikariDataSource pool = (HikariDataSource) dataSource;
        System.setProperty("wardstat.db.url", pool.getJdbcUrl());
        System.setProperty("wardstat.db.user", pool.getUsername());
        System.setProperty("wardstat.db.password", pool.getPassword() == null ? "" : pool.getPassword());
        int exit;
        try {
            exit = WardstatCli.run("report", "--area", "tp-bac-kan", "--year", "2024", "--format", "pdf");
        } finally {
            System.clearProperty("wardstat.db.url");
            System.clearProperty("wardstat.db.user");
            System.clearProperty("wardstat.db.password");
        }
        assertThat(exit).isZero();
        RunView fromCli = history.recent(10).stream().filter(run -> run.trigger().equals("CLI") && "report".equals(run.jobName()))
                .findFirst().orElseThrow();

        // the web: a report asked for by a person, followed on its run page
        WebSession admin = signedIn("quan-tri");
        WebSession.Response asked = admin.submit("/reports/new", "/reports",
                Map.of("unit", "duc-xuan", "period", "2024", "format", "pdf"));
        assertThat(asked.status()).isEqualTo(302);
        long fromWeb = Long.parseLong(asked.location().replaceAll(".*/runs/", ""));
        RunView web = awaitEnd(fromWeb);
        assertThat(web.status()).isEqualTo(RunView.COMPLETED);
        assertThat(web.trigger()).isEqualTo("WEB");

        String page = admin.get("/runs").text();
        assertThat(page).contains("href=\"/runs/" + scheduled.id() + "\"", "href=\"/runs/" + fromCli.id() + "\"",
                "href=\"/runs/" + fromWeb + "\"", "Chạy bù", "Dòng lệnh", "Yêu cầu trên web",
                "Báo cáo tổng kết năm", "Báo cáo theo yêu cầu: Thành phố Bắc Kạn", "Báo cáo theo yêu cầu: Phường Đức Xuân");
        assertThat(admin.get("/runs/" + fromWeb).text()).contains("Lần chạy số " + fromWeb, "Hoàn thành", "1/1 báo cáo",
                "Phần 1", "Lập danh sách báo cáo");
        // every one of them is a Spring Batch job instance, and nothing else keeps runs
        assertThat(count("select count(*) from batch_job_instance where job_instance_id in (" + scheduled.id() + ", " + fromCli.id()
                + ", " + fromWeb + ")")).isEqualTo(3);
    }

    private RunView awaitEnd(long run) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            RunView view = history.find(run).orElseThrow();
            if (!view.running()) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run #" + run + " did not end within a minute");
    }

    private static void writeYearlyJob() throws IOException {
        Path folder = Files.createDirectories(Path.of("target/one-history-jobs"));
        Files.writeString(folder.resolve("yearly.job"), """
                title = Báo cáo tổng kết năm — thành phố Bắc Kạn
                schedule = 0 6 10 1 *
                scope = tp-bac-kan
                period = previous-year
                reports = area
                formats = pdf
                """);
    }
}
