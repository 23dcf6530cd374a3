package org.wardstat.ingest;

import java.math.BigDecimal;
import java.util.List;

/**
 * One data row of a sheet as read, with the table of its sheet.
 *
 * @param sheet     the workbook sheet, or "" for a text file
 * @param rowNumber the row as a spreadsheet shows it (the header is usually row 1)
 * @param table     the header of the row's table, shared by all rows of the sheet
 * @param cells     the cells, merged label cells spread
 * @param rawText   the row as the file has it, for reject files
 * @param heading   in a table of indicators as rows: the group heading above the row ("Tai nạn giao thông"), or null
 * @param totals    for a total row ("Tổng cộng"): what the rows it adds up come to; null for any other row
 */
public record TableRow(String sheet, long rowNumber, FileHeader table, List<String> cells, String rawText, String heading,
                       Totals totals) {

    /**
     * The sums of the rows a total row adds up, column by column.
     *
     * @param sums     by column index; null where a column holds no figures or a cell that is no number
     * @param firstRow the first row added up
     * @param lastRow  the last
     * @param rows     how many rows were added up
     */
    public record Totals(List<BigDecimal> sums, long firstRow, long lastRow, int rows) {
    }

    public String cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column).strip() : "";
    }

    public boolean total() {
        return totals != null;
    }
}
