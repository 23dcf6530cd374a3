package org.wardstat.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * Wiring of the ingest job: stage the rows of a file chunk by chunk, check the rules that span
 * rows, then merge everything good into the observations in one transaction, and tidy the month
 * table for the reads that follow.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

    static final String JOB_NAME = "ingest";
    static final int CHUNK_SIZE = 1000;

    @Bean
    Job ingestJob(JobRepository jobRepository, Step stageRows, Step checkRules, Step mergeValues, Step tidyMonthTable) {
        return new JobBuilder(JOB_NAME, jobRepository).start(stageRows).next(checkRules).next(mergeValues).next(tidyMonthTable).build();
    }

    @Bean
    Step stageRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                   TableRowReader tableRowReader, RowValidation rowValidation, TotalWarnings totalWarnings) {
        return new StepBuilder("stage-rows", jobRepository)
                .<TableRow, ValidatedRow>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(tableRowReader)
                .processor(rowValidation)
                .writer(totalWarnings)
                .build();
    }

    @Bean
    Step checkRules(JobRepository jobRepository, PlatformTransactionManager transactionManager, RuleCheck ruleCheck) {
        return new StepBuilder("check-rules", jobRepository).tasklet(ruleCheck, transactionManager).build();
    }

    @Bean
    Step mergeValues(JobRepository jobRepository, PlatformTransactionManager transactionManager, Merge merge) {
        ExecutionContextPromotionListener yearsWritten = new ExecutionContextPromotionListener();
        yearsWritten.setKeys(new String[] {TidyMonthTable.YEARS_WRITTEN});
        return new StepBuilder("merge-values", jobRepository).tasklet(merge, transactionManager).listener(yearsWritten).build();
    }

    @Bean
    Step tidyMonthTable(JobRepository jobRepository, DataSource dataSource) {
        // no database transaction around VACUUM, which refuses to run inside one
        return new StepBuilder("tidy-month-table", jobRepository)
                .tasklet(new TidyMonthTable(new JdbcTemplate(dataSource)), new ResourcelessTransactionManager()).build();
    }

    /** Reads the file as the survey before the job read it: the same sheet, month, area and form profile. */
    @Bean
    @StepScope
    TableRowReader tableRowReader(CatalogRepository catalogs,
                                  @Value("#{jobParameters['file']}") String file,
                                  @Value("#{jobParameters['sheet']}") String sheet,
                                  @Value("#{jobParameters['encoding']}") String encoding,
                                  @Value("#{jobParameters['period']}") String period,
                                  @Value("#{jobParameters['area']}") String area,
                                  @Value("#{jobParameters['form']}") String form,
                                  @Value("#{jobParameters['language']}") String language) {
        Catalog catalog = catalogs.load();
        Messages messages = Messages.forLanguage(language);
        TableFinder.Reading reading = new TableFinder.Reading(catalog, blank(period) ? null : YearMonth.parse(period),
                blank(area) ? null : area, blank(form) ? null : FormProfile.read(Path.of(form), catalog, messages), messages);
        return new TableRowReader(Path.of(file), blank(sheet) ? null : sheet, Charset.forName(encoding), reading);
    }

    @Bean
    @StepScope
    RowValidation rowValidation(CatalogRepository catalogs, Clock clock, @Value("#{jobParameters['language']}") String language) {
        return new RowValidation(new CellChecks(catalogs.load(), YearMonth.now(clock), Messages.forLanguage(language)));
    }

    @Bean
    @StepScope
    TotalWarnings totalWarnings(JdbcTemplate jdbc, StagingWriter stagingWriter, @Value("#{jobParameters['sourceFileId']}") Long sourceFileId) {
        return new TotalWarnings(jdbc, sourceFileId, stagingWriter);
    }

    private static boolean blank(String text) {
        return text == null || text.isEmpty();
    }

    @Bean
    @StepScope
    StagingWriter stagingWriter(DataSource dataSource, @Value("#{jobParameters['sourceFileId']}") Long sourceFileId) {
        return new StagingWriter(dataSource, sourceFileId);
    }

    @Bean
    @StepScope
    RuleCheck ruleCheck(JdbcTemplate jdbc, CatalogRepository catalogs, WardstatProperties properties,
                        @Value("#{jobParameters['sourceFileId']}") Long sourceFileId,
                        @Value("#{jobParameters['language']}") String language) {
        List<ValidationRule> rules = ValidationRules.read(properties.catalog().resolve("validation-rules.csv"), catalogs.load());
        return new RuleCheck(jdbc, sourceFileId, rules, Messages.forLanguage(language));
    }

    @Bean
    @StepScope
    Merge merge(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock, WardstatProperties properties,
                @Value("#{jobParameters['sourceFileId']}") Long sourceFileId,
                @Value("#{jobParameters['language']}") String language) {
        return new Merge(jdbc, sourceFileId, clock, new LockedMonths(jdbcTemplate, Messages.forLanguage(language), properties.zone()));
    }

    /**
     * The processor: validates each row with its table's header; one validator per table, made
     * when the table's first row comes. Sheets without a table never reach it: the reader passes
     * them over, and the survey before the job has told the user so.
     */
    static class RowValidation implements ItemProcessor<TableRow, ValidatedRow> {
        private final CellChecks checks;
        private final Map<FileHeader, RowValidator> validators = new IdentityHashMap<>();

        RowValidation(CellChecks checks) {
            this.checks = checks;
        }

        @Override
        public ValidatedRow process(TableRow row) {
            return validators.computeIfAbsent(row.table(), header -> new RowValidator(checks, header)).validate(row);
        }
    }

}
