package org.wardstat.ingest.source;

/**
 * A block of merged cells of a workbook sheet: it shows the text of its top-left cell, and the
 * other cells of the block are empty in the file.
 *
 * @param firstRow    as a spreadsheet shows it (1-based), like {@link SourceRow#rowNumber()}
 * @param firstColumn 0-based, like the index of {@link SourceRow#cells()}
 */
public record MergedRegion(long firstRow, int firstColumn, long lastRow, int lastColumn) {

    public boolean covers(long row, int column) {
        return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
    }

    /** "A1:H1" as sheet XML writes it; null when the reference is not a block. */
    static MergedRegion parse(String reference) {
        int colon = reference == null ? -1 : reference.indexOf(':');
        if (colon < 0) {
            return null;
        }
        long[] first = cell(reference.substring(0, colon));
        long[] last = cell(reference.substring(colon + 1));
        if (first == null || last == null || last[0] < first[0] || last[1] < first[1]) {
            return null;
        }
        return new MergedRegion(first[0], (int) first[1], last[0], (int) last[1]);
    }

    /** {row (1-based), column (0-based)} of "AB12". */
    private static long[] cell(String reference) {
        int i = 0;
        long column = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            char letter = Character.toUpperCase(reference.charAt(i++));
            if (letter < 'A' || letter > 'Z' || column > 20_000) {
                return null;
            }
            column = column * 26 + (letter - 'A' + 1);
        }
        if (i == 0 || i == reference.length()) {
            return null;
        }
        try {
            return new long[] {Long.parseLong(reference.substring(i)), column - 1};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
