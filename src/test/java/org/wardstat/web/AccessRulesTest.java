package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wardstat.users.Role;

/**
 * Who sees what, through the HTTP layer as a browser meets it. District A is Thành phố Bắc Kạn
 * (tp-bac-kan), district B Quận Ba Đình (ba-dinh); their editions are told apart by their bytes.
 */
class AccessRulesTest extends WebTest {

    static final byte[] PDF_A = "%PDF-1.7 edition of Thanh pho Bac Kan".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PDF_B = "%PDF-1.7 edition of Quan Ba Dinh".getBytes(StandardCharsets.US_ASCII);

    long editionA;
    long editionB;

    @BeforeEach
    void twoDistrictsWithAReportEach() throws IOException {
        user("an.bk", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
        user("lanh-dao.bk", Role.LEADER, "tp-bac-kan", "Hoàng Thị Lan");
        user("quan-tri", Role.ADMIN, "vn", "Quản trị");
        editionA = edition("tp-bac-kan", "2024", "pdf", PDF_A);
        editionB = edition("ba-dinh", "2024", "pdf", PDF_B);
    }

    @Test
    void anonymousIsSentToTheVietnameseLoginPageAndGetsNoData() {
        WebSession anonymous = new WebSession(port);

        for (String page : new String[] {"/", "/editions/" + editionA, "/uploads/new", "/runs", "/admin/users"}) {
            WebSession.Response response = anonymous.get(page);
            assertThat(response.status()).as(page).isEqualTo(302);
            assertThat(response.location()).as(page).endsWith("/login");
            assertThat(response.body()).as(page).isEmpty();
        }
        WebSession.Response login = anonymous.get("/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.text()).contains("<title>Đăng nhập · wardstat</title>", "Tên đăng nhập", "Mật khẩu",
                "Hệ thống thống kê, báo cáo tình hình an ninh, trật tự của Công an phường");
    }

    @Test
    void aWrongPasswordOrADisabledUserDoesNotSignIn() {
        WebSession session = new WebSession(port);
        WebSession.Response wrong = session.submit("/login", "/login", Map.of("username", "an.bk", "password", "sai-mat-khau-roi"));
        assertThat(wrong.location()).endsWith("/login?error");
        assertThat(session.get("/login?error").text()).contains("Tên đăng nhập hoặc mật khẩu không đúng");

        users.setEnabled("an.bk", false);
        WebSession.Response disabled = session.submit("/login", "/login", Map.of("username", "an.bk", "password", PASSWORD));
        assertThat(disabled.location()).endsWith("/login?error");
        assertThat(session.get("/").status()).isEqualTo(302);
    }

    @Test
    void aDistrictAnalystListsAndOpensTheirDistrictsReportsAndNothingOfAnother() {
        WebSession analyst = signedIn("an.bk");

        String archive = analyst.get("/").text();
        assertThat(archive).contains("Kho báo cáo", "Nguyễn Văn An", "Cán bộ thống kê", "Thành phố Bắc Kạn", "Năm 2024",
                "href=\"/editions/" + editionA + "\"", "Mở PDF");
        assertThat(archive).doesNotContain("/editions/" + editionB + "\"", "Quận Ba Đình", "ba-dinh");
        // asking for the other district by name in the filter shows nothing of it either
        String filtered = analyst.get("/?unit=ba-dinh").text();
        assertThat(filtered).doesNotContain("/editions/" + editionB + "\"").contains("Chưa có báo cáo nào");

        WebSession.Response own = analyst.get("/editions/" + editionA);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(PDF_A);
        assertThat(own.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(own.header("Content-Disposition")).startsWith("inline;").contains("tp-bac-kan-2024-run");
        assertThat(own.header("X-Content-Type-Options")).isEqualTo("nosniff");

        WebSession.Response other = analyst.get("/editions/" + editionB);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).contains("Không tìm thấy").doesNotContain("Quan Ba Dinh");
    }

    @Test
    void aWorkbookDownloadsAsAnAttachment() throws IOException {
        byte[] workbook = {'P', 'K', 3, 4, 1, 2, 3};
        long xlsx = edition("tp-bac-kan", "2024-Q4", "xlsx", workbook);

        WebSession.Response response = signedIn("lanh-dao.bk").get("/editions/" + xlsx);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(workbook);
        assertThat(response.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.header("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void noEditionIdOrRecordedPathReachesOutsideTheArchive() throws IOException {
        Path secret = properties.reports().resolve("secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, "not for the web");
        long hacked = edition("tp-bac-kan", "2023", "pdf", PDF_A);
        jdbc.sql("update report_edition set path = 'archive/../secret.txt' where id = :id").param("id", hacked).update();
        long absolute = edition("tp-bac-kan", "2022", "pdf", PDF_A);
        jdbc.sql("update report_edition set path = '/etc/passwd' where id = :id").param("id", absolute).update();
        WebSession analyst = signedIn("an.bk");

        for (String path : new String[] {"/editions/..%2F..%2Fsecret.txt", "/editions/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                "/editions/%2e%2e", "/editions/" + editionA + "%2F..", "/editions/-1", "/editions/" + hacked, "/editions/" + absolute}) {
            WebSession.Response response = analyst.get(path);
            assertThat(response.status()).as(path).isIn(400, 404);
            assertThat(response.text()).as(path).doesNotContain("not for the web", "root:");
        }
    }

    @Test
    void anAnalystCannotLoadAFileWithAWardOfAnotherDistrictAndNothingIsStored() throws IOException {
        WebSession analyst = signedIn("an.bk");
        String csv = """
                ward_code,ward_name,period,social_order_crimes
                duc-xuan,Phường Đức Xuân,2024-11,2
                kim-ma,Phường Kim Mã,2024-11,3
                """;
        long uploadsBefore = uploadsStored();

        WebSession.Response response = analyst.upload("so-lieu-thang-11.csv", csv.getBytes(StandardCharsets.UTF_8), true);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text()).contains("Không nạp tệp “so-lieu-thang-11.csv”: tệp có số liệu của Phường Kim Mã (mã kim-ma, dòng 3),"
                + " không thuộc Thành phố Bắc Kạn. Không nạp dòng nào.");
        assertThat(count("select count(*) from observation")).isZero();
        assertThat(count("select count(*) from source_file")).isZero();
        assertThat(uploadsStored()).isEqualTo(uploadsBefore);
    }

    @Test
    void anAnalystLoadsAFileOfTheirWardsAndSeesTheRejectedRowsWithReasons() throws IOException {
        byte[] file = Files.readAllBytes(SAMPLES.resolve("errors/bac-kan-2024-12-with-errors.csv"));

        WebSession.Response response = signedIn("an.bk").upload("bac-kan-2024-12-with-errors.csv", file, true);

        assertThat(response.status()).isEqualTo(200);
        String page = response.text();
        assertThat(page).contains("Kết quả nạp tệp bac-kan-2024-12-with-errors.csv", "đã nạp", "Các dòng bị loại (7)",
                "không có đơn vị mã “phuong-khong-ton-tai” trong danh mục đơn vị",
                "kỳ báo cáo “2099-01” ở tương lai", "giá trị âm “-2” không hợp lệ", "“nhiều” không phải là số");
        assertThat(page.replaceAll("\\s+", " ")).contains("<th>Số dòng đọc</th><td>9</td>", "<th>Bị loại</th><td>7</td>");
        assertThat(count("select count(*) from source_file")).isOne();
        assertThat(uploadsStored()).isOne();
        try (var stored = Files.list(properties.data().resolve("uploads"))) {
            assertThat(stored.map(p -> p.getFileName().toString()))
                    .singleElement().asString().matches("\\d{8}-\\d{6}-[0-9a-f]{8}-bac-kan-2024-12-with-errors\\.csv");
        }
    }

    @Test
    void aLeaderCannotLoadFilesOrAskForReports() throws IOException {
        WebSession leader = signedIn("lanh-dao.bk");

        assertThat(leader.get("/").status()).isEqualTo(200);
        assertThat(leader.get("/").text()).doesNotContain("href=\"/uploads/new\"", "href=\"/reports/new\"");
        WebSession.Response form = leader.get("/uploads/new");
        assertThat(form.status()).isEqualTo(403);
        assertThat(form.text()).contains("Không có quyền truy cập");
        String token = leader.token("/");
        WebSession.Response upload = leader.post("/uploads?_csrf=" + token, Map.of());
        assertThat(upload.status()).isEqualTo(403);
        assertThat(leader.get("/reports/new").status()).isEqualTo(403);
        assertThat(leader.post("/reports", Map.of("_csrf", token, "unit", "tp-bac-kan", "period", "2024")).status()).isEqualTo(403);
        assertThat(leader.get("/admin/users").status()).isEqualTo(403);
        assertThat(count("select count(*) from source_file")).isZero();
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws IOException {
        WebSession analyst = signedIn("an.bk");
        String csv = "ward_code,period,social_order_crimes\nduc-xuan,2024-11,2\n";

        assertThat(analyst.upload("a.csv", csv.getBytes(StandardCharsets.UTF_8), false).status()).isEqualTo(403);
        assertThat(analyst.post("/logout", Map.of()).status()).isEqualTo(403);
        assertThat(new WebSession(port).post("/login", Map.of("username", "an.bk", "password", PASSWORD)).status()).isEqualTo(403);
        assertThat(count("select count(*) from source_file")).isZero();
        assertThat(analyst.get("/").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void onlyCsvAndWorkbooksWithMatchingContentAndWithinTheSizeLimitAreStored() throws IOException {
        WebSession analyst = signedIn("an.bk");

        WebSession.Response program = analyst.upload("so-lieu.exe", "MZ...".getBytes(StandardCharsets.US_ASCII), true);
        assertThat(program.status()).isEqualTo(415);
        assertThat(program.text()).contains("Không nạp tệp “so-lieu.exe”: chỉ nhận tệp .csv hoặc .xlsx.");
        WebSession.Response fakeWorkbook = analyst.upload("so-lieu.xlsx", "ward_code,period\n".getBytes(StandardCharsets.US_ASCII), true);
        assertThat(fakeWorkbook.status()).isEqualTo(415);
        assertThat(fakeWorkbook.text()).contains("nội dung không phải sổ tính Excel .xlsx");
        WebSession.Response binary = analyst.upload("so-lieu.csv", new byte[] {'w', 'a', 0, 1, 2}, true);
        assertThat(binary.status()).isEqualTo(415);
        assertThat(binary.text()).contains("nội dung không phải văn bản CSV");

        byte[] huge = new byte[21 * 1024 * 1024];
        Arrays.fill(huge, (byte) '1');
        WebSession.Response tooLarge = analyst.upload("ca-nam.csv", huge, true);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text()).contains("Tệp quá lớn", "Tệp lớn hơn 20 MB, giới hạn của một lần nạp. Không nạp dòng nào");

        assertThat(uploadsStored()).isZero();
        assertThat(count("select count(*) from source_file")).isZero();
    }

    @Test
    void anAdminManagesUsersOfTheirSubtreeOnly() {
        WebSession admin = signedIn("quan-tri");

        WebSession.Response added = admin.submit("/admin/users", "/admin/users", Map.of("username", "binh.bd", "displayName", "Trần Bình",
                "role", "LEADER", "unit", "ba-dinh", "password", "mat-khau-ba-dinh", "passwordAgain", "mat-khau-ba-dinh"));
        assertThat(added.location()).endsWith("/admin/users");
        assertThat(admin.get("/admin/users").text()).contains("Đã thêm người dùng binh.bd.", "Trần Bình", "Quận Ba Đình", "Lãnh đạo");
        WebSession.Response weak = admin.submit("/admin/users", "/admin/users", Map.of("username", "cuong", "role", "LEADER",
                "unit", "ba-dinh", "password", "ngan", "passwordAgain", "ngan"));
        assertThat(weak.location()).endsWith("/admin/users");
        assertThat(admin.get("/admin/users").text()).contains("Mật khẩu quá ngắn: cần ít nhất 10 ký tự.");
        assertThat(users.find("cuong")).isEmpty();

        String hash = jdbc.sql("select password_hash from app_user where username = 'binh.bd'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("mat-khau-ba-dinh");
        new WebSession(port).signIn("binh.bd", "mat-khau-ba-dinh");

        WebSession.Response disable = admin.submit("/admin/users", "/admin/users/binh.bd/enabled", Map.of("enabled", "false"));
        assertThat(disable.status()).isEqualTo(302);
        assertThat(users.find("binh.bd").orElseThrow().enabled()).isFalse();
        assertThat(signedIn("an.bk").get("/admin/users").status()).as("an analyst").isEqualTo(403);
    }

    /** The analyst is in the middle of their work when an admin disables them: their very next request is refused. */
    @Test
    void disablingAUserEndsTheSessionTheyHaveOpen() {
        WebSession analyst = signedIn("an.bk");
        WebSession admin = signedIn("quan-tri");
        assertThat(analyst.get("/").status()).isEqualTo(200);
        String uploadToken = analyst.token("/uploads/new");

        WebSession.Response disable = admin.submit("/admin/users", "/admin/users/an.bk/enabled", Map.of("enabled", "false"));
        assertThat(disable.status()).isEqualTo(302);

        WebSession.Response next = analyst.get("/editions/" + editionA);
        assertThat(next.status()).isEqualTo(302);
        assertThat(next.location()).endsWith("/login");
        assertThat(next.body()).isEmpty();
        // nor does the old session come back for a form it had open, or for any page after
        WebSession.Response post = analyst.post("/reports", Map.of("unit", "tp-bac-kan", "period", "2024", "format", "pdf", "_csrf", uploadToken));
        assertThat(post.status()).isIn(302, 403);
        assertThat(analyst.get("/").location()).endsWith("/login");
        assertThat(count("select count(*) from batch_job_instance")).isZero();
        // the admin's own session is untouched; enabled again, the analyst signs in anew
        assertThat(admin.get("/admin/users").status()).isEqualTo(200);
        admin.submit("/admin/users", "/admin/users/an.bk/enabled", Map.of("enabled", "true"));
        assertThat(signedIn("an.bk").get("/").status()).isEqualTo(200);
    }

    @Test
    void aDistrictAnalystCannotAskForAReportOfAnotherDistrict() {
        WebSession analyst = signedIn("an.bk");

        String form = analyst.get("/reports/new").text();
        assertThat(form).contains("Lập báo cáo", "value=\"tp-bac-kan\"", "value=\"duc-xuan\"").doesNotContain("ba-dinh", "Quận Ba Đình");
        WebSession.Response other = analyst.submit("/reports/new", "/reports", Map.of("unit", "ba-dinh", "period", "2024", "format", "pdf"));
        assertThat(other.status()).isEqualTo(403);
        WebSession.Response province = analyst.submit("/reports/new", "/reports", Map.of("unit", "bac-kan", "period", "2024", "format", "pdf"));
        assertThat(province.status()).as("the province above the district").isEqualTo(403);
        WebSession.Response badPeriod = analyst.submit("/reports/new", "/reports", Map.of("unit", "tp-bac-kan", "period", "năm ngoái",
                "format", "pdf"));
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.text()).contains("Không hiểu kỳ báo cáo “năm ngoái”: ghi như 2024, 2024-12 hoặc 2025-Q4.");
        assertThat(count("select count(*) from batch_job_instance")).isZero();
    }

    @Test
    void theRunHistoryShowsOnlyRunsWithinTheViewersSubtree() {
        long own = run("report", "2024", "WEB", "an.bk", "tp-bac-kan");
        long ward = run("report", "2024-12", "WEB", "an.bk", "duc-xuan");
        long other = run("report", "2024", "WEB", "someone-else", "ba-dinh");
        long province = run("monthly-province", "2026-02", "SCHEDULE", "wardstat", "bac-kan");
        WebSession analyst = signedIn("an.bk");

        String history = analyst.get("/runs").text();
        assertThat(history).contains("href=\"/runs/" + own + "\"", "href=\"/runs/" + ward + "\"",
                "Báo cáo theo yêu cầu: Thành phố Bắc Kạn", "Báo cáo theo yêu cầu: Phường Đức Xuân", "Nguyễn Văn An", "Yêu cầu trên web");
        assertThat(history).doesNotContain("href=\"/runs/" + other + "\"", "href=\"/runs/" + province + "\"", "Quận Ba Đình", "someone-else");
        assertThat(analyst.get("/runs/" + own).text()).contains("Lần chạy số " + own, "Năm 2024", "Hoàn thành");
        assertThat(analyst.get("/runs/" + other).status()).isEqualTo(404);
        assertThat(analyst.get("/runs/" + province).status()).as("a run of the whole province").isEqualTo(404);
        assertThat(signedIn("quan-tri").get("/runs").text()).contains("href=\"/runs/" + other + "\"", "href=\"/runs/" + province + "\"");
    }

    /** A completed run as the job repository records one: an instance, its attempt and its parameters. */
    private long run(String job, String period, String trigger, String requestedBy, String unit) {
        var parameters = new org.springframework.batch.core.job.parameters.JobParametersBuilder();
        if (job.equals("report")) {
            parameters.addString("unit", unit).addLong("run", jdbc.sql("select nextval('run_number')").query(Long.class).single());
        } else {
            parameters.addString("job", job);
        }
        parameters.addString("period", period).addString("trigger", trigger, false).addString("requestedBy", requestedBy, false)
                .addString("scope", unit, false);
        var identifying = parameters.toJobParameters();
        var instance = repository.createJobInstance(job.equals("report") ? "report" : "publish", identifying);
        var execution = repository.createJobExecution(instance, identifying, new org.springframework.batch.infrastructure.item.ExecutionContext());
        execution.setStatus(org.springframework.batch.core.BatchStatus.COMPLETED);
        execution.setExitStatus(org.springframework.batch.core.ExitStatus.COMPLETED);
        execution.setStartTime(java.time.LocalDateTime.now());
        execution.setEndTime(java.time.LocalDateTime.now());
        repository.update(execution);
        return instance.getInstanceId();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.batch.core.repository.JobRepository repository;
}
