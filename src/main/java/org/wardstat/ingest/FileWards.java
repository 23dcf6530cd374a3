package org.wardstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wardstat.catalog.Catalog;
import org.wardstat.ingest.FileHeader.Role;
import org.wardstat.ingest.source.TableReaders;
import org.wardstat.system.Messages;

/**
 * The wards a file names, each with the row it first appears in, read before anything is
 * loaded: the web refuses a whole file that reaches outside the part of the org-unit tree its
 * sender may load. A ward written by name counts as the ward the load would take it for; a
 * ward column of a transposed table, at its header row; the ward a sheet's title names, at the
 * header row.
 */
public final class FileWards {

    /** @param sheet "" for a text file; @param row as a spreadsheet shows it */
    public record Mention(String code, String sheet, long row) {
    }

    private FileWards() {
    }

    /**
     * In the order they first appear; a cell that names no ward is given as written. Empty for a
     * file that cannot be read at all: loading it refuses it, with the reason, and stores nothing.
     */
    public static List<Mention> of(Path file, IngestService.Options options, Catalog catalog) {
        TableFinder.Reading reading = IngestService.reading(options, catalog, Messages.vietnamese());
        FileSurvey survey;
        try {
            survey = FileSurvey.of(file, IngestService.sheet(options), options.encoding(), reading);
        } catch (FileSurvey.Refusal refusal) {
            return List.of();
        }
        Map<String, Mention> first = new LinkedHashMap<>();
        try (SheetTableReader reader = new SheetTableReader(TableReaders.open(file, IngestService.sheet(options), survey.encoding()),
                reading)) {
            Map<FileHeader, WardNames> names = new java.util.IdentityHashMap<>();
            for (TableRow row = reader.next(); row != null; row = reader.next()) {
                FileHeader header = row.table();
                WardNames wardNames = names.computeIfAbsent(header, h -> WardNames.of(catalog, h.context().area()));
                SheetTable table = reader.reports().get(row.sheet()).table();
                if (header.ward() >= 0 && !row.total()) {
                    mention(first, wardNames, row.cell(header.ward()), row.sheet(), row.rowNumber());
                }
                if (header.context().ward() != null) {
                    mention(first, wardNames, header.context().ward().text(), row.sheet(), table.headerRow());
                }
                for (FileHeader.Column column : header.columns()) {
                    if (column.role() == Role.WARD_VALUES) {
                        mention(first, wardNames, column.stands(), row.sheet(), table.headerRow());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(first.values());
    }

    private static void mention(Map<String, Mention> first, WardNames names, String text, String sheet, long row) {
        if (text.isEmpty()) {
            return;
        }
        String code = names.resolve(text) instanceof WardNames.Found found ? found.ward().code() : text;
        first.putIfAbsent(code, new Mention(code, sheet, row));
    }
}
