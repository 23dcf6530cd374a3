package org.wardstat.jobs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.wardstat.analytics.ObservationRepository;
import org.wardstat.approval.FigureStanding;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.report.PeriodLabels;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/**
 * Plans a job definition's run after its inbox is loaded: every report the job makes for the
 * period. A period for which no ward of the scope has any figure yet is not rendered as a set of
 * empty reports: the run stops "waiting for data" and the scheduler takes it up again at its
 * later ticks, when the files may have come.
 */
final class PublishPlan implements Tasklet {

    private final JobDefinition job;
    private final Catalog catalog;
    private final Window window;
    private final ObservationRepository observations;
    private final ReportService reports;
    private final FigureStanding standing;
    private final Messages messages;

    PublishPlan(JobDefinition job, Catalog catalog, Window window, ObservationRepository observations, ReportService reports,
                FigureStanding standing, Messages messages) {
        this.standing = standing;
        this.job = job;
        this.catalog = catalog;
        this.window = window;
        this.observations = observations;
        this.reports = reports;
        this.messages = messages;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        reports.checkTemplates();
        Set<String> wards = storedUnder(job.scope());
        String scope = String.join(", ", job.scope().stream()
                .map(code -> catalog.unit(code).map(unit -> unit.name(messages.isVietnamese())).orElse(code)).toList());
        if (!observations.anyIn(wards, window)) {
            PlannedItems.stop(contribution, PlannedItems.WAITING,
                    messages.get("run.waiting", scope, PeriodLabels.name(window, messages)));
            return RepeatStatus.FINISHED;
        }
        FigureStanding.Standing figures = standing.of(wards, window);
        if (!figures.meets(job.require())) {
            // a job that requires approved (or locked) figures waits for them as it waits for files
            int missing = job.require() == FigureStanding.Requirement.LOCKED ? figures.unlockedWards() : figures.unapprovedWards();
            PlannedItems.stop(contribution, PlannedItems.WAITING, messages.get("run.waiting-" + job.require().name().toLowerCase(),
                    missing, figures.wards(), scope, PeriodLabels.name(window, messages)));
            return RepeatStatus.FINISHED;
        }
        List<RenderItem> items = RunPlan.units(job, catalog, window).stream()
                .map(unit -> new RenderItem(unit, window, job.formats())).toList();
        PlannedItems.store(contribution, items);
        return RepeatStatus.FINISHED;
    }

    /** The wards of the scope with the wards they replaced: whose figures the reports read. */
    private Set<String> storedUnder(List<String> scope) {
        Set<String> codes = new HashSet<>();
        for (String code : scope) {
            OrgUnit area = catalog.unit(code).orElseThrow();
            for (OrgUnit ward : area.isWard() ? List.of(area) : catalog.wardsUnder(area)) {
                catalog.lineage(ward).forEach(member -> codes.add(member.code()));
            }
        }
        return codes;
    }
}
