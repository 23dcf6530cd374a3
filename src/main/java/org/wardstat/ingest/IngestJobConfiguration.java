package org.wardstat.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.system.Messages;

/** Wiring of the ingest job: read a wide file, validate each row, store values and rejects. */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final String JOB_NAME = "ingest";
    static final int CHUNK_SIZE = 500;

    @Bean
    Job ingestJob(JobRepository jobRepository, Step ingestRows) {
        return new JobBuilder(JOB_NAME, jobRepository).start(ingestRows).build();
    }

    @Bean
    Step ingestRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                    WideCsvReader wideCsvReader, RowValidation rowValidation,
                    ObservationWriter observationWriter) {
        return new StepBuilder("ingest-rows", jobRepository)
                .<CsvRow, ValidatedRow>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(wideCsvReader)
                .processor(rowValidation)
                .writer(observationWriter)
                .build();
    }

    @Bean
    @StepScope
    WideCsvReader wideCsvReader(@Value("#{jobParameters['file']}") String file) {
        return new WideCsvReader(Path.of(file));
    }

    @Bean
    @StepScope
    RowValidation rowValidation(CatalogRepository catalogs, Clock clock, @Value("#{jobParameters['language']}") String language) {
        return new RowValidation(catalogs.load(), YearMonth.now(clock), Messages.forLanguage(language));
    }

    /** The processor: validates each row against the catalog, with the header read once per file. */
    static class RowValidation implements ItemProcessor<CsvRow, ValidatedRow> {
        private final Catalog catalog;
        private final YearMonth latestPeriod;
        private final Messages messages;
        private List<String> header;
        private RowValidator validator;

        RowValidation(Catalog catalog, YearMonth latestPeriod, Messages messages) {
            this.catalog = catalog;
            this.latestPeriod = latestPeriod;
            this.messages = messages;
        }

        @Override
        public ValidatedRow process(CsvRow row) {
            if (row.header() != header) { // every row of a file shares one header list
                header = row.header();
                validator = new RowValidator(catalog, WideHeader.of(header, catalog), latestPeriod, messages);
            }
            return validator.validate(row);
        }
    }

    @Bean
    @StepScope
    ObservationWriter observationWriter(JdbcTemplate jdbc, @Value("#{jobParameters['sourceFileId']}") Long sourceFileId) {
        return new ObservationWriter(jdbc, sourceFileId);
    }
}
