package org.wardstat.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.wardstat.system.Messages;

/**
 * Writes, for each loaded file, a short summary and beside it the rejected rows with the
 * original row and the reason: {@code reports/loads/<file>-<checksum>/}.
 */
class LoadReportWriter {

    record Written(Path summary, Path rejects) {
    }

    private final Path folder;

    LoadReportWriter(Path folder) {
        this.folder = folder;
    }

    Written write(Path file, String sha256, SourceFiles.Stored stored, List<SourceFiles.Reject> rejects,
                  IngestResult.Outcome outcome, Messages messages) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        Path dir = folder.resolve(stem + "-" + sha256.substring(0, 8));
        try {
            Files.createDirectories(dir);
            Path rejectFile = rejects.isEmpty() ? null : dir.resolve("rejects.csv");
            if (rejectFile != null) {
                writeRejects(rejectFile, rejects, messages);
            }
            Path summary = dir.resolve("summary.txt");
            Files.writeString(summary, String.join(System.lineSeparator(),
                    messages.get("load.summary.file", file),
                    messages.get("load.summary.sha", sha256),
                    messages.get("load.summary.outcome", messages.get("outcome." + outcome.name().toLowerCase())),
                    messages.get("load.counts", stored.rowsRead(), stored.rowsLoaded(), stored.rowsRejected(), stored.valuesWritten()),
                    rejectFile == null ? messages.get("load.no-rejects") : messages.get("load.rejects-at", rejectFile),
                    ""), StandardCharsets.UTF_8);
            return new Written(summary, rejectFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 with a byte-order mark, so Excel shows the Vietnamese reasons correctly. */
    private static void writeRejects(Path target, List<SourceFiles.Reject> rejects, Messages messages) throws IOException {
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
            csv.printRecord(messages.get("rejects.row"), messages.get("rejects.column"), messages.get("rejects.value"),
                    messages.get("rejects.reason"), messages.get("rejects.original"));
            for (SourceFiles.Reject reject : rejects) {
                csv.printRecord(reject.rowNumber(), reject.column(), reject.value(), reject.reason(), reject.rawRow());
            }
            csv.flush();
        }
    }
}
