package org.wardstat.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the rows of a wide CSV file (comma, semicolon or tab, detected from the header).
 * Restartable: Spring Batch stores how many rows were read in committed chunks, and a restart
 * skips that many.
 */
public class WideCsvReader extends AbstractItemCountingItemStreamItemReader<CsvRow> {

    private final Path file;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private List<String> header;
    private CSVFormat format;

    public WideCsvReader(Path file) {
        this.file = file;
        setName("wide-csv");
    }

    /** Reads just the header row, to check a file before any of it is loaded. */
    public static List<String> readHeader(Path file) throws IOException {
        try (BufferedReader reader = new BufferedReader(TextFiles.open(file, null))) {
            String first = reader.readLine();
            if (first == null) {
                return List.of();
            }
            try (CSVParser parser = format(first).get().parse(new java.io.StringReader(first))) {
                return parser.getRecords().get(0).toList();
            }
        }
    }

    @Override
    protected void doOpen() throws Exception {
        BufferedReader reader = new BufferedReader(TextFiles.open(file, null));
        reader.mark(1 << 16);
        String first = reader.readLine();
        reader.reset();
        format = format(first == null ? "" : first).get();
        parser = format.parse(reader);
        records = parser.iterator();
        header = records.hasNext() ? List.copyOf(records.next().toList()) : List.of();
    }

    @Override
    protected CsvRow doRead() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            List<String> cells = record.toList();
            if (cells.stream().allMatch(String::isBlank)) {
                continue; // an empty line in the middle of a sheet is not a row
            }
            return new CsvRow(record.getRecordNumber(), header, cells, format.format(cells.toArray()));
        }
        return null;
    }

    @Override
    protected void doClose() throws Exception {
        if (parser != null) {
            parser.close();
        }
    }

    private static CSVFormat.Builder format(String headerLine) {
        char delimiter = ',';
        long best = headerLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > best) {
                best = count;
                delimiter = candidate;
            }
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true);
    }

}
