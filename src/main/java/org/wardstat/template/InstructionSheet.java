package org.wardstat.template;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.wardstat.catalog.Indicator;

/** How to fill the data sheet, and what each of its indicator columns holds. */
final class InstructionSheet {

    /** Code, name, unit, kind, number type: widths in characters. */
    private static final int[] WIDTHS = {28, 60, 14, 22, 30};
    private static final int LAST_COLUMN = WIDTHS.length - 1;
    private static final int CHARACTERS_PER_LINE = 150;
    private static final float LINE_HEIGHT = 15f;

    private InstructionSheet() {
    }

    static void write(XSSFWorkbook workbook, TemplateStyles styles, TemplateContent content) {
        XSSFSheet sheet = workbook.createSheet(content.text("sheet.instructions"));
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        String dataSheet = content.text("sheet.data");
        String areaName = content.area().name(content.vietnamese());
        List<String> keys = content.keyColumns();

        cell(sheet.createRow(0), 0, content.text("instructions.title", areaName, content.periodText()), styles.title);
        List<String> steps = List.of(
                content.text("instructions.who", areaName, dataSheet),
                content.text("instructions.rows", content.periodText()),
                content.text("instructions.blank"),
                content.text("instructions.numbers"),
                content.text("instructions.decimals"),
                content.text("instructions.locked", keys.get(0), keys.get(1), keys.get(2)),
                content.text("instructions.kinds", content.text("kind.flow"), content.text("kind.stock")),
                content.text("instructions.send", areaName));
        int rowIndex = 2;
        for (int i = 0; i < steps.size(); i++) {
            paragraph(sheet, rowIndex++, (i + 1) + ". " + steps.get(i), styles.paragraph);
        }

        rowIndex++;
        cell(sheet.createRow(rowIndex++), 0, content.text("instructions.table", dataSheet), styles.title);
        tableRow(sheet.createRow(rowIndex++), styles.tableHeader, content.text("table.code"), content.text("table.name"),
                content.text("table.unit"), content.text("table.kind"), content.text("table.number"));
        for (Indicator indicator : content.indicators()) {
            tableRow(sheet.createRow(rowIndex++), styles.tableCell, indicator.code(), indicator.name(content.vietnamese()),
                    indicator.unit(content.vietnamese()), content.kind(indicator), content.numberType(indicator));
        }
    }

    /** A sentence across the table's width, its row as high as the wrapped text needs. */
    private static void paragraph(XSSFSheet sheet, int rowIndex, String text, CellStyle style) {
        Row row = sheet.createRow(rowIndex);
        cell(row, 0, text, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, LAST_COLUMN));
        int lines = (int) Math.ceil(text.length() / (double) CHARACTERS_PER_LINE);
        row.setHeightInPoints(Math.max(1, lines) * LINE_HEIGHT + 3);
    }

    private static void tableRow(Row row, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            cell(row, i, values[i], style);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
