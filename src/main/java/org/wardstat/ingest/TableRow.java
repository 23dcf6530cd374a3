package org.wardstat.ingest;

import java.util.List;

/**
 * One data row of a sheet as read, with the header of its sheet.
 *
 * @param sheet     the workbook sheet, or "" for a text file
 * @param rowNumber the row as a spreadsheet shows it (the header is usually row 1)
 * @param header    the header cells, shared by all rows of the sheet
 */
public record TableRow(String sheet, long rowNumber, List<String> header, List<String> cells, String rawText) {

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }
}
