package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportBuilder;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;

/**
 * The home page a leader lands on: the latest edition of each report of their subtree only,
 * grouped by period newest first, new ones marked since the previous visit; then the area's key
 * figures for its latest period, the report's own narrative, and its charts as SVG.
 */
class HomePageTest extends WebTest {

    @Autowired
    IngestService ingest;

    @Autowired
    ReportBuilder reports;

    long cityNovember;

    @BeforeEach
    void editionsOfTheCityItsWardsAndHanoi() throws Exception {
        user("lanh-dao.tp", Role.LEADER, "tp-bac-kan", "Hoàng Văn Lãnh");
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        cityNovember = madeBefore(edition("tp-bac-kan", "2024-11", "pdf", pdf()), Duration.ofDays(3));
        madeBefore(edition("duc-xuan", "2024-11", "pdf", pdf()), Duration.ofDays(3));
        madeBefore(edition("tp-bac-kan", "2024-10", "pdf", pdf()), Duration.ofDays(30));
        madeBefore(edition("ha-noi", "2024-11", "pdf", pdf()), Duration.ofDays(3));
        madeBefore(edition("bac-kan", "2024-11", "pdf", pdf()), Duration.ofDays(3));
        jdbc.sql("update report_edition set kind = 'ward' where org_unit_code = 'duc-xuan'").update();
    }

    @Test
    void aLeaderSeesTheLatestReportsOfTheirSubtreeByPeriodNewestFirst() {
        WebSession leader = signedIn("lanh-dao.tp");
        String page = leader.get("/home").text();
        assertThat(page).contains("Báo cáo của Thành phố Bắc Kạn", "Báo cáo mới nhất", "Tháng 11/2024", "Tháng 10/2024",
                        "báo cáo địa bàn", "báo cáo phường", "Phường Đức Xuân")
                .doesNotContain("Thành phố Hà Nội", "Tỉnh Bắc Kạn");
        assertThat(page.indexOf("Tháng 11/2024")).as("the newest period first").isLessThan(page.indexOf("Tháng 10/2024"));
        // the city's own report before its wards'
        String november = page.substring(page.indexOf("Tháng 11/2024"), page.indexOf("Tháng 10/2024"));
        assertThat(november.indexOf("Thành phố Bắc Kạn")).isLessThan(november.indexOf("Phường Đức Xuân"));
        assertThat(november).contains("/editions/" + cityNovember);
        assertThat(occurrences(page, "class=\"badge\"")).as("a first visit: everything is new").isEqualTo(3);
    }

    @Test
    void editionsMadeSinceThePreviousVisitAreMarkedNew() throws Exception {
        WebSession leader = signedIn("lanh-dao.tp");
        leader.get("/home");
        String again = leader.get("/home").text();
        assertThat(occurrences(again, "class=\"badge\"")).isZero();
        assertThat(again).contains("Lần xem trước: 05/03/2026 09:30");
        long later = edition("duc-xuan", "2024-10", "pdf", pdf());
        jdbc.sql("update report_edition set kind = 'ward', created_at = :at where id = :id").param("at", Timestamp.from(NOW.plusSeconds(60)))
                .param("id", later).update();
        String third = leader.get("/home").text();
        assertThat(occurrences(third, "class=\"badge\"")).isEqualTo(1);
        String october = third.substring(third.indexOf("Tháng 10/2024"));
        assertThat(october).contains("Mới</span>");
    }

    @Test
    void theKeyFiguresAreTheReportsOwnWithItsChartsAsSvg() {
        WebSession leader = signedIn("lanh-dao.tp");
        String page = leader.get("/home").text();
        String narrative = reports.build(catalogs.load(), "tp-bac-kan", Window.month(java.time.YearMonth.of(2024, 11)),
                Messages.vietnamese(), "home").security().narrative();
        assertThat(page).contains("Số liệu chính: Tháng 11/2024", narrative.substring(0, 60), "Thay đổi đáng chú ý so với cùng kỳ",
                "/home/charts/2024-11/monthly.svg").doesNotContain("<script");
        WebSession.Response chart = leader.get("/home/charts/2024-11/monthly.svg");
        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(chart.text()).startsWith("<svg").contains("viewBox='0.0 0.0 640.0 300.0'", ">Tội phạm về trật tự xã hội (số vụ xảy ra): từng tháng năm 2024").doesNotContain("<image");
        assertThat(leader.get("/home/charts/2024-11/nothing.svg").status()).isEqualTo(404);
    }

    @Test
    void theArchiveKeepsEveryEditionBehindAFilterAndPages() {
        // 240 monthly ward editions of Đức Xuân (20 years of months), PDF only: more than a page
        jdbc.sql("""
                insert into report_edition (legacy_run_id, kind, org_unit_code, period_code, language, format, path, size_bytes, sha256, created_at)
                select n, 'ward', 'duc-xuan', to_char(date '2004-01-01' + make_interval(months => n), 'YYYY-MM'), 'vi', 'pdf',
                       'archive/x-' || n || '.pdf', 8, 'test', cast(:now as timestamptz) - make_interval(days => 300 - n)
                from generate_series(1, 240) n
                """).param("now", Timestamp.from(NOW)).update();
        WebSession leader = signedIn("lanh-dao.tp");
        String first = leader.get("/").text();
        assertThat(occurrences(first, "/editions/")).as("a page of 200 editions").isEqualTo(200);
        assertThat(first).contains("Cũ hơn →", "Trang 1").doesNotContain("← Mới hơn");
        String second = leader.get("/?page=2").text();
        assertThat(occurrences(second, "/editions/")).as("the 243 of the subtree, less the first page's 200").isEqualTo(43);
        assertThat(second).contains("← Mới hơn").doesNotContain("Cũ hơn →");
        String areas = leader.get("/?kind=area").text();
        assertThat(occurrences(areas, "/editions/")).as("the city's two area reports").isEqualTo(2);
        assertThat(leader.get("/?kind=ward&period=2024-11").text()).contains("Phường Đức Xuân").doesNotContain("Cũ hơn →");
    }

    private long madeBefore(long edition, Duration before) {
        jdbc.sql("update report_edition set created_at = :at where id = :id").param("at", Timestamp.from(NOW.minus(before)))
                .param("id", edition).update();
        return edition;
    }

    private static byte[] pdf() {
        return "%PDF-1.7".getBytes(StandardCharsets.UTF_8);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
