package org.wardstat.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.wardstat.catalog.Catalog;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/**
 * Makes one planned report within the chunk's transaction: the edition's record commits with
 * the reader's position, so a report is recorded exactly once however the process ends. A
 * report refused (no figures for the unit) is filtered: counted, not failed.
 */
final class RenderUnit implements ItemProcessor<RenderItem, List<Path>> {

    private final ReportService reports;
    private final Catalog catalog;
    private final Messages messages;
    private final ReportService.Run run;

    RenderUnit(ReportService reports, Catalog catalog, Messages messages, ReportService.Run run) {
        this.reports = reports;
        this.catalog = catalog;
        this.messages = messages;
        this.run = run;
    }

    @Override
    public List<Path> process(RenderItem item) {
        ReportService.Outcome outcome = reports.report(run, catalog, item.unit(), item.window(), messages,
                item.formats());
        return outcome.refused() ? null : outcome.written();
    }
}
