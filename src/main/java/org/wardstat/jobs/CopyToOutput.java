package org.wardstat.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.wardstat.report.archive.ReportArchive;

/**
 * Puts a copy of each report made where the job definition asked ({@code output}, by period);
 * a run without an output folder (a one-off report, the demo) keeps them in the reports folder only.
 */
final class CopyToOutput implements ItemWriter<List<Path>> {

    private final Path output;

    CopyToOutput(Path output) {
        this.output = output;
    }

    @Override
    public void write(Chunk<? extends List<Path>> chunk) {
        if (output == null) {
            return;
        }
        for (List<Path> written : chunk) {
            for (Path latest : written) {
                // briefings/<period>/<file> → <output>/<period>/<file>
                Path target = output.resolve(latest.getParent().getFileName()).resolve(latest.getFileName());
                ReportArchive.writeAtomically(target, out -> ReportArchive.copy(latest, out));
            }
        }
    }
}
