package org.wardstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    @TempDir
    Path folder;

    static List<SourceRow> readAll(TableReader reader) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        for (SourceRow row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    private static SourceRow row(String sheet, long number, String... cells) {
        return new SourceRow(sheet, number, List.of(cells));
    }

    /**
     * Sheet "Số liệu" written by XSSF (strings in the shared-strings table), sheet "Ghi chú"
     * written by SXSSF (inline strings), with blank cells and a blank row in between.
     */
    private Path twoSheetWorkbook() throws IOException {
        Path file = folder.resolve("hai-trang.xlsx");
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet data = workbook.createSheet("Số liệu");
        CellStyle monthFormat = workbook.createCellStyle();
        monthFormat.setDataFormat(workbook.createDataFormat().getFormat("mm/yyyy"));
        CellStyle grouped = workbook.createCellStyle();
        grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));

        texts(data.createRow(0), "Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Tội phạm về trật tự xã hội (số vụ xảy ra)",
                "Cháy, nổ (thiệt hại)", "Ghi chú");
        Row ducXuan = data.createRow(1);
        texts(ducXuan, "duc-xuan", "Phường Đức Xuân");
        Cell period = ducXuan.createCell(2);
        period.setCellValue(LocalDate.of(2025, 1, 1));
        period.setCellStyle(monthFormat);
        Cell crimes = ducXuan.createCell(3);
        crimes.setCellValue(1234);
        crimes.setCellStyle(grouped); // shown as 1,234 in Excel, read as the number stored
        ducXuan.createCell(4).setCellValue(0.35);
        ducXuan.createCell(5).setCellValue("  có mưa lớn, đường trơn  ");

        Row blank = data.createRow(2); // blank cells only: not a row of data
        blank.createCell(0).setCellValue("");
        blank.createCell(3).setBlank();
        blank.createCell(4).setCellValue("   ");

        Row songCau = data.createRow(4); // row 4 does not exist at all
        texts(songCau, "song-cau");
        songCau.createCell(2).setCellValue("01/2025");
        songCau.createCell(3).setCellValue(12.0);
        songCau.createCell(4).setCellValue(1.234);

        Row xuatHoa = data.createRow(5);
        texts(xuatHoa, "xuat-hoa", "Phường Xuất Hóa", "T1/2025");
        xuatHoa.createCell(3).setCellFormula("2+3");
        xuatHoa.createCell(4).setCellValue(true);
        xuatHoa.createCell(7).setCellValue("cột H");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        try (SXSSFWorkbook streaming = new SXSSFWorkbook(workbook); OutputStream out = Files.newOutputStream(file)) {
            Sheet notes = streaming.createSheet("Ghi chú");
            texts(notes.createRow(0), "Ghi chú");
            texts(notes.createRow(2), "", "Số liệu tháng 01/2025 đã được đối chiếu với sổ theo dõi.");
            streaming.write(out);
            streaming.dispose();
        }
        return file;
    }

    private static void texts(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    @Test
    void readsEverySheetInOrderWithRowNumbersAsExcelShowsThem() throws IOException {
        Path file = twoSheetWorkbook();

        try (XlsxTableReader reader = new XlsxTableReader(file, null)) {
            assertThat(reader.sheetNames()).containsExactly("Số liệu", "Ghi chú");
            assertThat(readAll(reader)).containsExactly(
                    row("Số liệu", 1, "Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Tội phạm về trật tự xã hội (số vụ xảy ra)",
                            "Cháy, nổ (thiệt hại)", "Ghi chú"),
                    row("Số liệu", 2, "duc-xuan", "Phường Đức Xuân", "2025-01", "1234", "0,35", "có mưa lớn, đường trơn"),
                    row("Số liệu", 5, "song-cau", "", "01/2025", "12", "1,234"),
                    row("Số liệu", 6, "xuat-hoa", "Phường Xuất Hóa", "T1/2025", "5", "TRUE", "", "", "cột H"),
                    row("Ghi chú", 1, "Ghi chú"),
                    row("Ghi chú", 3, "", "Số liệu tháng 01/2025 đã được đối chiếu với sổ theo dõi."));
            assertThat(reader.next()).as("after the end").isNull();
        }
    }

    @Test
    void theTestWorkbookHoldsBothSharedAndInlineStrings() throws IOException {
        Path file = twoSheetWorkbook();

        try (ZipFile zip = new ZipFile(file.toFile())) {
            String first = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes());
            String second = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet2.xml")).readAllBytes());
            assertThat(first).contains("t=\"s\"").doesNotContain("inlineStr");
            assertThat(second).contains("t=\"inlineStr\"");
        }
    }

    @Test
    void readsOneSheetChosenByNameInAnyCase() throws IOException {
        Path file = twoSheetWorkbook();

        try (XlsxTableReader reader = new XlsxTableReader(file, "GHI CHÚ")) {
            assertThat(reader.sheetNames()).containsExactly("Ghi chú");
            assertThat(readAll(reader)).containsExactly(
                    row("Ghi chú", 1, "Ghi chú"),
                    row("Ghi chú", 3, "", "Số liệu tháng 01/2025 đã được đối chiếu với sổ theo dõi."));
        }
    }

    @Test
    void namesTheSheetsThereAreWhenTheOneAskedForIsMissing() throws IOException {
        Path file = twoSheetWorkbook();

        assertThatThrownBy(() -> new XlsxTableReader(file, "Tháng 2"))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.reasonCode()).isEqualTo("file.xlsx-no-sheet");
                    assertThat(e.detail()).isEqualTo("Tháng 2; sheets: Số liệu, Ghi chú");
                });
    }

    @Test
    void writesNumbersPlainWithADecimalCommaWhateverTheirDisplayFormat() throws IOException {
        Path file = folder.resolve("so.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Số");
            Object[][] cells = {
                {1234.0, "General"}, {1234.0, "#,##0"}, {0.35, "0%"}, {12.0, "0.00"}, {1.234, "General"},
                {47062000.0, "#,##0"}, {0.00001, "General"}, {-3.0, "General"}, {1e20, "General"}, {1.5, "0"},
            };
            for (int i = 0; i < cells.length; i++) {
                Cell cell = sheet.createRow(i).createCell(0);
                cell.setCellValue((Double) cells[i][0]);
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat((String) cells[i][1]));
                cell.setCellStyle(style);
            }
            // stored as 0.30000000000000004, shown by Excel (15 significant digits) as 0.3
            sheet.createRow(cells.length).createCell(0).setCellFormula("0.1+0.2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        try (XlsxTableReader reader = new XlsxTableReader(file, null)) {
            assertThat(readAll(reader)).extracting(r -> r.cells().get(0)).containsExactly(
                    "1234", "1234", "0,35", "12", "1,234", "47062000", "0,00001", "-3", "100000000000000000000", "1,5", "0,3");
        }
    }

    @Test
    void readsDatesOfAWorkbookCountingFrom1904AsTheSameMonth() throws IOException {
        Path file = folder.resolve("mac.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            assertThat(workbook.isDate1904()).isTrue();
            CellStyle monthFormat = workbook.createCellStyle();
            monthFormat.setDataFormat(workbook.createDataFormat().getFormat("mm/yyyy"));
            Cell cell = workbook.createSheet("Số liệu").createRow(0).createCell(0);
            cell.setCellValue(LocalDate.of(2024, 3, 1));
            cell.setCellStyle(monthFormat);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        try (XlsxTableReader reader = new XlsxTableReader(file, null)) {
            assertThat(readAll(reader)).containsExactly(row("Số liệu", 1, "2024-03"));
        }
    }

    @Test
    void readsAMinimalWorkbookWrittenByAnotherProgram() throws IOException {
        // no styles, no "r" on rows and cells, strings both inline and shared
        Path file = folder.resolve("khac.xlsx");
        HandMadeXlsx.write(file, "Trang 1", HandMadeXlsx.sheet(
                "<row><c t=\"inlineStr\"><is><t>Mã đơn vị</t></is></c><c t=\"s\"><v>0</v></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>kim-ma</t></is></c><c><v>7</v></c><c><v>2.5</v></c></row>"
                        + "<row r=\"5\"><c r=\"C5\" t=\"b\"><v>0</v></c></row>"),
                out -> out.write(("<sst xmlns=\"" + HandMadeXlsx.MAIN_NS + "\" count=\"1\" uniqueCount=\"1\">"
                        + "<si><t>Tội phạm về ma túy</t></si></sst>").getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        try (XlsxTableReader reader = new XlsxTableReader(file, null)) {
            assertThat(readAll(reader)).containsExactly(
                    row("Trang 1", 1, "Mã đơn vị", "Tội phạm về ma túy"),
                    row("Trang 1", 2, "kim-ma", "7", "2,5"),
                    row("Trang 1", 5, "", "", "FALSE"));
        }
    }

    @Test
    void aWorkbookWithNoRowsHasNone() throws IOException {
        Path file = folder.resolve("trong.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Trống");
            workbook.write(out);
        }

        try (XlsxTableReader reader = new XlsxTableReader(file, null)) {
            assertThat(reader.next()).isNull();
        }
    }
}
