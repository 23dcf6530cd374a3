package org.wardstat.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "ingest", aliases = "load", mixinStandardHelpOptions = true)
class IngestCommand implements Callable<Integer> {

    @ParentCommand
    WardstatCli root;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "wardstat.ingest.files")
    List<Path> files;

    @Option(names = "--sheet", paramLabel = "NAME")
    String sheet;

    @Option(names = "--encoding", paramLabel = "CHARSET")
    Charset encoding;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            return ingest(app, files, new IngestService.Options(sheet, encoding));
        }
    }

    /** Loads each file and prints what happened; returns the exit code. */
    static int ingest(Wardstat app, List<Path> files, IngestService.Options options) {
        IngestService service = app.bean(IngestService.class);
        int exit = 0;
        for (Path file : files) {
            IngestResult result = service.ingest(file, options, app.messages);
            print(app, result);
            if (!result.ok()) {
                exit = 1;
            } else if (result.rowsRejected() > 0 && exit == 0) {
                exit = WardstatCli.REJECTED_ROWS;
            }
        }
        return exit;
    }

    static void print(Wardstat app, IngestResult result) {
        app.out.println(app.messages.get("cli.ingest.file", result.file().getFileName(),
                app.messages.get("outcome." + result.outcome().name().toLowerCase())));
        if (!result.ok()) {
            app.out.println("  " + result.message());
            return;
        }
        if (result.outcome() == IngestResult.Outcome.ALREADY_LOADED) {
            // nothing was read or written this time: the first load's counts would read as this one's
            if (result.rejectFile() != null) {
                app.out.println("  " + app.messages.get("load.rejects-at", result.rejectFile()));
            }
            return;
        }
        app.out.println("  " + app.messages.get("load.counts", result.rowsRead(), result.rowsLoaded(), result.rowsUpdated(),
                result.rowsUnchanged(), result.rowsRejected(), result.rowsWarned()));
        result.notes().forEach(note -> app.out.println("  " + note));
        if (result.rejectFile() != null) {
            app.out.println("  " + app.messages.get("load.rejects-at", result.rejectFile()));
        }
        if (result.warningFile() != null) {
            app.out.println("  " + app.messages.get("load.warnings-at", result.warningFile()));
        }
    }
}
