package org.wardstat.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sheets under {@code src/test/resources/files/real/} the way ward and city police
 * offices lay them out in Excel: agency lines and a title above the table, a date line, group
 * headings merged over their sub-headings, a row numbering the columns, ward names instead of
 * codes, a "Tổng cộng" row or column of SUM formulas, notes and a signature block below. The
 * files are then opened and saved again by LibreOffice (see the README there), so what is
 * committed is a spreadsheet application's own file, with the formulas' computed values in it.
 * {@code java -cp <test classpath> org.wardstat.ingest.RealSheetFiles OUT_FOLDER}
 */
public final class RealSheetFiles {

    private static final String[] NAMES_AS_TYPED = {"Phường Đức Xuân", "P. Phùng Chí Kiên", "Huyền Tụng", "Nguyễn Thị Minh Khai",
            "Phuong Xuat Hoa", "P.Sông Cầu"};

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle plain;
    private final CellStyle bold;
    private final CellStyle italic;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle cell;
    private final CellStyle number;
    private final CellStyle decimal;
    private final CellStyle totalText;
    private final CellStyle totalNumber;

    private RealSheetFiles() {
        plain = style(false, false, 13, false, HorizontalAlignment.LEFT);
        bold = style(true, false, 13, false, HorizontalAlignment.CENTER);
        italic = style(false, true, 13, false, HorizontalAlignment.CENTER);
        title = style(true, false, 14, false, HorizontalAlignment.CENTER);
        header = style(true, false, 11, true, HorizontalAlignment.CENTER);
        cell = style(false, false, 12, true, HorizontalAlignment.LEFT);
        number = style(false, false, 12, true, HorizontalAlignment.RIGHT);
        decimal = style(false, false, 12, true, HorizontalAlignment.RIGHT);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        totalText = style(true, false, 12, true, HorizontalAlignment.CENTER);
        totalNumber = style(true, false, 12, true, HorizontalAlignment.RIGHT);
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/real-sheets");
        Files.createDirectories(folder);
        new RealSheetFiles().cityReport(false).write(folder.resolve("bao-cao-thang-11-2024-tp-bac-kan.xlsx"));
        new RealSheetFiles().cityReport(true).write(folder.resolve("tong-cong-sai.xlsx"));
        new RealSheetFiles().indicatorsAsRows().write(folder.resolve("chi-tieu-theo-dong-thang-11-2024.xlsx"));
        new RealSheetFiles().wardYear().write(folder.resolve("phuong-duc-xuan-nam-2024.xlsx"));
        new RealSheetFiles().formBc01().write(folder.resolve("bieu-bc01-duc-xuan-thang-11-2024.xlsx"));
        new RealSheetFiles().csvSource().write(folder.resolve("bao-cao-thang-11-2024-csv.xlsx"));
    }

    /** Wards as rows: agency lines, date, title, a two-row header with merged groups, a numbering row, a total row, notes. */
    private RealSheetFiles cityReport(boolean wrongTotal) {
        Sheet sheet = workbook.createSheet("Tháng 11");
        letterhead(sheet, "CÔNG AN TỈNH BẮC KẠN", "CÔNG AN THÀNH PHỐ BẮC KẠN", 17);
        merged(sheet, 4, 0, 17, "BÁO CÁO SỐ LIỆU AN NINH, TRẬT TỰ THÁNG 11/2024", title);
        merged(sheet, 5, 0, 17, "(Kèm theo Báo cáo số 215/BC-CAP ngày 05/12/2024 của Công an thành phố Bắc Kạn)", italic);
        // row 8-9: the header; groups merged over their sub-headings, single headings merged down
        String[][] groups = {
            {"STT", null}, {"Đơn vị", null},
            {"Tội phạm về trật tự xã hội", "Số vụ xảy ra", "Số vụ khám phá"},
            {"Đối tượng phạm tội về TTXH bị xử lý", null},
            {"Tội phạm về ma túy", null}, {"Tệ nạn xã hội", null},
            {"Tai nạn giao thông", "Số vụ", "Số người chết", "Số người bị thương"},
            {"Cháy, nổ", "Số vụ", "Thiệt hại (tỷ đồng)"},
            {"Tin báo, tố giác tội phạm và kiến nghị khởi tố", "Tiếp nhận", "Đã giải quyết"},
            {"Hồ sơ thủ tục hành chính", "Tiếp nhận", "Giải quyết đúng hạn (kể cả trước hạn)", "Giải quyết trước hạn"},
        };
        String[] order = {"social_order_crimes", "social_order_crimes_cleared", "social_order_suspects", "drug_crimes", "social_evils",
            "traffic_accidents", "traffic_deaths", "traffic_injuries", "fires", "fire_damage", "crime_reports_received",
            "crime_reports_resolved", "admin_procedures_received", "admin_procedures_on_time", "admin_procedures_early"};
        Row top = sheet.createRow(7);
        Row sub = sheet.createRow(8);
        top.setHeightInPoints(48);
        sub.setHeightInPoints(62);
        int column = 0;
        for (String[] group : groups) {
            if (group[1] == null) {
                text(top, column, group[0], header);
                text(sub, column, "", header);
                sheet.addMergedRegion(new CellRangeAddress(7, 8, column, column));
                column++;
                continue;
            }
            int width = group.length - 1;
            for (int i = 0; i < width; i++) {
                text(top, column + i, i == 0 ? group[0] : "", header);
                text(sub, column + i, group[1 + i], header);
            }
            sheet.addMergedRegion(new CellRangeAddress(7, 7, column, column + width - 1));
            column += width;
        }
        Row numbering = sheet.createRow(9);
        for (int c = 0; c < column; c++) {
            text(numbering, c, "(" + (c + 1) + ")", italicBordered());
        }
        int firstWardRow = 10;
        for (int w = 0; w < NAMES_AS_TYPED.length; w++) {
            Row row = sheet.createRow(firstWardRow + w);
            figure(row, 0, w + 1, number);
            text(row, 1, NAMES_AS_TYPED[w], cell);
            for (int i = 0; i < order.length; i++) {
                BigDecimal value = BacKanNovember2024.FIGURES.get(order[i]).get(w);
                figure(row, 2 + i, value.doubleValue(), order[i].equals("fire_damage") ? decimal : number);
            }
        }
        int totalRow = firstWardRow + NAMES_AS_TYPED.length;
        Row total = sheet.createRow(totalRow);
        text(total, 0, "Tổng cộng", totalText);
        text(total, 1, "", totalText);
        sheet.addMergedRegion(new CellRangeAddress(totalRow, totalRow, 0, 1));
        for (int i = 0; i < order.length; i++) {
            String letter = CellReference.convertNumToColString(2 + i);
            Cell sum = total.createCell(2 + i);
            if (wrongTotal && order[i].equals("traffic_accidents")) {
                // typed over the formula, as happens when a ward's figure is corrected and the total is not
                sum.setCellValue(6);
            } else {
                sum.setCellFormula("SUM(" + letter + (firstWardRow + 1) + ":" + letter + totalRow + ")");
            }
            sum.setCellStyle(order[i].equals("fire_damage") ? decimal : totalNumber);
        }
        text(sheet.createRow(totalRow + 2), 0, "Ghi chú: Số liệu tính từ ngày 15/10/2024 đến ngày 14/11/2024.", plain);
        signature(sheet, totalRow + 4, "NGƯỜI LẬP BIỂU", "TRƯỞNG CÔNG AN THÀNH PHỐ", 1, 12, "Nông Thị Hạnh", "Thượng tá Hoàng Văn Minh");
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 24 * 256);
        for (int c = 2; c < column; c++) {
            sheet.setColumnWidth(c, 11 * 256);
        }
        sheet.createFreezePane(2, 10);
        return this;
    }

    /** Indicators as rows, wards as columns: two label columns (group and item), headings of their own, a total column. */
    private RealSheetFiles indicatorsAsRows() {
        Sheet sheet = workbook.createSheet("Số liệu các phường");
        letterhead(sheet, "CÔNG AN TỈNH BẮC KẠN", "CÔNG AN TP BẮC KẠN", 10);
        merged(sheet, 4, 0, 10, "SỐ LIỆU AN NINH, TRẬT TỰ CÁC PHƯỜNG THÁNG 11 NĂM 2024", title);
        Row head = sheet.createRow(6);
        head.setHeightInPoints(36);
        String[] headings = {"STT", "Nội dung", "", "ĐVT", "Đức Xuân", "Phùng Chí Kiên", "Huyền Tụng", "Nguyen Thi Minh Khai",
            "Xuất Hóa", "Sông Cầu", "Tổng cộng"};
        for (int c = 0; c < headings.length; c++) {
            text(head, c, headings[c], header);
        }
        sheet.addMergedRegion(new CellRangeAddress(6, 6, 1, 2));
        Object[][] rows = {
            {"I", "Tội phạm về trật tự xã hội", "Số vụ xảy ra", "vụ", "social_order_crimes"},
            {"", "", "Số vụ khám phá", "vụ", "social_order_crimes_cleared"},
            {"II", "Đối tượng phạm tội về trật tự xã hội bị xử lý", "", "người", "social_order_suspects"},
            {"III", "Tội phạm về ma túy", "", "vụ", "drug_crimes"},
            {"IV", "Tệ nạn xã hội", "", "vụ", "social_evils"},
            {"V", "Tai nạn giao thông", null, null, null},
            {"", "", "- Số vụ", "vụ", "traffic_accidents"},
            {"", "", "- Số người chết", "người", "traffic_deaths"},
            {"", "", "- Số người bị thương", "người", "traffic_injuries"},
            {"VI", "Cháy, nổ", null, null, null},
            {"", "", "- Số vụ", "vụ", "fires"},
            {"", "", "- Thiệt hại (tỷ đồng)", "tỷ đồng", "fire_damage"},
            {"VII", "Tin báo, tố giác tội phạm và kiến nghị khởi tố", "Tiếp nhận", "tin", "crime_reports_received"},
            {"", "", "Đã giải quyết", "tin", "crime_reports_resolved"},
            {"VIII", "Hồ sơ thủ tục hành chính", "Tiếp nhận", "hồ sơ", "admin_procedures_received"},
            {"", "", "Giải quyết đúng hạn (kể cả trước hạn)", "hồ sơ", "admin_procedures_on_time"},
            {"", "", "Giải quyết trước hạn", "hồ sơ", "admin_procedures_early"},
        };
        int r = 7;
        int groupStart = -1;
        for (Object[] item : rows) {
            Row row = sheet.createRow(r);
            text(row, 0, (String) item[0], cell);
            text(row, 1, (String) item[1], cell);
            boolean heading = item[2] == null;
            boolean startsGroup = !((String) item[1]).isEmpty();
            boolean continuesGroup = !startsGroup && !heading && !((String) item[2]).startsWith("-");
            if (groupStart >= 0 && !continuesGroup && r - 1 > groupStart) {
                // the group's name merged down over its items, as people lay it out
                sheet.addMergedRegion(new CellRangeAddress(groupStart, r - 1, 1, 1));
            }
            if (!continuesGroup) {
                groupStart = startsGroup && !heading && !((String) item[2]).isEmpty() ? r : -1;
            }
            if (heading) {
                // a group heading row: its items follow, their own label in column C
                for (int c = 2; c < headings.length; c++) {
                    text(row, c, "", cell);
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
                r++;
                continue;
            }
            text(row, 2, (String) item[2], cell);
            text(row, 3, (String) item[3], cell);
            String indicator = (String) item[4];
            for (int w = 0; w < 6; w++) {
                figure(row, 4 + w, BacKanNovember2024.FIGURES.get(indicator).get(w).doubleValue(),
                        indicator.equals("fire_damage") ? decimal : number);
            }
            Cell sum = row.createCell(10);
            sum.setCellFormula("SUM(E" + (r + 1) + ":J" + (r + 1) + ")");
            sum.setCellStyle(indicator.equals("fire_damage") ? decimal : totalNumber);
            if (((String) item[2]).isEmpty()) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
            }
            r++;
        }
        if (groupStart >= 0 && r - 1 > groupStart) {
            sheet.addMergedRegion(new CellRangeAddress(groupStart, r - 1, 1, 1));
        }
        signature(sheet, r + 2, "NGƯỜI LẬP BIỂU", "KT. TRƯỞNG CÔNG AN THÀNH PHỐ", 1, 7, "Nông Thị Hạnh", "Trung tá Lý Văn Tuấn");
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        sheet.setColumnWidth(2, 30 * 256);
        sheet.setColumnWidth(3, 8 * 256);
        for (int c = 4; c < headings.length; c++) {
            sheet.setColumnWidth(c, 12 * 256);
        }
        return this;
    }

    /** One ward's year: months as columns T1..T12, a "Cộng" column, figures from the sample data. */
    private RealSheetFiles wardYear() throws IOException {
        Sheet sheet = workbook.createSheet("Năm 2024");
        letterhead(sheet, "CÔNG AN THÀNH PHỐ BẮC KẠN", "CÔNG AN PHƯỜNG ĐỨC XUÂN", 15);
        merged(sheet, 4, 0, 15, "TỔNG HỢP SỐ LIỆU AN NINH, TRẬT TỰ NĂM 2024", title);
        Row head = sheet.createRow(6);
        text(head, 0, "TT", header);
        text(head, 1, "Chỉ tiêu", header);
        text(head, 2, "ĐVT", header);
        for (int m = 1; m <= 12; m++) {
            text(head, 2 + m, "T" + m, header);
        }
        text(head, 15, "Cộng", header);
        Map<String, List<BigDecimal>> months = WardYear.ducXuan2024();
        int r = 7;
        for (Map.Entry<String, List<BigDecimal>> indicator : months.entrySet()) {
            Row row = sheet.createRow(r);
            figure(row, 0, r - 6, number);
            text(row, 1, WardYear.LABELS.get(indicator.getKey()), cell);
            text(row, 2, WardYear.UNITS.get(indicator.getKey()), cell);
            for (int m = 0; m < 12; m++) {
                figure(row, 3 + m, indicator.getValue().get(m).doubleValue(), number);
            }
            Cell sum = row.createCell(15);
            if (indicator.getKey().equals("population")) {
                // a stock: its year is the December figure, and a ward writes that, not a sum
                sum.setCellFormula("O" + (r + 1));
            } else {
                sum.setCellFormula("SUM(D" + (r + 1) + ":O" + (r + 1) + ")");
            }
            sum.setCellStyle(totalNumber);
            r++;
        }
        signature(sheet, r + 2, "NGƯỜI LẬP BIỂU", "TRƯỞNG CÔNG AN PHƯỜNG", 1, 11, "Hà Văn Long", "Thiếu tá Triệu Văn Đức");
        sheet.setColumnWidth(1, 44 * 256);
        return this;
    }

    /** A ward's monthly form that wardstat cannot recognise by itself: read with forms/bc-01-cong-an-phuong.form. */
    private RealSheetFiles formBc01() {
        Sheet sheet = workbook.createSheet("BC-01");
        letterhead(sheet, "CÔNG AN TP BẮC KẠN", "CÔNG AN PHƯỜNG ĐỨC XUÂN", 5);
        merged(sheet, 3, 0, 5, "BIỂU BC-01: KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN NINH, TRẬT TỰ", title);
        Row period = sheet.createRow(4);
        text(period, 1, "Kỳ báo cáo (tháng/năm):", bold);
        text(period, 3, "11/2024", bold);
        Row head = sheet.createRow(6);
        String[] headings = {"STT", "Nội dung", "ĐVT", "Kỳ này", "Cùng kỳ năm trước", "Tăng (+), giảm (-)"};
        for (int c = 0; c < headings.length; c++) {
            text(head, c, headings[c], header);
        }
        Object[][] rows = {
            {"1", "Số vụ phạm pháp hình sự xảy ra trên địa bàn", "vụ", 2, 3},
            {"2", "Số vụ đã điều tra làm rõ", "vụ", 2, 2},
            {"3", "Số đối tượng bị bắt, xử lý", "người", 3, 4},
            {"4", "Số vụ vi phạm pháp luật về ma túy", "vụ", 0, 1},
            {"5", "Số vụ việc tệ nạn xã hội bị phát hiện", "vụ", 1, 0},
            {"6", "Số vụ va chạm, tai nạn giao thông", "vụ", 1, 2},
            {"7", "Số người chết do tai nạn giao thông", "người", 0, 0},
            {"8", "Số người bị thương do tai nạn giao thông", "người", 1, 3},
            {"9", "Số vụ cháy", "vụ", 0, 0},
            {"10", "Thiệt hại do cháy (tỷ đồng)", "tỷ đồng", 0, 0},
            {"11", "Tin báo, tố giác tội phạm tiếp nhận", "tin", 4, 5},
            {"12", "Tin báo đã phân loại, giải quyết", "tin", 4, 5},
            {"13", "Hồ sơ hành chính tiếp nhận", "hồ sơ", 352, 330},
            {"14", "Hồ sơ giải quyết đúng hạn", "hồ sơ", 352, 330},
            {"15", "Hồ sơ giải quyết trước hạn", "hồ sơ", 70, 51},
        };
        int r = 7;
        for (Object[] item : rows) {
            Row row = sheet.createRow(r);
            text(row, 0, (String) item[0], cell);
            text(row, 1, (String) item[1], cell);
            text(row, 2, (String) item[2], cell);
            figure(row, 3, ((Integer) item[3]).doubleValue(), number);
            figure(row, 4, ((Integer) item[4]).doubleValue(), number);
            Cell change = row.createCell(5);
            change.setCellFormula("D" + (r + 1) + "-E" + (r + 1));
            change.setCellStyle(number);
            r++;
        }
        signature(sheet, r + 2, "NGƯỜI LẬP BIỂU", "TRƯỞNG CÔNG AN PHƯỜNG", 1, 4, "Hà Văn Long", "Thiếu tá Triệu Văn Đức");
        sheet.setColumnWidth(1, 48 * 256);
        sheet.setColumnWidth(4, 14 * 256);
        sheet.setColumnWidth(5, 14 * 256);
        return this;
    }

    /** The sheet saved as CSV for {@code bao-cao-thang-11-2024.csv}: a title, names, a one-row header, a total row. */
    private RealSheetFiles csvSource() {
        Sheet sheet = workbook.createSheet("Sheet1");
        text(sheet.createRow(0), 0, "CÔNG AN THÀNH PHỐ BẮC KẠN", plain);
        text(sheet.createRow(1), 0, "BÁO CÁO SỐ LIỆU THÁNG 11/2024", plain);
        Row head = sheet.createRow(3);
        String[] order = {"social_order_crimes", "social_order_crimes_cleared", "traffic_accidents", "fire_damage",
            "admin_procedures_received", "admin_procedures_on_time", "admin_procedures_early"};
        String[] headings = {"STT", "Tên đơn vị", "Tội phạm về TTXH (số vụ xảy ra)", "Tội phạm về TTXH (số vụ khám phá)",
            "TNGT (số vụ)", "Cháy, nổ (thiệt hại)", "Hồ sơ TTHC tiếp nhận", "Hồ sơ TTHC giải quyết đúng hạn (kể cả trước hạn)",
            "Hồ sơ TTHC giải quyết trước hạn"};
        for (int c = 0; c < headings.length; c++) {
            text(head, c, headings[c], plain);
        }
        for (int w = 0; w < 6; w++) {
            Row row = sheet.createRow(4 + w);
            figure(row, 0, w + 1, plain);
            text(row, 1, NAMES_AS_TYPED[w], plain);
            for (int i = 0; i < order.length; i++) {
                figure(row, 2 + i, BacKanNovember2024.FIGURES.get(order[i]).get(w).doubleValue(),
                        order[i].equals("fire_damage") ? decimal : plain);
            }
        }
        Row total = sheet.createRow(10);
        text(total, 1, "Cộng", plain);
        for (int i = 0; i < order.length; i++) {
            String letter = CellReference.convertNumToColString(2 + i);
            total.createCell(2 + i).setCellFormula("SUM(" + letter + "5:" + letter + "10)");
        }
        return this;
    }

    // ---- the look of a ward's sheet

    private void letterhead(Sheet sheet, String parent, String agency, int lastColumn) {
        int middle = Math.max(4, lastColumn / 2);
        merged(sheet, 0, 0, middle - 1, parent, plainCentered());
        merged(sheet, 1, 0, middle - 1, agency, bold);
        merged(sheet, 0, middle, lastColumn, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold);
        merged(sheet, 1, middle, lastColumn, "Độc lập - Tự do - Hạnh phúc", bold);
        merged(sheet, 2, middle, lastColumn, "Bắc Kạn, ngày 05 tháng 12 năm 2024", italic);
    }

    private void signature(Sheet sheet, int row, String left, String right, int leftColumn, int rightColumn, String leftName,
                           String rightName) {
        text(rowAt(sheet, row), leftColumn, left, bold);
        text(rowAt(sheet, row), rightColumn, right, bold);
        text(rowAt(sheet, row + 4), leftColumn, leftName, bold);
        text(rowAt(sheet, row + 4), rightColumn, rightName, bold);
    }

    private static Row rowAt(Sheet sheet, int row) {
        Row existing = sheet.getRow(row);
        return existing != null ? existing : sheet.createRow(row);
    }

    private void merged(Sheet sheet, int row, int first, int last, String text, CellStyle style) {
        Row target = rowAt(sheet, row);
        for (int c = first; c <= last; c++) {
            text(target, c, c == first ? text : "", style);
        }
        sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell target = row.createCell(column);
        if (!value.isEmpty()) {
            target.setCellValue(value);
        }
        target.setCellStyle(style);
    }

    private static void figure(Row row, int column, double value, CellStyle style) {
        Cell target = row.createCell(column);
        target.setCellValue(value);
        target.setCellStyle(style);
    }

    private CellStyle plainCentered() {
        return style(false, false, 13, false, HorizontalAlignment.CENTER);
    }

    private CellStyle italicBordered() {
        return style(false, true, 10, true, HorizontalAlignment.CENTER);
    }

    private CellStyle style(boolean isBold, boolean isItalic, int size, boolean border, HorizontalAlignment align) {
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setFontHeightInPoints((short) size);
        font.setBold(isBold);
        font.setItalic(isItalic);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(align);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(border);
        if (border) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        return style;
    }

    private void write(Path file) throws IOException {
        for (Sheet sheet : workbook) {
            // A4 landscape, one page wide: how a ward prints its report
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setFitToPage(true);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }

    /** Đức Xuân's months of 2024 from the sample data, for the ward's year sheet. */
    static final class WardYear {
        static final Map<String, String> LABELS = Map.of(
                "social_order_crimes", "Tội phạm về trật tự xã hội (số vụ xảy ra)",
                "social_order_crimes_cleared", "Tội phạm về trật tự xã hội (số vụ khám phá)",
                "traffic_accidents", "Tai nạn giao thông (số vụ)",
                "crime_reports_received", "Tin báo, tố giác tội phạm và kiến nghị khởi tố tiếp nhận",
                "admin_procedures_received", "Hồ sơ thủ tục hành chính tiếp nhận",
                "population", "Dân số");
        static final Map<String, String> UNITS = Map.of("social_order_crimes", "vụ", "social_order_crimes_cleared", "vụ",
                "traffic_accidents", "vụ", "crime_reports_received", "tin", "admin_procedures_received", "hồ sơ", "population", "người");
        static final List<String> ORDER = List.of("social_order_crimes", "social_order_crimes_cleared", "traffic_accidents",
                "crime_reports_received", "admin_procedures_received", "population");

        static Map<String, List<BigDecimal>> ducXuan2024() throws IOException {
            Map<String, List<BigDecimal>> months = new java.util.LinkedHashMap<>();
            ORDER.forEach(code -> months.put(code, new ArrayList<>()));
            try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(Files.newBufferedReader(Path.of("sample-data/statistics/bac-kan-2022-2024.csv"), StandardCharsets.UTF_8))) {
                String[] headers = csv.getHeaderNames().toArray(String[]::new);
                for (CSVRecord record : csv) {
                    if (record.get(0).equals("duc-xuan") && record.get(2).endsWith("/2024")) {
                        for (String code : ORDER) {
                            int column = java.util.Arrays.asList(headers).indexOf(LABELS.get(code));
                            months.get(code).add(new BigDecimal(record.get(column).replace(',', '.')));
                        }
                    }
                }
            }
            return months;
        }
    }
}
