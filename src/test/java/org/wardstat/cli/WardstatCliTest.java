package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The command line as a user runs it: its own application, its own embedded PostgreSQL in a
 * temporary data folder, its own output.
 */
class WardstatCliTest extends CommandLineTest {

    @Test
    void everyCommandHasHelpAndHelpStartsNoDatabase() {
        Path untouched = workspace.resolve("data-help");
        String dataDir = System.setProperty("wardstat.data-dir", untouched.toString());
        for (String command : List.of("demo", "catalog", "ingest", "template", "status", "report", "compare", "attainment", "rollout")) {
            Run help = run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.output()).contains("Cách dùng: wardstat " + command);
        }
        assertThat(run("report", "--help").output()).contains("--ward=CODE", "--year=YYYY", "--month=YYYY-MM");
        assertThat(run("rollout", "--help").output()).contains("--area=CODE", "--year=YYYY", "--designations=FILE", "--targets=FILE");
        System.setProperty("wardstat.data-dir", dataDir);
        assertThat(Files.exists(untouched)).isFalse();
    }

    @Test
    void demoLoadsTheSamplesWritesABriefingPerWardAndCanRunTwice() throws IOException {
        Run first = run("demo");

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output())
                .contains("Cơ sở dữ liệu: PostgreSQL nhúng, dữ liệu tại " + workspace.resolve("data").resolve("postgres"))
                .contains("bac-kan-2022-2024.csv: đã nạp", "Số dòng đọc: 216, nạp mới: 216, cập nhật: 0, không đổi: 0, bị loại: 0, có cảnh báo: 0")
                .contains("bac-kan-2024-12-with-errors.csv: đã nạp", "Số dòng đọc: 9, nạp mới: 0, cập nhật: 0, không đổi: 2, bị loại: 7, có cảnh báo: 0")
                .contains("Đã nạp 2 bộ tiêu chí từ ", "Đã nạp 120 đánh giá tiêu chí (113 đạt, 7 chưa đạt) từ ")
                .contains("Đã nạp 11 phường được chọn (7 phường đã được công nhận)", "Đã nạp 6 mục tiêu của 3 địa bàn")
                .contains("Xong: 44 báo cáo PDF", "Xong: 10 báo cáo địa bàn (PDF và Excel) trong " + workspace.resolve("reports/areas"));
        List<String> areas;
        try (Stream<Path> files = Files.walk(workspace.resolve("reports/areas"))) {
            areas = files.map(p -> workspace.resolve("reports/areas").relativize(p).toString()).filter(f -> f.contains(".")).sorted().toList();
        }
        // six district-level areas and three provinces for 2024; Hà Nội, whose merged ward reported 2025, for 2025
        assertThat(areas).contains("2024/tp-bac-kan-2024.pdf", "2024/tp-bac-kan-2024.xlsx", "2024/dong-xoai-2024.pdf",
                "2024/bac-kan-2024.xlsx", "2025/ha-noi-2025.pdf", "2025/ha-noi-2025.xlsx").hasSize(20);
        List<String> pdfs;
        try (Stream<Path> files = Files.walk(workspace.resolve("reports/briefings"))) {
            pdfs = files.map(Path::toString).filter(f -> f.endsWith(".pdf")).toList();
        }
        // 14 sample wards × (2023, 2024, their latest month: December 2024, or June 2025 for the two merged
        // away), and the ward the merger formed: 2025 and December 2025
        assertThat(pdfs).hasSize(44).anyMatch(f -> f.endsWith("2023/duc-xuan-2023.pdf"))
                .anyMatch(f -> f.endsWith("2024-12/tao-xuyen-2024-12.pdf"))
                .anyMatch(f -> f.endsWith("2025-06/dien-bien-2025-06.pdf"))
                .anyMatch(f -> f.endsWith("2025/phuong-ba-dinh-2025.pdf"))
                .anyMatch(f -> f.endsWith("2025-12/phuong-ba-dinh-2025-12.pdf"));

        Run template = run("template", "--area", "tp-bac-kan", "--period", "2026-01", "--out", workspace.resolve("mau.xlsx").toString());
        assertThat(template.exitCode()).isZero();
        assertThat(template.output()).contains("Đã tạo tệp mẫu cho 6 phường: " + workspace.resolve("mau.xlsx"));
        assertThat(workspace.resolve("mau.xlsx")).isNotEmptyFile();

        Run status = run("status", "--period", "2024-12", "--area", "tp-bac-kan");
        assertThat(status.exitCode()).isZero();
        // loaded today, long after the deadline of 17 January 2025
        assertThat(status.output()).contains("Tình hình nộp số liệu tháng 12/2024: Thành phố Bắc Kạn (hạn nộp: hết ngày 17/01/2025)",
                "Đúng hạn: 0/6; muộn: 6; chưa nộp (còn hạn): 0; không nộp: 0");

        // Bắc Kạn city's six wards: social-order crime 2022 = 31+27+14+19+12+21 = 124, 2023 = 24+22+16+17+11+18 = 108;
        // p = 2 · P(X ≤ 108 | n = 232, ½) = 0,325: within normal variation
        Run compare = run("compare", "--area", "tp-bac-kan", "--period", "2023");
        assertThat(compare.exitCode()).as(compare.output()).isZero();
        assertThat(compare.output()).contains("Thành phố Bắc Kạn: năm 2023 so với cùng kỳ (từ ngày 01/01/2023 đến ngày 31/12/2023)",
                "Số phường có số liệu: 6/6 (cùng kỳ 6/6)");
        assertThat(compare.output().lines().filter(line -> line.contains("Tội phạm về trật tự xã hội (số vụ xảy ra)")).findFirst().orElseThrow())
                .containsSubsequence("108", "124", "−16", "−12,9%", "0,325", "dao động bình thường");
        // ranked by the exact test's one-sided mid-p: Đức Xuân 0,175, Phùng Chí Kiên 0,240, Sông Cầu 0,318,
        // Nguyễn Thị Minh Khai 0,371, Xuất Hóa 0,419, Huyền Tụng 0,640 (its rise)
        assertThat(compare.output()).containsSubsequence("1. Phường Đức Xuân", "24 (cùng kỳ 31), −7 (−22,6%), p = 0,419: dao động bình thường",
                "2. Phường Phùng Chí Kiên", "3. Phường Sông Cầu", "4. Phường Nguyễn Thị Minh Khai", "5. Phường Xuất Hóa",
                "6. Phường Huyền Tụng", "p = 0,856");

        // an area report on request, in English: PDF and workbook, the latest copies and the archived editions
        Run english = run("--lang", "en", "report", "--area", "tp-bac-kan", "--year", "2023");
        assertThat(english.exitCode()).as(english.output()).isZero();
        assertThat(english.output()).contains(workspace.resolve("reports/areas/2023/tp-bac-kan-2023-en.pdf").toString(),
                workspace.resolve("reports/areas/2023/tp-bac-kan-2023-en.xlsx").toString());
        try (Stream<Path> files = Files.list(workspace.resolve("reports/archive/tp-bac-kan/2023"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(f -> f.matches("tp-bac-kan-2023-en-\\d{8}-\\d{6}-run\\d+\\.pdf"))
                    .anyMatch(f -> f.matches("tp-bac-kan-2023-en-\\d{8}-\\d{6}-run\\d+\\.xlsx"));
        }

        Run second = run("demo");

        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("bac-kan-2022-2024.csv: tệp này đã được nạp trước đó, không có thay đổi")
                .contains("Xong: 44 báo cáo PDF")
                // nothing was loaded this time: the first load's "nạp mới: 216" would say otherwise
                .doesNotContain("nạp mới: 216", "Số dòng đọc");
    }

    @Test
    void aReportForAnUnknownWardSaysSoAndFails() {
        run("catalog", "--org-units", "sample-data/org-units.csv");

        Run report = run("report", "--ward", "khong-co", "--year", "2023");

        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.output()).contains("Không có đơn vị mã “khong-co” trong danh mục đơn vị");
    }

    @Test
    void rolloutLoadsTheFilesAndPrintsTheProgressOfAnArea() {
        run("catalog", "--org-units", "sample-data/org-units.csv");

        Run rollout = run("rollout", "--designations", "sample-data/designations.csv", "--targets", "sample-data/rollout-targets.csv",
                "--area", "tp-bac-kan");

        assertThat(rollout.exitCode()).as(rollout.output()).isZero();
        assertThat(rollout.output()).contains(
                "Đã nạp 11 phường được chọn (7 phường đã được công nhận) từ sample-data/designations.csv",
                "Đã nạp 6 mục tiêu của 3 địa bàn từ sample-data/rollout-targets.csv",
                "Tiến độ xây dựng Công an phường kiểu mẫu về ANTT và văn minh đô thị: Thành phố Bắc Kạn",
                "Mục tiêu (theo kế hoạch của Tỉnh Bắc Kạn): năm 2025: 30–50%; năm 2030: 100%",
                "Năm 2025: 2/6 phường được công nhận (33,33%), trong khoảng mục tiêu 30–50% của năm 2025; với tốc độ hiện nay, "
                        + "100% phường được công nhận vào năm 2031, chậm 1 năm so với mục tiêu năm 2030.",
                "Tốc độ hiện nay: 2 phường được công nhận trong 3 năm (2023–2025), bình quân 0,67 phường mỗi năm; còn 4 phường chưa được công nhận.");
        assertThat(rollout.output().replaceAll(" +", " ")).contains(
                "Năm Số phường Được chọn Được công nhận Tỷ lệ Mục tiêu Đánh giá Năm đạt 100% (dự báo)",
                "2023 6 1 1 16,67% 30–50% (2025) dưới mục tiêu 2028",
                "2024 6 3 2 33,33% 30–50% (2025) trong khoảng mục tiêu 2028",
                "2025 6 3 2 33,33% 30–50% (2025) trong khoảng mục tiêu 2031",
                "Phường Đức Xuân được chọn năm 2023, công nhận năm 2023 (Quyết định 1152/QĐ-BCA ngày 19/04/2024)",
                "Phường Sông Cầu được chọn năm 2024, chưa được công nhận",
                "Phường Huyền Tụng chưa được chọn");

        Run english = run("--lang", "en", "rollout", "--area", "ha-noi", "--year", "2024");

        assertThat(english.exitCode()).isZero();
        assertThat(english.output()).contains("2024: 3/6 wards recognised (50%), within the 2025 target band of 30–50%; "
                + "at the current pace, 100% of wards are recognised in 2026, in time for the 2030 target.")
                .doesNotContain("Ba Dinh ward "); // formed in 2025
        assertThat(english.output().replaceAll(" +", " ")).contains("2021 6 1 0 0% 30–50% (2025) below target no forecast yet",
                "Quan Thanh ward selected in 2023, recognised for 2024 (decision 2878/QĐ-BCA of 22/04/2025) (ended after 30/06/2025)");

        Run unknown = run("rollout", "--area", "khong-co");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.output()).contains("Không có địa bàn mã “khong-co” trong danh mục đơn vị");
        assertThat(run("rollout").exitCode()).isEqualTo(2);
    }
}
