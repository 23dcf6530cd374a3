package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** jobs and runs on the command line: listing, running now, exit codes, progress lines, restart. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobsCommandTest extends CommandLineTest {

    static Path jobs;
    static Path inbox;

    @BeforeAll
    static void aJobFolderWithAnInbox() throws IOException {
        jobs = Files.createDirectories(workspace.resolve("jobs"));
        inbox = Files.createDirectories(workspace.resolve("inbox"));
        Files.writeString(jobs.resolve("city.job"), """
                title = Báo cáo tháng — thành phố Bắc Kạn
                schedule = 0 6 18 * *
                inbox = %s
                scope = tp-bac-kan
                period = previous-month
                reports = area
                formats = pdf
                """.formatted(inbox));
        System.setProperty("wardstat.jobs-dir", jobs.toString());
    }

    @AfterAll
    static void restoreJobs() {
        System.clearProperty("wardstat.jobs-dir");
    }

    @Test
    @Order(1)
    void theShippedJobsAreListedWithTheirNextTime() {
        run("catalog", "--org-units", "sample-data/org-units.csv");
        System.setProperty("wardstat.jobs-dir", "jobs");
        try {
            Run list = run("jobs", "list");
            assertThat(list.exitCode()).as(list.output()).isZero();
            assertThat(list.output())
                    .contains("monthly-province — Báo cáo tháng tình hình an ninh, trật tự — tỉnh Bắc Kạn")
                    .containsPattern("lịch: 0 6 18 \\* \\* \\(lần tới 18/\\d\\d/20\\d\\d 06:00\\); địa bàn: bac-kan; kỳ: previous-month")
                    .containsPattern("yearly-conference — .*\\n.*lịch: 0 6 10 1 \\* \\(lần tới 10/01/20\\d\\d 06:00\\); "
                            + "địa bàn: bac-kan, ha-noi, binh-phuoc, thanh-hoa; kỳ: previous-year");
            assertThat(run("jobs", "check").output()).contains("Các tệp định nghĩa việc đều dùng được (2 việc).");
        } finally {
            System.setProperty("wardstat.jobs-dir", jobs.toString());
        }
    }

    @Test
    @Order(2)
    void aBadJobFileStopsWithItsFileAndLine() throws IOException {
        Path bad = Files.writeString(jobs.resolve("typo.job"), "title = Sai\nschedule = 0 6 18 * *\nscope = tp-bac-kan\nperiod = monthly\n");
        try {
            Run check = run("jobs", "check");
            assertThat(check.exitCode()).isEqualTo(1);
            assertThat(check.output()).contains("wardstat: " + bad + ", dòng 4: giá trị “monthly” của “period” không có; chọn một trong:");
        } finally {
            Files.delete(bad);
        }
    }

    @Test
    @Order(3)
    void runningAJobLoadsItsInboxPrintsProgressAndSaysRowsWereRejected() throws IOException {
        Files.copy(Path.of("sample-data/statistics/bac-kan-2022-2024.csv"), inbox.resolve("a-bac-kan.csv"));
        Files.copy(Path.of("sample-data/errors/bac-kan-2024-12-with-errors.csv"), inbox.resolve("b-errors.csv"));

        Run job = run("jobs", "run", "city", "--period", "2024-11");

        assertThat(job.exitCode()).as(job.output()).isEqualTo(3);
        // not a terminal: one plain line per item, no bar
        assertThat(job.output()).contains("[1/3] a-bac-kan.csv", "[2/3] b-errors.csv", "[3/3] tp-bac-kan 2024-11")
                .contains("Lượt #1 city kỳ 2024-11: xong, 3/3 mục")
                .contains("7 dòng số liệu bị từ chối")
                .doesNotContain("\r");
        assertThat(inbox.resolve("da-nap/a-bac-kan.csv")).isRegularFile();

        Run again = run("jobs", "run", "city", "--period", "2024-11");
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("Việc city kỳ 2024-11 đã chạy xong (lượt #1); thêm --again để chạy lại.");

        Run forced = run("jobs", "run", "city", "--period", "2024-11", "--again");
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        assertThat(forced.output()).contains("[1/1] tp-bac-kan 2024-11", "Lượt #2 city kỳ 2024-11: xong, 1/1 mục");
    }

    @Test
    @Order(4)
    void runsAreListedWithStatusAndDurationAndAFailedOneRestarts() throws IOException {
        Path broken = Files.writeString(inbox.resolve("c-broken.csv"), "not,a,statistics,file\n");
        Run failed = run("jobs", "run", "city", "--period", "2024-10");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.output()).contains("Lượt #3 city kỳ 2024-10: lỗi, 0/2 mục", "Có tệp không nạp được");

        Run list = run("runs", "list");
        assertThat(list.output()).contains("Lượt   Việc")
                .containsPattern("#3 +city +2024-10 +CLI +lỗi .* \\d+ s +0/2")
                .containsPattern("#2 +city +2024-11 +CLI +xong .* \\d+ s +1/1")
                .containsPattern("#1 +city +2024-11 +CLI +đã thay .* 3/3");
        assertThat(run("runs", "show", "3").output()).containsPattern("1\\. LOAD +c-broken.csv +lỗi")
                .containsPattern("2\\. REPORT +tp-bac-kan +chờ");
        assertThat(run("runs", "restart", "2").output()).contains("Lượt #2 đang ở trạng thái “xong”: chỉ lượt bị lỗi mới chạy tiếp được");

        Files.copy(Path.of("sample-data/statistics/thanh-hoa-2022-2024.csv"), broken, StandardCopyOption.REPLACE_EXISTING);
        Run restarted = run("runs", "restart", "3");
        assertThat(restarted.exitCode()).as(restarted.output()).isZero();
        assertThat(restarted.output()).contains("[1/2] c-broken.csv", "[2/2] tp-bac-kan 2024-10", "Lượt #3 city kỳ 2024-10: xong, 2/2 mục");
    }
}
