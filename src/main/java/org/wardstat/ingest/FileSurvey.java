package org.wardstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.wardstat.ingest.source.TableReaders;
import org.wardstat.system.TextFiles;
import org.wardstat.ingest.source.UnreadableFileException;

/**
 * One pass over a file before anything of it is loaded: it must decode completely (so a bad
 * byte near the end cannot leave the rows above it loaded), each sheet's table is found (or the
 * sheet is skipped, saying why), and a table that cannot be read (its month cannot be told) is
 * refused with the reason. It reads the file as the load will, through {@link SheetTableReader}.
 *
 * @param encoding the text encoding (for a workbook: UTF-8, unused)
 * @param usable   each sheet with a table, and the table's header
 * @param skipped  each sheet without one, and why
 * @param reports  what was found and passed over in each sheet, for the load's notes
 */
record FileSurvey(Charset encoding, Map<String, FileHeader> usable, Map<String, FileHeader.Invalid> skipped,
                  Map<String, SheetTableReader.SheetReport> reports) {

    /** A file that cannot be loaded at all; {@link #reasonCode} and {@link #args} make the message. */
    static final class Refusal extends Exception {
        final String reasonCode;
        final Object[] args;

        Refusal(String reasonCode, Object... args) {
            super(reasonCode);
            this.reasonCode = reasonCode;
            this.args = args;
        }
    }

    static FileSurvey of(Path file, String sheet, Charset encoding, TableFinder.Reading reading) throws Refusal {
        String name = file.getFileName().toString();
        Charset charset;
        try {
            charset = encoding != null ? encoding : TextFiles.detect(file);
        } catch (IOException e) {
            throw new Refusal("file.unreadable", name, e.getMessage());
        }
        Map<String, FileHeader> usable = new LinkedHashMap<>();
        Map<String, FileHeader.Invalid> skipped = new LinkedHashMap<>();
        Map<String, SheetTableReader.SheetReport> reports;
        try (SheetTableReader reader = new SheetTableReader(TableReaders.open(file, sheet, charset), reading)) {
            while (reader.next() != null) {
                // reading every row is the check: the whole file decodes, every sheet's table is found
            }
            reports = reader.reports();
            for (SheetTableReader.SheetReport report : reports.values()) {
                if (report.outcome instanceof TableFinder.Found found) {
                    usable.put(report.sheet, found.table().header());
                } else if (report.outcome instanceof TableFinder.NoTable none) {
                    skipped.put(report.sheet, none.reason());
                } else if (report.outcome instanceof TableFinder.Unreadable unreadable) {
                    throw new Refusal("file.table", name, report.sheet, unreadable.row(), unreadable.reason());
                }
            }
        } catch (UnreadableFileException e) {
            throw new Refusal(e.reasonCode(), name, e.detail());
        } catch (CharacterCodingException e) {
            throw encodingRefusal(name, charset, encoding);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw encodingRefusal(name, charset, encoding);
            }
            throw new Refusal("file.unreadable", name, e.getMessage());
        } catch (IOException e) {
            throw new Refusal("file.unreadable", name, e.getMessage());
        }
        if (usable.isEmpty()) {
            if (skipped.isEmpty()) {
                throw new Refusal("file.empty", name);
            }
            var first = skipped.entrySet().iterator().next();
            throw new Refusal("file.header", name, first.getKey(), first.getValue());
        }
        if (sheet != null && !skipped.isEmpty()) {
            var first = skipped.entrySet().iterator().next();
            throw new Refusal("file.header", name, first.getKey(), first.getValue());
        }
        return new FileSurvey(charset, usable, skipped, reports);
    }

    /** A named encoding that does not fit is the user's to fix; when detection found none, the file is no text at all. */
    private static Refusal encodingRefusal(String name, Charset charset, Charset given) {
        return given != null ? new Refusal("file.encoding", name, charset.displayName()) : new Refusal("file.not-text", name);
    }

    String layouts() {
        return usable.values().stream().map(h -> h.layout().name().toLowerCase()).distinct().reduce((a, b) -> a + "+" + b).orElse("");
    }
}
