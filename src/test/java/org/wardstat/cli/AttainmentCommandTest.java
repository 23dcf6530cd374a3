package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * ./wardstat attainment as a user runs it, after ./wardstat catalog has loaded the criteria and
 * the sample assessments: its own application and embedded PostgreSQL in a temporary folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AttainmentCommandTest extends CommandLineTest {

    @Test
    @Order(1)
    void helpNeedsNoDatabaseAndAnAreaNeedsAYear() {
        Run help = run("attainment", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("Cách dùng: wardstat attainment", "--area=CODE", "--ward=CODE", "--year=YYYY");
        assertThat(run("catalog", "--help").output()).contains("--criteria=FILE", "--assessments=FILE");

        Run noYear = run("attainment", "--area", "ha-noi");
        assertThat(noYear.exitCode()).isEqualTo(2);
        assertThat(noYear.output()).contains("--area cần --year, ví dụ: ./wardstat attainment --area tp-bac-kan --year 2024");
        assertThat(Files.exists(workspace.resolve("data"))).isFalse();
    }

    @Test
    @Order(2)
    void theCatalogCommandLoadsTheCriteriaAndTheAssessments() {
        Run catalog = run("catalog", "--org-units", "sample-data/org-units.csv", "--assessments", "sample-data/assessments.csv");

        assertThat(catalog.exitCode()).as(catalog.output()).isZero();
        assertThat(catalog.output()).contains("Đã nạp 2 bộ tiêu chí từ ",
                "  5764-QD-BCA-V05: 22 tiêu chí, 6 nhóm, áp dụng từ năm 2021 đến năm 2023; nội dung tiêu chí là nội dung mẫu, "
                        + "cần thay bằng nội dung chính thức",
                "  639-QD-BCA-V05: 20 tiêu chí, 7 nhóm, áp dụng từ năm 2024;",
                "Đã nạp 120 đánh giá tiêu chí (113 đạt, 7 chưa đạt) từ sample-data/assessments.csv");
        Run ingest = run("ingest", "sample-data/statistics/ha-noi-2022-2024.csv", "sample-data/statistics/thanh-hoa-2022-2024.csv");
        assertThat(ingest.exitCode()).as(ingest.output()).isZero();
    }

    @Test
    @Order(3)
    void aWardsYearInVietnameseCriterionByCriterionAndGroupByGroup() {
        Run dienBien = run("attainment", "--ward", "dien-bien", "--year", "2022");

        assertThat(dienBien.exitCode()).as(dienBien.output()).isZero();
        assertThat(dienBien.output()).contains(
                "Phường Điện Biên, năm 2022: đạt 21/22 tiêu chí, còn 1 tiêu chí chưa đạt — tiêu chí 5: "
                        + "diện tích làm việc của trụ sở đảm bảo theo tiêu chuẩn (từ 160 m² trở lên)",
                "Bộ tiêu chí: Bộ tiêu chí tạm thời, Quyết định 5764/QĐ-BCA-V05 ngày 13/7/2021 (22 tiêu chí, 6 nhóm; nội dung tiêu chí là nội dung mẫu",
                "Nhóm 2. Trụ sở, cơ sở vật chất, trang thiết bị: đạt 2/3",
                "  [chưa đạt] 5. Diện tích làm việc của trụ sở đảm bảo theo tiêu chuẩn (từ 160 m² trở lên): "
                        + "diện tích làm việc của trụ sở 152 m² < 160 m²",
                "  [đạt] 13. Tỷ lệ khám phá tội phạm về trật tự xã hội đạt từ 90% trở lên: tỷ lệ khám phá tội phạm về trật tự xã hội 90,91% ≥ 90%",
                "  [đạt] 1. Chi bộ Công an phường trong sạch, vững mạnh; cán bộ, đảng viên hoàn thành tốt nhiệm vụ: đánh giá ngày 15/09/2022: đạt");
        assertThat(dienBien.output().lines().filter(line -> line.startsWith("  [chưa đạt]")).count()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void anAreaInAYearAndAWardsYearsAndEnglishOnRequest() {
        Run haNoi = run("attainment", "--area", "ha-noi", "--year", "2023");
        assertThat(haNoi.exitCode()).isZero();
        assertThat(haNoi.output()).contains("Tiêu chí Công an phường kiểu mẫu năm 2023, Thành phố Hà Nội: 0/6 phường đạt đủ tiêu chí",
                "  Phường Phú La: đạt 20/22 tiêu chí",
                "      [chưa đạt] 7. Có phòng tiếp công dân, nơi giải quyết thủ tục hành chính khang trang: đánh giá ngày 20/12/2023: "
                        + "chưa đạt — Phòng tiếp công dân đang cải tạo, dự kiến xong quý I/2024",
                "      [chưa đánh giá] tiêu chí số 1, 3, 4, 6, 7, 8, 9, 11, 16, 19, 20, 22: chưa có đánh giá năm 2023");

        Run history = run("attainment", "--ward", "tao-xuyen");
        assertThat(history.output()).contains("Phường Tào Xuyên: kết quả thực hiện tiêu chí qua các năm",
                "  2024 (639-QD-BCA-V05): đạt 20/20 tiêu chí, đạt đủ tiêu chí",
                "Xem từng tiêu chí của một năm: ./wardstat attainment --ward tao-xuyen --year 2024");
        assertThat(history.output().lines().filter(line -> line.matches("  20\\d\\d \\(.*"))).hasSize(3);

        Run english = run("--lang", "en", "attainment", "--area", "tp-thanh-hoa", "--year", "2024");
        assertThat(english.output()).contains("Model-ward criteria in 2024, Thanh Hoa city: 1/1 wards meet every criterion",
                "  Tao Xuyen ward: met 20/20 criteria, every criterion met");
    }

    @Test
    @Order(5)
    void unknownCodesAYearWithoutACatalogAndABrokenCatalogFail() throws IOException {
        Run ward = run("attainment", "--ward", "ha-dong", "--year", "2023");
        assertThat(ward.exitCode()).isEqualTo(1);
        assertThat(ward.output()).contains("Không có phường mã “ha-dong” trong danh mục đơn vị");
        Run year = run("attainment", "--area", "vn", "--year", "2019");
        assertThat(year.exitCode()).isEqualTo(1);
        assertThat(year.output()).contains("Không có bộ tiêu chí nào áp dụng cho năm 2019 (đã nạp: 5764-QD-BCA-V05, 639-QD-BCA-V05)");

        Path folder = Files.createDirectories(workspace.resolve("criteria"));
        for (Path file : Files.list(Path.of("catalog/criteria")).toList()) {
            Files.copy(file, folder.resolve(file.getFileName()));
        }
        Path current = folder.resolve("639-QD-BCA-V05.csv");
        List<String> lines = Files.readAllLines(current);
        lines.set(6, lines.get(6).replace("hq_floor_area >= 160", "hq_floor_area >= 160 m2"));
        Files.write(current, lines);

        Run broken = run("catalog", "--criteria", folder.resolve("catalogs.csv").toString());
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.output()).contains("wardstat: 639-QD-BCA-V05.csv, dòng 7: tiêu chí “hq-area”: quy tắc “hq_floor_area >= 160 m2”: "
                + "không hiểu “m2” trong quy tắc “hq_floor_area >= 160 m2”");
        // nothing of the broken file was stored: Điện Biên is still judged by the shipped catalogs
        assertThat(run("attainment", "--ward", "dien-bien", "--year", "2022").output()).contains("đạt 21/22 tiêu chí");
    }
}
