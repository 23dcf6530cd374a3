package org.wardstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardstat.system.Messages;
import org.wardstat.system.SpreadsheetCells;

/**
 * Writes, for each loaded file, a short summary and beside it the rejected rows and the
 * warnings, each with the original row and the reason: {@code reports/loads/<file>-<checksum>/}.
 */
class LoadReportWriter {

    record Written(Path summary, Path rejects, Path warnings) {
    }

    private final Path folder;

    LoadReportWriter(Path folder) {
        this.folder = folder;
    }

    Written write(Path file, String sha256, SourceFiles.Stored stored, List<SourceFiles.Problem> rejects,
                  List<SourceFiles.Problem> warnings, IngestResult.Outcome outcome, List<String> notes, Messages messages) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path dir = folder.resolve(stem + "-" + sha256.substring(0, 8));
        try {
            Files.createDirectories(dir);
            Path rejectFile = rejects.isEmpty() ? null : problems(dir.resolve("rejects.csv"), file, rejects, messages);
            Path warningFile = warnings.isEmpty() ? null : problems(dir.resolve("warnings.csv"), file, warnings, messages);
            List<String> lines = new ArrayList<>(List.of(
                    messages.get("load.summary.file", file),
                    messages.get("load.summary.sha", sha256),
                    messages.get("load.summary.outcome", messages.get("outcome." + outcome.name().toLowerCase())),
                    counts(stored, messages)));
            lines.addAll(notes);
            lines.add(rejectFile == null ? messages.get("load.no-rejects") : messages.get("load.rejects-at", rejectFile));
            if (warningFile != null) {
                lines.add(messages.get("load.warnings-at", warningFile));
            }
            Path summary = dir.resolve("summary.txt");
            Files.writeString(summary, String.join(System.lineSeparator(), lines) + System.lineSeparator(), StandardCharsets.UTF_8);
            return new Written(summary, rejectFile, warningFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String counts(SourceFiles.Stored s, Messages messages) {
        return messages.get("load.counts", s.rowsRead(), s.rowsLoaded(), s.rowsUpdated(), s.rowsUnchanged(), s.rowsRejected(), s.rowsWarned());
    }

    /**
     * UTF-8 with a byte-order mark, so Excel shows the Vietnamese reasons correctly; every cell
     * neutral, so a rejected "=HYPERLINK(…)" opens as the text it is.
     */
    private static Path problems(Path target, Path file, List<SourceFiles.Problem> problems, Messages messages) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
            csv.printRecord(SpreadsheetCells.neutral(messages.get("rejects.file"), messages.get("rejects.sheet"), messages.get("rejects.row"),
                    messages.get("rejects.column"), messages.get("rejects.value"), messages.get("rejects.rule"),
                    messages.get("rejects.reason"), messages.get("rejects.original")));
            for (SourceFiles.Problem p : problems) {
                csv.printRecord(SpreadsheetCells.neutral(file.getFileName(), p.sheet(), p.rowNumber(), p.column(), p.value(), p.rule(),
                        p.reason(), p.rawRow()));
            }
            csv.flush();
        }
        return target;
    }
}
