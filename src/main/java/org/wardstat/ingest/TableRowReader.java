package org.wardstat.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.wardstat.ingest.source.TableReaders;

/**
 * Streams the data rows of a file (every sheet of a workbook, or the chosen one), each with its
 * sheet's table, as {@link SheetTableReader} finds them. Restartable: Spring Batch stores how
 * many rows were read in committed chunks, and a restart reads that many again (finding the same
 * tables and the same totals on the way) and goes on from there.
 */
public class TableRowReader extends AbstractItemCountingItemStreamItemReader<TableRow> {

    private final Path file;
    private final String sheet;
    private final Charset encoding;
    private final TableFinder.Reading reading;
    private SheetTableReader reader;

    TableRowReader(Path file, String sheet, Charset encoding, TableFinder.Reading reading) {
        this.file = file;
        this.sheet = sheet;
        this.encoding = encoding;
        this.reading = reading;
        setName("table-rows");
    }

    @Override
    protected void doOpen() throws Exception {
        reader = new SheetTableReader(TableReaders.open(file, sheet, encoding), reading);
    }

    @Override
    protected TableRow doRead() throws Exception {
        return reader.next();
    }

    @Override
    protected void doClose() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
