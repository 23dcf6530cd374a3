package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.source.SourceRow;
import org.wardstat.system.Messages;

/** The pieces that find a table in a sheet, in plain Java: titles, names, labels, form profiles, restart. */
class FindingTablesTest {

    static final Catalog CATALOG = new Catalog(CatalogFiles.readIndicators(Path.of("catalog/indicators.csv")),
            CatalogFiles.readOrgUnits(Path.of("sample-data/org-units.csv")));

    @TempDir
    Path temp;

    private final Messages vi = Messages.vietnamese();

    @Test
    void aTitleNamesItsMonthButTheDateOfSigningIsNoMonth() {
        SheetTitle title = SheetTitle.of(List.of(
                row(1, "CÔNG AN TỈNH BẮC KẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                row(2, "CÔNG AN TP BẮC KẠN", "Độc lập - Tự do - Hạnh phúc"),
                row(3, "", "Bắc Kạn, ngày 05 tháng 12 năm 2024"),
                row(5, "BÁO CÁO SỐ LIỆU THÁNG 11/2024"),
                row(6, "(Số liệu tính từ ngày 15/10/2024 đến ngày 14/11/2024)")), CATALOG);

        assertThat(title.month()).map(SheetTitle.Mention::value).contains(YearMonth.of(2024, 11));
        assertThat(title.month()).map(SheetTitle.Mention::row).contains(5L);
        assertThat(title.year()).map(SheetTitle.Mention::value).contains(2024);
        assertThat(title.area(CATALOG)).map(OrgUnit::code).contains("tp-bac-kan");
        assertThat(title.ward()).isEmpty();
    }

    @Test
    void monthsAreReadAsWardsWriteThem() {
        assertThat(SheetTitle.months(SheetTitle.plain("BÁO CÁO THÁNG 11 NĂM 2024"))).containsExactly(YearMonth.of(2024, 11));
        assertThat(SheetTitle.months(SheetTitle.plain("Kỳ báo cáo: T3/2025"))).containsExactly(YearMonth.of(2025, 3));
        assertThat(SheetTitle.months(SheetTitle.plain("Kỳ báo cáo: 2025-03"))).containsExactly(YearMonth.of(2025, 3));
        assertThat(SheetTitle.months(SheetTitle.plain("Tháng 13/2024"))).isEmpty();
        assertThat(SheetTitle.months(SheetTitle.plain("Hà Nội, ngày 5 tháng 1 năm 2025"))).isEmpty();
        assertThat(SheetTitle.of(List.of(row(1, "SỐ LIỆU THÁNG 10/2024 VÀ THÁNG 11/2024")), CATALOG).month()).isEmpty();
        assertThat(TableFinder.month("T1", 2024)).contains(YearMonth.of(2024, 1));
        assertThat(TableFinder.month("Tháng 12", 2024)).contains(YearMonth.of(2024, 12));
        assertThat(TableFinder.month("T1", null)).isEmpty();
        assertThat(TableFinder.month("Tháng 13", 2024)).isEmpty();
    }

    @Test
    void aWardIsItsCodeOrItsNameWrittenAnyWayButOnlyWhenTheNameIsUnique() {
        WardNames names = WardNames.of(CATALOG, null);

        for (String written : List.of("duc-xuan", "Phường Đức Xuân", "P. Đức Xuân", "P.Đức Xuân", "Đức Xuân", "DUC XUAN", "Phuong Duc Xuan",
                "Công an phường Đức Xuân", "Duc Xuan ward", "Đức Xuan")) {
            assertThat(names.resolve(written)).as(written).isEqualTo(new WardNames.Found(CATALOG.unit("duc-xuan").orElseThrow()));
        }
        assertThat(names.resolve("Tổng cộng")).isInstanceOf(WardNames.Unknown.class);
        assertThat(names.resolve("Thành phố Bắc Kạn")).isInstanceOf(WardNames.Unknown.class);
        assertThat(WardNames.of(CATALOG, "ba-dinh").resolve("Phú La")).isInstanceOf(WardNames.OutsideArea.class);
        assertThat(WardNames.exactKey("Phường 01")).isEqualTo(WardNames.exactKey("P.1")).isEqualTo("1");

        Catalog twice = new Catalog(CATALOG.indicators(), List.of(new OrgUnit("vn", null, "country", "Việt Nam", "Viet Nam"),
                new OrgUnit("a", "vn", "district", "Quận A", "A"), new OrgUnit("b", "vn", "district", "Quận B", "B"),
                new OrgUnit("p1-a", "a", "ward", "Phường 1", "Ward 1"), new OrgUnit("p1-b", "b", "ward", "Phường 1", "Ward 1")));
        WardNames.Resolution ambiguous = WardNames.of(twice, null).resolve("P1");
        assertThat(ambiguous).isInstanceOf(WardNames.Ambiguous.class);
        assertThat(WardNames.of(twice, null).reason(ambiguous, "P1", vi))
                .isEqualTo("tên “P1” trùng với 2 phường: Phường 1 (p1-a, Quận A); Phường 1 (p1-b, Quận B); ghi mã đơn vị để chỉ rõ phường");
        assertThat(WardNames.of(twice, "b").resolve("Phường 1")).isEqualTo(new WardNames.Found(twice.unit("p1-b").orElseThrow()));
    }

    @Test
    void labelsAreMatchedWithTheirNumberingAbbreviationsUnitsAndGroupTakenIntoAccount() {
        IndicatorLabels labels = new IndicatorLabels(CATALOG, null);

        assertThat(labels.text("1.1. Tội phạm về TTXH (số vụ xảy ra)")).map(i -> i.code()).contains("social_order_crimes");
        assertThat(labels.text("- Thiệt hại (tỷ đồng)")).isEmpty();
        assertThat(labels.row(12, "- Thiệt hại (tỷ đồng)", "VI. Cháy, nổ")).map(i -> i.code()).contains("fire_damage");
        assertThat(labels.row(8, "a) Số người chết", "Tai nạn giao thông")).map(i -> i.code()).contains("traffic_deaths");
        assertThat(labels.text("Hồ sơ TTHC tiếp nhận")).map(i -> i.code()).contains("admin_procedures_received");
        assertThat(labels.text("Dân số (người)")).map(i -> i.code()).contains("population");
        assertThat(TableFinder.combined(List.of("Tai nạn giao thông", "Tai nạn giao thông", "STT"), List.of("Số vụ", "Số người chết", "STT")))
                .containsExactly("Tai nạn giao thông Số vụ", "Tai nạn giao thông Số người chết", "STT");
    }

    @Test
    void aFormProfileThatCannotBeUsedNamesItsLineAndWhy() throws IOException {
        Path form = temp.resolve("sai.form");
        Files.writeString(form, "sheet = BC-01\nperiod = D5\nrow 9 = social_order_crime\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FormProfile.read(form, CATALOG, vi)).hasMessage(
                "sai.form, dòng 3: không có chỉ tiêu “social_order_crime” trong danh mục chỉ tiêu");
        Files.writeString(form, "period = bốn\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FormProfile.read(form, CATALOG, vi)).hasMessage("sai.form, dòng 1: “bốn” không phải địa chỉ ô (ví dụ D4)");
        Files.writeString(form, "label Tỷ lệ khám phá = clearance_rate\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FormProfile.read(form, CATALOG, vi)).hasMessage(
                "sai.form, dòng 1: “clearance_rate” là tỷ lệ được tính, không nhập trực tiếp");
        Files.writeString(form, "cột D = traffic_accidents\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FormProfile.read(form, CATALOG, vi)).hasMessageStartingWith("sai.form, dòng 1: không hiểu “cột D = traffic_accidents”");

        FormProfile shipped = FormProfile.read(Path.of("forms/bc-01-cong-an-phuong.form"), CATALOG, vi);
        assertThat(shipped.sheet()).isEqualTo("BC-01");
        assertThat(shipped.headerRow()).isEqualTo(7);
        assertThat(shipped.period()).isEqualTo(new FormProfile.Cell(5, 3, "D5"));
        assertThat(shipped.values()).isEqualTo(3);
        assertThat(shipped.labels()).hasSize(15);
    }

    @Test
    void rowsAreWrittenAsRanges() {
        assertThat(SheetNotes.rows(List.of(1L, 2L, 3L, 5L, 6L, 9L))).isEqualTo("1–3, 5–6, 9");
    }

    /**
     * A load restarted after a crash reads again the rows its committed chunks read: it must find
     * the same table, skip the same rows and sum the same totals, so the rows after the restart
     * are the ones a load that never stopped would have read.
     */
    @Test
    void aRestartedReadContinuesWithTheRowsAnUninterruptedReadGives() throws Exception {
        Path file = RealSheetsTest.REAL.resolve("bao-cao-thang-11-2024-tp-bac-kan.xlsx");
        TableFinder.Reading reading = TableFinder.Reading.of(CATALOG, vi);
        List<String> whole = rows(new TableRowReader(file, null, StandardCharsets.UTF_8, reading), new ExecutionContext());
        ExecutionContext afterFour = new ExecutionContext();
        afterFour.putInt("table-rows.read.count", 4);
        List<String> restarted = rows(new TableRowReader(file, null, StandardCharsets.UTF_8, reading), afterFour);

        assertThat(whole).hasSize(7).last().asString().isEqualTo("17 total 9 9");
        assertThat(restarted).isEqualTo(whole.subList(4, whole.size()));
    }

    private static List<String> rows(TableRowReader reader, ExecutionContext context) throws Exception {
        List<String> rows = new ArrayList<>();
        reader.open(context);
        try {
            for (TableRow row = reader.read(); row != null; row = reader.read()) {
                rows.add(row.rowNumber() + (row.total() ? " total " + row.totals().sums().get(2) + " " + row.cell(2) : " " + row.cell(1)));
            }
        } finally {
            reader.close();
        }
        return rows;
    }

    private static SourceRow row(long number, String... cells) {
        return new SourceRow("Sheet1", number, List.of(cells));
    }
}
