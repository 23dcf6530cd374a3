package org.wardstat.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of a template, made once per workbook (Excel limits their number). */
final class TemplateStyles {

    /** The data sheet's header row. */
    final CellStyle header;
    /** Ward code and name: filled in by wardstat, locked, greyed. */
    final CellStyle lockedText;
    /** The period: like {@link #lockedText}, and stored as text so Excel keeps "01/2025". */
    final CellStyle lockedPeriod;
    /** The cells a ward fills in. */
    final CellStyle input;
    final CellStyle title;
    final CellStyle paragraph;
    final CellStyle tableHeader;
    final CellStyle tableCell;

    TemplateStyles(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        fill(header, IndexedColors.PALE_BLUE);

        lockedText = bordered(workbook);
        fill(lockedText, IndexedColors.GREY_25_PERCENT);

        lockedPeriod = workbook.createCellStyle();
        lockedPeriod.cloneStyleFrom(lockedText);
        lockedPeriod.setDataFormat(workbook.createDataFormat().getFormat("@"));
        lockedPeriod.setAlignment(HorizontalAlignment.CENTER);

        input = bordered(workbook);
        input.setLocked(false);

        title = workbook.createCellStyle();
        title.setFont(titleFont);

        paragraph = workbook.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);

        tableHeader = bordered(workbook);
        tableHeader.setFont(bold);
        tableHeader.setWrapText(true);
        fill(tableHeader, IndexedColors.PALE_BLUE);

        tableCell = bordered(workbook);
        tableCell.setWrapText(true);
        tableCell.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static void fill(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
