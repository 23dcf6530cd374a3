package org.wardstat.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.NavigableMap;

import org.wardstat.catalog.Indicator;

/**
 * Year-over-year comparison ("so với cùng kỳ") of one org unit's indicators. Flows are summed
 * over the window, stocks take the last value reported in it, rates are the ratio of the sums
 * of their two flows, never an average of monthly rates.
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    public static List<IndicatorChange> compare(List<Indicator> indicators, MonthlyValues values, Window window) {
        Window prior = window.sameWindowYearEarlier();
        return indicators.stream()
                .map(indicator -> new IndicatorChange(indicator, measure(indicator, values, window), measure(indicator, values, prior)))
                .toList();
    }

    public static Measure measure(Indicator indicator, MonthlyValues values, Window window) {
        return switch (indicator.kind()) {
            case FLOW -> sum(indicator.code(), values, window);
            case STOCK -> last(indicator.code(), values, window);
            case RATE -> rate(indicator, values, window);
        };
    }

    private static Measure sum(String code, MonthlyValues values, Window window) {
        NavigableMap<YearMonth, BigDecimal> months = values.in(code, window);
        if (months.isEmpty()) {
            return Measure.notReported();
        }
        return Measure.of(months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), months.size());
    }

    private static Measure last(String code, MonthlyValues values, Window window) {
        NavigableMap<YearMonth, BigDecimal> months = values.in(code, window);
        return months.isEmpty() ? Measure.notReported() : Measure.of(months.lastEntry().getValue(), months.size());
    }

    /** Only months that report both flows count, so a missing month cannot skew the ratio. */
    private static Measure rate(Indicator rate, MonthlyValues values, Window window) {
        NavigableMap<YearMonth, BigDecimal> numerators = values.in(rate.numerator(), window);
        NavigableMap<YearMonth, BigDecimal> denominators = values.in(rate.denominator(), window);
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        int months = 0;
        for (var entry : denominators.entrySet()) {
            BigDecimal n = numerators.get(entry.getKey());
            if (n != null) {
                numerator = numerator.add(n);
                denominator = denominator.add(entry.getValue());
                months++;
            }
        }
        return months == 0 ? Measure.notReported() : Measure.rate(numerator, denominator, months);
    }
}
