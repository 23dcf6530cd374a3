package org.wardstat.report.excel;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of a report workbook, made once per workbook (Excel limits their number).
 * Number formats are Excel's own ("#,##0", "0.00%"): Excel and LibreOffice display them with the
 * reader's separators, so a Vietnamese desktop shows "47.062" and "83,40%".
 */
final class WorkbookStyles {

    static final String INTEGER = "#,##0";
    static final String PERCENT = "0.00%";
    static final String PERCENT_WHOLE = "0%";
    static final String PERCENT_CHANGE = "+0.0%;-0.0%;0.0%";
    /** A p-value: "0,077"; below 0,001 in scientific notation ("1,2E-04") rather than a misleading "0,000". */
    static final String P_VALUE = "[<0.001]0.0E+00;0.000";

    final XSSFCellStyle title;
    final XSSFCellStyle bold;
    final XSSFCellStyle paragraph;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> numbers = new HashMap<>();
    private final Map<XSSFCellStyle, XSSFCellStyle> quoted = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont boldFont = workbook.createFont();
        boldFont.setBold(true);
        XSSFFont titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(titleFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        bold.setVerticalAlignment(VerticalAlignment.TOP);
        bold.setWrapText(true);
        paragraph = workbook.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered();
        header.setFont(boldFont);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = bordered();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** A bordered table cell showing numbers in the given Excel format. */
    XSSFCellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            XSSFCellStyle style = bordered();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    /** "#,##0" for counts, "#,##0.00" for two decimals. */
    XSSFCellStyle decimals(int decimals) {
        return number(decimals <= 0 ? INTEGER : INTEGER + "." + "0".repeat(decimals));
    }

    /** A stored value: "#,##0" when whole, else up to two decimals ("#,##0.##" would show "2." in Excel). */
    XSSFCellStyle measured(java.math.BigDecimal value) {
        boolean whole = value == null || value.stripTrailingZeros().scale() <= 0;
        return number(whole ? INTEGER : "#,##0.##");
    }

    /** A signed change: "+3", "-7", "0". */
    XSSFCellStyle change(int decimals) {
        String body = decimals <= 0 ? INTEGER : INTEGER + "." + "0".repeat(decimals);
        return number("+" + body + ";-" + body + ";0");
    }

    /** The same style with quotePrefixed set: Excel keeps "=1+1" typed over it as text. */
    XSSFCellStyle quoted(XSSFCellStyle base) {
        return quoted.computeIfAbsent(base, b -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(b);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
