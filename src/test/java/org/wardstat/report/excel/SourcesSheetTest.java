package org.wardstat.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.wardstat.report.ReportContent;
import org.wardstat.report.ReportContent.SourceFigure;
import org.wardstat.report.ReportContent.SourceRow;
import org.wardstat.system.Messages;

/** The sheet "Nguồn số liệu" as a reader opens it: each value's row, then the sentence and the total. */
class SourcesSheetTest {

    private static ReportContent withSources(ReportContent c, List<SourceFigure> sources) {
        return new ReportContent(c.kind(), c.vietnamese(), c.unitCode(), c.unitName(), c.periodCode(), c.letterhead(), c.security(),
                c.attainment(), c.area(), c.closing(), c.provenance(), sources);
    }

    private static List<SourceFigure> figures() {
        return List.of(
                new SourceFigure("social_order_crimes", "Tội phạm về trật tự xã hội (số vụ xảy ra)",
                        "Tổng 2 tháng của 2 phường: 7 vụ = số in trên báo cáo", ReportFixtures.n("7"), true, List.of(
                        new SourceRow("Phường Đức Xuân", "duc-xuan", "Phường Đức Xuân", "2025-01", "Tội phạm về trật tự xã hội (số vụ xảy ra)",
                                ReportFixtures.n("3"), "bac-kan.xlsx", "Tháng 1", 7, 12, "04/01/2026 08:15",
                                "sửa 2 → 3: bac-kan-cu.csv, dòng 4 → bac-kan.xlsx, trang “Tháng 1”, dòng 7 (04/01/2026 08:15)"),
                        new SourceRow("Phường Ba Đình", "dien-bien", "Phường Điện Biên", "2025-02", "Tội phạm về trật tự xã hội (số vụ xảy ra)",
                                ReportFixtures.n("4"), "ha-noi.csv", "", 31, 9, "03/01/2026 10:00", ""))),
                new SourceFigure("clearance_rate", "Tỷ lệ khám phá", "Tỷ lệ = 3 / 4 × 100 = 75% = số in trên báo cáo",
                        ReportFixtures.n("75"), true, List.of(
                        new SourceRow("Phường Đức Xuân", "duc-xuan", "Phường Đức Xuân", "2025-01", "Số vụ khám phá",
                                ReportFixtures.n("3"), "bac-kan.xlsx", "Tháng 1", null, 12, "04/01/2026 08:15", ""))));
    }

    private static XSSFWorkbook roundTrip(ReportContent content, Messages messages) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReportWorkbook.write(content, messages, bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static List<String> texts(XSSFRow row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                : cell.getStringCellValue()));
        return texts;
    }

    @Test
    void eachValueHasItsFileSheetRowAndLoadAndEachFigureItsSum() throws IOException {
        try (XSSFWorkbook workbook = roundTrip(withSources(ReportFixtures.area(), figures()), Messages.vietnamese())) {
            XSSFSheet sheet = workbook.getSheet("Nguồn số liệu");
            assertThat(sheet).isNotNull();
            assertThat(workbook.getSheetIndex(sheet)).isEqualTo(workbook.getNumberOfSheets() - 1);
            assertThat(texts(sheet.getRow(0))).containsExactly("Chỉ tiêu báo cáo", "Tính cho", "Mã phường", "Phường", "Tháng",
                    "Chỉ tiêu lưu", "Giá trị", "Tệp", "Trang tính", "Dòng", "Lần nạp", "Nạp lúc", "Lần sửa");
            assertThat(texts(sheet.getRow(1))).containsExactly("Tội phạm về trật tự xã hội (số vụ xảy ra)", "Phường Đức Xuân", "duc-xuan",
                    "Phường Đức Xuân", "2025-01", "Tội phạm về trật tự xã hội (số vụ xảy ra)", "3", "bac-kan.xlsx", "Tháng 1", "7", "12",
                    "04/01/2026 08:15", "sửa 2 → 3: bac-kan-cu.csv, dòng 4 → bac-kan.xlsx, trang “Tháng 1”, dòng 7 (04/01/2026 08:15)");
            // a predecessor's month counts for the merged ward; a CSV file has no sheet
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Phường Ba Đình");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Phường Điện Biên");
            assertThat(sheet.getRow(2).getCell(8).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(sheet.getRow(2).getCell(9).getNumericCellValue()).isEqualTo(31);
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Tổng 2 tháng của 2 phường: 7 vụ = số in trên báo cáo");
            assertThat(sheet.getRow(3).getCell(SourcesSheet.VALUE).getNumericCellValue()).isEqualTo(7);
            // a value loaded before rows were kept has an empty row cell
            assertThat(sheet.getRow(4).getCell(9)).isNull();
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Tỷ lệ = 3 / 4 × 100 = 75% = số in trên báo cáo");
            assertThat(sheet.getRow(5).getCell(SourcesSheet.VALUE).getNumericCellValue()).isEqualTo(75);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    @Test
    void inEnglishTheSheetIsSourcesAndAReportWithoutThemHasNone() throws IOException {
        try (XSSFWorkbook english = roundTrip(withSources(ReportFixtures.area(), figures()), Messages.forLanguage("en"));
             XSSFWorkbook without = roundTrip(ReportFixtures.ward(), Messages.vietnamese())) {
            assertThat(english.getSheet("Sources").getRow(0).getCell(9).getStringCellValue()).isEqualTo("Row");
            assertThat(without.getSheet("Nguồn số liệu")).isNull();
        }
    }
}
