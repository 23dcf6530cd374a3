package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;

/** Approving, locking and unlocking through the HTTP layer: the buttons a user sees, and the refusals for everyone else. */
class ApprovalsWebTest extends WebTest {

    static final String PAGE = "/approvals?area=tp-bac-kan&period=2025-01";

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    @BeforeEach
    void januaryOfTwoWardsAndFourUsers() throws IOException {
        user("duyet.tp", Role.ANALYST, "tp-bac-kan", "Lê Văn Duyệt");
        users.setApprover("duyet.tp", true);
        user("khoa.tinh", Role.LEADER, "bac-kan", "Trần Thị Khóa");
        users.setApprover("khoa.tinh", true);
        user("an.tp", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
        user("quan-tri", Role.ADMIN, "vn", "Quản trị");
        Path file = temp.resolve("thang-1.csv");
        Files.writeString(file, "ward_code,period,social_order_crimes\nduc-xuan,2025-01,3\nsong-cau,2025-01,2\n", StandardCharsets.UTF_8);
        ingest.ingest(file, Messages.vietnamese());
    }

    @Test
    void aUserWithoutTheRightSeesWhereFiguresStandButCannotApproveOrLock() {
        WebSession analyst = signedIn("an.tp");
        String page = analyst.get(PAGE).text();
        assertThat(page).contains("Duyệt và khóa số liệu", "Phường Đức Xuân", "Phường Sông Cầu", "chưa duyệt", "chưa có số liệu")
                .doesNotContain("Duyệt số liệu các phường trực thuộc", "Khóa số liệu</button>");

        WebSession.Response approve = analyst.submit(PAGE, "/approvals/approve", Map.of("area", "tp-bac-kan", "period", "2025-01"));
        assertThat(approve.status()).isEqualTo(403);
        assertThat(approve.text()).contains("Người dùng “an.tp” không có quyền duyệt số liệu");
        WebSession.Response lock = analyst.submit(PAGE, "/approvals/lock", Map.of("area", "bac-kan", "period", "2025-01"));
        assertThat(lock.status()).isEqualTo(403);
        // another province is not even shown
        assertThat(signedIn("duyet.tp").get("/approvals?area=ha-noi&period=2025-01").status()).isEqualTo(403);
        // an admin is not an approver by being an admin
        WebSession.Response admin = signedIn("quan-tri").submit(PAGE, "/approvals/approve", Map.of("area", "tp-bac-kan", "period", "2025-01"));
        assertThat(admin.status()).isEqualTo(403);
        assertThat(count("select count(*) from ward_month_approval") + count("select count(*) from ward_month_lock")).isZero();
        assertThat(count("select count(*) from audit_event where action in ('approve', 'lock')")).isZero();
    }

    @Test
    void theCityApprovesTheProvinceLocksAndUnlocksWithAReason() {
        WebSession city = signedIn("duyet.tp");
        assertThat(city.get(PAGE).text()).contains("Duyệt số liệu các phường trực thuộc").doesNotContain("Khóa số liệu</button>");
        WebSession.Response approved = city.submit(PAGE, "/approvals/approve", Map.of("area", "tp-bac-kan", "period", "2025-01"));
        assertThat(approved.status()).isEqualTo(302);
        assertThat(approved.location()).endsWith(PAGE);
        assertThat(city.get(PAGE).text()).contains("Đã duyệt 2 phường-tháng (0 đã duyệt trước đó, 4 chưa có số liệu) của tp-bac-kan, kỳ 2025-01.",
                "Lê Văn Duyệt (Thành phố Bắc Kạn) 05/03/2026 09:30");
        WebSession.Response cityLocks = city.submit(PAGE, "/approvals/lock", Map.of("area", "tp-bac-kan", "period", "2025-01"));
        assertThat(cityLocks.status()).isEqualTo(403);
        assertThat(cityLocks.text()).contains("Chỉ người duyệt thuộc Công an cấp tỉnh mới khóa và mở khóa số liệu");

        WebSession province = signedIn("khoa.tinh");
        String provincePage = "/approvals?area=bac-kan&period=2025-01";
        assertThat(province.get(provincePage).text()).contains("Khóa số liệu</button>", "Mở khóa</button>");
        assertThat(province.submit(provincePage, "/approvals/lock", Map.of("area", "bac-kan", "period", "2025-01")).status()).isEqualTo(302);
        assertThat(count("select count(*) from ward_month_lock where locked_by = 'khoa.tinh'")).isEqualTo(6);
        assertThat(province.get(provincePage).text()).contains("Trần Thị Khóa, 05/03/2026 09:30");

        WebSession.Response noReason = province.submit(provincePage, "/approvals/unlock", Map.of("area", "bac-kan", "period", "2025-01", "reason", " "));
        assertThat(noReason.status()).isEqualTo(403);
        assertThat(noReason.text()).contains("Mở khóa cần nêu lý do");
        assertThat(province.submit(provincePage, "/approvals/unlock",
                Map.of("area", "duc-xuan", "period", "2025-01", "reason", "Sửa số vụ tháng 1")).status()).isEqualTo(302);
        assertThat(count("select count(*) from ward_month_lock")).isEqualTo(5);
        assertThat(jdbc.sql("select reason from ward_month_unlock").query(String.class).single()).isEqualTo("Sửa số vụ tháng 1");

        assertThat(jdbc.sql("select actor || ' ' || channel || ' ' || action || ' ' || org_unit_code || ' ' || coalesce(remote_address, '-') from audit_event"
                        + " where action in ('approve', 'lock', 'unlock') order by id").query(String.class).list())
                .containsExactly("duyet.tp web approve tp-bac-kan 127.0.0.1", "khoa.tinh web lock bac-kan 127.0.0.1",
                        "khoa.tinh web unlock duc-xuan 127.0.0.1");
    }
}
