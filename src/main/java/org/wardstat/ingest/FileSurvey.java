package org.wardstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.wardstat.catalog.Catalog;
import org.wardstat.ingest.source.SourceRow;
import org.wardstat.ingest.source.TableReader;
import org.wardstat.ingest.source.TableReaders;
import org.wardstat.ingest.source.TextFiles;
import org.wardstat.ingest.source.UnreadableFileException;

/**
 * One pass over a file before anything of it is loaded: it must decode completely (so a bad
 * byte near the end cannot leave the rows above it loaded), and each sheet's header says
 * whether the sheet holds statistics and in which layout.
 *
 * @param encoding the text encoding (for a workbook: UTF-8, unused)
 * @param sheets   each sheet's header outcome: a usable header, or why it was skipped
 */
record FileSurvey(Charset encoding, Map<String, FileHeader> usable, Map<String, FileHeader.Invalid> skipped) {

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

    static FileSurvey of(Path file, String sheet, Charset encoding, Catalog catalog) throws Refusal {
        String name = file.getFileName().toString();
        Charset charset;
        try {
            charset = encoding != null ? encoding : TextFiles.detect(file);
        } catch (IOException e) {
            throw new Refusal("file.unreadable", name, e.getMessage());
        }
        Map<String, FileHeader> usable = new LinkedHashMap<>();
        Map<String, FileHeader.Invalid> skipped = new LinkedHashMap<>();
        try (TableReader reader = TableReaders.open(file, sheet, charset)) {
            String current = null;
            for (SourceRow row = reader.next(); row != null; row = reader.next()) {
                String rowSheet = row.sheet() == null ? "" : row.sheet();
                if (rowSheet.equals(current)) {
                    continue;
                }
                current = rowSheet;
                try {
                    usable.put(rowSheet, FileHeader.of(List.copyOf(row.cells()), catalog));
                } catch (FileHeader.Invalid e) {
                    skipped.put(rowSheet, e);
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
        return new FileSurvey(charset, usable, skipped);
    }

    /** A named encoding that does not fit is the user's to fix; when detection found none, the file is no text at all. */
    private static Refusal encodingRefusal(String name, Charset charset, Charset given) {
        return given != null ? new Refusal("file.encoding", name, charset.displayName()) : new Refusal("file.not-text", name);
    }

    String layouts() {
        return usable.values().stream().map(h -> h.layout().name().toLowerCase()).distinct().reduce((a, b) -> a + "+" + b).orElse("");
    }
}
