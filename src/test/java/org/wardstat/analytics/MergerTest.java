package org.wardstat.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFileException;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportBuilder;
import org.wardstat.system.Messages;

/**
 * Phường Ba Đình is formed on 1/7/2025 from Điện Biên and Quán Thánh (sample-data/org-units.csv):
 * across the merger it is compared with the sum of the two.
 */
class MergerTest extends PipelineTest {

    @Autowired
    ObservationRepository observations;
    @Autowired
    IngestService ingest;
    @Autowired
    ReportBuilder reports;

    @TempDir
    Path temp;


    private IndicatorChange crimes(Window window) {
        Catalog catalog = catalogs.load();
        OrgUnit baDinh = catalog.unit("phuong-ba-dinh").orElseThrow();
        MonthlyValues values = observations.monthlyValues(baDinh, catalog, YearMonth.of(2024, 1), YearMonth.of(2025, 12));
        return YearOverYear.compare(List.of(catalog.indicator("social_order_crimes")), values, window).get(0);
    }

    @Test
    void theMergedWardIsComparedWithTheSumOfTheWardsItReplaced() {
        putObservation("dien-bien", "social_order_crimes", "2024-10", 1);
        putObservation("quan-thanh", "social_order_crimes", "2024-10", 3);
        putObservation("phuong-ba-dinh", "social_order_crimes", "2025-10", 3);

        IndicatorChange october = crimes(Window.month(YearMonth.of(2025, 10)));

        assertThat(october.prior().value()).isEqualByComparingTo("4");   // 1 + 3
        assertThat(october.current().value()).isEqualByComparingTo("3");
        assertThat(october.percentChange()).isEqualByComparingTo("-25");
    }

    @Test
    void aMonthOneFormerWardDidNotReportIsMissingNotASmallerSum() {
        putObservation("dien-bien", "social_order_crimes", "2024-11", 2);        // Quán Thánh did not report November 2024
        putObservation("phuong-ba-dinh", "social_order_crimes", "2025-11", 3);

        IndicatorChange november = crimes(Window.month(YearMonth.of(2025, 11)));

        assertThat(november.prior().reported()).isFalse();
        assertThat(november.change()).isNull();
    }

    @Test
    void theSampleMergerQuarterShowsAFallAndTheBriefingSaysWhatItIsComparedWith() {
        ingest.ingest(SAMPLES.resolve("statistics/ha-noi-2022-2024.csv"), Messages.vietnamese());
        ingest.ingest(SAMPLES.resolve("statistics/ha-noi-2025-merger.csv"), Messages.vietnamese());

        // Q4 2024: Điện Biên 1 + 1 + 1 and Quán Thánh 3 + 5 + 1 = 12; Q4 2025: Ba Đình 3 + 5 + 1 = 9
        IndicatorChange quarter = crimes(Window.quarter(2025, 4));
        assertThat(quarter.prior().value()).isEqualByComparingTo("12");
        assertThat(quarter.current().value()).isEqualByComparingTo("9");

        String narrative = reports.build(catalogs.load(), "phuong-ba-dinh", Window.quarter(2025, 4), Messages.vietnamese(), "#1")
                .security().narrative();
        assertThat(narrative).contains("xảy ra 9 vụ, giảm 3 vụ (−25%) so với cùng kỳ năm 2024")
                .contains("thành lập ngày 01/07/2025 trên cơ sở sáp nhập Phường Điện Biên, Phường Quán Thánh");
    }

    @Test
    void figuresForAWardOutsideTheMonthsItExistedAreRejectedWithTheReason() throws IOException {
        Path file = temp.resolve("ha-noi-2025-07.csv");
        Files.writeString(file, """
                ward_code,period,social_order_crimes
                dien-bien,2025-07,1
                phuong-ba-dinh,2025-06,2
                phuong-ba-dinh,2025-07,3
                """, StandardCharsets.UTF_8);

        IngestResult result = ingest.ingest(file, Messages.vietnamese());

        assertThat(result.rowsLoaded()).isEqualTo(1);
        assertThat(jdbc.sql("select reason from ingest_reject order by row_number").query(String.class).list()).containsExactly(
                "phường “dien-bien” hết hiệu lực từ sau ngày 30/06/2025 (đã sáp nhập): số liệu tháng 07/2025 phải nhập cho đơn vị kế thừa phuong-ba-dinh",
                "phường “phuong-ba-dinh” được thành lập từ ngày 01/07/2025: số liệu tháng 06/2025 thuộc đơn vị tiền thân dien-bien, quan-thanh");
    }

    @Test
    void anOrgUnitFileWhosePredecessorOutlivesTheMergerIsRefusedWithItsLine() throws IOException {
        Path file = temp.resolve("org-units.csv");
        Files.writeString(file, """
                code,parent_code,level,name_vi,name_en,valid_from,valid_to,predecessors
                hn,,province,Hà Nội,Ha Noi,,,
                a,hn,ward,Phường A,A ward,,,
                b,hn,ward,Phường B,B ward,,2025-06-30,
                ab,hn,ward,Phường AB,AB ward,01/07/2025,,a;b
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CatalogFiles.readOrgUnits(file)).isInstanceOf(CatalogFileException.class)
                .hasMessage("org-units.csv, dòng 5: đơn vị tiền thân 'a' phải hết hiệu lực trước tháng 2025-07 khi 'ab' bắt đầu");

        Files.writeString(file, """
                code,parent_code,level,name_vi,name_en,valid_from,valid_to,predecessors
                hn,,province,Hà Nội,Ha Noi,,31/02/2025,
                """, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CatalogFiles.readOrgUnits(file))
                .hasMessage("org-units.csv, dòng 2: ngày '31/02/2025' ở cột valid_to không hợp lệ (dùng 2025-07-01 hoặc 01/07/2025)");
    }

    @Test
    void validityAndPredecessorsAreStoredAndReadBack() {
        OrgUnit baDinh = catalogs.load().unit("phuong-ba-dinh").orElseThrow();
        assertThat(baDinh.validFrom()).hasToString("2025-07-01");
        assertThat(baDinh.predecessors()).containsExactly("dien-bien", "quan-thanh");
        assertThat(catalogs.load().unit("dien-bien").orElseThrow().validTo()).hasToString("2025-06-30");
        assertThat(catalogs.load().successors(catalogs.load().unit("quan-thanh").orElseThrow()))
                .extracting(OrgUnit::code).containsExactly("phuong-ba-dinh");
    }
}
