package org.wardstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The audit trail as the operator reads it: a user added, a file loaded, a report asked for, then listed and filtered. */
class AuditCommandTest extends CommandLineTest {

    private static final Pattern TIME = Pattern.compile("(\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2})");

    /** The printed events, without the line that names the database. */
    private static java.util.List<String> events(Run run) {
        return run.output().lines().filter(line -> TIME.matcher(line).lookingAt()).toList();
    }

    @Test
    void theOperatorsActionsAreListedNewestFirstInVietnamTime() throws IOException {
        assertThat(run("catalog", "--org-units", "sample-data/org-units.csv").exitCode()).isZero();
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream("mat-khau-thu-nghiem\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(run("users", "add", "duyet.tp", "--role", "analyst", "--unit", "tp-bac-kan", "--name", "Lê Văn Duyệt",
                    "--approver", "--password-stdin").exitCode()).isZero();
        } finally {
            System.setIn(in);
        }
        Path file = workspace.resolve("thang-1.csv");
        Files.writeString(file, "ward_code,period,social_order_crimes\nduc-xuan,2025-01,3\nsong-cau,2025-01,x\n", StandardCharsets.UTF_8);
        assertThat(run("ingest", file.toString(), "--area", "tp-bac-kan").exitCode()).isEqualTo(3);
        assertThat(run("users", "approver", "duyet.tp", "no").exitCode()).isZero();

        String operator = "os:" + System.getProperty("user.name");
        Run all = run("audit");
        assertThat(all.exitCode()).isZero();
        assertThat(events(all)).hasSize(3);
        assertThat(events(all).get(0))
                .endsWith(operator + " (dòng lệnh)  Sửa người dùng  tp-bac-kan: Bỏ quyền duyệt của duyet.tp.");
        assertThat(events(all).get(1))
                .endsWith(operator + " (dòng lệnh)  Nạp tệp  tp-bac-kan: Tệp thang-1.csv: 1 giá trị mới, 0 giá trị thay đổi, 1 dòng bị từ chối.");
        assertThat(events(all).get(2))
                .endsWith(operator + " (dòng lệnh)  Thêm người dùng  tp-bac-kan: Thêm người dùng duyet.tp: vai trò analyst, "
                        + "đơn vị tp-bac-kan, có quyền duyệt.");
        Matcher time = TIME.matcher(all.output());
        assertThat(time.find()).isTrue();
        LocalDateTime printed = LocalDateTime.parse(time.group(1), DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss"));
        assertThat(Duration.between(printed, LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"))).abs())
                .as("printed in Việt Nam's time, whatever the machine's zone").isLessThan(Duration.ofMinutes(5));

        Run loads = run("audit", "--action", "load", "--lang", "en");
        assertThat(events(loads)).hasSize(1);
        assertThat(loads.output()).contains(operator + " (command line)  File load  tp-bac-kan: Tệp thang-1.csv");
        assertThat(run("audit", "--area", "ha-noi").output()).contains("Nhật ký chưa có hoạt động nào");
        assertThat(run("audit", "--area", "duc-xuan", "--action", "load").output()).contains("Nhật ký chưa có hoạt động nào");
        Run unknown = run("audit", "--area", "khong-co");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.output()).contains("wardstat: Không có đơn vị mã khong-co trong danh mục.");
    }
}
