package org.wardstat.ingest;

import java.util.List;

/**
 * A table found in a sheet: its header (what each column holds, and what the sheet states once),
 * where the header is, and the rows above it that were not part of it (title, agency lines,
 * notes).
 *
 * @param headerRow     the first header row, as a spreadsheet shows it
 * @param lastHeaderRow the last: a group header over sub-headers takes two rows
 * @param above         the non-blank rows above the header, skipped
 */
record SheetTable(String sheet, FileHeader header, long headerRow, long lastHeaderRow, List<Long> above) {

    /** Today's files: the header is the sheet's first row and names every key column. */
    boolean plain() {
        return header.plain();
    }

    /** The columns whose cells are figures; merged blocks are never spread over them, or a figure would count twice. */
    boolean valueColumn(int column) {
        if (column >= header.columns().size()) {
            return false;
        }
        return switch (header.columns().get(column).role()) {
            case INDICATOR, DERIVED_RATE, VALUE, WARD_VALUES, PERIOD_VALUES, TOTAL, UNKNOWN -> true;
            default -> false;
        };
    }
}
