package org.wardstat.jobs;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.distribution.Distributor;
import org.wardstat.distribution.Recipients;
import org.wardstat.system.Messages;

/**
 * The last step of a job's run: its PDFs to the job's recipients by e-mail. Run again on a
 * restart, it sends only what was not sent (the ledger says); what it sent and what failed is the
 * step's message, shown with the run.
 */
class Distribution implements Tasklet {

    private final JobDefinitions jobs;
    private final CatalogRepository catalogs;
    private final Recipients recipients;
    private final Distributor distributor;

    Distribution(JobDefinitions jobs, CatalogRepository catalogs, Recipients recipients, Distributor distributor) {
        this.jobs = jobs;
        this.catalogs = catalogs;
        this.recipients = recipients;
        this.distributor = distributor;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunk) {
        StepExecution step = contribution.getStepExecution();
        var parameters = step.getJobParameters();
        Messages messages = Messages.forLanguage(parameters.getString(RunParameters.LANGUAGE));
        JobDefinition job = PublishJobConfiguration.definition(jobs, parameters.getString(RunParameters.JOB_FILE), messages);
        if (!job.recipients().any()) {
            step.setExitStatus(ExitStatus.COMPLETED.addExitDescription(messages.get("mail.no-recipients")));
            return RepeatStatus.FINISHED;
        }
        var catalog = catalogs.load();
        Window window = Window.parse(parameters.getString(RunParameters.PERIOD)).orElseThrow();
        var list = recipients.of(job.recipients(), catalog, job.scope(), messages);
        Distributor.Summary summary = distributor.distribute(step.getJobExecution().getJobInstance().getInstanceId(), job.title(), window,
                catalog, list);
        step.setReadCount(list.size());
        step.setWriteCount(summary.sent());
        step.setExitStatus(ExitStatus.COMPLETED.addExitDescription(summary.text(messages)));
        return RepeatStatus.FINISHED;
    }
}
