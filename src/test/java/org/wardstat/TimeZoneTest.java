package org.wardstat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TimeZone;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.wardstat.analytics.Completeness;
import org.wardstat.analytics.CurrentPeriod;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.report.ReportBuilder;
import org.wardstat.report.ReportContent;
import org.wardstat.report.ReportService;
import org.wardstat.report.excel.ReportWorkbook;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * The JVM runs in UTC (the surefire configuration says so, as a cloud server would), the clock
 * stands at 31 January 2026, 18:30 UTC: already 1 February, 01:30 in Việt Nam. Every date and
 * time a person reads must be Việt Nam's: the place-and-date line, the provenance at the foot of
 * every page and in the workbook, the archive's file names, submission times and deadlines, the
 * current reporting month.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TimeZoneTest.HalfPastOneInHanoi.class)
class TimeZoneTest {

    static final Instant NOW = Instant.parse("2026-01-31T18:30:00Z");

    /** The application's own clock at NOW, in the zone wardstat.time-zone gives it (Asia/Ho_Chi_Minh by default). */
    @TestConfiguration(proxyBeanMethods = false)
    static class HalfPastOneInHanoi {
        @Bean
        @Primary
        Clock halfPastOne(WardstatProperties properties) {
            return Clock.fixed(NOW, properties.zone());
        }
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogRepository catalogs;
    @Autowired
    ReportBuilder builder;
    @Autowired
    ReportService reports;
    @Autowired
    Completeness completeness;
    @Autowired
    CurrentPeriod currentPeriod;

    @BeforeEach
    void aWardWithFiguresLoadedJustAfterMidnightInHanoi() {
        jdbc.sql("truncate observation, submission, source_file, report_edition cascade").update();
        jdbc.sql("truncate org_unit cascade").update();
        catalogs.saveIndicators(CatalogFiles.readIndicators(Path.of("catalog/indicators.csv")));
        catalogs.saveOrgUnits(CatalogFiles.readOrgUnits(Path.of("sample-data/org-units.csv")));
        long file = jdbc.sql("""
                insert into source_file (sha256, file_name, path, size_bytes) values ('tz', 'thang-12.csv', 'thang-12.csv', 0) returning id
                """).query(Long.class).single();
        // loaded at 18:00 UTC on 31 January: 01:00 on 1 February in Hà Nội
        for (String month : List.of("2024-12-01", "2025-12-01")) {
            jdbc.sql("""
                    insert into observation (org_unit_code, indicator_code, period, value, source_file_id, loaded_at)
                    values ('duc-xuan', 'social_order_crimes', cast(:month as date), 2, :file, timestamptz '2026-01-31 18:00:00+00')
                    """).param("month", month).param("file", file).update();
        }
        // December's figures arrived at 17:30 UTC on 17 January: 00:30 on the 18th in Hà Nội, after the deadline (the 17th)
        jdbc.sql("""
                insert into submission (org_unit_code, period, source_file_id, submitted_at)
                values ('duc-xuan', date '2025-12-01', :file, timestamptz '2026-01-17 17:30:00+00')
                """).param("file", file).update();
    }

    @Autowired
    org.wardstat.jobs.RunLauncher launcher;
    @Autowired
    org.wardstat.jobs.RunFollower follower;

    private org.wardstat.jobs.RunView launcherFollow(String unit, Window window, String language, java.util.Set<ReportService.Format> formats) {
        return follower.await(launcher.report(unit, window, formats, language, org.wardstat.jobs.RunParameters.Trigger.CLI, "test"),
                org.wardstat.jobs.RunProgress.NONE);
    }

    @Test
    void theTestsRunInUtcSoAnyDateTakenFromTheServersZoneWouldShow() {
        assertThat(TimeZone.getDefault().getID()).as("surefire's -Duser.timezone=UTC").isEqualTo("UTC");
    }

    @Test
    void theBriefingIsDatedAndStampedInVietnamTime() {
        ReportContent briefing = builder.build(catalogs.load(), "duc-xuan", Window.month(YearMonth.of(2025, 12)), Messages.vietnamese(), "#7");

        assertThat(briefing.letterhead().placeAndDate()).isEqualTo("Bắc Kạn, ngày 01 tháng 02 năm 2026");
        assertThat(briefing.provenance().footer()).isEqualTo(
                "Nguồn số liệu: tệp thang-12.csv nạp lúc 01/02/2026 01:00 (lượt nạp —). Lượt tạo báo cáo #7, lúc 01/02/2026 01:30, bởi wardstat.");
    }

    @Test
    void theWorkbookAndTheArchiveSayTheSameTimes() throws Exception {
        var ended = launcherFollow("duc-xuan", Window.month(YearMonth.of(2025, 12)), "vi", EnumSet.of(ReportService.Format.XLSX));
        long run = ended.id();

        assertThat(ended.completed()).isTrue();
        assertThat(jdbc.sql("select path from report_edition").query(String.class).single())
                .as("the edition's file name carries Hà Nội's time").contains("-20260201-013000-run" + run + ".xlsx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportWorkbook.write(builder.build(catalogs.load(), "duc-xuan", Window.month(YearMonth.of(2025, 12)), Messages.vietnamese(),
                "#" + run), Messages.vietnamese(), bytes);
        List<String> summary = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    summary.add(cell.getStringCellValue());
                }
            }));
        }
        assertThat(summary).contains("01/02/2026 01:30").anyMatch(text -> text.contains("nạp lúc 01/02/2026 01:00"));
    }

    @Test
    void aSubmissionAfterMidnightInHanoiIsLateAndShownAtItsHanoiTime() {
        var area = catalogs.load().unit("tp-bac-kan").orElseThrow();
        Completeness.Report december = completeness.of(area, YearMonth.of(2025, 12));

        assertThat(december.deadline()).hasToString("2026-01-17");
        assertThat(december.wards()).filteredOn(w -> w.ward().code().equals("duc-xuan"))
                .extracting(Completeness.WardSubmission::status).containsExactly(Completeness.Status.LATE);

        ReportContent report = builder.build(catalogs.load(), "tp-bac-kan", Window.month(YearMonth.of(2025, 12)), Messages.vietnamese(), "#1");
        assertThat(report.area().submissions().rows()).filteredOn(row -> row.wardCode().equals("duc-xuan"))
                .extracting(ReportContent.SubmissionRow::submitted).containsExactly("18/01/2026 00:30");
    }

    @Test
    void theCurrentReportingMonthIsVietnamsSoFebruaryIsNoLongerInTheFuture() {
        assertThat(currentPeriod.month()).isEqualTo(YearMonth.of(2026, 2));
        assertThat(currentPeriod.isFuture(Window.month(YearMonth.of(2026, 2)))).isFalse();
        assertThat(currentPeriod.isFuture(Window.month(YearMonth.of(2026, 3)))).isTrue();
    }
}
