package org.wardstat.ingest.source;

import java.util.List;

/**
 * One row of a table-shaped file as text cells: a CSV line, or a row of a workbook sheet.
 *
 * @param sheet     the sheet's name, or null for a CSV file
 * @param rowNumber the row as a spreadsheet shows it (1-based; a sheet's header is usually row 1)
 * @param cells     the cells from column A on; a missing cell is ""
 */
public record SourceRow(String sheet, long rowNumber, List<String> cells) {

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
