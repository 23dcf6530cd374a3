package org.wardstat.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.system.Messages;
import org.wardstat.template.WardTemplateWorkbook;

/**
 * The sheets wards actually send (src/test/resources/files/real, see the README there): each
 * loads to exactly the figures the template filled with the same numbers loads to, through the
 * same load.
 */
class RealSheetsTest extends PipelineTest {

    static final Path REAL = Path.of("src/test/resources/files/real");

    @Autowired
    IngestService ingest;

    @TempDir
    Path temp;

    private final Messages vi = Messages.vietnamese();

    @Test
    void aCityReportWithTitleRowsMergedGroupHeadingsNamesAndATotalRowStoresWhatTheTemplateStores() throws IOException {
        String template = templateFigures(BacKanNovember2024.FIGURES);

        IngestResult result = ingest.ingest(REAL.resolve("bao-cao-thang-11-2024-tp-bac-kan.xlsx"), vi);

        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.rowsWarned()).isZero();
        assertThat(storedFigures()).isEqualTo(template);
        assertThat(count("select count(*) from observation")).isEqualTo(6 * 15);
        assertThat(result.notes()).containsExactly(
                "Đã đọc trang tính: Tháng 11",
                "Trang tính “Tháng 11”: bảng có dòng tiêu đề ở dòng 8–9; bỏ qua 5 dòng phía trên (dòng 1–3, 5–6: tiêu đề, tên cơ quan, ghi chú)",
                "Trang tính “Tháng 11”: kỳ báo cáo 11/2024 lấy từ tiêu đề, dòng 5",
                "Trang tính “Tháng 11”: tên phường được tìm trong Thành phố Bắc Kạn",
                "Trang tính “Tháng 11”: dòng 10 là số thứ tự cột, không đọc",
                "Trang tính “Tháng 11”: bỏ qua dòng 19, 21, 25: không có số liệu (tiêu đề nhóm, ghi chú, chữ ký)",
                "Trang tính “Tháng 11”: dòng tổng 17 không nạp như một phường, được đối chiếu với tổng các dòng phía trên");
    }

    @Test
    void indicatorsAsRowsAndWardsAsColumnsWithHeadingsAndATotalColumnStoreWhatTheTemplateStores() throws IOException {
        String template = templateFigures(BacKanNovember2024.FIGURES);

        IngestResult result = ingest.ingest(REAL.resolve("chi-tieu-theo-dong-thang-11-2024.xlsx"), vi);

        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRejected()).as(rejects()).isZero();
        assertThat(result.rowsWarned()).isZero();
        assertThat(result.rowsRead()).isEqualTo(15);
        assertThat(storedFigures()).isEqualTo(template);
        assertThat(result.notes()).contains("Trang tính “Số liệu các phường”: chỉ tiêu theo dòng, phường theo cột",
                "Trang tính “Số liệu các phường”: kỳ báo cáo 11/2024 lấy từ tiêu đề, dòng 5",
                "Trang tính “Số liệu các phường”: cột tổng “Tổng cộng” (K) không nạp, được đối chiếu với tổng từng dòng");
    }

    @Test
    void aCsvSavedFromExcelWithATitleNamesAndACongRowStoresWhatTheTemplateStores() throws IOException {
        Map<String, List<BigDecimal>> figures = subset("social_order_crimes", "social_order_crimes_cleared", "traffic_accidents",
                "fire_damage", "admin_procedures_received", "admin_procedures_on_time", "admin_procedures_early");
        String template = templateFigures(figures);

        IngestResult result = ingest.ingest(REAL.resolve("bao-cao-thang-11-2024.csv"), vi);

        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRejected()).as(rejects()).isZero();
        assertThat(result.rowsWarned()).isZero();
        assertThat(storedFigures()).isEqualTo(template);
        assertThat(result.notes()).contains("Bảng số liệu: kỳ báo cáo 11/2024 lấy từ tiêu đề, dòng 2",
                "Bảng số liệu: dòng tổng 11 không nạp như một phường, được đối chiếu với tổng các dòng phía trên");
    }

    @Test
    void aWardsYearWithMonthsAsColumnsStoresWhatTheSampleStoresForThatWardAndYear() throws IOException {
        ingest.ingest(SAMPLES.resolve("statistics/bac-kan-2022-2024.csv"), vi);
        String sample = storedFigures("""
                org_unit_code = 'duc-xuan' and extract(year from period) = 2024
                and indicator_code in ('social_order_crimes', 'social_order_crimes_cleared', 'traffic_accidents',
                                       'crime_reports_received', 'admin_procedures_received', 'population')""");
        clearFigures();

        IngestResult result = ingest.ingest(REAL.resolve("phuong-duc-xuan-nam-2024.xlsx"), vi);

        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(result.rowsRejected()).as(rejects()).isZero();
        // the "Cộng" column adds up the flows; for the population (a stock) it repeats December, and is not checked
        assertThat(result.rowsWarned()).isZero();
        assertThat(storedFigures()).isEqualTo(sample);
        assertThat(count("select count(*) from observation")).isEqualTo(6 * 12);
        assertThat(result.notes()).contains("Trang tính “Năm 2024”: chỉ tiêu theo dòng, tháng theo cột",
                "Trang tính “Năm 2024”: đơn vị duc-xuan lấy từ tiêu đề, dòng 2");
    }

    @Test
    void aFormWardstatCannotRecogniseLoadsWithItsProfile() throws IOException {
        Map<String, List<BigDecimal>> figures = new java.util.LinkedHashMap<>();
        BacKanNovember2024.FIGURES.forEach((indicator, values) -> figures.put(indicator, values.subList(0, 1)));
        String template = templateFigures(figures).lines().filter(line -> line.startsWith("duc-xuan")).reduce("", (a, b) -> a + b + "\n");
        Path file = REAL.resolve("bieu-bc01-duc-xuan-thang-11-2024.xlsx");

        IngestResult without = ingest.ingest(file, vi);
        FormProfile form = FormProfile.read(Path.of("forms/bc-01-cong-an-phuong.form"), catalogs.load(), vi);
        IngestResult with = ingest.ingest(file, new IngestService.Options(null, null, null, null, form, null), vi);

        assertThat(without.outcome()).isEqualTo(IngestResult.Outcome.REFUSED);
        assertThat(with.outcome()).as(String.valueOf(with.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(with.rowsRejected()).as(rejects()).isZero();
        assertThat(with.rowsRead()).isEqualTo(15);
        assertThat(storedFigures()).isEqualTo(template);
        assertThat(with.notes()).contains("Trang tính “BC-01”: kỳ báo cáo 11/2024 lấy từ ô D5",
                "Trang tính “BC-01”: đơn vị CÔNG AN PHƯỜNG ĐỨC XUÂN lấy từ ô A2",
                "Trang tính “BC-01”: không đọc cột “Cùng kỳ năm trước” (E), “Tăng (+), giảm (-)” (F)");
    }

    @Test
    void aTotalThatDiffersFromItsRowsIsAWarningAndTheWardsStillLoad() throws IOException {
        String template = templateFigures(BacKanNovember2024.FIGURES);

        IngestResult result = ingest.ingest(REAL.resolve("tong-cong-sai.xlsx"), vi);

        assertThat(result.outcome()).as(String.valueOf(result.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(storedFigures()).isEqualTo(template);
        assertThat(result.rowsWarned()).isEqualTo(1);
        assertThat(jdbc.sql("select row_number || ' ' || column_name || ' ' || cell_value || ' ' || rule_code || ': ' || message from ingest_warning")
                .query(String.class).list())
                .containsExactly("17 Tai nạn giao thông Số vụ 6 total-mismatch: dòng tổng ghi 6 ở cột “Tai nạn giao thông Số vụ”, "
                        + "nhưng tổng 6 dòng phía trên (dòng 11–16) là 5 (chênh 1)");
        assertThat(Files.readString(result.warningFile())).contains("tong-cong-sai.xlsx,Tháng 11,17,Tai nạn giao thông Số vụ,6,total-mismatch");
    }

    @Test
    void aWardNameTheAreaHasTwiceIsRejectedWithBothCandidatesAndTheTitleOrAnAreaSaysWhichIsMeant() throws IOException {
        addSongCauOfThaiNguyen();
        Path file = temp.resolve("ten-phuong.csv");
        Files.writeString(file, """
                Tên đơn vị,Kỳ báo cáo,Tai nạn giao thông (số vụ)
                Sông Cầu,11/2024,1
                Đức Xuân,11/2024,1
                Phường Đức Xuan,11/2024,1
                DUC XUAN,12/2024,2
                Phường Đức Xuân Mới,11/2024,1
                Phường Ba Đình,11/2024,3
                """);

        IngestResult anywhere = ingest.ingest(file, vi);

        // Đức Xuân in November (the same value in two rows, each new to the database) and in December
        assertThat(anywhere.rowsLoaded()).isEqualTo(3);
        assertThat(jdbc.sql("select row_number || ' ' || reason_code || ': ' || reason from ingest_reject order by row_number")
                .query(String.class).list()).containsExactly(
                "2 ward.ambiguous: tên “Sông Cầu” trùng với 2 phường: Phường Sông Cầu (song-cau, Thành phố Bắc Kạn); "
                        + "Phường Sông Cầu (song-cau-tn, Thành phố Thái Nguyên); ghi mã đơn vị để chỉ rõ phường",
                "6 ward.unknown-name: không có phường tên “Phường Đức Xuân Mới”; tên gần giống: Phường Đức Xuân (duc-xuan, Thành phố Bắc Kạn)",
                "7 ward.not-yet: phường “phuong-ba-dinh” được thành lập từ ngày 01/07/2025: số liệu tháng 11/2024 thuộc đơn vị tiền thân dien-bien, quan-thanh");

        clearFigures();
        IngestResult inBacKan = ingest.ingest(file, new IngestService.Options(null, null, null, "tp-bac-kan", null, null), vi);

        assertThat(inBacKan.rowsRejected()).isEqualTo(2);
        assertThat(jdbc.sql("select value::int from observation where org_unit_code = 'song-cau'").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select reason from ingest_reject where source_file_id = :f and row_number = 7")
                .param("f", inBacKan.sourceFileId()).query(String.class).single())
                .isEqualTo("không có phường tên “Phường Ba Đình” thuộc Thành phố Bắc Kạn; phường cùng tên ở nơi khác: "
                        + "Phường Ba Đình (phuong-ba-dinh, Thành phố Hà Nội)");

        clearFigures();
        IngestResult titled = ingest.ingest(REAL.resolve("bao-cao-thang-11-2024-tp-bac-kan.xlsx"), vi);
        assertThat(titled.rowsRejected()).isZero(); // its title says Thành phố Bắc Kạn: P.Sông Cầu is that city's
        assertThat(count("select count(*) from observation where org_unit_code = 'song-cau'")).isEqualTo(15);
    }

    @Test
    void aSheetWhoseMonthCannotBeToldIsRefusedAndLoadsWithPeriod() throws IOException {
        Path file = temp.resolve("khong-ghi-thang.csv");
        Files.writeString(file, """
                CÔNG AN THÀNH PHỐ BẮC KẠN
                Số liệu an ninh, trật tự các phường

                Tên đơn vị,Tai nạn giao thông (số vụ),Tệ nạn xã hội
                Đức Xuân,1,0
                Sông Cầu,2,1
                """);

        IngestResult refused = ingest.ingest(file, vi);
        IngestResult given = ingest.ingest(file, new IngestService.Options(null, null, YearMonth.of(2024, 11), null, null, null), vi);

        assertThat(refused.outcome()).isEqualTo(IngestResult.Outcome.REFUSED);
        assertThat(refused.message()).isEqualTo("Tệp khong-ghi-thang.csv, dòng 4: không xác định được kỳ báo cáo: bảng không có cột kỳ báo cáo "
                + "và tiêu đề không ghi tháng; ghi tháng vào tiêu đề (ví dụ “BÁO CÁO SỐ LIỆU THÁNG 11/2024”) hoặc cho biết tháng khi nạp "
                + "(--period 2024-11, hay ô “Tháng” của trang nạp tệp). "
                + "Không nạp dòng nào.");
        assertThat(given.outcome()).as(String.valueOf(given.message())).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(given.notes()).contains("Bảng số liệu: kỳ báo cáo 11/2024 lấy từ tham số --period");
        assertThat(storedFigures()).isEqualTo("""
                duc-xuan 2024-11 social_evils 0
                duc-xuan 2024-11 traffic_accidents 1
                song-cau 2024-11 social_evils 1
                song-cau 2024-11 traffic_accidents 2
                """);
    }

    @Test
    void aTitleMonthThatDisagreesWithPeriodIsRefused() throws IOException {
        IngestResult result = ingest.ingest(REAL.resolve("bao-cao-thang-11-2024.csv"),
                new IngestService.Options(null, null, YearMonth.of(2024, 10), null, null, null), vi);

        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.REFUSED);
        assertThat(result.message()).isEqualTo("Tệp bao-cao-thang-11-2024.csv, dòng 2: tiêu đề ghi tháng 11/2024 nhưng tham số --period là tháng 10/2024. "
                + "Không nạp dòng nào.");
        assertThat(count("select count(*) from source_file")).isZero();
    }

    @Test
    void aWardColumnThatNamesTwoWardsRefusesATransposedSheetWithTheCandidates() throws IOException {
        addSongCauOfThaiNguyen();
        Path file = temp.resolve("theo-cot.csv");
        Files.writeString(file, """
                SỐ LIỆU THÁNG 11/2024
                Chỉ tiêu,Đức Xuân,Huyền Tụng,Sông Cầu
                Tai nạn giao thông (số vụ),1,0,2
                """);

        IngestResult result = ingest.ingest(file, vi);

        assertThat(result.outcome()).isEqualTo(IngestResult.Outcome.REFUSED);
        assertThat(result.message()).isEqualTo("Tệp theo-cot.csv, dòng 2: cột D “Sông Cầu”: tên “Sông Cầu” trùng với 2 phường: "
                + "Phường Sông Cầu (song-cau, Thành phố Bắc Kạn); Phường Sông Cầu (song-cau-tn, Thành phố Thái Nguyên); "
                + "ghi mã đơn vị để chỉ rõ phường. Không nạp dòng nào.");
    }

    @Test
    void twoColumnsForTheSameWardOrIndicatorRefuseTheSheet() throws IOException {
        Path wards = temp.resolve("hai-cot.csv");
        Files.writeString(wards, "SỐ LIỆU THÁNG 11/2024\nChỉ tiêu,Đức Xuân,Huyền Tụng,P. Đức Xuân\nTệ nạn xã hội,1,0,2\n");
        Path indicators = temp.resolve("hai-chi-tieu.csv");
        Files.writeString(indicators, "SỐ LIỆU THÁNG 11/2024\nĐơn vị,Tệ nạn xã hội,TNGT (số vụ),Tai nạn giao thông (số vụ)\nĐức Xuân,1,0,2\n");

        IngestResult twoWards = ingest.ingest(wards, vi);
        IngestResult twoIndicators = ingest.ingest(indicators, vi);

        assertThat(twoWards.message()).isEqualTo("Tệp hai-cot.csv, dòng 2: cột B “Đức Xuân” và cột D “P. Đức Xuân” là cùng một chỉ tiêu, "
                + "phường hay tháng: không biết số liệu nào đúng. Không nạp dòng nào.");
        assertThat(twoIndicators.message()).isEqualTo("Tệp hai-chi-tieu.csv, dòng 2: cột C “TNGT (số vụ)” và cột D “Tai nạn giao thông (số vụ)” "
                + "là cùng một chỉ tiêu, phường hay tháng: không biết số liệu nào đúng. Không nạp dòng nào.");
        assertThat(count("select count(*) from observation")).isZero();
    }

    // ---- helpers

    /** The figures the template of Thành phố Bắc Kạn for November 2024 stores, filled with these numbers. */
    private String templateFigures(Map<String, List<BigDecimal>> figures) throws IOException {
        Catalog catalog = catalogs.load();
        OrgUnit area = catalog.unit("tp-bac-kan").orElseThrow();
        Path template = temp.resolve("mau-" + System.nanoTime() + ".xlsx");
        WardTemplateWorkbook.write(template, area, catalog.wardsUnder(area), catalog.indicators(), YearMonth.of(2024, 11), vi);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet data = workbook.getSheet("Số liệu");
            Row header = data.getRow(0);
            for (int c = 3; c < header.getLastCellNum(); c++) {
                String code = catalog.indicatorByHeader(header.getCell(c).getStringCellValue()).orElseThrow().code();
                for (int r = 1; r <= data.getLastRowNum(); r++) {
                    int ward = BacKanNovember2024.WARDS.indexOf(data.getRow(r).getCell(0).getStringCellValue());
                    List<BigDecimal> values = figures.get(code);
                    if (values != null && ward >= 0 && ward < values.size()) {
                        data.getRow(r).createCell(c).setCellValue(values.get(ward).doubleValue());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(template)) {
                workbook.write(out);
            }
        }
        IngestResult loaded = ingest.ingest(template, vi);
        assertThat(loaded.rowsRejected()).as("the template loads whole").isZero();
        String stored = storedFigures();
        clearFigures();
        return stored;
    }

    private static Map<String, List<BigDecimal>> subset(String... indicators) {
        Map<String, List<BigDecimal>> figures = new java.util.LinkedHashMap<>();
        for (String indicator : indicators) {
            figures.put(indicator, BacKanNovember2024.FIGURES.get(indicator));
        }
        return figures;
    }

    private String storedFigures() {
        return storedFigures("true");
    }

    private String storedFigures(String where) {
        return String.join("", jdbc.sql("""
                select org_unit_code || ' ' || to_char(period, 'YYYY-MM') || ' ' || indicator_code || ' ' || trim_scale(value) || E'\\n'
                from observation where %s order by org_unit_code, period, indicator_code
                """.formatted(where)).query(String.class).list());
    }

    private void clearFigures() {
        jdbc.sql("truncate observation, observation_revision, submission").update();
    }

    private String rejects() {
        return String.join("\n", jdbc.sql("select row_number || ' ' || column_name || ' ' || reason from ingest_reject order by id")
                .query(String.class).list());
    }

    private void addSongCauOfThaiNguyen() {
        catalogs.saveOrgUnits(List.of(
                new OrgUnit("thai-nguyen", "vn", "province", "Tỉnh Thái Nguyên", "Thai Nguyen province"),
                new OrgUnit("tp-thai-nguyen", "thai-nguyen", "district", "Thành phố Thái Nguyên", "Thai Nguyen city"),
                new OrgUnit("song-cau-tn", "tp-thai-nguyen", "ward", "Phường Sông Cầu", "Song Cau ward")));
    }
}
