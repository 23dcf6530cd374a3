package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** approve, lock, unlock and approvals as an operator types them, and a locked month refusing a file's row (exit 3). */
class ApprovalCommandsTest extends CommandLineTest {


    private static Path csv(String name, String content) throws IOException {
        Path file = workspace.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aCityApprovesTheProvinceLocksAFileIsRefusedThenTheMonthIsUnlocked() throws IOException {
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();
        assertThat(withStdin("mat-khau-thu-nghiem\n", "users", "add", "duyet.tp", "--role", "analyst", "--unit", "tp-bac-kan",
                "--name", "Lê Văn Duyệt", "--approver", "--password-stdin").exitCode()).isZero();
        assertThat(withStdin("mat-khau-thu-nghiem\n", "users", "add", "khoa.tinh", "--role", "leader", "--unit", "bac-kan",
                "--name", "Trần Thị Khóa", "--password-stdin").exitCode()).isZero();
        Run granted = run("users", "approver", "khoa.tinh", "yes");
        assertThat(granted.output()).contains("Đã cấp quyền duyệt số liệu cho “khoa.tinh”.");
        assertThat(run("users", "list").output()).containsPattern("duyet\\.tp .* người duyệt").containsPattern("khoa\\.tinh .* người duyệt");
        assertThat(run("ingest", csv("thang-1.csv", "ward_code,period,social_order_crimes\nduc-xuan,2025-01,3\nsong-cau,2025-01,2\n")
                .toString()).exitCode()).isZero();

        Run noUser = run("approve", "--area", "tp-bac-kan", "--period", "2025-01");
        assertThat(noUser.exitCode()).isEqualTo(2);
        assertThat(noUser.output()).contains("Cần cho biết người thực hiện: --user TÊN");
        Run approve = run("approve", "--area", "tp-bac-kan", "--period", "2025-01", "--user", "duyet.tp");
        assertThat(approve.exitCode()).as(approve.output()).isZero();
        assertThat(approve.output()).contains("Đã duyệt 2 phường-tháng (0 đã duyệt trước đó, 4 chưa có số liệu) của tp-bac-kan, kỳ 2025-01.");
        Run cityLocks = run("lock", "--area", "tp-bac-kan", "--period", "2025-01", "--user", "duyet.tp");
        assertThat(cityLocks.exitCode()).isEqualTo(1);
        assertThat(cityLocks.output()).contains("wardstat: Chỉ người duyệt thuộc Công an cấp tỉnh mới khóa và mở khóa số liệu");
        Run lock = run("lock", "--area", "bac-kan", "--period", "2025-01", "--user", "khoa.tinh");
        assertThat(lock.output()).contains("Đã khóa 6 phường-tháng (0 đã khóa trước đó, 4 chưa có số liệu) của bac-kan, kỳ 2025-01.");

        Run status = run("approvals", "--area", "tp-bac-kan", "--period", "2025-01");
        assertThat(status.exitCode()).isZero();
        assertThat(status.output())
                .containsPattern("01/2025 +Phường Đức Xuân +\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d +Lê Văn Duyệt \\(Thành phố Bắc Kạn\\) .* khóa: Trần Thị Khóa")
                .containsPattern("01/2025 +Phường Xuất Hóa +chưa có số liệu")
                .contains("6 phường-tháng: 2 đã gửi, 2 đã duyệt, 6 đã khóa.");

        Run refused = run("ingest", csv("thang-1-sua.csv", "ward_code,period,social_order_crimes\nduc-xuan,2025-01,4\nduc-xuan,2025-02,1\n").toString());
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(3);
        assertThat(refused.output()).contains("bị loại: 1");
        java.util.regex.Matcher rejects = java.util.regex.Pattern.compile("Các dòng bị loại và lý do: (\\S+)").matcher(refused.output());
        assertThat(rejects.find()).isTrue();
        assertThat(Files.readString(Path.of(rejects.group(1)), StandardCharsets.UTF_8))
                .contains("Số liệu tháng 01/2025 của Phường Đức Xuân đã bị khóa: Trần Thị Khóa (Tỉnh Bắc Kạn) khóa lúc");

        Run noReason = run("unlock", "--area", "duc-xuan", "--period", "2025-01", "--user", "khoa.tinh");
        assertThat(noReason.exitCode()).isEqualTo(2);
        Run unlock = run("unlock", "--area", "duc-xuan", "--period", "2025-01", "--user", "khoa.tinh", "--reason", "Sửa số vụ tháng 1");
        assertThat(unlock.output()).contains("Đã mở khóa 1 phường-tháng của duc-xuan, kỳ 2025-01.");
        Run loaded = run("ingest", csv("thang-1-sua-lan-2.csv", "ward_code,period,social_order_crimes\nduc-xuan,2025-01,4\n").toString());
        assertThat(loaded.exitCode()).as(loaded.output()).isZero();
        assertThat(run("approvals", "--area", "duc-xuan", "--period", "2025-01").output())
                .as("the corrected month waits for approval again").containsPattern("01/2025 +Phường Đức Xuân +\\S+ \\S+ +chưa duyệt");
    }
}
