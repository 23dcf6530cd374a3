package org.wardstat.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.wardstat.analytics.RollUps;
import org.wardstat.analytics.RolledUp;
import org.wardstat.analytics.Window;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.CatalogRepository;
import org.wardstat.catalog.OrgUnit;

/**
 * How fast the analysis runs at national size: a synthetic country of provinces, districts and
 * wards with every stored indicator for every month of several years is generated inside
 * PostgreSQL (not timed), then each analysis is timed once cold and then three times warm:
 * the year-over-year roll-up of one month to every district, province and the country, the same
 * for every ward on its own, and whatever further tasks are registered (criteria attainment for
 * every ward for a year). It runs only in the benchmark's own embedded database: to generate 30
 * million rows in minutes it drops the observation table's key and index and builds them again.
 */
public final class AnalysisBenchmark {

    public record Settings(int wards, int districts, int provinces, int years, YearMonth lastMonth) {
        public Settings {
            if (wards < 1 || districts < 1 || provinces < 1 || years < 2 || districts > wards || provinces > districts) {
                throw new IllegalArgumentException("need wards >= districts >= provinces >= 1 and at least 2 years");
            }
        }

        YearMonth firstMonth() {
            return lastMonth.minusYears(years).plusMonths(1);
        }
    }

    /**
     * @param key         the task's name in the closing line (month, year, …; empty when it has none)
     * @param coldSeconds the first run; @param warmSeconds the median of the next three; @param check a figure showing it computed
     */
    public record Timing(String key, String task, double coldSeconds, double warmSeconds, String check) {
    }

    public record Result(Settings settings, long units, long values, Duration generation, List<Timing> timings,
                         long peakHeapBytes, long maxHeapBytes) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final CatalogRepository catalogs;
    private final RollUps rollUps;
    private final Consumer<String> progress;
    private final Map<String, Function<Catalog, String>> extraTasks = new LinkedHashMap<>();
    private final Map<String, String> extraKeys = new LinkedHashMap<>();
    private final Set<String> only = new LinkedHashSet<>();

    public AnalysisBenchmark(DataSource dataSource, CatalogRepository catalogs, RollUps rollUps, Consumer<String> progress) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.catalogs = catalogs;
        this.rollUps = rollUps;
        this.progress = progress;
    }

    /** Adds a task to time; it returns a short text showing what it computed. */
    /** Times only the tasks of these keys (month, year, …, sql-year); all of them when empty. */
    public AnalysisBenchmark only(Set<String> keys) {
        only.clear();
        only.addAll(keys);
        return this;
    }

    public AnalysisBenchmark alsoTime(String key, String task, Function<Catalog, String> run) {
        extraTasks.put(task, run);
        extraKeys.put(task, key);
        return this;
    }

    /** The closing line: each keyed task's warm time, wardstat's and the plain-SQL anchors' side by side. */
    public static String line(Result result) {
        StringBuilder line = new StringBuilder("benchmark analysis:");
        for (String key : List.of("month", "year", "quarter", "ytd", "attainment", "sql-month", "sql-year")) {
            result.timings().stream().filter(t -> t.key().equals(key)).findFirst()
                    .ifPresent(t -> line.append(String.format(java.util.Locale.ROOT, " %s=%.2fs", key, t.warmSeconds())));
        }
        return line.toString();
    }

    /** @param generate false to time again on a database an earlier run generated and kept */
    public Result run(boolean generate, Settings settings) {
        long start = System.nanoTime();
        if (generate) {
            generate(settings);
        }
        Duration generation = generate ? Duration.ofNanos(System.nanoTime() - start) : Duration.ZERO;
        long values = jdbc.sql("select count(*) from observation").query(Long.class).single();
        long units = jdbc.sql("select count(*) from org_unit where code like 'b-%'").query(Long.class).single();
        progress.accept(generate ? String.format("generated %,d org units and %,d values in %.1f s", units, values, generation.toNanos() / 1e9)
                : String.format("reusing the kept database: %,d org units and %,d values", units, values));

        Catalog catalog = catalogs.load();
        List<OrgUnit> areas = catalog.unit("b-vn").stream().toList();
        List<OrgUnit> allAreas = new ArrayList<>(areas);
        List<OrgUnit> wards = new ArrayList<>();
        for (OrgUnit unit : catalogUnits(catalog)) {
            if (unit.isWard()) {
                wards.add(unit);
            } else if (!unit.code().equals("b-vn")) {
                allAreas.add(unit);
            }
        }
        Window month = Window.month(settings.lastMonth());
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        List<Timing> timings = new ArrayList<>();
        String areasText = ", rolled up to the country, " + (allAreas.size() - 1) + " provinces and districts";
        timings.add(time("month", "year-over-year of " + month.first() + areasText, () -> summary(rollUps.of(catalog, allAreas, month).get(0))));
        Window year = Window.year(settings.lastMonth().getYear());
        timings.add(time("year", "year-over-year of " + year.code() + areasText, () -> summary(rollUps.of(catalog, allAreas, year).get(0))));
        Window quarter = Window.quarter(settings.lastMonth().getYear(), 4);
        timings.add(time("quarter", "year-over-year of " + quarter.code() + areasText,
                () -> summary(rollUps.of(catalog, allAreas, quarter).get(0))));
        Window ytd = Window.yearToDate(settings.lastMonth().minusMonths(2));
        timings.add(time("ytd", "year-over-year of " + ytd.code() + areasText, () -> summary(rollUps.of(catalog, allAreas, ytd).get(0))));
        timings.add(time("wards", "year-over-year of " + month.first() + " for each of " + wards.size() + " wards",
                () -> summary(rollUps.of(catalog, wards, month).get(0))));
        extraTasks.forEach((task, run) -> timings.add(time(extraKeys.get(task), task, () -> run.apply(catalog))));
        timings.add(time("sql-month", "plain SQL: GROUP BY ROLLUP over observation, " + month.code() + " and a year earlier",
                () -> plainRollUp(month)));
        timings.add(time("sql-year", "plain SQL: GROUP BY ROLLUP over observation, " + year.code() + " and a year earlier",
                () -> plainRollUp(year)));
        timings.removeIf(java.util.Objects::isNull);
        long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Result(settings, units, values, generation, timings, peakHeap, Runtime.getRuntime().maxMemory());
    }

    private static Collection<OrgUnit> catalogUnits(Catalog catalog) {
        Set<OrgUnit> units = new LinkedHashSet<>(catalog.wards());
        for (OrgUnit ward : catalog.wards()) {
            catalog.ancestors(ward).stream().filter(ancestor -> ancestor.code().startsWith("b-")).forEach(units::add);
        }
        return units;
    }

    /** The first area's social-order crime now and a year earlier, and its coverage. */
    private static String summary(RolledUp area) {
        var crimes = area.indicator("social_order_crimes").orElseThrow();
        return area.area().code() + ": social_order_crimes " + crimes.change().current().value() + " vs "
                + crimes.change().prior().value() + ", " + area.current().reporting() + "/" + area.current().expected() + " wards reporting";
    }

    /**
     * The anchor: the same sums in one plain query over the month table, rolled up to districts,
     * provinces and the country by GROUP BY ROLLUP (flows summed; no coverage, no stocks' last
     * months, no rates' matched months, no merged wards: a floor, not the same work).
     */
    private String plainRollUp(Window window) {
        Window prior = window.sameWindowYearEarlier();
        List<String> rows = jdbc.sql("""
                select p.code, d.code, o.indicator_code,
                       sum(o.value) filter (where o.period >= :first), sum(o.value) filter (where o.period < :first)
                from observation o
                join org_unit w on w.code = o.org_unit_code
                join org_unit d on d.code = w.parent_code
                join org_unit p on p.code = d.parent_code
                where (o.period between :first and :last or o.period between :priorFirst and :priorLast)
                group by o.indicator_code, rollup (p.code, d.code)
                """)
                .param("first", Date.valueOf(window.first().atDay(1))).param("last", Date.valueOf(window.last().atDay(1)))
                .param("priorFirst", Date.valueOf(prior.first().atDay(1))).param("priorLast", Date.valueOf(prior.last().atDay(1)))
                .query((rs, n) -> rs.getString(1) == null && "social_order_crimes".equals(rs.getString(3))
                        ? "country: social_order_crimes " + rs.getBigDecimal(4) + " vs " + rs.getBigDecimal(5) : "")
                .list();
        return rows.stream().filter(row -> !row.isEmpty()).findFirst().orElse("") + " (" + rows.size() + " rows)";
    }

    /** The task's timing, or null when it is not among the tasks asked for. */
    private Timing time(String key, String task, java.util.function.Supplier<String> run) {
        if (!only.isEmpty() && !only.contains(key)) {
            return null;
        }
        progress.accept(task + " …");
        long start = System.nanoTime();
        String check = run.get();
        double cold = (System.nanoTime() - start) / 1e9;
        double[] warm = new double[3];
        for (int i = 0; i < warm.length; i++) {
            start = System.nanoTime();
            run.get();
            warm[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(warm);
        progress.accept(String.format("  cold %.2f s, warm %.2f s — %s", cold, warm[1], check));
        return new Timing(key, task, cold, warm[1], check);
    }

    void generate(Settings settings) {
        try (Connection connection = dataSource.getConnection()) {
            JdbcClient session = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            progress.accept("creating " + settings.wards() + " wards in " + settings.districts() + " districts and "
                    + settings.provinces() + " provinces …");
            for (String statement : statements("sql/benchmark/national-units.sql")) {
                session.sql(statement).param("provinces", settings.provinces()).param("districts", settings.districts())
                        .param("wards", settings.wards()).update();
            }
            long file = session.sql("""
                    insert into source_file (sha256, file_name, path, size_bytes, completed_at)
                    values ('analysis-benchmark', 'wardstat-benchmark-analysis', 'generated in PostgreSQL', 0, now()) returning id
                    """).query(Long.class).single();
            progress.accept("generating " + settings.years() + " years of months up to " + settings.lastMonth()
                    + " (key and indexes dropped and rebuilt afterwards) …");
            session.sql("set maintenance_work_mem = '512MB'").update();
            // the key and the indexes as the migrations made them, to build again after the rows
            String primaryKey = session.sql("""
                    select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'observation'::regclass and conname = 'observation_pkey'
                    """).query(String.class).single();
            List<String[]> indexes = session.sql("""
                    select indexrelid::regclass::text, pg_get_indexdef(indexrelid) from pg_index
                    where indrelid = 'observation'::regclass and not indisprimary
                    """).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            session.sql("alter table observation drop constraint observation_pkey").update();
            for (String[] index : indexes) {
                session.sql("drop index " + index[0]).update();
            }
            // no foreign-key check per row (the codes were just created): the keys are dropped and checked again
            // afterwards in one query each; wardstat's role owns the table but is no superuser, who alone may switch triggers off
            List<String[]> foreignKeys = session.sql("""
                    select conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = 'observation'::regclass and contype = 'f'
                    """).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            for (String[] key : foreignKeys) {
                session.sql("alter table observation drop constraint " + key[0]).update();
            }
            // the summaries are built once afterwards from all the months, not statement by statement
            session.sql("alter table observation disable trigger observation_summary_insert").update();
            session.sql(String.join("\n", statements("sql/benchmark/national-observations.sql")))
                    .param("first", Date.valueOf(settings.firstMonth().atDay(1)))
                    .param("last", Date.valueOf(settings.lastMonth().atDay(1)))
                    .param("file", file).update();
            progress.accept("building the key, the indexes and the foreign keys …");
            session.sql("alter table observation add constraint observation_pkey " + primaryKey).update();
            for (String[] index : indexes) {
                // an index of the partitioned month table is defined "on only" it; built again, it is built on every year's partition too
                session.sql(index[1].replace(" ON ONLY ", " ON ")).update();
            }
            for (String[] key : foreignKeys) {
                session.sql("alter table observation add constraint " + key[0] + " " + key[1]).update();
            }
            session.sql("alter table observation enable trigger observation_summary_insert").update();
            progress.accept("building the summaries (years, first nine and six months, quarters) …");
            long summaries = System.nanoTime();
            new org.wardstat.analytics.Summaries(session).rebuild();
            progress.accept(String.format("  summaries built in %.1f s", (System.nanoTime() - summaries) / 1e9));
            // as a load leaves the month table (its last step): pages marked all-visible for index-only reads, statistics fresh
            session.sql("vacuum observation").update();
            session.sql("analyze").update();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> statements(String resource) {
        try {
            String text = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
            return Arrays.stream(text.split(";\\s*\n")).map(String::strip)
                    .map(s -> s.lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip())
                    .filter(s -> !s.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
