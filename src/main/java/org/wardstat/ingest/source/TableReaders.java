package org.wardstat.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens the right reader for a file: a workbook by its zip signature, anything else as delimited text. */
public final class TableReaders {

    private TableReaders() {
    }

    /**
     * @param sheet    for a workbook: the sheet to read, or null for every sheet
     * @param encoding for text: the encoding, already detected or given by the user
     */
    public static TableReader open(Path file, String sheet, Charset encoding) throws IOException {
        return isWorkbook(file) ? new XlsxTableReader(file, sheet) : new CsvTableReader(file, encoding);
    }

    public static boolean isWorkbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }
}
