package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.audit.AuditTrail;
import org.wardstat.jobs.RunHistory;
import org.wardstat.jobs.RunView;
import org.wardstat.users.Role;

/**
 * The audit trail through the HTTP layer: sign-ins (successful and failed), an upload, a report
 * request and user changes each leave their row, and an admin lists those of their own
 * subtree only, in Việt Nam's time; events of no unit reach only the admins of the top.
 */
class AuditTrailWebTest extends WebTest {

    @Autowired
    AuditTrail audit;

    @Autowired
    RunHistory history;

    record Row(String action, String actor, String channel, String unit, String detail, String address) {
    }

    @BeforeEach
    void usersOfACityAndOfHanoi() {
        user("an.tp", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
        user("quan-tri.tp", Role.ADMIN, "tp-bac-kan", "Quản trị thành phố");
        user("quan-tri", Role.ADMIN, "vn", "Quản trị");
        user("ha.hn", Role.ANALYST, "ha-noi", "Trần Thu Hà");
    }

    @Test
    void eachActionLeavesItsRowAndAnAdminListsThoseOfTheirSubtree() throws Exception {
        WebSession analyst = signedIn("an.tp");
        assertThat(failedSignIn("an.tp").location()).endsWith("/login?error");
        assertThat(failedSignIn("khong-co-ai").location()).endsWith("/login?error");
        signedIn("ha.hn");

        WebSession.Response upload = analyst.upload("thang-1.csv",
                "ward_code,period,social_order_crimes\nduc-xuan,2025-01,3\nsong-cau,2025-01,2\n".getBytes(StandardCharsets.UTF_8), true);
        assertThat(upload.status()).isEqualTo(200);
        WebSession.Response report = analyst.submit("/reports/new", "/reports",
                Map.of("unit", "tp-bac-kan", "period", "2025-01", "format", "pdf"));
        assertThat(report.status()).isEqualTo(302);
        long run = Long.parseLong(report.location().replaceAll(".*/runs/", ""));
        awaitTheEndOf(run);

        WebSession cityAdmin = signedIn("quan-tri.tp");
        cityAdmin.submit("/admin/users", "/admin/users", Map.of("username", "moi.tp", "role", "LEADER", "unit", "duc-xuan",
                "displayName", "Lãnh đạo mới", "password", PASSWORD, "passwordAgain", PASSWORD));
        cityAdmin.submit("/admin/users", "/admin/users/moi.tp/enabled", Map.of("enabled", "false"));

        assertThat(rows()).containsExactly(
                new Row("sign-in", "an.tp", "web", "tp-bac-kan", "", "127.0.0.1"),
                new Row("sign-in-failed", "an.tp", "web", "tp-bac-kan", "Sai mật khẩu.", "127.0.0.1"),
                new Row("sign-in-failed", "khong-co-ai", "web", null, "Không có tài khoản tên này.", "127.0.0.1"),
                new Row("sign-in", "ha.hn", "web", "ha-noi", "", "127.0.0.1"),
                new Row("load", "an.tp", "web", "tp-bac-kan", "Tệp " + storedName() + ": 2 giá trị mới, 0 giá trị thay đổi, 0 dòng bị từ chối.",
                        "127.0.0.1"),
                new Row("report-request", "an.tp", "web", "tp-bac-kan", "Báo cáo tp-bac-kan, kỳ 2025-01 (pdf): lượt chạy " + run
                        + ", đã bắt đầu.", null),
                new Row("sign-in", "quan-tri.tp", "web", "tp-bac-kan", "", "127.0.0.1"),
                new Row("user-add", "quan-tri.tp", "web", "duc-xuan", "Thêm người dùng moi.tp: vai trò leader, đơn vị duc-xuan.", "127.0.0.1"),
                new Row("user-change", "quan-tri.tp", "web", "duc-xuan", "Khóa tài khoản moi.tp.", "127.0.0.1"));

        String city = cityAdmin.get("/admin/audit").text();
        assertThat(city).contains("Nhật ký hoạt động", "Đăng nhập không thành công", "Sai mật khẩu.", "Nạp tệp", "Yêu cầu báo cáo",
                        "Thêm người dùng moi.tp", "Khóa tài khoản moi.tp.", "Phường Đức Xuân", "Thành phố Bắc Kạn", "127.0.0.1",
                        "05/03/2026 09:30")
                .doesNotContain("ha.hn", "khong-co-ai", "Không có tài khoản tên này.");
        assertThat(occurrences(city, "data-action=")).as("the nine events less Hà Nội's and the unknown name's").isEqualTo(7);

        String country = signedIn("quan-tri").get("/admin/audit").text();
        assertThat(country).contains("ha.hn", "Thành phố Hà Nội", "khong-co-ai", "Không có tài khoản tên này.", "Thêm người dùng moi.tp");

        assertThat(analyst.get("/admin/audit").status()).isEqualTo(403);
        assertThat(analyst.get("/").text()).doesNotContain("href=\"/admin/audit\"");
        assertThat(cityAdmin.get("/").text()).contains("href=\"/admin/audit\"", "Nhật ký");
    }

    @Test
    void theListPagesAndFiltersByAction() {
        AuditTrail.Actor someone = AuditTrail.Actor.web("an.tp", "10.0.0.7");
        for (int i = 1; i <= 60; i++) {
            audit.record(someone, i % 2 == 0 ? "approve" : "lock", "duc-xuan", "Sự kiện số " + i + ".");
        }
        WebSession admin = signedIn("quan-tri.tp");
        String first = admin.get("/admin/audit").text();
        // 60 events and the admin's own sign-in: 50 on the first page, newest first, 11 on the second
        assertThat(occurrences(first, "data-action=")).isEqualTo(50);
        assertThat(first).contains("Cũ hơn →").doesNotContain("← Mới hơn");
        String second = admin.get("/admin/audit?page=2").text();
        assertThat(occurrences(second, "data-action=")).isEqualTo(11);
        assertThat(second).contains("← Mới hơn", "Sự kiện số 1.").doesNotContain("Cũ hơn →");

        String locks = admin.get("/admin/audit?action=lock").text();
        assertThat(occurrences(locks, "data-action=\"lock\"")).isEqualTo(30);
        assertThat(locks).doesNotContain("data-action=\"approve\"", "data-action=\"sign-in\"");
    }

    private WebSession.Response failedSignIn(String username) {
        return new WebSession(port).submit("/login", "/login", Map.of("username", username, "password", "sai-mat-khau-roi"));
    }

    private List<Row> rows() {
        return jdbc.sql("select action, actor, channel, org_unit_code, detail, remote_address from audit_event order by id")
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6))).list();
    }

    private String storedName() {
        return jdbc.sql("select file_name from source_file").query(String.class).single();
    }

    private void awaitTheEndOf(long run) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (history.find(run).map(RunView::running).orElse(true) && Instant.now().isBefore(end)) {
            Thread.sleep(200);
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
