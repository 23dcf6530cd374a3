package org.wardstat.template;

import java.util.List;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;

/**
 * The sheet a ward fills in: exactly the wide layout wardstat loads (header row, then one row
 * per ward), with the ward and period locked and each indicator cell accepting only what the
 * loader would accept.
 */
final class DataSheet {

    static final int KEY_COLUMNS = 3;
    private static final int INDICATOR_WIDTH = 20;
    private static final float LINE_HEIGHT = 15f;

    private DataSheet() {
    }

    static void write(XSSFWorkbook workbook, TemplateStyles styles, TemplateContent content) {
        XSSFSheet sheet = workbook.createSheet(content.text("sheet.data"));
        List<Indicator> indicators = content.indicators();
        int lastRow = content.wards().size();
        int lastColumn = KEY_COLUMNS + indicators.size() - 1;

        header(sheet, styles, content);
        for (int i = 0; i < content.wards().size(); i++) {
            wardRow(sheet.createRow(i + 1), styles, content.wards().get(i), content);
        }
        validate(sheet, content, lastRow, Indicator::isCount, true);
        validate(sheet, content, lastRow, indicator -> !indicator.isCount(), false);

        sheet.setColumnWidth(0, width(content.wards().stream().map(OrgUnit::code).toList(), content.keyColumns().get(0)));
        sheet.setColumnWidth(1, width(content.wards().stream().map(ward -> ward.name(content.vietnamese())).toList(),
                content.keyColumns().get(1)));
        sheet.setColumnWidth(2, width(List.of(content.periodText()), content.keyColumns().get(2)));
        for (int column = KEY_COLUMNS; column <= lastColumn; column++) {
            sheet.setColumnWidth(column, INDICATOR_WIDTH * 256);
        }
        // below the header, right of the ward's name: both stay in view while typing
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
        printOnA4(sheet);
        protect(sheet);
    }

    private static void header(XSSFSheet sheet, TemplateStyles styles, TemplateContent content) {
        Row row = sheet.createRow(0);
        List<String> keys = content.keyColumns();
        for (int i = 0; i < keys.size(); i++) {
            cell(row, i, keys.get(i), styles.header);
        }
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        int longest = 0;
        for (int i = 0; i < content.indicators().size(); i++) {
            Indicator indicator = content.indicators().get(i);
            String name = indicator.name(content.vietnamese());
            Cell cell = cell(row, KEY_COLUMNS + i, name, styles.header);
            cell.setCellComment(comment(sheet, drawing, cell, indicator, content));
            longest = Math.max(longest, name.length());
        }
        // Excel does not grow a row for wrapped text it did not lay out itself
        int lines = Math.max(2, (int) Math.ceil(longest / (double) (INDICATOR_WIDTH - 2)));
        row.setHeightInPoints(lines * LINE_HEIGHT);
    }

    private static void wardRow(Row row, TemplateStyles styles, OrgUnit ward, TemplateContent content) {
        cell(row, 0, ward.code(), styles.lockedText);
        cell(row, 1, ward.name(content.vietnamese()), styles.lockedText);
        cell(row, 2, content.periodText(), styles.lockedPeriod);
        for (int i = 0; i < content.indicators().size(); i++) {
            row.createCell(KEY_COLUMNS + i).setCellStyle(styles.input); // empty: not reported yet
        }
    }

    /** One rule for all whole-number columns, one for the decimal ones. */
    private static void validate(XSSFSheet sheet, TemplateContent content, int lastRow, Predicate<Indicator> which,
            boolean wholeNumbers) {
        CellRangeAddressList cells = new CellRangeAddressList();
        List<Indicator> indicators = content.indicators();
        for (int i = 0; i < indicators.size(); i++) {
            if (which.test(indicators.get(i))) {
                cells.addCellRangeAddress(1, KEY_COLUMNS + i, lastRow, KEY_COLUMNS + i);
            }
        }
        if (cells.countRanges() == 0) {
            return;
        }
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        DataValidationConstraint notNegative = wholeNumbers
                ? helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null)
                : helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        DataValidation validation = helper.createValidation(notNegative, cells);
        String kind = wholeNumbers ? "integer" : "decimal";
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(content.text("validation." + kind + ".title"), content.text("validation." + kind + ".text"));
        validation.setEmptyCellAllowed(true); // blank means "not reported"
        sheet.addValidationData(validation);
    }

    private static Comment comment(XSSFSheet sheet, Drawing<?> drawing, Cell cell, Indicator indicator, TemplateContent content) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 3);
        anchor.setRow1(1);
        anchor.setRow2(6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(content.text("header.comment",
                indicator.code(), indicator.unit(content.vietnamese()), content.kind(indicator), content.numberType(indicator))));
        comment.setAuthor("wardstat");
        return comment;
    }

    /** Locks the header and the prefilled columns; no password, it guards against slips only. */
    /**
     * A blank form is often printed: landscape A4, three pages wide (about ten indicators a
     * page), the header and the ward names repeated on every page.
     */
    private static void printOnA4(XSSFSheet sheet) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 3);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        sheet.setRepeatingColumns(CellRangeAddress.valueOf("B:B"));
    }

    private static void protect(XSSFSheet sheet) {
        sheet.lockAutoFilter(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.enableLocking();
    }

    private static int width(List<String> values, String header) {
        int longest = header.length();
        for (String value : values) {
            longest = Math.max(longest, value.length());
        }
        return Math.min(60, longest + 3) * 256;
    }

    private static Cell cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }
}
