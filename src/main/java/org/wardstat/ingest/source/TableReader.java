package org.wardstat.ingest.source;

import java.io.IOException;

/**
 * Streams the rows of a file, one sheet after another, without holding the file in memory.
 * Blank rows are skipped. The first row returned for each sheet is that sheet's header.
 */
public interface TableReader extends AutoCloseable {

    /** The next row, or null at the end of the file. */
    SourceRow next() throws IOException;

    @Override
    void close() throws IOException;
}
