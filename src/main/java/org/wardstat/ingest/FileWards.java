package org.wardstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wardstat.catalog.Catalog;
import org.wardstat.ingest.source.SourceRow;
import org.wardstat.ingest.source.TableReader;
import org.wardstat.ingest.source.TableReaders;

/**
 * The codes a file names in its ward column, each with the row it first appears in, read
 * before anything is loaded: the web refuses a whole file that reaches outside the part of the
 * org-unit tree its sender may load.
 */
public final class FileWards {

    /** @param sheet "" for a text file; @param row as a spreadsheet shows it */
    public record Mention(String code, String sheet, long row) {
    }

    private FileWards() {
    }

    /**
     * In the order they first appear. Empty for a file that cannot be read at all: loading it
     * refuses it, with the reason, and stores nothing.
     */
    public static List<Mention> of(Path file, IngestService.Options options, Catalog catalog) {
        FileSurvey survey;
        try {
            survey = FileSurvey.of(file, options.sheet(), options.encoding(), catalog);
        } catch (FileSurvey.Refusal refusal) {
            return List.of();
        }
        Map<String, Mention> first = new LinkedHashMap<>();
        try (TableReader reader = TableReaders.open(file, options.sheet(), survey.encoding())) {
            String currentSheet = null;
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                String sheet = row.sheet() == null ? "" : row.sheet();
                if (!sheet.equals(currentSheet)) {
                    currentSheet = sheet; // the first row of each sheet is its header, as the load reads it
                    continue;
                }
                FileHeader header = survey.usable().get(sheet);
                String code = header == null || header.ward() >= row.cells().size() ? "" : row.cells().get(header.ward()).strip();
                if (!code.isEmpty()) {
                    first.putIfAbsent(code, new Mention(code, sheet, row.rowNumber()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(first.values());
    }
}
