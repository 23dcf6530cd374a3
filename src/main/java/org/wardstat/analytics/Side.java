package org.wardstat.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.NavigableMap;

import org.wardstat.catalog.Indicator;

/**
 * What one ward reported of one indicator on one side of a comparison: the sum over the months it
 * reported, the last month's value, for a rate the summed numerator ({@code total}) and
 * denominator over the months that report both, and which months those were.
 */
record Side(BigDecimal total, BigDecimal lastValue, BigDecimal denominator, YearMonth first, YearMonth last, int months) {

    /** The same sums from monthly values held in memory (a merged ward's history); null when nothing was reported. */
    static Side of(Indicator indicator, MonthlyValues values, Window window) {
        if (indicator.isRate()) {
            NavigableMap<YearMonth, BigDecimal> numerators = values.in(indicator.numerator(), window);
            NavigableMap<YearMonth, BigDecimal> denominators = values.in(indicator.denominator(), window);
            BigDecimal numerator = BigDecimal.ZERO;
            BigDecimal denominator = BigDecimal.ZERO;
            YearMonth first = null;
            YearMonth last = null;
            int months = 0;
            for (var month : denominators.entrySet()) {
                BigDecimal n = numerators.get(month.getKey());
                if (n != null) {
                    numerator = numerator.add(n);
                    denominator = denominator.add(month.getValue());
                    first = first == null ? month.getKey() : first;
                    last = month.getKey();
                    months++;
                }
            }
            return months == 0 ? null : new Side(numerator, null, denominator, first, last, months);
        }
        NavigableMap<YearMonth, BigDecimal> months = values.in(indicator.code(), window);
        if (months.isEmpty()) {
            return null;
        }
        return new Side(months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), months.lastEntry().getValue(), null,
                months.firstKey(), months.lastKey(), months.size());
    }

    /** The figure: flows summed, stocks the last month's value, rates the ratio of the summed parts. */
    Measure measure(Indicator indicator) {
        return switch (indicator.kind()) {
            case FLOW -> Measure.of(total, months);
            case STOCK -> Measure.of(lastValue, months);
            case RATE -> Measure.rate(total, denominator, months);
        };
    }

    /** The same months on both sides, a year apart: the ward can be compared with itself. */
    static boolean sameMonths(Side now, Side then) {
        return now != null && then != null && now.months == then.months
                && now.first.equals(then.first.plusYears(1)) && now.last.equals(then.last.plusYears(1));
    }
}
