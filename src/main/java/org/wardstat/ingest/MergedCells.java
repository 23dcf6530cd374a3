package org.wardstat.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.wardstat.ingest.source.MergedRegion;
import org.wardstat.ingest.source.SourceRow;

/**
 * Merged cells read as the text they show: the file keeps the text in the block's top-left cell
 * only, and a reader sees it in every cell of the block. Spread over the header and the label
 * columns only; over a figure it would count the figure twice.
 */
final class MergedCells {

    /** Rows × blocks kept for one sheet: a form's merged title, headers and labels are a few hundred. */
    private static final int MAX_CELLS = 200_000;

    private final Map<Long, List<MergedRegion>> byRow = new HashMap<>();
    private final Map<MergedRegion, String> shown = new HashMap<>();

    MergedCells(List<MergedRegion> regions) {
        int kept = 0;
        for (MergedRegion region : regions) {
            long height = region.lastRow() - region.firstRow() + 1;
            if (kept + height > MAX_CELLS) {
                break;
            }
            kept += (int) height;
            for (long row = region.firstRow(); row <= region.lastRow(); row++) {
                byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(region);
            }
        }
    }

    boolean isEmpty() {
        return byRow.isEmpty();
    }

    /** The row as it shows: each block's text in the block's cells of the chosen columns. Rows are given top down. */
    SourceRow spread(SourceRow row, IntPredicate columns) {
        List<MergedRegion> regions = byRow.get(row.rowNumber());
        if (regions == null) {
            return row;
        }
        List<String> cells = new ArrayList<>(row.cells());
        for (MergedRegion region : regions) {
            if (row.rowNumber() == region.firstRow()) {
                String text = region.firstColumn() < cells.size() ? cells.get(region.firstColumn()) : "";
                shown.put(region, text);
            }
            String text = shown.getOrDefault(region, "");
            for (int column = region.firstColumn(); column <= region.lastColumn() && !text.isEmpty(); column++) {
                if (columns.test(column)) {
                    while (cells.size() <= column) {
                        cells.add("");
                    }
                    cells.set(column, text);
                }
            }
        }
        return new SourceRow(row.sheet(), row.rowNumber(), List.copyOf(cells));
    }

    static List<SourceRow> spread(List<SourceRow> rows, List<MergedRegion> regions, IntPredicate columns) {
        MergedCells merged = new MergedCells(regions);
        return rows.stream().map(row -> merged.spread(row, columns)).toList();
    }
}
