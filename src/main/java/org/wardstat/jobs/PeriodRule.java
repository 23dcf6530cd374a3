package org.wardstat.jobs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

import org.wardstat.analytics.ReportingCalendar;
import org.wardstat.analytics.Window;

/**
 * Which period a run reports on, from the day it runs: the latest month, quarter, six months
 * (January to June, "sơ kết 6 tháng"), nine months or year that has ended by then under the
 * reporting calendar (calendar months, or statutory months from the 15th to the 14th), or the
 * year to date through the latest ended month.
 */
public record PeriodRule(Kind kind, ReportingCalendar calendar) {

    public enum Kind {
        PREVIOUS_MONTH("previous-month"), PREVIOUS_QUARTER("previous-quarter"), SIX_MONTHS("six-months"), NINE_MONTHS("nine-months"),
        PREVIOUS_YEAR("previous-year"), YEAR_TO_DATE("year-to-date");

        final String text;

        Kind(String text) {
            this.text = text;
        }

        static Optional<Kind> of(String text) {
            return Arrays.stream(values()).filter(kind -> kind.text.equalsIgnoreCase(text.strip())).findFirst();
        }

        static String choices() {
            return String.join(", ", Arrays.stream(values()).map(kind -> kind.text).toList());
        }
    }

    /** The window to report for a run on this day. */
    public Window windowFor(LocalDate runDate) {
        YearMonth month = YearMonth.from(runDate);
        while (!ended(month, runDate)) {
            month = month.minusMonths(1);
        }
        return switch (kind) {
            case PREVIOUS_MONTH -> Window.month(month);
            case YEAR_TO_DATE -> Window.yearToDate(month);
            case PREVIOUS_QUARTER -> latestQuarter(month);
            case SIX_MONTHS -> Window.firstHalf(month.getMonthValue() >= 6 ? month.getYear() : month.getYear() - 1);
            case NINE_MONTHS -> Window.nineMonths(month.getMonthValue() >= 9 ? month.getYear() : month.getYear() - 1);
            case PREVIOUS_YEAR -> Window.year(month.getMonthValue() == 12 ? month.getYear() : month.getYear() - 1);
        };
    }

    private boolean ended(YearMonth month, LocalDate runDate) {
        return calendar.end(month).isBefore(runDate);
    }

    private static Window latestQuarter(YearMonth endedMonth) {
        YearMonth last = endedMonth;
        while (last.getMonthValue() % 3 != 0) {
            last = last.minusMonths(1);
        }
        return Window.quarter(last.getYear(), last.getMonthValue() / 3);
    }

    public String describe() {
        return kind.text + (calendar == ReportingCalendar.STATUTORY ? " (statutory)" : "");
    }
}
