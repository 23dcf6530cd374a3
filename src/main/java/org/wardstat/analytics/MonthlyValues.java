package org.wardstat.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/** The stored monthly values of one org unit: indicator code, then month, to value. */
public final class MonthlyValues {

    private final Map<String, NavigableMap<YearMonth, BigDecimal>> values = new HashMap<>();

    public MonthlyValues put(String indicator, YearMonth month, BigDecimal value) {
        values.computeIfAbsent(indicator, k -> new TreeMap<>()).put(month, value);
        return this;
    }

    public MonthlyValues put(String indicator, YearMonth month, long value) {
        return put(indicator, month, BigDecimal.valueOf(value));
    }

    /** The months of the window that carry a value, in order. */
    public NavigableMap<YearMonth, BigDecimal> in(String indicator, Window window) {
        NavigableMap<YearMonth, BigDecimal> series = values.get(indicator);
        return series == null ? new TreeMap<>() : series.subMap(window.first(), true, window.last(), true);
    }

    /** A copy holding only the months of the window. */
    public MonthlyValues within(Window window) {
        MonthlyValues copy = new MonthlyValues();
        values.forEach((indicator, series) -> series.subMap(window.first(), true, window.last(), true)
                .forEach((month, value) -> copy.put(indicator, month, value)));
        return copy;
    }

    /** The indicators that have at least one value. */
    public Set<String> indicators() {
        return Set.copyOf(values.keySet());
    }

    public BigDecimal get(String indicator, YearMonth month) {
        NavigableMap<YearMonth, BigDecimal> series = values.get(indicator);
        return series == null ? null : series.get(month);
    }
}
