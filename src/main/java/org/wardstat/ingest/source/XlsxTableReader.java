package org.wardstat.ingest.source;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Streams the rows of an .xlsx workbook: every sheet in workbook order, or the one sheet asked
 * for. The sheet XML is parsed as a stream of events on a background thread, so a workbook of
 * any size is read in little memory.
 *
 * <p>Cells come as text: strings trimmed; numbers plain with a decimal comma ({@code 1234},
 * {@code 0,35}) from the stored value, never as the sheet displays them; cells with a date
 * format as the month {@code yyyy-MM}; booleans {@code TRUE}/{@code FALSE}; formulas as their
 * last computed value.
 *
 * <p>A file that is not a workbook, is damaged, or inflates suspiciously raises
 * {@link UnreadableFileException} from the constructor or from {@link #next()}.
 */
public class XlsxTableReader implements TableReader {

    private final Path file;
    private final XlsxWorkbook workbook;
    private final List<XlsxWorkbook.Sheet> sheets;
    private XlsxBackgroundParse parse;
    private boolean closed;

    /**
     * @param sheet the name of the only sheet to read, in any case; null for every sheet
     * @throws UnreadableFileException if the file is not a readable workbook or has no such sheet
     */
    public XlsxTableReader(Path file, String sheet) {
        this.file = file;
        this.workbook = XlsxWorkbook.open(file);
        try {
            this.sheets = sheet == null ? workbook.sheets() : List.of(find(sheet));
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
    }

    /** The names of the sheets this reader reads, in workbook order. */
    public List<String> sheetNames() {
        return sheets.stream().map(XlsxWorkbook.Sheet::name).toList();
    }

    @Override
    public SourceRow next() throws IOException {
        if (closed) {
            throw new IllegalStateException("reader closed");
        }
        if (parse == null) {
            parse = new XlsxBackgroundParse(workbook, sheets, "xlsx-reader " + file.getFileName());
        }
        return parse.next();
    }

    @Override
    public List<MergedRegion> mergedRegions(String sheet) {
        return sheets.stream().anyMatch(candidate -> candidate.name().equals(sheet)) ? XlsxWorkbook.mergedRegions(file, sheet) : List.of();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (parse != null) {
            parse.close();
        }
        workbook.close();
    }

    /** For tests: whether the background parse is still running. */
    boolean parsing() {
        return parse != null && parse.isRunning();
    }

    private XlsxWorkbook.Sheet find(String wanted) {
        String key = Normalizer.normalize(wanted, Normalizer.Form.NFC);
        return workbook.sheets().stream()
                .filter(candidate -> Normalizer.normalize(candidate.name(), Normalizer.Form.NFC).equalsIgnoreCase(key))
                .findFirst()
                .orElseThrow(() -> new UnreadableFileException(XlsxProblems.NO_SHEET, wanted + "; sheets: "
                        + workbook.sheets().stream().map(XlsxWorkbook.Sheet::name).collect(Collectors.joining(", ")), null));
    }
}
