package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** `wardstat benchmark analysis`: its help in both languages, and a task it does not know refused before anything starts. */
class AnalysisBenchmarkCommandTest extends CommandLineTest {

    @Test
    void theHelpNamesEveryTimedTaskInTheUsersLanguage() {
        Run vietnamese = run("benchmark", "analysis", "--help");
        assertThat(vietnamese.exitCode()).isZero();
        assertThat(vietnamese.output()).contains("Đo phần phân tích trên dữ liệu cả nước tổng hợp.",
                        "của một tháng, một năm, một quý và từ đầu năm", "nội dung bản tin một phường",
                        "Chỉ đo các tác vụ này: month, year, quarter, ytd, wards, attainment, briefing,")
                .doesNotContain("time only these tasks", "Time only these tasks");

        Run english = run("--lang", "en", "benchmark", "analysis", "--help");
        assertThat(english.output()).contains("year-over-year of a month, a year, a quarter and a year to date",
                "Time only these tasks: month, year, quarter, ytd, wards, attainment, briefing,").doesNotContain("Chỉ đo");
    }

    @Test
    void aMistypedTaskIsRefusedWithTheListOfTasksBeforeAnyDatabaseIsMade() {
        Run run = run("benchmark", "analysis", "--only", "month,yaer");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("Không có tác vụ đo “yaer”; các tác vụ là: month, year, quarter, ytd, wards, attainment, "
                + "briefing, briefing-sources, sql-month, sql-year.");
        assertThat(Files.exists(workspace.resolve("data").resolve("benchmark"))).isFalse();

        Run english = run("--lang", "en", "benchmark", "analysis", "--only", "montth");
        assertThat(english.exitCode()).isEqualTo(2);
        assertThat(english.output()).contains("There is no task “montth” to time; the tasks are: month, year,");
    }
}
