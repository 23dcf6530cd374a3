package org.wardstat.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.audit.AuditTrail;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;
import org.wardstat.users.Users;

/**
 * The approval chain on real PostgreSQL: Thành phố Bắc Kạn approves its wards' January 2025,
 * Tỉnh Bắc Kạn locks it, a locked month refuses a changed figure and stores nothing of it, an
 * unlock needs its reason, and a report says where its figures stand at each step.
 */
class ApprovalAndLockingTest extends PipelineTest {

    static final Window JANUARY = Window.month(YearMonth.of(2025, 1));
    static final AuditTrail.Actor CLI = AuditTrail.Actor.commandLine("test");

    @Autowired
    Approvals approvals;
    @Autowired
    IngestService ingest;
    @Autowired
    Users users;
    @Autowired
    FigureStanding standing;

    @TempDir
    Path temp;

    final Messages vi = Messages.vietnamese();

    @BeforeEach
    void usersAndJanuaryOfTwoWards() throws IOException {
        users.add("duyet.tp", Role.ANALYST, "tp-bac-kan", "Lê Văn Duyệt", "mat-khau-thu-nghiem".toCharArray());
        users.setApprover("duyet.tp", true);
        users.add("khoa.tinh", Role.LEADER, "bac-kan", "Trần Thị Khóa", "mat-khau-thu-nghiem".toCharArray());
        users.setApprover("khoa.tinh", true);
        users.add("an.tp", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An", "mat-khau-thu-nghiem".toCharArray());
        load("thang-1.csv", """
                ward_code,period,social_order_crimes,traffic_accidents
                duc-xuan,2025-01,3,1
                song-cau,2025-01,2,0
                """);
    }

    @Test
    void theUnitAboveApprovesAndTheProvinceLocksAndNobodyElse() {
        assertThatThrownBy(() -> approvals.approve("an.tp", CLI, "tp-bac-kan", JANUARY, vi))
                .hasMessage("Người dùng “an.tp” không có quyền duyệt số liệu (quản trị viên cấp quyền: ./wardstat users approver an.tp yes).");
        assertThatThrownBy(() -> approvals.approve("khoa.tinh", CLI, "bac-kan", JANUARY, vi))
                .hasMessage("Số liệu của mỗi phường do đơn vị ngay trên phường duyệt; trong Tỉnh Bắc Kạn không có phường nào trực thuộc trực tiếp Tỉnh Bắc Kạn.");
        assertThatThrownBy(() -> approvals.approve("duyet.tp", CLI, "ha-noi", JANUARY, vi))
                .hasMessage("Người dùng “duyet.tp” không thuộc địa bàn Thành phố Hà Nội nên không duyệt, khóa hay mở khóa được số liệu ở đó.");
        assertThatThrownBy(() -> approvals.lock("khoa.tinh", CLI, "bac-kan", JANUARY, vi))
                .hasMessage("Chưa khóa được: 2 phường-tháng đã có số liệu nhưng chưa được duyệt: Phường Đức Xuân (01/2025), Phường Sông Cầu (01/2025)."
                        + " Đơn vị cấp trên của các phường này duyệt trước (./wardstat approve).");
        assertThat(count("select count(*) from ward_month_approval") + count("select count(*) from ward_month_lock")).isZero();

        Approvals.Outcome approved = approvals.approve("duyet.tp", CLI, "tp-bac-kan", JANUARY, vi);
        assertThat(approved).isEqualTo(new Approvals.Outcome(2, 0, 4));
        assertThat(jdbc.sql("select org_unit_code, approved_by, approver_unit from ward_month_approval order by 1").query().listOfRows())
                .containsExactly(Map.of("org_unit_code", "duc-xuan", "approved_by", "duyet.tp", "approver_unit", "tp-bac-kan"),
                        Map.of("org_unit_code", "song-cau", "approved_by", "duyet.tp", "approver_unit", "tp-bac-kan"));
        assertThat(approvals.approve("duyet.tp", CLI, "duc-xuan", JANUARY, vi)).isEqualTo(new Approvals.Outcome(0, 1, 0));

        assertThatThrownBy(() -> approvals.lock("duyet.tp", CLI, "tp-bac-kan", JANUARY, vi))
                .hasMessage("Chỉ người duyệt thuộc Công an cấp tỉnh mới khóa và mở khóa số liệu; đơn vị của người dùng là Thành phố Bắc Kạn.");
        assertThat(approvals.lock("khoa.tinh", CLI, "bac-kan", JANUARY, vi)).isEqualTo(new Approvals.Outcome(6, 0, 4));

        List<WardMonthStatus> status = approvals.status("tp-bac-kan", JANUARY, vi);
        assertThat(status).hasSize(6).allSatisfy(row -> assertThat(row.locked()).isTrue());
        assertThat(status).filteredOn(WardMonthStatus::submitted).extracting(WardMonthStatus::wardName, WardMonthStatus::approvedBy,
                        WardMonthStatus::approverUnitName, WardMonthStatus::lockedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phường Đức Xuân", "Lê Văn Duyệt", "Thành phố Bắc Kạn", "Trần Thị Khóa"),
                        org.assertj.core.groups.Tuple.tuple("Phường Sông Cầu", "Lê Văn Duyệt", "Thành phố Bắc Kạn", "Trần Thị Khóa"));
        assertThat(jdbc.sql("select actor, channel, action, org_unit_code, detail from audit_event where action <> 'load' order by id")
                .query().listOfRows())
                .containsExactly(
                        Map.of("actor", "test", "channel", "cli", "action", "approve", "org_unit_code", "tp-bac-kan",
                                "detail", "Kỳ 2025-01: duyệt 2 phường-tháng; 0 đã duyệt trước đó; 4 chưa có số liệu."),
                        Map.of("actor", "test", "channel", "cli", "action", "approve", "org_unit_code", "duc-xuan",
                                "detail", "Kỳ 2025-01: duyệt 0 phường-tháng; 1 đã duyệt trước đó; 0 chưa có số liệu."),
                        Map.of("actor", "test", "channel", "cli", "action", "lock", "org_unit_code", "bac-kan",
                                "detail", "Kỳ 2025-01: khóa 6 phường-tháng; 0 đã khóa trước đó; 4 chưa có số liệu."));
    }

    @Test
    void aLockedMonthRejectsChangedAndAddedFiguresStoresNothingOfThemAndLoadsTheRest() throws IOException {
        approvals.approve("duyet.tp", CLI, "tp-bac-kan", JANUARY, vi);
        approvals.lock("khoa.tinh", CLI, "bac-kan", JANUARY, vi);
        String before = observationsFingerprint();

        IngestResult result = load("thang-1-sua.csv", """
                ward_code,period,social_order_crimes,traffic_accidents
                duc-xuan,2025-01,4,1
                song-cau,2025-01,2,0
                xuat-hoa,2025-01,1,1
                duc-xuan,2025-02,5,2
                """);

        assertThat(result.rowsRejected()).isEqualTo(2);
        assertThat(jdbc.sql("select row_number, column_name, cell_value, reason_code, reason from ingest_reject where source_file_id = :f order by row_number")
                .param("f", result.sourceFileId()).query().listOfRows())
                .containsExactly(
                        Map.of("row_number", 2, "column_name", "social_order_crimes", "cell_value", "4", "reason_code", "month.locked",
                                "reason", "Số liệu tháng 01/2025 của Phường Đức Xuân đã bị khóa: Trần Thị Khóa (Tỉnh Bắc Kạn) khóa lúc 09:30 05/03/2026."
                                        + " Dòng này thêm hoặc sửa số liệu nên không được nạp; muốn sửa, người duyệt cấp tỉnh mở khóa"
                                        + " (./wardstat unlock … --reason \"…\") rồi gửi lại dòng này."),
                        Map.of("row_number", 4, "column_name", "social_order_crimes", "cell_value", "1", "reason_code", "month.locked",
                                "reason", "Số liệu tháng 01/2025 của Phường Xuất Hóa đã bị khóa: Trần Thị Khóa (Tỉnh Bắc Kạn) khóa lúc 09:30 05/03/2026."
                                        + " Dòng này thêm hoặc sửa số liệu nên không được nạp; muốn sửa, người duyệt cấp tỉnh mở khóa"
                                        + " (./wardstat unlock … --reason \"…\") rồi gửi lại dòng này."));
        // nothing of the locked months changed; the open month loaded
        assertThat(value("duc-xuan", "2025-01")).isEqualTo(3);
        assertThat(count("select count(*) from observation where org_unit_code = 'xuat-hoa'")).isZero();
        assertThat(count("select count(*) from observation_revision")).isZero();
        assertThat(value("duc-xuan", "2025-02")).isEqualTo(5);
        assertThat(jdbc.sql("select org_unit_code || ' ' || to_char(period, 'YYYY-MM') from submission where source_file_id = :f order by 1")
                .param("f", result.sourceFileId()).query(String.class).list())
                .as("an unchanged row of a locked month is no change and passes").containsExactly("duc-xuan 2025-02", "song-cau 2025-01");
        assertThat(observationsFingerprint()).isNotEqualTo(before);

        assertThatThrownBy(() -> approvals.unlock("khoa.tinh", CLI, "tp-bac-kan", JANUARY, "  ", vi))
                .hasMessage("Mở khóa cần nêu lý do (--reason \"…\").");
        assertThatThrownBy(() -> approvals.unlock("duyet.tp", CLI, "tp-bac-kan", JANUARY, "sửa", vi))
                .hasMessageStartingWith("Chỉ người duyệt thuộc Công an cấp tỉnh");
        assertThat(approvals.unlock("khoa.tinh", CLI, "duc-xuan", JANUARY, "Phường Đức Xuân báo sai số vụ tháng 1", vi).done()).isEqualTo(1);
        assertThat(jdbc.sql("select org_unit_code, locked_by, unlocked_by, reason from ward_month_unlock").query().listOfRows())
                .containsExactly(Map.of("org_unit_code", "duc-xuan", "locked_by", "khoa.tinh", "unlocked_by", "khoa.tinh",
                        "reason", "Phường Đức Xuân báo sai số vụ tháng 1"));
        assertThat(jdbc.sql("select detail from audit_event where action = 'unlock'").query(String.class).single())
                .isEqualTo("Kỳ 2025-01: mở khóa 1 phường-tháng. Lý do: Phường Đức Xuân báo sai số vụ tháng 1");

        // unlocked, the correction loads; its month must be approved again, the other ward's approval stands
        IngestResult corrected = load("thang-1-sua-lan-2.csv", """
                ward_code,period,social_order_crimes,traffic_accidents
                duc-xuan,2025-01,4,1
                """);
        assertThat(corrected.rowsRejected()).isZero();
        assertThat(value("duc-xuan", "2025-01")).isEqualTo(4);
        assertThat(jdbc.sql("select org_unit_code from ward_month_approval where period = '2025-01-01'").query(String.class).list())
                .containsExactly("song-cau");
    }

    @Test
    void aReportSaysWhereItsFiguresStand() throws IOException {
        List<String> wards = List.of("duc-xuan", "phung-chi-kien", "huyen-tung", "nguyen-thi-minh-khai", "xuat-hoa", "song-cau");
        var catalog = catalogs.load();
        java.time.ZoneId vietnam = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
        assertThat(standing.of(wards, JANUARY).sentence(catalog, vietnam, vi)).isEqualTo("Số liệu của 2/2 phường chưa được duyệt.");
        assertThat(standing.of(List.of("phung-chi-kien"), JANUARY).sentence(catalog, vietnam, vi)).as("no figures, nothing to say").isEmpty();

        approvals.approve("duyet.tp", CLI, "duc-xuan", JANUARY, vi);
        assertThat(standing.of(wards, JANUARY).sentence(catalog, vietnam, vi)).isEqualTo("Số liệu của 1/2 phường chưa được duyệt.");
        assertThat(standing.of(wards, JANUARY).meets(FigureStanding.Requirement.APPROVED)).isFalse();

        approvals.approve("duyet.tp", CLI, "tp-bac-kan", JANUARY, vi);
        assertThat(standing.of(wards, JANUARY).sentence(catalog, vietnam, vi))
                .isEqualTo("Số liệu đã được Thành phố Bắc Kạn duyệt ngày 05/03/2026, chưa khóa.");
        assertThat(standing.of(wards, JANUARY).meets(FigureStanding.Requirement.APPROVED)).isTrue();
        assertThat(standing.of(wards, JANUARY).meets(FigureStanding.Requirement.LOCKED)).isFalse();

        approvals.lock("khoa.tinh", CLI, "bac-kan", JANUARY, vi);
        assertThat(standing.of(wards, JANUARY).sentence(catalog, vietnam, Messages.forLanguage("en")))
                .isEqualTo("Figures approved by Bac Kan city on 05/03/2026, locked on 05/03/2026.");

        // the printed report says it under its narrative
        var run = reportRun("tp-bac-kan", JANUARY, "vi", java.util.EnumSet.of(org.wardstat.report.ReportService.Format.PDF));
        assertThat(run.status()).isEqualTo("COMPLETED");
        String path = jdbc.sql("select path from report_edition where org_unit_code = 'tp-bac-kan' and format = 'pdf'").query(String.class).single();
        byte[] pdf = Files.readAllBytes(reportsFolder().resolve(path));
        assertThat(org.wardstat.report.pdf.PdfReading.of(pdf).flowing())
                .contains("Số liệu đã được Thành phố Bắc Kạn duyệt ngày 05/03/2026, khóa ngày 05/03/2026.");
    }

    @Autowired
    org.wardstat.system.WardstatProperties properties;

    private Path reportsFolder() {
        return properties.reports();
    }

    private IngestResult load(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return ingest.ingest(file, vi);
    }

    private long value(String ward, String month) {
        return jdbc.sql("select value::bigint from observation where org_unit_code = :w and indicator_code = 'social_order_crimes' and period = (:m || '-01')::date")
                .param("w", ward).param("m", month).query(Long.class).single();
    }
}
