package org.wardstat.jobs;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardstat.analytics.ObservationRepository;
import org.wardstat.analytics.Window;
import org.wardstat.approval.FigureStanding;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.distribution.Distributor;
import org.wardstat.distribution.Recipients;
import org.wardstat.ingest.IngestService;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/**
 * Wiring of a job definition's run ({@code publish}): load the inbox, plan the reports, render
 * them. A period with no figures yet stops the run "waiting for data"; restarted (by the
 * scheduler's next ticks, or by hand) it loads the inbox again and plans anew.
 */
@Configuration(proxyBeanMethods = false)
class PublishJobConfiguration {

    static final String JOB_NAME = "publish";

    @Bean
    Job publishJob(JobRepository jobRepository, Step loadInbox, Step planPublish, Step render, Step distribute, Heartbeats heartbeats) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(heartbeats)
                .start(loadInbox).on("FAILED").fail()
                .from(loadInbox).on("*").to(planPublish)
                .from(planPublish).on(PlannedItems.WAITING).stopAndRestart(loadInbox)
                .from(planPublish).on("FAILED").fail()
                .from(planPublish).on("*").to(render)
                .from(render).on("FAILED").fail()
                .from(render).on("*").to(distribute)
                .end()
                .build();
    }

    /**
     * Each file is its own ingest job with its own transactions; this step holds none around
     * them. It runs again on a restart: files that came meanwhile are loaded too.
     */
    @Bean
    Step loadInbox(JobRepository jobRepository, IngestService ingest, JobDefinitions jobs) {
        return new InboxLoad(jobRepository, ingest, jobs);
    }

    /** Sending mail holds no transaction open: each delivery's record commits on its own, before and after the send. */
    @Bean
    Step distribute(JobRepository jobRepository, JobDefinitions jobs, CatalogRepository catalogs, Recipients recipients,
                    Distributor distributor) {
        return new StepBuilder("distribute", jobRepository)
                .tasklet(new Distribution(jobs, catalogs, recipients, distributor), new ResourcelessTransactionManager()).build();
    }

    @Bean
    Step planPublish(JobRepository jobRepository, Tasklet publishPlan) {
        return new StepBuilder("plan-publish", jobRepository).tasklet(publishPlan, new ResourcelessTransactionManager())
                .allowStartIfComplete(true).build();
    }

    @Bean
    @StepScope
    Tasklet publishPlan(JobDefinitions jobs, CatalogRepository catalogs, ObservationRepository observations, ReportService reports,
                        FigureStanding standing,
                        @Value("#{jobParameters['jobFile']}") String jobFile, @Value("#{jobParameters['period']}") String period,
                        @Value("#{jobParameters['language']}") String language) {
        Messages messages = Messages.forLanguage(language);
        return new PublishPlan(definition(jobs, jobFile, messages), catalogs.load(), Window.parse(period).orElseThrow(), observations,
                reports, standing, messages);
    }

    /** The job file as it is now: a restart after an edit works with the edit. */
    static JobDefinition definition(JobDefinitions jobs, String file, Messages messages) {
        if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(file))) {
            throw new IllegalStateException(messages.get("run.job-gone", file));
        }
        return jobs.read(java.nio.file.Path.of(file), messages);
    }
}
