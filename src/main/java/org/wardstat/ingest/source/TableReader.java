package org.wardstat.ingest.source;

import java.io.IOException;
import java.util.List;

/**
 * Streams the rows of a file, one sheet after another, without holding the file in memory.
 * Blank rows are skipped. The first row returned for each sheet is that sheet's header.
 */
public interface TableReader extends AutoCloseable {

    /** The next row, or null at the end of the file. */
    SourceRow next() throws IOException;

    /** The merged cells of a sheet (a workbook's; text files have none). */
    default List<MergedRegion> mergedRegions(String sheet) throws IOException {
        return List.of();
    }

    @Override
    void close() throws IOException;
}
