package org.wardstat.ingest.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.wardstat.system.TextFiles;

/** The rows of a delimited text file; the delimiter (comma, semicolon or tab) is read off the header. */
public final class CsvTableReader implements TableReader {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    public CsvTableReader(Path file, Charset charset) throws IOException {
        BufferedReader reader = new BufferedReader(TextFiles.open(file, charset));
        reader.mark(1 << 16);
        String first = firstDelimitedLine(reader);
        reader.reset();
        this.parser = format(first).parse(reader);
        this.records = parser.iterator();
    }

    @Override
    public SourceRow next() {
        while (records.hasNext()) {
            CSVRecord record = records.next();
            SourceRow row = new SourceRow(null, record.getRecordNumber(), composed(record.toList()));
            if (!row.blank()) {
                return row;
            }
        }
        return null;
    }

    /** Windows-1258 and some editors write Vietnamese with combining marks; people expect composed letters. */
    private static List<String> composed(List<String> cells) {
        return cells.stream().map(c -> Normalizer.isNormalized(c, Normalizer.Form.NFC) ? c : Normalizer.normalize(c, Normalizer.Form.NFC)).toList();
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /** Writes cells back as one line of the file's own kind, for reject files. */
    public static String line(List<String> cells) {
        return CSVFormat.DEFAULT.format(cells.toArray());
    }

    /**
     * The header line, which tells the delimiter; or, when a sheet saved from Excel starts with a
     * title typed on its own line (no delimiter in it), the first line that has one, within the
     * first 64 KB.
     */
    private static String firstDelimitedLine(BufferedReader reader) throws IOException {
        String first = reader.readLine();
        if (first == null) {
            return "";
        }
        int read = first.length();
        for (String line = first; line != null && read < (1 << 15); line = reader.readLine()) {
            if (line.chars().anyMatch(c -> c == ',' || c == ';' || c == '\t')) {
                return line;
            }
            read += line.length() + 1;
        }
        return first;
    }

    static CSVFormat format(String headerLine) {
        char delimiter = ',';
        long best = headerLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > best) {
                best = count;
                delimiter = candidate;
            }
        }
        // empty lines are read (and then dropped as blank rows) so that row numbers are the ones a spreadsheet shows
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
    }

}
