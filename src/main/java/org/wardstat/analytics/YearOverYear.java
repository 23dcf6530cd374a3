package org.wardstat.analytics;

import java.util.List;

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
        Side side = Side.of(indicator, values, window);
        return side == null ? Measure.notReported() : side.measure(indicator);
    }
}
