package org.wardstat.ingest.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample workbooks committed under {@code src/test/resources/files/} (described in
 * the README there). The committed files are what the tests read; run this only to make them
 * again after changing their content here and in the README:
 * {@code java -cp <test classpath> org.wardstat.ingest.source.XlsxSampleFiles src/test/resources/files}
 */
public final class XlsxSampleFiles {

    private XlsxSampleFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/test/resources/files");
        Files.createDirectories(folder);
        wideVietnameseHeaders(folder.resolve("wide-vietnamese-headers.xlsx"));
        longLayout(folder.resolve("long-layout.xlsx"));
    }

    static void wideVietnameseHeaders(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet data = workbook.createSheet("Số liệu");
            texts(data.createRow(0), "Mã đơn vị", "Tên đơn vị", "Kỳ báo cáo", "Tội phạm về trật tự xã hội (số vụ xảy ra)",
                    "Tai nạn giao thông (số vụ)", "Cháy, nổ (thiệt hại)");
            ward(data.createRow(1), "duc-xuan", "Phường Đức Xuân", 2.0, 1.0, 0.35);
            ward(data.createRow(2), "song-cau", "Phường Sông Cầu", 0.0, 3.0, 0.0);
            ward(data.createRow(3), "xuat-hoa", "Phường Xuất Hóa", 1.0, null, 1.2);
            for (int column = 0; column < 6; column++) {
                data.setColumnWidth(column, (column < 3 ? 18 : 28) * 256);
            }
            Sheet note = workbook.createSheet("Ghi chú");
            texts(note.createRow(0), "Ghi chú");
            texts(note.createRow(1), "Số liệu tháng 01/2025 của các phường thuộc Thành phố Bắc Kạn; ô trống là chưa báo cáo.");
            write(workbook, file);
        }
    }

    static void longLayout(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle month = workbook.createCellStyle();
            month.setDataFormat(workbook.createDataFormat().getFormat("mm/yyyy"));
            Sheet data = workbook.createSheet("Dữ liệu");
            texts(data.createRow(0), "Mã đơn vị", "Kỳ báo cáo", "Chỉ tiêu", "Giá trị", "Ghi chú");
            Object[][] rows = {
                {"duc-xuan", "social_order_crimes", 2.0, null},
                {"duc-xuan", "Tai nạn giao thông (số vụ)", 1.0, "xe máy"},
                {"duc-xuan", "Cháy, nổ (thiệt hại)", 0.35, null},
                {"song-cau", "social_order_crimes", 0.0, null},
                {"song-cau", "Tai nạn giao thông (số vụ)", 3.0, "2 vụ trên quốc lộ 3"},
                {"xuat-hoa", "hotspots", 1.0, "tụ điểm ma túy"},
            };
            for (int i = 0; i < rows.length; i++) {
                Row row = data.createRow(i + 1);
                row.createCell(0).setCellValue((String) rows[i][0]);
                Cell period = row.createCell(1); // a real date, formatted as a month
                period.setCellValue(LocalDate.of(2025, 1, 1));
                period.setCellStyle(month);
                row.createCell(2).setCellValue((String) rows[i][1]);
                row.createCell(3).setCellValue((Double) rows[i][2]);
                if (rows[i][3] != null) {
                    row.createCell(4).setCellValue((String) rows[i][3]);
                }
            }
            write(workbook, file);
        }
    }

    private static void ward(Row row, String code, String name, Double crimes, Double accidents, Double fireDamage) {
        texts(row, code, name, "01/2025");
        Double[] values = {crimes, accidents, fireDamage};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(3 + i).setCellValue(values[i]);
            }
        }
    }

    private static void texts(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void write(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
