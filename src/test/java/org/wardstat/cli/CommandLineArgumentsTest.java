package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A command typed wrong, as people type them: one line in the user's language naming the option
 * and the forms it takes, exit code 2, no exception text, no usage dump, and no database started.
 */
class CommandLineArgumentsTest extends CommandLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "report --ward duc-xuan --month 2024-13 | wardstat: --month: không đọc được “2024-13”; dùng tháng dạng 2024-12, 12/2024 hoặc T12/2024.",
            "report --area tp-bac-kan --year 20x4    | wardstat: --year: không đọc được “20x4”; dùng năm bốn chữ số, ví dụ 2024.",
            "status --period 2024/12                 | wardstat: --period: không đọc được “2024/12”; dùng tháng dạng 2024-12, 12/2024 hoặc T12/2024.",
            "compare --area vn --period 2025-Q5      | wardstat: --period: không đọc được “2025-Q5”; dùng 2025 (năm), 2025-12 (tháng), 2025-Q4 (quý), 2025-H1 hoặc 2025-H2 (6 tháng), 2025-9M (9 tháng), YTD-2025-10 (từ đầu năm đến hết tháng 10), R12-2025-10 (12 tháng đến hết tháng 10).",
            "report --ward a --year 2024 --format doc | wardstat: --format: không đọc được “doc”; dùng pdf, xlsx hoặc pdf,xlsx.",
            "report --year 2024                      | wardstat: thiếu --ward (xem wardstat report --help).",
            "report --ward a --year 2024 --month 2024-12 | wardstat: chỉ dùng một trong --year=YYYY, --month=YYYY-MM (xem wardstat report --help).",
            "report --ward a --yaer 2024             | wardstat: không hiểu “--yaer 2024” (xem wardstat report --help).",
            "raport                                  | wardstat: không hiểu “raport” (xem wardstat --help).",
            "--lang en report --ward a --month 2024-13 | wardstat: --month: cannot read “2024-13”; use a month as 2024-12, 12/2024 or T12/2024.",
            "status --period 20x4 --lang=en          | wardstat: --period: cannot read “20x4”; use a month as 2024-12, 12/2024 or T12/2024.",
    })
    void aWrongArgumentGetsOneLineNamingTheOptionAndTheFormsItTakes(String typed, String expected) {
        Path untouched = workspace.resolve("data-typed-wrong");
        String dataDir = System.setProperty("wardstat.data-dir", untouched.toString());
        try {
            Run run = run(typed.strip().split("\\s+"));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.output().strip()).isEqualTo(expected.strip());
            assertThat(run.output()).doesNotContain("Exception", "Usage", "Cách dùng", "\tat ");
            assertThat(Files.exists(untouched)).as("no database started for a wrong argument").isFalse();
        } finally {
            System.setProperty("wardstat.data-dir", dataDir);
        }
    }

    @Test
    void helpFollowsTheLanguage() {
        Run vietnamese = run("report", "--help");
        assertThat(vietnamese.exitCode()).isZero();
        assertThat(vietnamese.output()).startsWith("Cách dùng: wardstat report")
                .contains("Tạo báo cáo PDF và Excel của một phường hoặc một địa bàn cho một kỳ, so với cùng kỳ năm trước.",
                        "--month=YYYY-MM   Một tháng: 2024-12, 12/2024 hoặc T12/2024.", "Hiện hướng dẫn này rồi thoát.")
                .doesNotContain("Render", "Show this help");

        Run english = run("--lang", "en", "report", "--help");
        assertThat(english.output()).startsWith("Usage: wardstat report")
                .contains("Render the PDF report and workbook of a ward or an area", "--month=YYYY-MM   One month: 2024-12, 12/2024 or T12/2024.",
                        "Show this help message and exit.")
                .doesNotContain("Tạo báo cáo", "Một tháng");

        Run root = run("--lang=en", "--help");
        assertThat(root.output()).contains("Commands:", "Exit codes:", "2   wrong usage (an option, a value, or a period still to come)",
                "help          Show the help of a command, e.g. wardstat help report.");
        assertThat(run("--help").output()).contains("Lệnh:", "Mã thoát:", "2   gõ lệnh sai (tuỳ chọn, giá trị, hoặc kỳ chưa đến)");
    }

    @Test
    void theLanguageIsReadFromTheLineOrTheEnvironment() {
        assertThat(WardstatCli.language(new String[] {"report", "--lang", "en"}, null)).isEqualTo("en");
        assertThat(WardstatCli.language(new String[] {"--lang=en", "report"}, "vi")).isEqualTo("en");
        assertThat(WardstatCli.language(new String[] {"report"}, "en")).isEqualTo("en");
        assertThat(WardstatCli.language(new String[] {"report"}, null)).isEqualTo("vi");
    }
}
