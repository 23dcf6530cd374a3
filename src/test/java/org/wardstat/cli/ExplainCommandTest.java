package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wardstat.analytics.LineageFiles;

/** `./wardstat explain` as a user runs it: the values behind a figure with their sources, and the sum that gives it. */
class ExplainCommandTest extends CommandLineTest {

    @BeforeAll
    static void load() throws IOException {
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();
        for (var file : new java.nio.file.Path[] {LineageFiles.quarter(workspace), LineageFiles.revision(workspace),
                LineageFiles.merger(workspace)}) {
            Run load = run("ingest", file.toString());
            assertThat(load.exitCode()).as(load.output()).isZero();
        }
    }

    private static String squeezed(String output) {
        return output.replaceAll("[ \\t]+", " ");
    }

    @Test
    void aFlowOfACityListsEachWardMonthWithItsFileRowAndLoadAndAddsUp() {
        Run run = run("explain", "--unit", "tp-bac-kan", "--period", "2024-Q1", "--indicator", "social_order_crimes");

        assertThat(run.exitCode()).as(run.output()).isZero();
        String out = squeezed(run.output());
        assertThat(out).contains("Tội phạm về trật tự xã hội (số vụ xảy ra) — Thành phố Bắc Kạn, quý I/2024")
                .containsPattern("Phường Đức Xuân 01/2024 3 quy1\\.csv, dòng 5; lần nạp #\\d+ lúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d")
                .containsPattern("Phường Đức Xuân 02/2024 5 sua\\.csv, dòng 2; lần nạp #\\d+")
                .contains("sửa 2 → 5: quy1.csv, dòng 6 → sua.csv, dòng 2")
                .contains("Phường Xuất Hóa 03/2024 1 quy1.csv, dòng 13")
                .contains("Tổng 3 tháng của 2 phường: 15 vụ = số in trên báo cáo")
                .contains("Không tính: Phường Sông Cầu");
    }

    @Test
    void aRateInEnglishAndAMergedWardsPredecessors() {
        Run rate = run("--lang", "en", "explain", "--unit", "tp-bac-kan", "--period", "2024-Q1", "--indicator", "clearance_rate");
        assertThat(rate.exitCode()).as(rate.output()).isZero();
        assertThat(squeezed(rate.output())).contains("Rate = 9 / 15 × 100 = 60% = the printed figure")
                .contains("quy1.csv, row 5; load #");

        Run merged = run("explain", "--unit", "phuong-ba-dinh", "--period", "2025", "--indicator", "social_order_crimes");
        assertThat(merged.exitCode()).as(merged.output()).isZero();
        assertThat(squeezed(merged.output())).contains("Phường Điện Biên (tính cho Phường Ba Đình) 01/2025 1 ba-dinh.csv, dòng 26")
                .contains("Phường Quán Thánh (tính cho Phường Ba Đình) 06/2025 2 ba-dinh.csv, dòng 37")
                .contains("Phường Ba Đình 12/2025 4 ba-dinh.csv, dòng 43")
                .contains("Tổng 12 tháng của Phường Ba Đình: 42 vụ = số in trên báo cáo");
    }

    @Test
    void anUnknownIndicatorIsNamed() {
        Run run = run("explain", "--unit", "tp-bac-kan", "--period", "2024", "--indicator", "khong-co");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).contains("Không có chỉ tiêu “khong-co” trong danh mục.");
    }
}
