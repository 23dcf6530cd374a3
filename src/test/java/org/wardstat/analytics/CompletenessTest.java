package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.ingest.IngestService;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Completeness.Status;
import org.wardstat.system.Messages;

/** "Now" is 5 March 2026: January's deadline (17 February) has passed, February's (17 March) has not. */
class CompletenessTest extends PipelineTest {

    @Autowired
    IngestService ingest;
    @Autowired
    Completeness completeness;

    @TempDir
    Path temp;

    private void load(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThat(ingest.ingest(file, Messages.vietnamese()).ok()).isTrue();
    }

    private Status status(Completeness.Report report, String ward) {
        return report.wards().stream().filter(w -> w.ward().code().equals(ward)).findFirst().orElseThrow().status();
    }

    @Test
    void tellsOnTimeLateNotYetAndMissingPerWardOfAnArea() throws IOException {
        load("jan-feb.csv", """
                ward_code,period,social_order_crimes
                duc-xuan,2026-01,1
                song-cau,2026-01,0
                duc-xuan,2026-02,2
                """);
        load("feb-fix.csv", "ward_code,period,social_order_crimes\nduc-xuan,2026-02,3\n");
        var area = catalogs.load().unit("tp-bac-kan").orElseThrow();

        Completeness.Report january = completeness.of(area, YearMonth.of(2026, 1));
        Completeness.Report february = completeness.of(area, YearMonth.of(2026, 2));

        assertThat(january.deadline()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(january.wards()).hasSize(6);
        assertThat(status(january, "duc-xuan")).isEqualTo(Status.LATE); // loaded on 5 March
        assertThat(status(january, "xuat-hoa")).isEqualTo(Status.MISSING);
        assertThat(january.count(Status.LATE)).isEqualTo(2);
        assertThat(january.count(Status.MISSING)).isEqualTo(4);

        assertThat(february.deadline()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(status(february, "duc-xuan")).isEqualTo(Status.ON_TIME);
        assertThat(february.wards().stream().filter(w -> w.ward().code().equals("duc-xuan")).findFirst().orElseThrow().files())
                .isEqualTo(2);
        assertThat(february.count(Status.PENDING)).isEqualTo(5);
    }

    @Test
    void aRowWithNoFiguresIsNotASubmission() throws IOException {
        load("blank.csv", "ward_code,period,social_order_crimes,traffic_accidents\nhuyen-tung,2026-02,,\n");

        var report = completeness.of(catalogs.load().unit("huyen-tung").orElseThrow(), YearMonth.of(2026, 2));

        assertThat(report.wards()).singleElement().extracting(Completeness.WardSubmission::status).isEqualTo(Status.PENDING);
    }
}
