package org.wardstat.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wardstat.catalog.Catalog;
import org.wardstat.catalog.Indicator;

/**
 * Groups of wards summed over a window and the same window a year earlier, in one query
 * (sql/area-figures.sql): the database adds the wards of each group up, so a national roll-up
 * returns a row per group and indicator and one per ward, not one per ward and indicator. A
 * national roll-up is cut into slices of the country's wards, summed at once on connections of
 * their own: the aggregation, not the reading, is what costs at national size, and one query keeps
 * one of the server's cores busy.
 */
@Repository
class RollUpRepository {

    /** Sums over some wards of one indicator on one side; nulls (nothing reported) read as zero. */
    record PoolSums(BigDecimal total, BigDecimal stock, BigDecimal denominator, int wards, int months) {
    }

    /** One group and indicator: the compared wards' sums and every reporting ward's, on each side. */
    record GroupSums(int group, String indicator, int compared, PoolSums comparedNow, PoolSums comparedThen,
                     PoolSums allNow, PoolSums allThen) {
    }

    /** One ward across its indicators: the most months reported on each side, and whether any indicator was compared. */
    record WardMonths(String ward, int monthsNow, int monthsThen, boolean compared) {
    }

    /** Receives the rows as they come, one at a time (the slices of a national roll-up hold it while they hand one over). */
    interface Sink {
        void group(GroupSums sums);

        void ward(WardMonths seen);
    }

    /**
     * Up to this many wards (a district, a province), the query keeps one generic plan per connection:
     * probing each ward's rows by index is right whatever their number, and a briefing's two roll-ups
     * no longer pay about 2 ms each of planning. Measured on the benchmark's country, a generic plan
     * stayed as fast as a custom one up to 600 wards and twice slower at 4,900.
     */
    static final int FEW_WARDS = 1000;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String query;
    private final String everyWardQuery;
    private final int nationalSlices;
    private final Executor sliceThreads = new SimpleAsyncTaskExecutor("national-roll-up-");

    /**
     * @param nationalSlices a roll-up of most of the country is cut into this many slices of its wards, summed
     *                       by the database at once on as many connections: one query keeps one of the server's
     *                       cores busy, and the sums of a group's wards add up across slices as groups add up
     *                       into areas (measured with {@code ./wardstat benchmark analysis})
     */
    RollUpRepository(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                     @Value("${wardstat.analytics.national-slices:2}") int nationalSlices) {
        if (nationalSlices < 1) {
            throw new IllegalArgumentException("wardstat.analytics.national-slices must be 1 or more, not " + nationalSlices);
        }
        this.nationalSlices = nationalSlices;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        try {
            this.query = new ClassPathResource("sql/area-figures.sql").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // every ward: no ward filter, but the slice's wards, told by a hash of their code
        this.everyWardQuery = query.replaceAll("\\b(\\w+)\\.org_unit_code = any\\(:groupWards\\)",
                "((hashtext($1.org_unit_code) & 65535) % :slices) = :slice");
        if (everyWardQuery.equals(query)) {
            throw new IllegalStateException("sql/area-figures.sql: no ward filter to drop for a national roll-up");
        }
    }

    /**
     * @param wards    the wards to sum, each once
     * @param groupOf  the group of each ward, in the same order
     */
    void sums(Window window, List<String> wards, List<Integer> groupOf, Catalog catalog, Sink sink) {
        // when most wards are asked for, a scan of the window's rows beats an index probe per ward
        boolean everyWard = wards.size() > catalog.wards().size() / 2;
        // a few wards probed by index: one generic plan, made once per connection; otherwise a plan for each call,
        // because the right one depends on the arrays (a generic plan of the query with both ways in it once
        // scanned the country for a briefing's one ward, 50 times slower)
        String planning = !everyWard && wards.size() <= FEW_WARDS ? "force_generic_plan" : "force_custom_plan";
        // the parts of both windows, by grain; a part's side is told by its first month
        List<WindowParts.Part> parts = new ArrayList<>(WindowParts.of(window));
        parts.addAll(WindowParts.of(window.sameWindowYearEarlier()));
        Map<String, Object> params = new HashMap<>();
        // a month, a quarter or a year: each side is one row per ward and indicator, joined rather than summed
        params.put("onePartASide", parts.size() == 2);
        params.put("groupWards", wards.toArray(String[]::new));
        params.put("groupIds", groupOf.toArray(Integer[]::new));
        params.put("currentFirst", Date.valueOf(window.first().atDay(1)));
        params.put("years", starts(parts, "Y"));
        params.put("nines", starts(parts, "N"));
        params.put("halves", starts(parts, "H"));
        params.put("quarters", starts(parts, "Q"));
        params.put("months", starts(parts, "M"));
        params.put("stocks", catalog.indicators().stream().filter(indicator -> indicator.kind() == Indicator.Kind.STOCK)
                .map(Indicator::code).toArray(String[]::new));
        if (!everyWard) {
            read(query, planning, params, sink);
            return;
        }
        // in a transaction (a run's report, rendered in its step's), the sums are the transaction's own, in one query:
        // another connection would not see what it wrote, and a busy pool may have none to spare while it holds its own
        int sliceCount = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : nationalSlices;
        if (sliceCount == 1) {
            read(everyWardQuery, planning, slice(params, 0, 1), sink);
            return;
        }
        // the slices at once, each on a connection of its own, their rows handed to the sink one at a time: sums and
        // maxima come out the same in any order
        List<CompletableFuture<Void>> slices = new ArrayList<>(sliceCount);
        for (int slice = 0; slice < sliceCount; slice++) {
            Map<String, Object> sliceParams = slice(params, slice, sliceCount);
            slices.add(CompletableFuture.runAsync(() -> read(everyWardQuery, planning, sliceParams, sink), sliceThreads));
        }
        try {
            CompletableFuture.allOf(slices.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The every-ward query's parameters for one slice of the wards. */
    private static Map<String, Object> slice(Map<String, Object> params, int slice, int slices) {
        Map<String, Object> sliceParams = new HashMap<>(params);
        sliceParams.put("slice", slice);
        sliceParams.put("slices", slices);
        return sliceParams;
    }

    private void read(String sql, String planning, Map<String, Object> params, Sink sink) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local plan_cache_mode = " + planning).update();
            jdbc.sql(sql).params(params).query(rs -> {
                if (rs.getString("kind").equals("G")) {
                    GroupSums group = new GroupSums(rs.getInt("group_id"), rs.getString("indicator"), rs.getInt("compared"),
                            pool(rs, "c_now_"), pool(rs, "c_then_"), pool(rs, "a_now_"), pool(rs, "a_then_"));
                    synchronized (sink) {
                        sink.group(group);
                    }
                } else {
                    WardMonths ward = new WardMonths(rs.getString("ward"), rs.getInt("a_now_months"), rs.getInt("a_then_months"),
                            rs.getInt("compared") > 0);
                    synchronized (sink) {
                        sink.ward(ward);
                    }
                }
            });
        });
    }

    private static Date[] starts(List<WindowParts.Part> parts, String grain) {
        return parts.stream().filter(part -> part.grain().equals(grain)).map(part -> Date.valueOf(part.start().atDay(1))).toArray(Date[]::new);
    }

    private static PoolSums pool(ResultSet rs, String prefix) throws SQLException {
        return new PoolSums(amount(rs, prefix + "total"), amount(rs, prefix + "stock"), amount(rs, prefix + "denom"),
                rs.getInt(prefix + "wards"), rs.getInt(prefix + "months"));
    }

    private static BigDecimal amount(ResultSet rs, String column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? BigDecimal.ZERO : ObservationRepository.plain(value);
    }
}
