package org.wardstat.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogFiles;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.Indicator;
import org.wardstat.catalog.OrgUnit;
import org.wardstat.ingest.IngestResult;
import org.wardstat.ingest.IngestService;
import org.wardstat.ingest.ValidationRule;
import org.wardstat.ingest.ValidationRules;
import org.wardstat.system.Messages;
import org.wardstat.system.WardstatProperties;

/**
 * How fast wardstat loads a national-size file, against PostgreSQL's own COPY of the same values
 * into the same table. In one run: synthetic wards and two extra indicators are added to the
 * catalog, a wide CSV of wards × months × every loadable indicator is written (values that
 * break no rule of {@code validation-rules.csv}), the file is loaded through
 * {@link IngestService} (timed, with the peak heap), then its values are deleted and COPYed back
 * from a long CSV (timed). Only the two loads are timed; generating the files is not.
 *
 * <p>Everything it creates is recognisable (org units {@code b-…} named "Benchmark …", the
 * indicators {@code bench_extra_1} and {@code bench_extra_2}, files named
 * {@code wardstat-benchmark-…}), so {@link #cleanUp()} can remove it from a shared server.
 */
public final class IngestBenchmark {

    /** Issue 17's aim: the load within twice the time of COPY into a table with only the primary key (the floor). */
    public static final double AIM = 2.0;
    /** The year of the generated months: a past one, so no period is "in the future". */
    public static final int YEAR = 2025;
    public static final int DISTRICTS = 100;
    public static final List<String> EXTRA_INDICATORS = List.of("bench_extra_1", "bench_extra_2");

    static final String PROVINCE = "b-province";
    private static final String FILE_PREFIX = "wardstat-benchmark-";
    private static final String COPY = "copy observation (org_unit_code, indicator_code, period, value, source_file_id) "
            + "from stdin with (format csv)";

    /**
     * @param wards  how many synthetic wards (codes b-00001 …)
     * @param months how many months of {@link #YEAR}, 1 to 12
     * @param folder where the generated files go
     * @param history earlier years stored before the monthly load (the loaded year's values again, a year earlier each), so
     *                that the month goes into a table of many years as it does in a ward police's tenth year, not into a
     *                table of one; 0 for none
     */
    public record Settings(int wards, int months, Path folder, int history) {
        public Settings {
            if (wards < 1 || months < 1 || months > 12 || history < 0) {
                throw new IllegalArgumentException("wards >= 1, months 1..12 and history >= 0, not " + wards + ", " + months + " and " + history);
            }
        }

        public Settings(int wards, int months, Path folder) {
            this(wards, months, folder, 0);
        }
    }

    /** One step of the ingest job, as the job repository recorded it. */
    public record Phase(String step, Duration time) {
    }

    /**
     * What the run measured.
     *
     * @param rows                  data rows of the wide file (wards × months)
     * @param values                values in it (rows × indicators)
     * @param generation            time to write the wide file (not part of the load)
     * @param load                  wall-clock time of {@link IngestService#ingest}
     * @param peakHeapBytes         sum of the peak usage of every heap pool during the load
     * @param maxHeapBytes          {@link Runtime#maxMemory()}
     * @param observationsAfterLoad the file's rows in {@code observation} after the load
     * @param phases                the ingest job's steps
     * @param copy                  wall-clock time of COPY (and its commit)
     * @param observationsAfterCopy the same rows after COPY
     * @param copyPkOnly            COPY of the same rows into a table with only their primary key (the floor)
     * @param resubmit              the load of a corrected resubmission: every tenth row, each value one more
     * @param resubmitValues        the values that resubmission changed
     * @param monthLoad             the load of the year's last month as a file of its own, its values deleted before, into the
     *                              year whose other months are stored: the monthly load
     * @param monthValues           the values that load stored
     * @param earlierYears          the years stored before it ({@link Settings#history()})
     */
    public record Result(int wards, int months, int indicators, long rows, long values, Path file, long fileBytes,
                         Duration generation, Duration load, long peakHeapBytes, long maxHeapBytes,
                         IngestResult ingest, long observationsAfterLoad, List<Phase> phases,
                         Path copyFile, long copyFileBytes, Duration copy, long observationsAfterCopy,
                         Duration copyPkOnly, Duration resubmit, long resubmitValues, Duration monthLoad, long monthValues,
                         int earlierYears) {

        /** The closing line: the load beside both COPYs, the resubmission and the peak heap. */
        public String line() {
            return String.format(java.util.Locale.ROOT, "benchmark ingest: load=%.1fs copy-same-table=%.1fs copy-pk-only=%.1fs resubmit10=%.1fs heap=%dMB",
                    loadSeconds(), copySeconds(), seconds(copyPkOnly), seconds(resubmit), peakHeapBytes / (1024 * 1024));
        }

        public double loadSeconds() {
            return seconds(load);
        }

        public double copySeconds() {
            return seconds(copy);
        }

        /** The load's time over COPY's into the same table: 1 would be as fast as PostgreSQL alone. */
        public double ratio() {
            return loadSeconds() / copySeconds();
        }

        /** The load's time over the floor's, COPY into a table with only the primary key: the ratio {@link #AIM} is about. */
        public double floorRatio() {
            return loadSeconds() / seconds(copyPkOnly);
        }

        /** The load's time per value stored, in microseconds. */
        public double loadMicrosPerValue() {
            return load.toNanos() / 1e3 / values;
        }

        /** The corrected resubmission's time per value it changed, in microseconds; the aim is no more than the load's. */
        public double resubmitMicrosPerValue() {
            return resubmit.toNanos() / 1e3 / resubmitValues;
        }

        public double valuesPerSecond() {
            return values / loadSeconds();
        }

        public boolean withinAim() {
            return floorRatio() <= AIM;
        }

        public boolean resubmitWithinAim() {
            return resubmitMicrosPerValue() <= loadMicrosPerValue();
        }

        /** The load's time outside the job's steps: the survey of the file, its checksum, the catalog, the reports. */
        public Duration outsideJob() {
            Duration steps = phases.stream().map(Phase::time).reduce(Duration.ZERO, Duration::plus);
            return load.minus(steps).isNegative() ? Duration.ZERO : load.minus(steps);
        }

        private static double seconds(Duration d) {
            return d.toNanos() / 1e9;
        }
    }

    private final IngestService ingest;
    private final CatalogRepository catalogs;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final WardstatProperties properties;
    private final Messages messages;
    private final Consumer<String> progress;
    private final List<String> createdIndicators = new ArrayList<>();

    public IngestBenchmark(IngestService ingest, CatalogRepository catalogs, DataSource dataSource,
                           WardstatProperties properties, Messages messages, Consumer<String> progress) {
        this.ingest = ingest;
        this.catalogs = catalogs;
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.properties = properties;
        this.messages = messages;
        this.progress = progress;
    }

    public Result run(Settings settings) throws IOException, SQLException {
        List<Indicator> indicators = prepareCatalog(settings.wards());
        Catalog catalog = catalogs.load();
        List<ValidationRule> rules = ValidationRules.read(properties.catalog().resolve("validation-rules.csv"), catalog);

        Files.createDirectories(settings.folder());
        Path file = settings.folder().resolve(FILE_PREFIX + settings.wards() + "x" + settings.months() + ".csv");
        long start = System.nanoTime();
        long rows = writeWideFile(file, settings, indicators, rules);
        Duration generation = Duration.ofNanos(System.nanoTime() - start);
        long values = rows * indicators.size();
        progress.accept(messages.get("bench.generated", file, rows, values, megabytes(Files.size(file)), seconds(generation)));

        // the load
        checkpoint();
        progress.accept(messages.get("bench.loading"));
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        start = System.nanoTime();
        IngestResult loaded = ingest.ingest(file, Messages.vietnamese());
        Duration load = Duration.ofNanos(System.nanoTime() - start);
        long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        if (loaded.outcome() != IngestResult.Outcome.LOADED) {
            throw new IllegalStateException(messages.get("bench.load-failed", loaded.outcome(), String.valueOf(loaded.message())));
        }
        long afterLoad = observations(loaded.sourceFileId());
        progress.accept(messages.get("bench.loaded", seconds(load), afterLoad));
        progress.accept("  " + messages.get("load.counts", loaded.rowsRead(), loaded.rowsLoaded(), loaded.rowsUpdated(),
                loaded.rowsUnchanged(), loaded.rowsRejected(), loaded.rowsWarned()));
        expect(afterLoad, values);
        List<Phase> phases = phases(loaded.sourceFileId());

        // PostgreSQL alone: the same values into the same table, with its key and indexes in place
        Path copyFile = settings.folder().resolve(FILE_PREFIX + settings.wards() + "x" + settings.months() + "-long.csv");
        long exported = exportLong(copyFile, loaded.sourceFileId());
        expect(exported, values);
        long deleted = jdbc.sql("delete from observation where source_file_id = :file").param("file", loaded.sourceFileId()).update();
        expect(deleted, values);
        vacuumObservations();
        progress.accept(messages.get("bench.copy-file", exported, copyFile, megabytes(Files.size(copyFile))));
        checkpoint();
        progress.accept(messages.get("bench.copying"));
        Duration copy = copy(copyFile);
        long afterCopy = observations(loaded.sourceFileId());
        progress.accept(messages.get("bench.copied", seconds(copy), afterCopy));
        expect(afterCopy, values);

        // the floor: the same rows into a bare table with only their primary key
        checkpoint();
        Duration copyPkOnly = copyIntoPrimaryKeyOnlyTable(copyFile);
        progress.accept(String.format("COPY into a table with only its primary key: %.2f s", seconds(copyPkOnly)));

        // a corrected resubmission of a tenth of the values
        Path correction = settings.folder().resolve(FILE_PREFIX + settings.wards() + "x" + settings.months() + "-resubmit10.csv");
        writeCorrection(file, correction);
        // after the COPYs, statistics as autovacuum would soon leave them, so the merge is planned for the table as it is
        jdbc.sql("analyze observation").update();
        checkpoint();
        start = System.nanoTime();
        IngestResult resubmitted = ingest.ingest(correction, Messages.vietnamese());
        Duration resubmit = Duration.ofNanos(System.nanoTime() - start);
        progress.accept(String.format("corrected resubmission of every tenth row: %.2f s, %,d values changed (%s)", seconds(resubmit),
                resubmitted.valuesChanged(), resubmitted.outcome()));
        reportSteps(resubmitted.sourceFileId());

        storeEarlierYears(settings.history());

        // the monthly load: the year's last month as a file of its own, into a year whose other months are stored
        Path lastMonth = settings.folder().resolve(FILE_PREFIX + settings.wards() + "x" + settings.months() + "-last-month.csv");
        String period = writeLastMonth(file, lastMonth, settings.months());
        jdbc.sql("delete from observation where source_file_id in (:files) and period = cast(:period as date)")
                .param("files", List.of(loaded.sourceFileId(), resubmitted.sourceFileId())).param("period", period + "-01").update();
        jdbc.sql("analyze observation").update();
        checkpoint();
        start = System.nanoTime();
        IngestResult month = ingest.ingest(lastMonth, Messages.vietnamese());
        Duration monthLoad = Duration.ofNanos(System.nanoTime() - start);
        progress.accept(String.format("one month (%s) into a year whose other months are stored%s: %.2f s, %,d values (%s)", period,
                settings.history() == 0 ? "" : String.format(", after %d earlier years", settings.history()),
                seconds(monthLoad), month.valuesNew(), month.outcome()));
        reportSteps(month.sourceFileId());

        return new Result(settings.wards(), settings.months(), indicators.size(), rows, values, file, Files.size(file),
                generation, load, peakHeap, Runtime.getRuntime().maxMemory(), loaded, afterLoad, phases,
                copyFile, Files.size(copyFile), copy, afterCopy, copyPkOnly, resubmit, resubmitted.valuesChanged(),
                monthLoad, month.valuesNew(), settings.history());
    }

    /**
     * The stored year's values again, one year earlier each time, by one statement a year: the summaries' triggers keep
     * each year's as a load would. Not timed. They keep their files' ids, so {@link #cleanUp()} finds them.
     */
    private void storeEarlierYears(int years) throws SQLException {
        for (int back = 1; back <= years; back++) {
            long start = System.nanoTime();
            long stored = jdbc.sql("""
                    insert into observation (org_unit_code, indicator_code, period, value, source_file_id)
                    select org_unit_code, indicator_code, (period - make_interval(years => :back))::date, value, source_file_id
                    from observation
                    where period >= make_date(:year, 1, 1) and period < make_date(:year + 1, 1, 1)
                    order by period, org_unit_code, indicator_code
                    """).param("back", back).param("year", YEAR).update();
            progress.accept(String.format("stored %d as an earlier year: %,d values in %.1f s (not timed)", YEAR - back, stored,
                    seconds(Duration.ofNanos(System.nanoTime() - start))));
        }
        if (years > 0) {
            vacuumObservations();
        }
    }

    /**
     * Removes from the database everything a benchmark creates, this run's or a crashed one's:
     * its files' values, submissions, revisions, findings and job executions, its org units and
     * the indicators it added. Used on a shared server; an embedded one is simply deleted.
     */
    public void cleanUp() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcClient tx = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            String files = "select id from source_file where file_name like '" + FILE_PREFIX + "%'";
            String units = "select code from org_unit where code like 'b-%' and name_en like 'Benchmark %'";
            String executions = "select job_execution_id from batch_job_execution_params where parameter_name = 'sourceFileId' "
                    + "and parameter_value in (select id::text from source_file where file_name like '" + FILE_PREFIX + "%')";
            for (String sql : List.of(
                    "delete from observation where source_file_id in (" + files + ") or org_unit_code in (" + units + ")",
                    "delete from observation_revision where old_source_file_id in (" + files + ") or new_source_file_id in (" + files + ")",
                    "delete from submission where source_file_id in (" + files + ") or org_unit_code in (" + units + ")",
                    "delete from ingest_warning where source_file_id in (" + files + ")",
                    "delete from ingest_reject where source_file_id in (" + files + ")",
                    "delete from staged_value where source_file_id in (" + files + ")",
                    "delete from staged_row where source_file_id in (" + files + ")",
                    "create temporary table bench_executions on commit drop as " + executions,
                    "delete from batch_step_execution_context where step_execution_id in (select step_execution_id from batch_step_execution "
                            + "where job_execution_id in (select job_execution_id from bench_executions))",
                    "delete from batch_step_execution where job_execution_id in (select job_execution_id from bench_executions)",
                    "delete from batch_job_execution_context where job_execution_id in (select job_execution_id from bench_executions)",
                    "delete from batch_job_execution_params where job_execution_id in (select job_execution_id from bench_executions)",
                    "create temporary table bench_instances on commit drop as select distinct job_instance_id from batch_job_execution "
                            + "where job_execution_id in (select job_execution_id from bench_executions)",
                    "delete from batch_job_execution where job_execution_id in (select job_execution_id from bench_executions)",
                    "delete from batch_job_instance i where job_instance_id in (select job_instance_id from bench_instances) "
                            + "and not exists (select 1 from batch_job_execution e where e.job_instance_id = i.job_instance_id)",
                    "delete from source_file where id in (" + files + ")",
                    "delete from org_unit where code in (" + units + ")")) {
                tx.sql(sql).update();
            }
            List<String> indicators = new ArrayList<>(EXTRA_INDICATORS);
            indicators.addAll(createdIndicators);
            tx.sql("delete from indicator where code in (:codes)").param("codes", indicators).update();
            connection.commit();
            createdIndicators.clear();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * The catalog's indicators plus two extra flows, and one province of {@value #DISTRICTS}
     * districts holding the wards. Indicators already stored are left as they are, so a shared
     * server's catalog is not rewritten. Returns the indicators the file will carry.
     */
    private List<Indicator> prepareCatalog(int wards) {
        List<Indicator> fromFile = new ArrayList<>(CatalogFiles.readIndicators(properties.catalog().resolve("indicators.csv")));
        int position = fromFile.size();
        for (String code : EXTRA_INDICATORS) {
            String n = code.substring(code.lastIndexOf('_') + 1);
            fromFile.add(new Indicator(code, ++position, "Chỉ tiêu đo hiệu năng " + n, "Benchmark indicator " + n, "vụ", "cases",
                    Indicator.Kind.FLOW, Indicator.Better.LOWER, 0, null, null));
        }
        Set<String> stored = catalogs.load().indicators().stream().map(Indicator::code).collect(Collectors.toSet());
        List<Indicator> missing = fromFile.stream().filter(i -> !stored.contains(i.code())).toList();
        catalogs.saveIndicators(missing);
        missing.stream().map(Indicator::code).filter(code -> !EXTRA_INDICATORS.contains(code)).forEach(createdIndicators::add);

        List<OrgUnit> units = new ArrayList<>(wards + DISTRICTS + 1);
        units.add(new OrgUnit(PROVINCE, null, "province", "Tỉnh đo hiệu năng", "Benchmark province"));
        for (int d = 1; d <= DISTRICTS; d++) {
            units.add(new OrgUnit(district(d), PROVINCE, "district", "Quận đo hiệu năng " + d, "Benchmark district " + d));
        }
        for (int w = 1; w <= wards; w++) {
            units.add(new OrgUnit(ward(w), district((w - 1) % DISTRICTS + 1), "ward", "Phường đo hiệu năng " + w, "Benchmark ward " + w));
        }
        catalogs.saveOrgUnits(units);

        Catalog catalog = catalogs.load();
        List<Indicator> loadable = catalog.indicators().stream().filter(i -> !i.isRate())
                .filter(i -> fromFile.stream().anyMatch(f -> f.code().equals(i.code()))).toList();
        progress.accept(messages.get("bench.catalog", loadable.size(), EXTRA_INDICATORS.size(), units.size(), wards));
        return loadable;
    }

    static String ward(int n) {
        return String.format("b-%05d", n);
    }

    private static String district(int n) {
        return String.format("b-d%03d", n);
    }

    /** The wide file; returns its number of data rows. */
    private static long writeWideFile(Path file, Settings settings, List<Indicator> indicators, List<ValidationRule> rules)
            throws IOException {
        SyntheticValues values = new SyntheticValues(indicators, rules);
        long rows = 0;
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            out.write("ward_code,period," + indicators.stream().map(Indicator::code).collect(Collectors.joining(",")) + "\n");
            StringBuilder line = new StringBuilder(256);
            for (int w = 1; w <= settings.wards(); w++) {
                for (int m = 1; m <= settings.months(); m++) {
                    line.setLength(0);
                    line.append(ward(w)).append(',').append(YEAR).append('-').append(m < 10 ? "0" : "").append(m);
                    for (long v : values.row()) {
                        line.append(',').append(v);
                    }
                    out.append(line).append('\n');
                    rows++;
                }
            }
        }
        return rows;
    }

    /** The loaded values as COPY reads them, written by PostgreSQL itself so they are exactly the ones loaded. */
    private long exportLong(Path target, long sourceFileId) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection();
             Writer out = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 20)) {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(
                    "copy (select org_unit_code, indicator_code, period, value, source_file_id from observation where source_file_id = "
                            + sourceFileId + ") to stdout with (format csv)", out);
        }
    }

    private Duration copy(Path file) throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            try {
                long start = System.nanoTime();
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, in, 1 << 16);
                connection.commit();
                return Duration.ofNanos(System.nanoTime() - start);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private Duration copyIntoPrimaryKeyOnlyTable(Path file) throws SQLException, IOException {
        jdbc.sql("drop table if exists benchmark_pk_only").update();
        jdbc.sql("""
                create table benchmark_pk_only (org_unit_code text not null, indicator_code text not null, period date not null,
                    value numeric(16, 4) not null, source_file_id bigint not null, primary key (org_unit_code, indicator_code, period))
                """).update();
        try (Connection connection = dataSource.getConnection(); Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy benchmark_pk_only (org_unit_code, indicator_code, period, value, source_file_id) from stdin with (format csv)", in, 1 << 16);
            connection.commit();
            return Duration.ofNanos(System.nanoTime() - start);
        } finally {
            jdbc.sql("drop table if exists benchmark_pk_only").update();
        }
    }

    /** The wide file's rows of its last month, as they were first loaded; returns that month as yyyy-MM. */
    private static String writeLastMonth(Path file, Path month, int months) throws IOException {
        String period = YearMonth.of(YEAR, months).toString();
        writeRows(file, month, line -> line.startsWith(period, line.indexOf(',') + 1) ? line : null);
        return period;
    }

    /** Every tenth data row of the wide file, each of its values one more: a tenth of the values corrected. */
    private static void writeCorrection(Path file, Path correction) throws IOException {
        long[] line = {1}; // the file's lines, the header the first: the rows corrected are those on lines 10, 20, …
        writeRows(file, correction, row -> {
            if (++line[0] % 10 != 0) {
                return null;
            }
            String[] cells = row.split(",");
            StringBuilder corrected = new StringBuilder(cells[0]).append(',').append(cells[1]);
            for (int i = 2; i < cells.length; i++) {
                corrected.append(',').append(Long.parseLong(cells[i]) + 1);
            }
            return corrected.toString();
        });
    }

    /** The wide file's header, then what {@code row} makes of each data row (null: the row is left out). */
    private static void writeRows(Path file, Path out, UnaryOperator<String> row) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8);
             Writer writer = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 20)) {
            boolean[] header = {true};
            lines.forEach(line -> {
                String written = header[0] ? line : row.apply(line);
                header[0] = false;
                if (written != null) {
                    try {
                        writer.append(written).append('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        }
    }

    /** The steps of a load after the first, as progress lines. */
    private void reportSteps(long sourceFileId) {
        phases(sourceFileId).forEach(phase -> progress.accept(String.format("  %-40s %6.2f s", phase.step(), seconds(phase.time()))));
    }

    private List<Phase> phases(long sourceFileId) {
        return jdbc.sql("""
                select s.step_name, extract(epoch from s.end_time - s.start_time) as seconds
                from batch_step_execution s
                where s.job_execution_id = (
                    select max(p.job_execution_id) from batch_job_execution_params p
                    where p.parameter_name = 'sourceFileId' and p.parameter_value = :file)
                order by s.step_execution_id
                """)
                .param("file", String.valueOf(sourceFileId))
                .query((rs, n) -> new Phase(rs.getString(1), Duration.ofNanos(rs.getBigDecimal(2).movePointRight(9).longValue())))
                .list();
    }

    private long observations(long sourceFileId) {
        return jdbc.sql("select count(*) from observation where source_file_id = :file").param("file", sourceFileId)
                .query(Long.class).single();
    }

    private void expect(long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException(messages.get("bench.mismatch", actual, expected));
        }
    }

    /** Dead rows of the deleted values would slow COPY's key checks: COPY gets a table as clean as the load had. */
    private void vacuumObservations() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum observation");
        }
    }

    /** Both measurements start with no dirty pages left by what came before; a server may not allow it, then it is skipped. */
    private void checkpoint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("checkpoint");
        } catch (SQLException e) {
            // not a superuser on a shared server: measured without it
        }
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /**
     * Plausible monthly figures: each indicator has its own scale, and the rules that compare two
     * indicators (early ≤ on time ≤ received, resolved ≤ received, cleared ≤ occurred, serious ≤
     * occurred, or whatever validation-rules.csv says) hold in every row. Seeded, so every run
     * writes the same file.
     */
    static final class SyntheticValues {
        private static final Map<String, long[]> RANGES = Map.ofEntries(
                Map.entry("population", new long[] {3_000, 40_000}),
                Map.entry("officers", new long[] {12, 60}),
                Map.entry("admin_procedures_received", new long[] {40, 900}),
                Map.entry("admin_procedures_on_time", new long[] {40, 900}),
                Map.entry("admin_procedures_early", new long[] {0, 300}),
                Map.entry("crime_reports_received", new long[] {0, 15}),
                Map.entry("crime_reports_resolved", new long[] {0, 15}),
                Map.entry("fire_safety_groups", new long[] {5, 80}),
                Map.entry("security_teams", new long[] {3, 40}),
                Map.entry("public_fire_points", new long[] {2, 30}),
                Map.entry("hq_floor_area", new long[] {150, 1_200}),
                Map.entry("social_order_crimes", new long[] {0, 12}),
                Map.entry("hotspots", new long[] {0, 4}));
        private static final long[] DEFAULT = {0, 5};

        private final List<Indicator> indicators;
        private final List<int[]> comparisons = new ArrayList<>();
        private final List<String> operators = new ArrayList<>();
        private final SplittableRandom random = new SplittableRandom(20_250_101L);
        private final long[][] scale;

        SyntheticValues(List<Indicator> indicators, List<ValidationRule> rules) {
            this.indicators = indicators;
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < indicators.size(); i++) {
                index.put(indicators.get(i).code(), i);
            }
            for (ValidationRule rule : rules) {
                if (rule.kind() == ValidationRule.Kind.COMPARE && index.containsKey(rule.left()) && index.containsKey(rule.right())) {
                    comparisons.add(new int[] {index.get(rule.left()), index.get(rule.right())});
                    operators.add(rule.operator());
                }
            }
            scale = new long[indicators.size()][];
            for (int i = 0; i < indicators.size(); i++) {
                scale[i] = RANGES.getOrDefault(indicators.get(i).code(), DEFAULT);
            }
        }

        /** One row's values, in the order of the indicators. */
        long[] row() {
            long[] v = new long[indicators.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextLong(scale[i][0], scale[i][1] + 1);
            }
            for (int round = 0; !holds(v, true); round++) {
                if (round == 100) {
                    throw new IllegalStateException("the synthetic values cannot satisfy the rules of validation-rules.csv");
                }
            }
            return v;
        }

        private boolean holds(long[] v, boolean fix) {
            boolean all = true;
            for (int r = 0; r < comparisons.size(); r++) {
                int l = comparisons.get(r)[0];
                int g = comparisons.get(r)[1];
                boolean ok = compare(v[l], operators.get(r), v[g]);
                if (!ok) {
                    all = false;
                    if (fix) {
                        switch (operators.get(r)) {
                            case "<=" -> v[l] = v[g];
                            case ">=" -> v[g] = v[l];
                            case "=" -> v[l] = v[g];
                            case "<" -> {
                                if (v[g] > 0) {
                                    v[l] = v[g] - 1;
                                } else {
                                    v[g] = v[l] + 1;
                                }
                            }
                            case ">" -> {
                                if (v[l] > 0) {
                                    v[g] = v[l] - 1;
                                } else {
                                    v[l] = v[g] + 1;
                                }
                            }
                            default -> throw new IllegalStateException("operator " + operators.get(r));
                        }
                    }
                }
            }
            return all;
        }

        private static boolean compare(long left, String operator, long right) {
            int c = Long.compare(left, right);
            return switch (operator) {
                case "<=" -> c <= 0;
                case "<" -> c < 0;
                case ">=" -> c >= 0;
                case ">" -> c > 0;
                case "=" -> c == 0;
                default -> false;
            };
        }
    }
}
