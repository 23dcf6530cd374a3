package org.wardstat.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.wardstat.PipelineTest;
import org.wardstat.analytics.Summaries;
import org.wardstat.cli.WardstatCli;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * The benchmark's logic on a tiny file: what it reports, not how fast it is (speed is measured
 * by `wardstat benchmark ingest`, never by a test).
 */
class IngestBenchmarkTest extends PipelineTest {

    private static final int WARDS = 20;
    private static final int MONTHS = 12;
    private static final int INDICATORS = 30; // the catalog's 28 flows and stocks, and two extra

    @Autowired
    IngestService ingest;
    @Autowired
    DataSource dataSource;
    @Autowired
    WardstatProperties properties;

    @TempDir
    Path temp;

    /** The Spring context, and so the database, is shared with the other pipeline tests: leave them no synthetic ward or indicator. */
    @AfterEach
    void removeWhatTheBenchmarkCreated() {
        new IngestBenchmark(ingest, catalogs, dataSource, properties, Messages.vietnamese(), line -> { }).cleanUp();
    }

    @Test
    void loadsAndCopiesTheSameValuesAndReportsBothTimesAndTheirRatio() throws Exception {
        List<String> progress = new ArrayList<>();
        IngestBenchmark benchmark = new IngestBenchmark(ingest, catalogs, dataSource, properties, Messages.forLanguage("en"), progress::add);

        IngestBenchmark.Result result = benchmark.run(new IngestBenchmark.Settings(WARDS, MONTHS, temp));

        long values = (long) WARDS * MONTHS * INDICATORS;
        assertThat(result.indicators()).isEqualTo(INDICATORS);
        assertThat(result.rows()).isEqualTo(WARDS * MONTHS);
        assertThat(result.values()).isEqualTo(values);
        assertThat(Files.readAllLines(result.file())).hasSize(WARDS * MONTHS + 1)
                .first().asString().startsWith("ward_code,period,social_order_crimes,").endsWith(",bench_extra_1,bench_extra_2");
        // the generated values break no rule: every row loads, none is even warned about
        IngestResult loaded = result.ingest();
        assertThat(loaded.outcome()).isEqualTo(IngestResult.Outcome.LOADED);
        assertThat(loaded.rowsRead()).isEqualTo(WARDS * MONTHS);
        assertThat(loaded.rowsLoaded()).isEqualTo(WARDS * MONTHS);
        assertThat(loaded.rowsRejected() + loaded.rowsWarned()).isZero();
        assertThat(loaded.valuesNew()).isEqualTo(values);
        // the same values both ways, into the same table
        assertThat(result.observationsAfterLoad()).isEqualTo(values);
        assertThat(result.observationsAfterCopy()).isEqualTo(values);
        assertThat(Files.readAllLines(result.copyFile())).hasSize((int) values);
        assertThat(count("select count(*) from observation")).isEqualTo(values);
        assertThat(count("select count(distinct org_unit_code) from observation where org_unit_code like 'b-%'")).isEqualTo(WARDS);
        // both timed, the ratio is theirs
        assertThat(result.load()).isPositive();
        assertThat(result.copy()).isPositive();
        assertThat(result.ratio()).isEqualTo(result.loadSeconds() / result.copySeconds());
        assertThat(result.valuesPerSecond()).isEqualTo(values / result.loadSeconds());
        assertThat(result.floorRatio()).isEqualTo(result.loadSeconds() / (result.copyPkOnly().toNanos() / 1e9));
        assertThat(result.withinAim()).isEqualTo(result.floorRatio() <= IngestBenchmark.AIM);
        assertThat(result.loadMicrosPerValue()).isEqualTo(result.load().toNanos() / 1e3 / values);
        assertThat(result.resubmitMicrosPerValue()).isEqualTo(result.resubmit().toNanos() / 1e3 / result.resubmitValues());
        assertThat(result.resubmitWithinAim()).isEqualTo(result.resubmitMicrosPerValue() <= result.loadMicrosPerValue());
        assertThat(result.peakHeapBytes()).isPositive();
        assertThat(result.maxHeapBytes()).isEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(result.phases()).extracting(IngestBenchmark.Phase::step).containsExactly("stage-rows", "check-rules", "merge-values", "tidy-month-table");
        assertThat(result.phases().stream().map(IngestBenchmark.Phase::time).reduce(Duration.ZERO, Duration::plus)
                .plus(result.outsideJob())).isLessThanOrEqualTo(result.load().plusMillis(1));
        assertThat(progress).anyMatch(line -> line.startsWith("Loaded in ")).anyMatch(line -> line.startsWith("COPY done in "));
        // the floor and the corrected resubmission of every tenth row, each value one more
        assertThat(result.copyPkOnly()).isPositive();
        assertThat(result.resubmitValues()).isEqualTo((long) (WARDS * MONTHS / 10) * INDICATORS);
        assertThat(count("select count(*) from observation_revision")).isEqualTo(result.resubmitValues());
        // the year's last month loaded again as a file of its own, into the year whose other months are stored: every value new,
        // its summaries the months' sums
        assertThat(result.monthValues()).isEqualTo((long) WARDS * INDICATORS);
        assertThat(result.monthLoad()).isPositive();
        assertThat(count("select count(*) from observation where period = '2025-12-01'")).isEqualTo((long) WARDS * INDICATORS);
        assertThat(new Summaries(jdbc).check(10)).isEmpty();
        assertThat(progress).anyMatch(line -> line.startsWith("one month (2025-12) into a year whose other months are stored: "));
        assertThat(result.line()).matches("benchmark ingest: load=\\d+\\.\\ds copy-same-table=\\d+\\.\\ds copy-pk-only=\\d+\\.\\ds "
                + "resubmit10=\\d+\\.\\ds heap=\\d+MB");
    }

    @Test
    void earlierYearsAreStoredBeforeTheMonthlyLoadWithTheirSummariesAndTheTableSaysHowMany() throws Exception {
        List<String> progress = new ArrayList<>();
        IngestBenchmark benchmark = new IngestBenchmark(ingest, catalogs, dataSource, properties, Messages.forLanguage("en"), progress::add);

        IngestBenchmark.Result result = benchmark.run(new IngestBenchmark.Settings(4, MONTHS, temp, 2));

        assertThat(result.earlierYears()).isEqualTo(2);
        // 2023 and 2024 are 2025 again, value for value, a year and two earlier
        for (int year : List.of(2023, 2024)) {
            assertThat(count("select count(*) from observation where extract(year from period) = " + year)).as("values of %d", year)
                    .isEqualTo(4L * MONTHS * INDICATORS);
            assertThat(count("select count(*) from observation o join observation y on (y.org_unit_code, y.indicator_code, y.period)"
                    + " = (o.org_unit_code, o.indicator_code, (o.period + make_interval(years => 2025 - " + year + "))::date)"
                    + " where extract(year from o.period) = " + year + " and o.value = y.value")).isEqualTo(4L * MONTHS * INDICATORS);
        }
        assertThat(count("select count(*) from observation_summary where grain = 'Y' and period = '2023-01-01' and org_unit_code like 'b-%'"))
                .isEqualTo(4L * INDICATORS + 4L * 4); // flows and stocks, and the catalog's four rates
        assertThat(new Summaries(jdbc).check(10)).isEmpty();
        assertThat(progress).anyMatch(line -> line.matches("stored 2024 as an earlier year: 1.440 values in .*"))
                .anyMatch(line -> line.matches("stored 2023 as an earlier year: 1.440 values in .*"))
                .anyMatch(line -> line.startsWith("one month (2025-12) into a year whose other months are stored, after 2 earlier years: "));
        assertThat(result.monthValues()).isEqualTo(4L * INDICATORS);
    }

    @Test
    void cleanUpRemovesEverythingTheBenchmarkCreatedAndNothingElse() throws Exception {
        IngestBenchmark benchmark = new IngestBenchmark(ingest, catalogs, dataSource, properties, Messages.vietnamese(), line -> { });
        long units = count("select count(*) from org_unit");
        long indicators = count("select count(*) from indicator");
        assertThat(count("select count(*) from org_unit where code like 'b-%'")).isZero();
        benchmark.run(new IngestBenchmark.Settings(3, 2, temp, 1));
        assertThat(count("select count(*) from org_unit")).isEqualTo(units + 1 + IngestBenchmark.DISTRICTS + 3);

        benchmark.cleanUp();

        assertThat(count("select count(*) from org_unit")).isEqualTo(units);
        assertThat(count("select count(*) from indicator")).isEqualTo(indicators);
        for (String table : List.of("observation", "observation_revision", "submission", "source_file", "ingest_reject",
                "ingest_warning", "staged_value", "staged_row", "batch_job_instance", "batch_job_execution",
                "batch_job_execution_params", "batch_step_execution")) {
            assertThat(count("select count(*) from " + table)).as(table).isZero();
        }
    }

    @Test
    void theCommandHasHelpInBothLanguagesAndStartsNothingForIt() {
        assertThat(help("benchmark", "ingest", "--help")).contains("Cách dùng: wardstat benchmark ingest", "--wards=N", "--months=N",
                "--history=N", "Số năm trước lưu sẵn", "--keep", "--allow-external", "WARDSTAT_JAVA_OPTS=-Xmx512m", "Đo việc nạp").doesNotContain("Time the load");
        assertThat(help("--lang", "en", "benchmark", "ingest", "--help")).contains("Usage: wardstat benchmark ingest",
                "WARDSTAT_JAVA_OPTS=-Xmx512m", "Time the load", "Earlier years to store before the monthly load").doesNotContain("Đo việc nạp");
    }

    private static String help(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = WardstatCli.run(args);
        } finally {
            System.setOut(original);
        }
        assertThat(exit).isZero();
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
