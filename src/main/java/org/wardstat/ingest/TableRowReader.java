package org.wardstat.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.wardstat.ingest.source.CsvTableReader;
import org.wardstat.ingest.source.SourceRow;
import org.wardstat.ingest.source.TableReader;
import org.wardstat.ingest.source.TableReaders;

/**
 * Streams the data rows of a file (every sheet of a workbook, or the chosen one), each with its
 * sheet's header. Restartable: Spring Batch stores how many rows were read in committed
 * chunks, and a restart skips that many.
 */
public class TableRowReader extends AbstractItemCountingItemStreamItemReader<TableRow> {

    private final Path file;
    private final String sheet;
    private final Charset encoding;
    private TableReader reader;
    private String currentSheet;
    private List<String> header;

    public TableRowReader(Path file, String sheet, Charset encoding) {
        this.file = file;
        this.sheet = sheet;
        this.encoding = encoding;
        setName("table-rows");
    }

    @Override
    protected void doOpen() throws Exception {
        reader = TableReaders.open(file, sheet, encoding);
    }

    @Override
    protected TableRow doRead() throws Exception {
        for (SourceRow row = reader.next(); row != null; row = reader.next()) {
            String rowSheet = row.sheet() == null ? "" : row.sheet();
            if (header == null || !rowSheet.equals(currentSheet)) {
                currentSheet = rowSheet; // the first row of each sheet is its header
                header = List.copyOf(row.cells());
                continue;
            }
            return new TableRow(rowSheet, row.rowNumber(), header, row.cells(), CsvTableReader.line(row.cells()));
        }
        return null;
    }

    @Override
    protected void doClose() throws Exception {
        if (reader != null) {
            reader.close();
        }
    }
}
