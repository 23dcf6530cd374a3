package org.wardstat.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.archive.ReportArchive;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/** Does one item of a run: loads an inbox file (and files it under {@code da-nap/}) or renders one unit's report. */
final class RunItems {

    record Outcome(boolean done, String message, long rowsRejected) {
    }

    private final IngestService ingest;
    private final ReportService reports;
    private final Catalog catalog;
    private final Window window;
    private final Set<ReportService.Format> formats;
    private final Messages messages;
    private final Path inbox;
    private final Path output;
    private final long reportRunId;

    RunItems(IngestService ingest, ReportService reports, Catalog catalog, Window window, Set<ReportService.Format> formats,
             Messages messages, Path inbox, Path output, long reportRunId) {
        this.ingest = ingest;
        this.reports = reports;
        this.catalog = catalog;
        this.window = window;
        this.formats = formats;
        this.messages = messages;
        this.inbox = inbox;
        this.output = output;
        this.reportRunId = reportRunId;
    }

    Outcome run(RunItem item) {
        try {
            return item.kind() == RunItem.Kind.LOAD ? load(item.subject()) : report(item.subject());
        } catch (RuntimeException e) {
            return new Outcome(false, e.getMessage() == null ? e.toString() : e.getMessage(), 0);
        }
    }

    private Outcome load(String fileName) {
        Path file = inbox.resolve(fileName);
        if (!Files.exists(file)) {
            return new Outcome(false, messages.get("run.file-gone", file), 0);
        }
        IngestResult result = ingest.ingest(file, messages);
        if (!result.ok()) {
            return new Outcome(false, result.message(), 0);
        }
        Path filed = fileAway(file);
        String counts = messages.get("run.loaded", fileName, result.rowsRead(), result.rowsLoaded() + result.rowsUpdated(),
                result.rowsRejected(), inbox.relativize(filed));
        return new Outcome(true, result.rowsRejected() > 0 ? counts + " " + messages.get("load.rejects-at", result.rejectFile()) : counts,
                result.rowsRejected());
    }

    /** Moves a loaded file out of the inbox so the next run does not offer it again; a name taken already gets a number. */
    private Path fileAway(Path file) {
        try {
            Path folder = Files.createDirectories(inbox.resolve(RunPlan.LOADED_FOLDER));
            Path target = folder.resolve(file.getFileName());
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(n + "-" + file.getFileName());
            }
            return Files.move(file, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome report(String unitCode) {
        List<Path> written = reports.render(reportRunId, catalog, unitCode, window, messages, formats);
        if (output != null) {
            written.forEach(this::copyToOutput);
        }
        return new Outcome(true, String.join(", ", written.stream().map(path -> path.getFileName().toString()).toList()), 0);
    }

    private void copyToOutput(Path latest) {
        ReportArchive.writeAtomically(output.resolve(window.code()).resolve(latest.getFileName()), out -> ReportArchive.copy(latest, out));
    }
}
