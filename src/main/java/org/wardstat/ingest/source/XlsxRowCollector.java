package org.wardstat.ingest.source;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Gathers the cells POI reports one by one into rows of one sheet, with a "" for every cell the
 * sheet leaves out so that a cell's index is its column's. Blank rows are dropped.
 */
final class XlsxRowCollector implements SheetContentsHandler {

    private static final int MAX_COLUMNS = SpreadsheetVersion.EXCEL2007.getMaxColumns();

    private final String sheet;
    private final Consumer<SourceRow> rows;
    private final List<String> cells = new ArrayList<>();
    private int rowIndex;

    /** @param rows receives each non-blank row; it may throw to stop the parse */
    XlsxRowCollector(String sheet, Consumer<SourceRow> rows) {
        this.sheet = sheet;
        this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
        stopIfInterrupted();
        rowIndex = rowNum;
        cells.clear();
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        stopIfInterrupted();
        // Some writers leave out the cell reference; Excel then takes the next column.
        int column = cellReference == null ? cells.size() : columnOf(cellReference);
        if (column < 0 || column >= MAX_COLUMNS) {
            throw new IllegalStateException("cell reference " + cellReference + " is outside the sheet");
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, formattedValue == null ? "" : formattedValue.strip());
    }

    @Override
    public void endRow(int rowNum) {
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty()) {
            rows.accept(new SourceRow(sheet, rowIndex + 1L, List.copyOf(cells)));
        }
    }

    /** The 0-based column of a reference such as "AB12" (no sheet name or "$" in sheet XML). */
    private static int columnOf(String cellReference) {
        int column = 0;
        int i = 0;
        for (; i < cellReference.length() && Character.isLetter(cellReference.charAt(i)); i++) {
            char letter = Character.toUpperCase(cellReference.charAt(i));
            if (letter < 'A' || letter > 'Z' || column > MAX_COLUMNS) {
                return -1;
            }
            column = column * 26 + (letter - 'A' + 1);
        }
        return i == 0 ? -1 : column - 1;
    }

    /**
     * Blank rows hand nothing over, so a parse of thousands of them would never notice that the
     * reader was closed without this check.
     */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new XlsxParseCancelled();
        }
    }
}
