package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code ingest --form}, {@code --period} and {@code --area} as a user types them. */
class IngestFormsCommandTest extends CommandLineTest {

    private static final Path REAL = Path.of("src/test/resources/files/real");

    @Test
    void aFormProfileAMonthAndAnAreaGivenOnTheCommandLine() throws IOException {
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();

        Run form = run("ingest", REAL.resolve("bieu-bc01-duc-xuan-thang-11-2024.xlsx").toString(), "--form", "bc-01-cong-an-phuong");
        assertThat(form.exitCode()).as(form.output()).isZero();
        assertThat(form.output()).contains("bieu-bc01-duc-xuan-thang-11-2024.xlsx: đã nạp",
                "Số dòng đọc: 15, nạp mới: 15, cập nhật: 0, không đổi: 0, bị loại: 0, có cảnh báo: 0",
                "Trang tính “BC-01”: kỳ báo cáo 11/2024 lấy từ ô D5");

        Path noMonth = workspace.resolve("khong-ghi-thang.csv");
        Files.writeString(noMonth, "Số liệu các phường\nTên đơn vị,Tệ nạn xã hội\nSông Cầu,2\n");
        Run refused = run("ingest", noMonth.toString());
        Run given = run("ingest", noMonth.toString(), "--period", "T10/2024", "--area", "tp-bac-kan");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains("không xác định được kỳ báo cáo");
        assertThat(given.exitCode()).as(given.output()).isZero();
        assertThat(given.output()).contains("Bảng số liệu: kỳ báo cáo 10/2024 lấy từ tham số --period",
                "Bảng số liệu: tên phường được tìm trong Thành phố Bắc Kạn");

        assertThat(run("ingest", noMonth.toString(), "--period", "mười một").exitCode()).isEqualTo(2);
        Run unknownArea = run("ingest", noMonth.toString(), "--area", "khong-co");
        assertThat(unknownArea.exitCode()).isEqualTo(2);
        assertThat(unknownArea.output()).contains("Không có đơn vị mã “khong-co” trong danh mục đơn vị (--area).");
        Run missingForm = run("ingest", noMonth.toString(), "--form", "khong-co");
        assertThat(missingForm.exitCode()).isEqualTo(1);
        assertThat(missingForm.output()).contains("Không tìm thấy biểu mẫu").contains("khong-co.form");
    }
}
