package org.wardstat.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;

import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.ingest.FormProfile;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.WardstatProperties;
import picocli.CommandLine;
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

    @Option(names = "--period", paramLabel = "MONTH")
    YearMonth period;

    @Option(names = "--area", paramLabel = "CODE")
    String area;

    @Option(names = "--form", paramLabel = "NAME")
    String form;

    @Override
    public Integer call() {
        try (Wardstat app = Wardstat.start(root.language)) {
            Catalog catalog = app.bean(CatalogRepository.class).load();
            if (area != null && catalog.unit(area).isEmpty()) {
                app.out.println(app.messages.get("cli.ingest.no-area", area));
                return 2;
            }
            FormProfile profile = null;
            if (form != null) {
                try {
                    profile = FormProfile.read(FormProfile.locate(form, app.bean(WardstatProperties.class).resolve("forms")), catalog,
                            app.messages);
                } catch (FormProfile.Invalid e) {
                    app.out.println(e.getMessage());
                    return 1;
                }
            }
            return ingest(app, files, new IngestService.Options(sheet, encoding, period, area, profile, null));
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
