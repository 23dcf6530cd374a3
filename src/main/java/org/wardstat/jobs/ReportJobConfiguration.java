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
import org.wardstat.analytics.Window;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;

/** Wiring of a one-off report ({@code report}), asked for on the command line or the web: plan the one report, render it. */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

    static final String JOB_NAME = "report";

    @Bean
    Job reportJob(JobRepository jobRepository, Step planReport, Step render, Heartbeats heartbeats) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(heartbeats)
                .start(planReport).on(PlannedItems.FUTURE).fail()
                .from(planReport).on(PlannedItems.NO_FIGURES).fail()
                .from(planReport).on("FAILED").fail()
                .from(planReport).on("*").to(render)
                .end()
                .build();
    }

    @Bean
    Step planReport(JobRepository jobRepository, Tasklet reportPlan) {
        return new StepBuilder("plan-report", jobRepository).tasklet(reportPlan, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    Tasklet reportPlan(CatalogRepository catalogs, ReportService reports, @Value("#{jobParameters['unit']}") String unit,
                       @Value("#{jobParameters['period']}") String period, @Value("#{jobParameters['formats']}") String formats,
                       @Value("#{jobParameters['language']}") String language) {
        return new ReportPlan(unit, Window.parse(period).orElseThrow(), RenderItem.formats(formats), catalogs.load(), reports,
                Messages.forLanguage(language));
    }
}
