package org.wardstat.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A span of reporting months, first and last included: a month or a calendar year, compared
 * with the same window a year earlier ("so với cùng kỳ").
 */
public record Window(YearMonth first, YearMonth last) {

    public Window {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Window ends before it starts: " + first + " .. " + last);
        }
    }

    public static Window month(YearMonth month) {
        return new Window(month, month);
    }

    public static Window year(int year) {
        return new Window(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public Window sameWindowYearEarlier() {
        return new Window(first.minusYears(1), last.minusYears(1));
    }

    public boolean isSingleMonth() {
        return first.equals(last);
    }

    public boolean isCalendarYear() {
        return first.getMonthValue() == 1 && last.getMonthValue() == 12 && first.getYear() == last.getYear();
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
