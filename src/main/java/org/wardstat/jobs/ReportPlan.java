package org.wardstat.jobs;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/**
 * Plans a one-off report: the one unit and window, unless the report would be refused (a window
 * still to come, no figures for the unit), in which case the run ends with the reason in words.
 */
final class ReportPlan implements Tasklet {

    private final String unit;
    private final Window window;
    private final Set<ReportService.Format> formats;
    private final Catalog catalog;
    private final ReportService reports;
    private final Messages messages;

    ReportPlan(String unit, Window window, Set<ReportService.Format> formats, Catalog catalog, ReportService reports,
               Messages messages) {
        this.unit = unit;
        this.window = window;
        this.formats = formats;
        this.catalog = catalog;
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        reports.checkTemplates();
        Optional<ReportService.Outcome> refused = reports.refusal(catalog, unit, window, messages);
        if (refused.isPresent()) {
            PlannedItems.stop(contribution, refused.get().refusal() == ReportService.Refusal.FUTURE
                    ? PlannedItems.FUTURE : PlannedItems.NO_FIGURES, refused.get().message());
            return RepeatStatus.FINISHED;
        }
        PlannedItems.store(contribution, List.of(new RenderItem(unit, window, formats)));
        return RepeatStatus.FINISHED;
    }
}
