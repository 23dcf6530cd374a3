package org.wardstat.report.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Window;
import org.wardstat.ingest.IngestService;
import org.wardstat.jobs.RunView;
import org.wardstat.report.ReportService;
import org.wardstat.report.archive.Editions.Edition;
import org.wardstat.report.archive.OutOfDate.Change;
import org.wardstat.system.Messages;

/**
 * An edition knows when a figure it read was changed by a later file: which figure, from what to
 * what, by which file; an edition made after the change, or one whose wards and months the change
 * does not touch, is up to date. Phường Đức Xuân's March 2024 in the sample: 1 social-order crime,
 * population 10.051.
 */
class OutOfDateTest extends PipelineTest {

    @Autowired
    IngestService ingest;
    @Autowired
    Editions editions;
    @Autowired
    OutOfDate outOfDate;

    @TempDir
    Path temp;

    @BeforeEach
    void loadBacKan() {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), Messages.vietnamese());
    }

    private Edition made(String unit, Window window) {
        RunView run = reportRun(unit, window, "vi", EnumSet.of(ReportService.Format.PDF));
        assertThat(run.status()).as(run.message()).isEqualTo(RunView.COMPLETED);
        return editions.ofRun(run.id()).get(0);
    }

    private void resubmit(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        ingest.ingest(file, Messages.vietnamese());
    }

    @Test
    void anEditionMadeBeforeAResubmissionIsOutOfDateWithTheChangedFigures() throws IOException {
        Edition before = made("duc-xuan", Window.year(2024));

        resubmit("bac-kan-2024-sua.csv", """
                ward_code,period,social_order_crimes,population
                duc-xuan,2024-03,4,10151
                """);

        List<Change> changes = outOfDate.of(before);
        assertThat(changes).extracting(Change::unitCode, Change::indicatorCode, Change::month, c -> c.oldValue().intValue(),
                        c -> c.newValue().intValue(), Change::file)
                .containsExactly(
                        tuple("duc-xuan", "social_order_crimes", YearMonth.of(2024, 3), 1, 4, "bac-kan-2024-sua.csv"),
                        tuple("duc-xuan", "population", YearMonth.of(2024, 3), 10051, 10151, "bac-kan-2024-sua.csv"));
        assertThat(new ChangeText(catalogs.load(), Messages.vietnamese()).of(changes)).containsExactly(
                "Phường Đức Xuân, Tội phạm về trật tự xã hội (số vụ xảy ra), tháng 3/2024: 1 → 4 (tệp bac-kan-2024-sua.csv)",
                "Phường Đức Xuân, Dân số, tháng 3/2024: 10.051 → 10.151 (tệp bac-kan-2024-sua.csv)");
        assertThat(new ChangeText(catalogs.load(), Messages.forLanguage("en")).of(changes.get(1)))
                .isEqualTo("Duc Xuan ward, Population, month 3/2024: 10,051 → 10,151 (file bac-kan-2024-sua.csv)");

        Edition after = made("duc-xuan", Window.year(2024));
        assertThat(outOfDate.of(after)).isEmpty();
        // the latest of the report first; the one before is an older edition, still out of date
        List<Edition> listed = editions.newest(List.of("duc-xuan"), null, null, 10);
        assertThat(listed).extracting(Edition::id, Edition::latest).containsExactly(tuple(after.id(), true), tuple(before.id(), false));
        assertThat(outOfDate.changes(listed)).containsOnlyKeys(before.id());
    }

    @Test
    void aFigureChangedAndChangedBackIsNoChange() throws IOException {
        Edition edition = made("duc-xuan", Window.year(2024));
        resubmit("sua-1.csv", "ward_code,period,social_order_crimes\nduc-xuan,2024-03,4\n");
        resubmit("sua-2.csv", "ward_code,period,social_order_crimes\nduc-xuan,2024-03,1\n");

        assertThat(outOfDate.of(edition)).isEmpty();
    }

    @Test
    void aChangeOutsideTheEditionsWardsOrMonthsDoesNotFlagIt() throws IOException {
        Edition ward = made("duc-xuan", Window.year(2024));
        Edition december = made("duc-xuan", Window.month(YearMonth.of(2024, 12)));
        Edition city = made("tp-bac-kan", Window.year(2024));
        Edition city2022 = made("tp-bac-kan", Window.year(2022));
        Edition city2023 = made("tp-bac-kan", Window.year(2023));

        // another ward's March 2024; Đức Xuân's March 2022, before 2024 and its same period a year earlier
        resubmit("song-cau-sua.csv", """
                ward_code,period,social_order_crimes
                song-cau,2024-03,99
                duc-xuan,2022-03,50
                """);

        assertThat(outOfDate.of(ward)).isEmpty();
        assertThat(outOfDate.of(december)).isEmpty();
        assertThat(outOfDate.of(city)).extracting(Change::unitCode, Change::month)
                .containsExactly(tuple("song-cau", YearMonth.of(2024, 3)));
        assertThat(outOfDate.of(city2022)).extracting(Change::unitCode, Change::month, Change::newValue)
                .containsExactly(tuple("duc-xuan", YearMonth.of(2022, 3), new BigDecimal("50.0000")));
        // the city's 2023 report compares with 2022, so March 2022 is behind it too
        assertThat(outOfDate.of(city2023)).extracting(Change::unitCode, Change::month)
                .containsExactly(tuple("duc-xuan", YearMonth.of(2022, 3)));
    }
}
