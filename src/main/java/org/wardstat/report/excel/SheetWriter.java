package org.wardstat.report.excel;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells into one sheet. Text is always written as a string cell, never parsed: a ward
 * named "=HYPERLINK(...)" stays that text, and a string starting with = + - @ also gets a
 * quote-prefixed style so that editing it in Excel keeps it text.
 */
final class SheetWriter {

    private static final float LINE_HEIGHT = 15f;

    final XSSFSheet sheet;
    final WorkbookStyles styles;

    SheetWriter(XSSFSheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    XSSFRow row(int index) {
        XSSFRow row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    XSSFCell text(int row, int column, String value, XSSFCellStyle style) {
        XSSFCell cell = row(row).createCell(column);
        if (value == null || value.isEmpty()) {
            cell.setCellStyle(style); // left blank: nothing to say
            return cell;
        }
        cell.setCellValue(value);
        cell.setCellStyle(looksLikeFormula(value) ? styles.quoted(style) : style);
        return cell;
    }

    /** A number, or an empty (blank) cell for a missing value so that formulas can tell. */
    XSSFCell number(int row, int column, BigDecimal value, XSSFCellStyle style) {
        XSSFCell cell = row(row).createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    XSSFCell number(int row, int column, double value, XSSFCellStyle style) {
        XSSFCell cell = row(row).createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
        return cell;
    }

    XSSFCell formula(int row, int column, String formula, XSSFCellStyle style) {
        XSSFCell cell = row(row).createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
        return cell;
    }

    /** The header row of a table; set the column widths first, the row grows for wrapped labels. */
    void header(int row, List<String> labels) {
        int lines = 1;
        for (int i = 0; i < labels.size(); i++) {
            text(row, i, labels.get(i), styles.header);
            int perLine = Math.max(4, sheet.getColumnWidth(i) / 256 - 1);
            lines = Math.max(lines, (int) Math.ceil(labels.get(i).length() / (double) perLine));
        }
        row(row).setHeightInPoints(lines * LINE_HEIGHT + 4);
    }

    /** A title or sentence over the width of the table, tall enough for its wrapped lines. */
    void line(int row, String value, XSSFCellStyle style, int lastColumn) {
        text(row, 0, value, style);
        if (lastColumn > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastColumn));
        }
        int width = 0;
        for (int column = 0; column <= lastColumn; column++) {
            width += sheet.getColumnWidth(column) / 256;
        }
        row(row).setHeightInPoints(lines(value, width) * (style == styles.title ? 20f : LINE_HEIGHT));
    }

    /** How many lines a wrapped text takes in a column of so many characters (Excel does not grow rows itself). */
    static int lines(String value, int width) {
        if (value == null || value.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String paragraph : value.split("\n", -1)) {
            // widths count digits; Vietnamese text averages about as wide, words not broken
            lines += Math.max(1, (int) Math.ceil(paragraph.length() / (double) Math.max(10, width)));
        }
        return lines;
    }

    void widths(int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /**
     * A table sheet: the header row frozen, filtered and repeated on every printed page, A4
     * landscape one page wide.
     */
    void table(int headerRow, int lastRow, int lastColumn) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, lastColumn));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        printOnA4(sheet);
    }

    static void printOnA4(XSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
    }

    static boolean looksLikeFormula(String value) {
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }

    /** A string literal for a formula: quotes doubled. */
    static String literal(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
