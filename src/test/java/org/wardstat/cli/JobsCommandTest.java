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
    void runningAJobLoadsItsInboxAndSaysRowsWereRejected() throws IOException {
        Files.copy(Path.of("sample-data/statistics/bac-kan-2022-2024.csv"), inbox.resolve("a-bac-kan.csv"));
        Files.copy(Path.of("sample-data/errors/bac-kan-2024-12-with-errors.csv"), inbox.resolve("b-errors.csv"));

        Run job = run("jobs", "run", "city", "--period", "2024-11");

        assertThat(job.exitCode()).as(job.output()).isEqualTo(3);
        long first = runNumber(job.output(), "city");
        assertThat(job.output()).contains("Lượt #" + first + " city kỳ 2024-11: xong, 1/1 báo cáo")
                .contains("7 dòng số liệu bị từ chối")
                .doesNotContain("\r"); // not a terminal: no bar redrawn in place
        assertThat(inbox.resolve("da-nap/a-bac-kan.csv")).isRegularFile();

        Run again = run("jobs", "run", "city", "--period", "2024-11");
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("Việc city kỳ 2024-11 đã chạy xong (lượt #" + first + "); thêm --again để chạy lại.");

        Run forced = run("jobs", "run", "city", "--period", "2024-11", "--again");
        assertThat(forced.exitCode()).as(forced.output()).isZero();
        completedRun = runNumber(forced.output(), "city");
        assertThat(completedRun).isNotEqualTo(first);
        assertThat(forced.output()).contains(" city kỳ 2024-11: xong, 1/1 báo cáo");
    }

    @Test
    @Order(4)
    void runsAreListedWithTheLoadsInOneHistoryAndAFailedOneRestarts() throws IOException {
        Path broken = Files.writeString(inbox.resolve("c-broken.csv"), "not,a,statistics,file\n");
        Run failed = run("jobs", "run", "city", "--period", "2024-10");
        assertThat(failed.exitCode()).isEqualTo(1);
        long number = runNumber(failed.output(), "city");
        assertThat(failed.output()).contains("Lượt #" + number + " city kỳ 2024-10: lỗi, 0/0 báo cáo", "c-broken.csv: ",
                "Có tệp không nạp được");

        Run list = run("runs", "list");
        assertThat(list.output()).contains("Lượt   Việc")
                .containsPattern("#" + number + " +city +2024-10 +CLI +lỗi ")
                .containsPattern("#\\d+ +city +2024-11 +CLI +xong .* 1/1")
                .containsPattern("#\\d+ +ingest a-bac-kan.csv +— +CLI +xong"); // the loads are in the same history
        assertThat(run("runs", "show", String.valueOf(number)).output()).containsPattern("load-inbox +FAILED")
                .contains("c-broken.csv: Tệp c-broken.csv");
        long completed = completedRun;
        assertThat(run("runs", "restart", String.valueOf(completed)).output())
                .contains("Lượt #" + completed + " đang ở trạng thái “xong”: chỉ chạy tiếp được lượt bị lỗi");

        Files.copy(Path.of("sample-data/statistics/thanh-hoa-2022-2024.csv"), broken, StandardCopyOption.REPLACE_EXISTING);
        Run restarted = run("runs", "restart", String.valueOf(number));
        assertThat(restarted.exitCode()).as(restarted.output()).isZero();
        assertThat(restarted.output()).contains("Lượt #" + number + " city kỳ 2024-10: xong, 1/1 báo cáo");
    }

    @Test
    @Order(5)
    void anAbandonedRunIsNeverTakenUpAgainAndItsPeriodRunsAnew() throws IOException {
        Path broken = Files.writeString(inbox.resolve("d-broken.csv"), "still,not,a,statistics,file\n");
        long number = runNumber(run("jobs", "run", "city", "--period", "2024-09").output(), "city");

        Run abandoned = run("runs", "abandon", String.valueOf(number));
        assertThat(abandoned.exitCode()).isZero();
        assertThat(abandoned.output()).contains("Đã bỏ lượt #" + number);
        assertThat(run("runs", "restart", String.valueOf(number)).output()).contains("đang ở trạng thái “đã bỏ”");

        Files.delete(broken);
        Run anew = run("jobs", "run", "city", "--period", "2024-09");
        assertThat(anew.exitCode()).as(anew.output()).isZero();
        assertThat(runNumber(anew.output(), "city")).isNotEqualTo(number);
        assertThat(anew.output()).contains(" city kỳ 2024-09: xong, 1/1 báo cáo");
    }

    /** A run of city that completed, for the next tests. */
    static long completedRun;

    /** The run number in "Lượt #12 city kỳ …". */
    private static long runNumber(String output, String job) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("Lượt #(\\d+) " + job).matcher(output);
        assertThat(matcher.find()).as(output).isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
