package org.wardstat.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wardstat.catalog.Indicator;
import org.wardstat.ingest.PeriodParser;
import org.wardstat.ingest.ValueParser;
import org.wardstat.ingest.source.SourceRow;
import org.wardstat.ingest.source.XlsxTableReader;

/** A template filled in as a ward would, read back the way wardstat loads workbooks. */
class WardTemplateRoundTripTest {

    @TempDir
    Path folder;

    private static int column(String code) {
        List<Indicator> typed = BacKanTemplate.typedIndicators();
        for (int i = 0; i < typed.size(); i++) {
            if (typed.get(i).code().equals(code)) {
                return 3 + i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private Path filledTemplate() throws IOException {
        Path template = BacKanTemplate.write(folder.resolve("mau.xlsx"), "vi");
        Path filled = folder.resolve("duc-xuan-song-cau-2025-01.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Số liệu");
            Row ducXuan = sheet.getRow(1);
            ducXuan.getCell(column("social_order_crimes")).setCellValue(2);
            ducXuan.getCell(column("traffic_accidents")).setCellValue(1);
            ducXuan.getCell(column("fire_damage")).setCellValue(0.35);
            ducXuan.getCell(column("population")).setCellValue(12345);
            Row songCau = sheet.getRow(6);
            songCau.getCell(column("social_order_crimes")).setCellValue(0);
            songCau.getCell(column("hotspots")).setCellValue(3);
            try (OutputStream out = Files.newOutputStream(filled)) {
                workbook.write(out);
            }
        }
        return filled;
    }

    private static List<String> wardRow(String code, String name, Object... codesAndValues) {
        List<String> cells = new ArrayList<>(List.of(code, name, "01/2025"));
        int last = 2;
        for (int i = 0; i < codesAndValues.length; i += 2) {
            last = Math.max(last, column((String) codesAndValues[i]));
        }
        cells.addAll(Collections.nCopies(last - 2, ""));
        for (int i = 0; i < codesAndValues.length; i += 2) {
            cells.set(column((String) codesAndValues[i]), (String) codesAndValues[i + 1]);
        }
        return cells;
    }

    @Test
    void readsBackWhatTheWardTypedAndNothingForWhatItLeftBlank() throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (XlsxTableReader reader = new XlsxTableReader(filledTemplate(), "Số liệu")) {
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }

        assertThat(rows).extracting(SourceRow::sheet).containsOnly("Số liệu");
        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(rows.get(0).cells()).startsWith("Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo",
                "Tội phạm về trật tự xã hội (số vụ xảy ra)").hasSize(3 + 28);
        assertThat(rows.get(1).cells()).isEqualTo(wardRow("duc-xuan", "Phường Đức Xuân",
                "social_order_crimes", "2", "traffic_accidents", "1", "fire_damage", "0,35", "population", "12345"));
        assertThat(rows.get(2).cells()).containsExactly("phung-chi-kien", "Phường Phùng Chí Kiên", "01/2025");
        assertThat(rows.get(5).cells()).containsExactly("xuat-hoa", "Phường Xuất Hóa", "01/2025");
        assertThat(rows.get(6).cells()).isEqualTo(wardRow("song-cau", "Phường Sông Cầu",
                "social_order_crimes", "0", "hotspots", "3"));
    }

    @Test
    void theCellsReadAreWhatTheLoaderAccepts() throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (XlsxTableReader reader = new XlsxTableReader(filledTemplate(), "số liệu")) {
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        List<String> ducXuan = rows.get(1).cells();

        assertThat(PeriodParser.parse(ducXuan.get(2))).contains(YearMonth.of(2025, 1));
        assertThat(ValueParser.parse(ducXuan.get(column("fire_damage")), false))
                .isEqualTo(new ValueParser.Number(new java.math.BigDecimal("0.35")));
        assertThat(ValueParser.parse(ducXuan.get(column("population")), true))
                .isEqualTo(new ValueParser.Number(new java.math.BigDecimal("12345")));
    }

    @Test
    void readingEverySheetAlsoGivesTheInstructionsAfterTheData() throws IOException {
        List<String> sheets = new ArrayList<>();
        try (XlsxTableReader reader = new XlsxTableReader(filledTemplate(), null)) {
            assertThat(reader.sheetNames()).containsExactly("Số liệu", "Hướng dẫn");
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                if (!sheets.contains(row.sheet())) {
                    sheets.add(row.sheet());
                }
            }
        }
        assertThat(sheets).containsExactly("Số liệu", "Hướng dẫn");
    }
}
