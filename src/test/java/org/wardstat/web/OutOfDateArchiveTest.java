package org.wardstat.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.jobs.RunView;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;
import org.wardstat.users.Role;

/**
 * The archive page marks an edition whose figures changed after it was made, says what changed,
 * and makes it again with one click ("Lập lại"), for those who may ask for a report of its unit.
 */
class OutOfDateArchiveTest extends WebTest {

    private static final String CHANGE =
            "Phường Đức Xuân, Tội phạm về trật tự xã hội (số vụ xảy ra), tháng 3/2024: 1 → 4 (tệp bac-kan-2024-sua.csv)";

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    long edition;

    @BeforeEach
    void anEditionOfDucXuanThenACorrection() throws IOException {
        user("an.bk", Role.ANALYST, "tp-bac-kan", "Nguyễn Văn An");
        user("lanh-dao.bk", Role.LEADER, "tp-bac-kan", "Hoàng Thị Lan");
        user("an.bd", Role.ANALYST, "ba-dinh", "Trần Văn Bình");
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
        RunView run = reportRun("duc-xuan", Window.year(2024), "vi", EnumSet.of(ReportService.Format.PDF));
        assertThat(run.status()).as(run.message()).isEqualTo(RunView.COMPLETED);
        edition = jdbc.sql("select id from report_edition").query(Long.class).single();
        Path corrected = temp.resolve("bac-kan-2024-sua.csv");
        Files.writeString(corrected, "ward_code,period,social_order_crimes\nduc-xuan,2024-03,4\n", StandardCharsets.UTF_8);
        ingest.ingest(corrected, Messages.vietnamese());
    }

    @Test
    void theArchiveMarksTheEditionAndOneClickMakesItAgain() throws InterruptedException {
        WebSession analyst = signedIn("an.bk");
        String archive = analyst.get("/").text();
        assertThat(archive).contains("Tình trạng", "Số liệu đã thay đổi sau khi lập", "<li>" + CHANGE + "</li>",
                "action=\"/reports/remake/" + edition + "\"", "Lập lại");

        WebSession.Response noToken = analyst.post("/reports/remake/" + edition, Map.of());
        assertThat(noToken.status()).isEqualTo(403);
        WebSession.Response remade = analyst.submit("/", "/reports/remake/" + edition, Map.of());
        assertThat(remade.status()).isEqualTo(302);
        assertThat(remade.location()).matches(".*/runs/\\d+");
        awaitEditions(2);

        String after = analyst.get("/").text();
        long newer = jdbc.sql("select max(id) from report_edition").query(Long.class).single();
        // the new edition first, up to date; the old one after it, "bản cũ", still saying what changed, with no button
        assertThat(after.indexOf("/editions/" + newer + "\"")).isPositive().isLessThan(after.indexOf("/editions/" + edition + "\""));
        assertThat(after).contains("Mới nhất", "bản cũ", CHANGE).doesNotContain("/reports/remake/");
        assertThat(jdbc.sql("select language || ' ' || format || ' ' || org_unit_code || ' ' || period_code from report_edition where id = :id")
                .param("id", newer).query(String.class).single()).isEqualTo("vi pdf duc-xuan 2024");
    }

    @Test
    void anotherUnitsAnalystOrALeaderCannotRemakeIt() {
        WebSession other = signedIn("an.bd");
        assertThat(other.get("/").text()).doesNotContain("Đức Xuân", CHANGE);
        assertThat(other.submit("/", "/reports/remake/" + edition, Map.of()).status()).isEqualTo(403);

        WebSession leader = signedIn("lanh-dao.bk");
        String archive = leader.get("/").text();
        assertThat(archive).contains("Số liệu đã thay đổi sau khi lập", CHANGE).doesNotContain("/reports/remake/");
        assertThat(leader.submit("/", "/reports/remake/" + edition, Map.of()).status()).isEqualTo(403);
        assertThat(count("select count(*) from report_edition")).isEqualTo(1);
        assertThat(count("select count(*) from batch_job_instance where job_name like '%report%'")).isEqualTo(1);
    }

    private void awaitEditions(int editions) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (count("select count(*) from report_edition") < editions && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertThat(count("select count(*) from report_edition")).isEqualTo(editions);
    }
}
