package org.wardstat.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large workbooks are read row by row, and closing part-way stops the parse and frees the file. */
class XlsxTableReaderStreamingTest {

    private static final int COLUMNS = 30;

    @TempDir
    Path folder;

    /** Row r (1-based), column c holds r * 100 + c; the last column holds a decimal. */
    private Path largeWorkbook(String name, int rows) throws IOException {
        Path file = folder.resolve(name);
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Lớn");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r - 1);
                for (int c = 0; c < COLUMNS - 1; c++) {
                    row.createCell(c).setCellValue(r * 100.0 + c);
                }
                row.createCell(COLUMNS - 1).setCellValue(r + 0.25);
            }
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
        return file;
    }

    private static List<String> expectedCells(int r) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < COLUMNS - 1; c++) {
            cells.add(Long.toString(r * 100L + c));
        }
        cells.add(r + ",25");
        return cells;
    }

    @Test
    void readsTwoHundredThousandRowsOneByOne() throws IOException {
        int rows = 200_000;
        Path file = largeWorkbook("lon.xlsx", rows);

        long count = 0;
        SourceRow last = null;
        try (XlsxTableReader reader = new XlsxTableReader(file, null)) {
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                count++;
                last = row;
                if (count == 1) {
                    assertThat(row).isEqualTo(new SourceRow("Lớn", 1, expectedCells(1)));
                }
            }
        }

        assertThat(count).isEqualTo(rows);
        assertThat(last).isEqualTo(new SourceRow("Lớn", rows, expectedCells(rows)));
    }

    @Test
    void closingAfterAFewRowsStopsTheParseAndReleasesTheFile() throws Exception {
        Path file = largeWorkbook("dung-giua-chung.xlsx", 20_000);

        XlsxTableReader reader = new XlsxTableReader(file, null);
        assertThat(reader.next()).isEqualTo(new SourceRow("Lớn", 1, expectedCells(1)));
        assertThat(reader.next().rowNumber()).isEqualTo(2);
        assertThat(reader.next().rowNumber()).isEqualTo(3);
        assertThat(reader.parsing()).as("the parse waits for a full queue").isTrue();
        assertThat(openHandles(file)).isPositive();

        reader.close();

        assertThat(reader.parsing()).isFalse();
        assertThat(readerThreads()).isEmpty();
        assertThat(openHandles(file)).isZero();
    }

    @Test
    void closingBeforeReadingStartsNoThread() throws Exception {
        Path file = largeWorkbook("khong-doc.xlsx", 10);

        new XlsxTableReader(file, null).close();

        assertThat(readerThreads()).isEmpty();
        assertThat(openHandles(file)).isZero();
    }

    private static List<Thread> readerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("xlsx-reader") && thread.isAlive())
                .toList();
    }

    /** How many descriptors this process holds on the file (Linux only). */
    private static long openHandles(Path file) throws IOException {
        Path descriptors = Path.of("/proc/self/fd");
        // fails rather than skips where there is no /proc: a check that does not run must not pass
        assertThat(descriptors).as("/proc/self/fd, to count the open handles (Linux)").isDirectory();
        Path target = file.toRealPath();
        try (Stream<Path> links = Files.list(descriptors)) {
            return links.filter(link -> {
                try {
                    return Files.readSymbolicLink(link).equals(target);
                } catch (IOException | UnsupportedOperationException e) {
                    return false; // closed while listing
                }
            }).count();
        }
    }
}
