package org.wardstat.jobs;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.report.ReportService;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Wiring of the render step every run ends with: the planned reports split into partitions,
 * each partition rendered one report per chunk ({@code render-units}). Where the partitions run
 * is a setting: over this process's threads here, or in worker processes.
 */
@Configuration(proxyBeanMethods = false)
class RenderStepConfiguration {

    static final String MANAGER_STEP = "render";
    static final String WORKER_STEP = "render-units";

    @Bean
    Step render(JobRepository jobRepository, Partitioner renderPartitioner, PartitionHandler renderPartitions) {
        return new StepBuilder(MANAGER_STEP, jobRepository)
                .partitioner(WORKER_STEP, renderPartitioner)
                .partitionHandler(renderPartitions)
                .build();
    }

    /** One report per chunk: its edition's record commits with the reader's position. */
    @Bean
    Step renderUnits(JobRepository jobRepository, PlatformTransactionManager transactionManager, Heartbeats heartbeats,
                     OrphanPartials orphanPartials, ItemStreamReader<RenderItem> renderItemReader, ItemProcessor<RenderItem, List<Path>> renderUnit,
                     ItemWriter<List<Path>> copyToOutput) {
        return new StepBuilder(WORKER_STEP, jobRepository)
                .<RenderItem, List<Path>>chunk(1)
                .transactionManager(transactionManager)
                .reader(renderItemReader)
                .processor(renderUnit)
                .writer(copyToOutput)
                .listener(orphanPartials)
                .listener(heartbeats)
                .build();
    }

    /** This process's threads (the default); {@link RemotePartitionsConfiguration} has the worker processes' handler. */
    @Bean
    @ConditionalOnProperty(name = "wardstat.render.transport", havingValue = "local", matchIfMissing = true)
    PartitionHandler renderPartitions(Step renderUnits, WardstatProperties properties) {
        int threads = properties.render().threadCount();
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix("wardstat-render-");
        executor.setDaemon(true);
        executor.initialize();
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(renderUnits);
        handler.setTaskExecutor(executor);
        handler.setGridSize(threads);
        return handler;
    }

    @Bean
    @StepScope
    Partitioner renderPartitioner(@Value("#{jobExecutionContext['items']}") List<String> items) {
        return new RenderPartitioner(items == null ? 0 : items.size());
    }

    @Bean
    @StepScope
    ItemStreamReader<RenderItem> renderItemReader(@Value("#{jobExecutionContext['items']}") List<String> plan,
                                                  @Value("#{stepExecutionContext['partition']}") Integer partition,
                                                  @Value("#{stepExecutionContext['partitions']}") Integer partitions) {
        return new RenderItemReader(RenderPartitioner.share(plan, partition, partitions));
    }

    @Bean
    @StepScope
    ItemProcessor<RenderItem, List<Path>> renderUnit(ReportService reports, CatalogRepository catalogs,
                                                     @Value("#{jobParameters['language']}") String language,
                                                     @Value("#{jobParameters['requestedAt']}") Long requestedAt,
                                                     @Value("#{stepExecution}") StepExecution stepExecution) {
        return new RenderUnit(reports, catalogs.load(), Messages.forLanguage(language),
                new ReportService.Run(stepExecution.getJobExecutionId(), stepExecution.getJobExecution().getJobInstance().getInstanceId(),
                        java.time.Instant.ofEpochMilli(requestedAt)));
    }

    /** A job definition's run also copies its reports to the job's output folder. */
    @Bean
    @StepScope
    ItemWriter<List<Path>> copyToOutput(JobDefinitions jobs, @Value("#{jobParameters['jobFile']}") String jobFile) {
        Path output = jobFile == null ? null : jobs.read(Path.of(jobFile), Messages.vietnamese()).output();
        return new CopyToOutput(output);
    }
}
