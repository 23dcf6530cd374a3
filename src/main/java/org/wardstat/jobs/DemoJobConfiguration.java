package org.wardstat.jobs;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wardstat.analytics.ObservationRepository;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.report.ReportService;

/** Wiring of the demo's reports ({@code demo}): plan every sample ward's briefings and area's report, render them. */
@Configuration(proxyBeanMethods = false)
class DemoJobConfiguration {

    static final String JOB_NAME = "demo";

    @Bean
    Job demoJob(JobRepository jobRepository, Step planDemo, Step render, Heartbeats heartbeats) {
        return new JobBuilder(JOB_NAME, jobRepository).listener(heartbeats).start(planDemo).next(render).build();
    }

    @Bean
    Step planDemo(JobRepository jobRepository, Tasklet demoPlan) {
        return new StepBuilder("plan-demo", jobRepository).tasklet(demoPlan, new ResourcelessTransactionManager()).build();
    }

    @Bean
    @StepScope
    Tasklet demoPlan(CatalogRepository catalogs, ObservationRepository observations, ReportService reports) {
        return new DemoPlan(catalogs.load(), observations.monthSpans(), reports);
    }
}
