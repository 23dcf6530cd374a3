package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;
import org.wardstat.users.UserRefused;

/**
 * A ward's month typed on the web, through the HTTP layer: who may enter which ward, the same
 * messages a file gets before anything is kept, drafts in the database, and a submission loaded
 * as a file is, recorded as entered on the web by its user.
 */
class WebEntryTest extends WebTest {

    private static final String FORM = "/entry/duc-xuan/2025-01";

    @Autowired
    IngestService ingest;

    @BeforeEach
    void wardsWithAHistory() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        user("ca.ducxuan", Role.CLERK, "duc-xuan", "Lục Thị Thu");
        user("an.bk", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
        user("lanh-dao.bk", Role.LEADER, "tp-bac-kan", "Hoàng Thị Lan");
    }

    @Test
    void aClerkEntersOnlyTheirOwnWardAndNothingElseOfAnAnalysts() {
        WebSession clerk = signedIn("ca.ducxuan");

        WebSession.Response choose = clerk.get("/entry");
        assertThat(choose.status()).isEqualTo(200);
        assertThat(choose.text()).contains("Nhập số liệu tháng", "<option value=\"duc-xuan\" selected=\"selected\">Phường Đức Xuân</option>")
                .doesNotContain("song-cau").contains("Cán bộ nhập số liệu phường");
        assertThat(clerk.get("/entry/open?ward=duc-xuan&period=T1/2025").location()).endsWith(FORM);
        assertThat(clerk.get(FORM).status()).isEqualTo(200);
        assertThat(clerk.get("/entry/song-cau/2025-01").status()).isEqualTo(404);
        assertThat(clerk.get("/entry/tp-bac-kan/2025-01").status()).isEqualTo(404);
        assertThat(clerk.get("/entry/duc-xuan/2099-01").status()).isEqualTo(404);
        assertThat(clerk.submit(FORM, "/entry/song-cau/2025-01", Map.of("action", "save", "traffic_accidents", "1")).status())
                .isEqualTo(404);
        assertThat(clerk.get("/uploads/new").status()).isEqualTo(403);
        assertThat(clerk.get("/reports/new").status()).isEqualTo(403);
        assertThat(clerk.get("/").status()).isEqualTo(200);
        // a form without its token is refused before anything is read
        assertThat(clerk.post(FORM, Map.of("action", "save", "traffic_accidents", "1")).status()).isEqualTo(403);

        assertThat(signedIn("lanh-dao.bk").get("/entry").status()).isEqualTo(403);
        WebSession analyst = signedIn("an.bk");
        assertThat(analyst.get("/entry").text()).contains("Phường Đức Xuân", "Phường Sông Cầu");
        assertThat(analyst.get("/entry/song-cau/2025-01").status()).isEqualTo(200);
        assertThat(analyst.get("/entry/phu-la/2025-01").status()).isEqualTo(404);
        assertThat(count("select count(*) from entry_draft")).isZero();
    }

    @Test
    void aClerkBelongsToAWard() {
        assertThatThrownBy(() -> user("ca.bk", Role.CLERK, "tp-bac-kan", "Cán bộ"))
                .isInstanceOfSatisfying(UserRefused.class, refused -> assertThat(refused.code()).isEqualTo("users.refused.clerk-unit"));
    }

    @Test
    void checkingShowsTheMessagesAFileGetsAndKeepsNothing() {
        WebSession clerk = signedIn("ca.ducxuan");
        Map<String, String> typed = figures("1,5", "300", "320", "60");

        WebSession.Response checked = clerk.submit(FORM, FORM, with(typed, "check"));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.text()).contains("Kiểm tra: 1 lỗi, 0 cảnh báo.",
                "“1,5” không phải số nguyên: chỉ tiêu tính bằng vụ phải là số nguyên",
                "value=\"1,5\"");
        // the rule needs the row's cells to be right first, as a load checks them
        WebSession.Response rules = clerk.submit(FORM, FORM, with(figures("2", "300", "320", "330"), "check"));
        assertThat(rules.text()).contains("quy tắc early-within-on-time: số hồ sơ giải quyết trước hạn (330) lớn hơn số giải quyết đúng hạn (320)",
                "quy tắc on-time-within-received: số hồ sơ giải quyết đúng hạn (320) lớn hơn số hồ sơ tiếp nhận (300)");
        WebSession.Response tenTimes = clerk.submit(FORM, FORM, with(figures("2", "4000", "3990", "800"), "check"));
        assertThat(tenTimes.text()).contains("quy tắc ten-times-usual: giá trị 4.000 gấp hơn 10 lần mức thường thấy của phường");
        assertThat(count("select count(*) from source_file where channel = 'web-form'")).isZero();
        assertThat(count("select count(*) from ingest_warning")).isZero();
        assertThat(count("select count(*) from entry_draft")).isZero();
    }

    @Test
    void aDraftKeepsWhatWasTypedMistakesIncludedAndASubmissionWithErrorsIsRefused() {
        WebSession clerk = signedIn("ca.ducxuan");

        WebSession.Response saved = clerk.submit(FORM, FORM, with(figures("1,5", "300", "290", "60"), "save"));
        WebSession.Response refused = clerk.submit(FORM, FORM, with(figures("1,5", "300", "290", "60"), "submit"));

        assertThat(saved.text()).contains("Đã lưu nháp lúc 05/03/2026 09:30.");
        assertThat(jdbc.sql("select indicator_code || '=' || typed from entry_draft_value order by 1").query(String.class).list())
                .containsExactly("admin_procedures_early=60", "admin_procedures_on_time=290", "admin_procedures_received=300",
                        "social_order_crimes=1,5");
        assertThat(jdbc.sql("select updated_by from entry_draft").query(String.class).single()).isEqualTo("ca.ducxuan");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Chưa nộp: còn lỗi");
        assertThat(count("select count(*) from source_file where channel = 'web-form'")).isZero();
        assertThat(clerk.get(FORM).text()).contains("value=\"1,5\"", "Bản nháp do ca.ducxuan lưu lúc 05/03/2026 09:30, chưa nộp.");
    }

    @Test
    void aSubmissionIsLoadedAsAFileRecordedAsEnteredOnTheWebByItsUser() throws IOException {
        WebSession clerk = signedIn("ca.ducxuan");

        WebSession.Response submitted = clerk.submit(FORM, FORM, with(figures("3", "4000", "3990", "800"), "submit"));

        assertThat(submitted.status()).isEqualTo(302);
        assertThat(submitted.location()).endsWith(FORM);
        String page = clerk.get(FORM).text();
        assertThat(page).contains("Đã nộp: số liệu đã được nạp.", "quy tắc ten-times-usual: giá trị 4.000")
                .containsPattern("Đã nộp bởi ca.ducxuan lúc 05/03/2026 09:30 \\(lượt nạp #\\d+\\)");
        Map<String, Object> file = jdbc.sql("select id, channel, submitted_by, file_name, path, rows_read, rows_loaded, rows_warned "
                + "from source_file where channel = 'web-form'").query().singleRow();
        assertThat(file).containsEntry("submitted_by", "ca.ducxuan").containsEntry("rows_read", 1).containsEntry("rows_loaded", 1);
        assertThat((int) file.get("rows_warned")).isEqualTo(1);
        assertThat((String) file.get("file_name")).startsWith("duc-xuan-2025-01-ca.ducxuan-20260305-093000");
        assertThat(Files.readString(Path.of((String) file.get("path")))).startsWith("ward_code,period,social_order_crimes,")
                .contains("duc-xuan,2025-01,3,");
        assertThat(jdbc.sql("select indicator_code || '=' || value::int from observation where org_unit_code = 'duc-xuan' "
                + "and period = date '2025-01-01' order by 1").query(String.class).list())
                .containsExactly("admin_procedures_early=800", "admin_procedures_on_time=3990", "admin_procedures_received=4000",
                        "social_order_crimes=3");
        assertThat(count("select count(*) from submission where org_unit_code = 'duc-xuan' and period = date '2025-01-01' "
                + "and source_file_id = " + file.get("id"))).isEqualTo(1);
        assertThat(jdbc.sql("select source_file_id from entry_draft").query(Long.class).single()).isEqualTo(((Number) file.get("id")).longValue());

        // a correction is a revision of the stored figure, as a corrected file's is
        WebSession.Response corrected = clerk.submit(FORM, FORM, with(figures("2", "400", "390", "80"), "submit"));
        assertThat(corrected.status()).isEqualTo(302);
        assertThat(clerk.get(FORM).text()).contains("Đã nộp: số liệu đã được nạp.");
        assertThat(jdbc.sql("select old_value::int || '→' || new_value::int from observation_revision "
                + "where org_unit_code = 'duc-xuan' and indicator_code = 'social_order_crimes'").query(String.class).single())
                .isEqualTo("3→2");
    }

    private static Map<String, String> figures(String crimes, String received, String onTime, String early) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("social_order_crimes", crimes);
        typed.put("admin_procedures_received", received);
        typed.put("admin_procedures_on_time", onTime);
        typed.put("admin_procedures_early", early);
        return typed;
    }

    private static Map<String, String> with(Map<String, String> typed, String action) {
        Map<String, String> fields = new LinkedHashMap<>(typed);
        fields.put("action", action);
        return fields;
    }
}
