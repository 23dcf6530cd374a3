package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportBuilder;
import org.wardstat.report.ReportContent;
import org.wardstat.system.Messages;

/** Each explanation adds its rows up to exactly the figure the report prints, with the file, sheet and row of every value. */
class ExplanationTest extends PipelineTest {

    private static final Window Q1 = Window.quarter(2024, 1);

    @Autowired
    Explainer explainer;
    @Autowired
    IngestService ingest;
    @Autowired
    ReportBuilder reports;

    @TempDir
    Path temp;

    @BeforeEach
    void load() throws IOException {
        assertThat(ingest.ingest(LineageFiles.quarter(temp), Messages.vietnamese()).ok()).isTrue();
        assertThat(ingest.ingest(LineageFiles.revision(temp), Messages.vietnamese()).ok()).isTrue();
        assertThat(ingest.ingest(LineageFiles.merger(temp), Messages.vietnamese()).ok()).isTrue();
    }

    private Explanation explain(String unit, Window window, String indicator) {
        Catalog catalog = catalogs.load();
        return explainer.explain(catalog, catalog.unit(unit).orElseThrow(), window, catalog.indicator(indicator));
    }

    /** The current figure of the report's indicator table, as printed. */
    private ReportContent.IndicatorRow printed(String unit, Window window, String indicator) {
        ReportContent content = reports.build(catalogs.load(), unit, window, Messages.vietnamese(), "run-1");
        return content.security().rows().stream().filter(r -> r.code().equals(indicator)).findFirst().orElseThrow();
    }

    @Test
    void aFlowIsTheSumOfTheComparedWardsMonthsAndSaysWhereEachValueIs() {
        Explanation crimes = explain("tp-bac-kan", Q1, "social_order_crimes");

        assertThat(crimes.total()).isEqualByComparingTo("15");
        assertThat(crimes.printed().value()).isEqualByComparingTo("15");
        assertThat(printed("tp-bac-kan", Q1, "social_order_crimes").current()).isEqualByComparingTo(crimes.total());
        assertThat(crimes.addsUp()).isTrue();
        assertThat(crimes.units()).extracting(OrgUnit::code).containsExactly("duc-xuan", "xuat-hoa");
        assertThat(crimes.leftOut()).extracting(OrgUnit::code).containsExactly("song-cau");
        assertThat(crimes.rows()).hasSize(6);
        assertThat(crimes.rows()).extracting(r -> r.ward().code() + " " + r.month() + " " + r.value().toPlainString() + " "
                        + r.file() + " '" + r.sheet() + "' " + r.row())
                .containsExactly("duc-xuan 2024-01 3 quy1.csv '' 5", "duc-xuan 2024-02 5 sua.csv '' 2",
                        "duc-xuan 2024-03 4 quy1.csv '' 7", "xuat-hoa 2024-01 1 quy1.csv '' 11",
                        "xuat-hoa 2024-02 1 quy1.csv '' 12", "xuat-hoa 2024-03 1 quy1.csv '' 13");
        Explanation.Row february = crimes.rows().get(1);
        assertThat(february.revisions()).singleElement().satisfies(r -> {
            assertThat(r.oldValue()).isEqualByComparingTo("2");
            assertThat(r.newValue()).isEqualByComparingTo("5");
            assertThat(r.oldFile() + " " + r.oldRow() + " → " + r.newFile() + " " + r.newRow()).isEqualTo("quy1.csv 6 → sua.csv 2");
        });
        assertThat(crimes.rows().get(0).revisions()).isEmpty();
        long firstLoad = crimes.rows().get(0).loadId();
        assertThat(february.loadId()).isGreaterThan(firstLoad);
    }

    @Test
    void aStockIsEachWardsLastMonthAddedUp() {
        Explanation groups = explain("tp-bac-kan", Q1, "fire_safety_groups");

        assertThat(groups.rows()).extracting(r -> r.ward().code() + " " + r.month() + " " + r.value().toPlainString() + " row " + r.row())
                .containsExactly("duc-xuan 2024-03 12 row 7", "xuat-hoa 2024-03 7 row 13");
        assertThat(groups.total()).isEqualByComparingTo("19");
        assertThat(printed("tp-bac-kan", Q1, "fire_safety_groups").current()).isEqualByComparingTo("19");
        assertThat(groups.addsUp()).isTrue();
    }

    @Test
    void aRateIsTheRatioOfTheSummedFlows() {
        Explanation rate = explain("tp-bac-kan", Q1, "clearance_rate");

        assertThat(rate.numerator()).isEqualByComparingTo("9");
        assertThat(rate.denominator()).isEqualByComparingTo("15");
        assertThat(rate.total()).isEqualByComparingTo("60");
        assertThat(rate.rows()).hasSize(12);
        assertThat(rate.rows()).filteredOn(r -> r.indicator().equals("social_order_crimes_cleared"))
                .extracting(r -> r.value().intValue()).containsExactly(2, 2, 3, 1, 0, 1);
        assertThat(printed("tp-bac-kan", Q1, "clearance_rate").current()).isEqualByComparingTo(rate.total());
        assertThat(rate.addsUp()).isTrue();
    }

    @Test
    void aMergedWardsFigureIsItsPredecessorsMonthsThenItsOwn() {
        Window year = Window.year(2025);
        Explanation baDinh = explain("phuong-ba-dinh", year, "social_order_crimes");

        assertThat(baDinh.total()).isEqualByComparingTo("42");
        assertThat(printed("phuong-ba-dinh", year, "social_order_crimes").current()).isEqualByComparingTo("42");
        assertThat(baDinh.addsUp()).isTrue();
        assertThat(baDinh.rows()).hasSize(18);
        assertThat(baDinh.rows()).allMatch(r -> r.unit().code().equals("phuong-ba-dinh"));
        List<String> january = baDinh.rows().stream().filter(r -> r.month().equals(YearMonth.of(2025, 1)))
                .map(r -> r.ward().code() + " " + r.value().toPlainString() + " row " + r.row()).toList();
        // January 2025 is the 13th month of the file: rows 2 + 2 × 12 and the next
        assertThat(january).containsExactly("dien-bien 1 row 26", "quan-thanh 2 row 27");
        assertThat(baDinh.rows()).filteredOn(r -> r.month().equals(YearMonth.of(2025, 12)))
                .extracting(r -> r.ward().code() + " " + r.value().toPlainString() + " row " + r.row())
                .containsExactly("phuong-ba-dinh 4 row 43");
    }

    @Test
    void aWorkbooksValueNamesItsSheetAndRow() throws IOException {
        Path file = temp.resolve("thang-4.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Tháng 4");
            String[][] rows = {{"ward_code", "period", "social_order_crimes"}, {"xuat-hoa", "2024-04", "2"}, {"duc-xuan", "2024-04", "6"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        assertThat(ingest.ingest(file, Messages.vietnamese()).ok()).isTrue();

        Explanation april = explain("tp-bac-kan", Window.month(YearMonth.of(2024, 4)), "social_order_crimes");

        assertThat(april.rows()).extracting(r -> r.ward().code() + " " + r.value().toPlainString() + " " + r.file() + " "
                        + r.sheet() + " " + r.row())
                .containsExactly("duc-xuan 6 thang-4.xlsx Tháng 4 3", "xuat-hoa 2 thang-4.xlsx Tháng 4 2");
        assertThat(april.total()).isEqualByComparingTo("8");
        assertThat(april.addsUp()).isTrue();
    }

    @Test
    void theWholeReportsFiguresAllAddUp() {
        Catalog catalog = catalogs.load();
        OrgUnit city = catalog.unit("tp-bac-kan").orElseThrow();
        ReportContent content = reports.build(catalog, "tp-bac-kan", Q1, Messages.vietnamese(), "run-1");
        for (ReportContent.IndicatorRow row : content.security().rows()) {
            Explanation e = explainer.explain(catalog, city, Q1, catalog.indicator(row.code()));
            assertThat(e.addsUp()).as(row.code()).isTrue();
            if (row.current() != null) {
                assertThat(e.total()).as(row.code()).isEqualByComparingTo(row.current());
            }
        }
        // the workbook's sources sheet carries the same sums, in words
        assertThat(content.sources()).allMatch(ReportContent.SourceFigure::addsUp);
        assertThat(content.sources()).extracting(ReportContent.SourceFigure::sentence).contains(
                "Tổng 3 tháng của 2 phường: 15 vụ = số in trên báo cáo",
                "Giá trị tháng cuối của 2 phường cộng lại: 19 tổ = số in trên báo cáo",
                "Tỷ lệ = 9 / 15 × 100 = 60% = số in trên báo cáo");
        ReportContent.SourceRow revised = content.sources().get(0).rows().get(1);
        assertThat(revised.file() + " " + revised.row() + " " + revised.revisions())
                .startsWith("sua.csv 2 sửa 2 → 5: quy1.csv, dòng 6 → sua.csv, dòng 2 (");
    }

    @Test
    void aReportForItsPdfAloneLeavesOutOnlyTheSourcesSheet() {
        Catalog catalog = catalogs.load();
        for (String unit : List.of("duc-xuan", "tp-bac-kan")) {
            ReportContent withSources = reports.build(catalog, unit, Q1, Messages.vietnamese(), "run-1", true);
            ReportContent forPdf = reports.build(catalog, unit, Q1, Messages.vietnamese(), "run-1", false);

            assertThat(withSources.sources()).as(unit).isNotEmpty().allMatch(ReportContent.SourceFigure::addsUp);
            assertThat(forPdf.sources()).as(unit).isEmpty();
            // everything printed is the same, figure for figure
            assertThat(forPdf.security().narrative()).as(unit).isEqualTo(withSources.security().narrative()).contains("vụ");
            assertThat(new ReportContent(forPdf.kind(), forPdf.vietnamese(), forPdf.unitCode(), forPdf.unitName(), forPdf.periodCode(),
                    forPdf.letterhead(), forPdf.security(), forPdf.attainment(), forPdf.area(), forPdf.closing(), forPdf.provenance(),
                    withSources.sources())).as(unit).isEqualTo(withSources);
        }
        // the five-argument build is the workbook's: with its sources
        assertThat(reports.build(catalog, "duc-xuan", Q1, Messages.vietnamese(), "run-1").sources()).isNotEmpty();
    }
}
