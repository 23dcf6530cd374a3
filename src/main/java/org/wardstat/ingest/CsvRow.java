package org.wardstat.ingest;

import java.util.List;

/**
 * One data row of a wide statistics file as read, before any interpretation.
 *
 * @param rowNumber the row as a spreadsheet shows it (the header is row 1)
 * @param header    the header cells, shared by all rows of the file
 */
public record CsvRow(long rowNumber, List<String> header, List<String> cells, String rawText) {

    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
